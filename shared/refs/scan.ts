/** Scanning steps the grammars share: a literal-first match with its left boundary checked by hand, and list tails. */
import { boundaryBefore } from './boundary';

/**
 * A space, or a line end with the spaces around it: text wrapped by a mail program or extracted from a PDF breaks
 * a reference where it had a space (`SG5 TD GEN` at the end of one line, `0213` at the start of the next), and a
 * page's table cell may indent the next line with tabs (`TD \n\t\t187`). One line end only: a blank line ends a
 * reference.
 */
export const SPACE = String.raw`(?:[ \t]?\r?\n[ \t]*| )`;

/**
 * The next match of the global `re` in `text`, from `re.lastIndex`, with no word character (nor one of
 * `alsoForbidden`) just before it; a match without that boundary is retried one character later. Callers may move
 * `re.lastIndex` between calls (to skip a list they consumed).
 */
export function nextAtBoundary(re: RegExp, text: string, alsoForbidden = ''): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (boundaryBefore(text, m.index, alsoForbidden)) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * The numbers of a list after its head (`WP2-4, 5 and 6`, `Resolutions 73, 77 and 92`): `comma` items as long as
 * they match, then at most one `and` item. Both are sticky regexes with one capture group, the number; each item spans
 * its number, which ends where its regex stopped. Returns where the list ends.
 */
export function scanListTail(
  text: string,
  from: number,
  comma: RegExp,
  and: RegExp,
  onItem: (digits: string, end: number) => void,
): number {
  let pos = from;
  for (;;) {
    comma.lastIndex = pos;
    const c = comma.exec(text);
    if (!c) break;
    pos = comma.lastIndex;
    onItem(c[1], pos);
  }
  and.lastIndex = pos;
  const a = and.exec(text);
  if (a) {
    pos = and.lastIndex;
    onItem(a[1], pos);
  }
  return pos;
}

/** The named captures of a match (`m.groups`); a group that took no part is undefined. */
export type Captures = Partial<Record<string, string>>;

export function captures(m: RegExpExecArray): Captures {
  return m.groups ?? {};
}
