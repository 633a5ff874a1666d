/**
 * Temporary documents (TDs).
 *
 * Grammar (over normalized text, see text/normalize.ts; `\b` = not next to a letter, digit or `_`):
 *
 *   td      := \b [group (' ' | '-')] 'TD' (sep number | '-' sub '-' number) [revision] [sub-suffix] \b
 *   group   := ['ITU-T '] ('TSAG' | 'SG' [' '] 1*2digit)
 *            | 'T' 2digit '-' ('TSAG' | 'SG' 1*2digit) '-' 6digit      (ITU document ids: T25-TSAG-250526-TD-GEN-0106)
 *   sep     := '' | ' ' | '.'                      TD106, TD 106, TD.2484
 *   number  := 1*5digit (not followed by a digit; leading zeros dropped, 0 rejected)
 *   revision:= [' '] ('Rev' ['.'] [' '] | 'rev' ['.'] [' '] | 'R' | 'r') 1*2digit
 *            | [' '] '(' ('Rev'|'rev') ['.'] [' '] 1*2digit ')'
 *   sub     := 'GEN' | 'PLEN' | 'WP' digit
 *   sub-suffix := ('/' | '-') sub  |  [' '] '(' (sub | 'P') ')'            (P = PLEN)
 *   list    := td *( [' '] '+' [' '] ['TD' [' ']] number [revision] [sub-suffix] )
 *   plural  := \b [group ' '] 'TDs ' item *( ', ' item ) [ [','] ' ' ('and' | '&') ' ' item ]   item := number [revision] [sub-suffix]
 *
 * Canonical id: `TD<number>` + `R<n>` when a revision is cited. In a `+` list each number is its own reference,
 * spanning only its own number (and suffixes); the group written before the list applies to every item, and a
 * sub-group written only on the last item (`TD 232R1+ 267+ 269+ 270(P)`) applies to the items without one.
 */
import type { TdRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { nextAtBoundary } from './scan';

const GROUP = String.raw`(?:ITU-T )?(TSAG|SG ?\d{1,2})`;
const REV = String.raw`(?: ?(?:[Rr]ev\.? ?|[Rr])(\d{1,2})| ?\([Rr]ev\.? ?(\d{1,2})\))`;
const SUB = String.raw`(?:[/-](PLEN|GEN|WP[1-9])| ?\((P|PLEN|GEN|WP[1-9])\))`;
const END = String.raw`(?![A-Za-z0-9_])`;
const CORE = String.raw`TD(?:[ .]?(\d{1,5})|-(GEN|PLEN|WP[1-9])-(\d{1,5}))(?!\d)${REV}?${SUB}?${END}`;
const ITEM = String.raw` {0,2}\+ {0,2}(?:TD ?)?(\d{1,5})(?!\d)${REV}?${SUB}?${END}`;

// The scanner starts at the literal `TD` (fast in V8) and looks back for the group prefix.
const CORE_RE = new RegExp(CORE, 'g');
const GROUP_BEFORE_RE = new RegExp(String.raw`(?<![A-Za-z0-9_])(?:${GROUP}[ -]|T\d{2}-(TSAG|SG\d{1,2})-\d{6}-)$`);
const LOOK_BACK = 28;
const ITEM_RE = new RegExp(ITEM, 'y');
const PLURAL_RE = new RegExp(String.raw`TDs (\d{1,5})(?!\d)${REV}?${SUB}?${END}`, 'g');
const PLURAL_ITEM_RE = new RegExp(String.raw`(?: {0,2}, {0,2}|,? {1,2}(?:and|&) {1,2})(\d{1,5})(?!\d)${REV}?${SUB}?${END}`, 'y');
const WHOLE_RE = new RegExp(String.raw`^(?:${GROUP}[ -])?${CORE}$`);

// Capture groups of WHOLE_RE: 1 group, 2 number, 3 sub (TD-GEN-n form), 4 number (TD-GEN-n form), 5-6 revision, 7-8 sub;
// CORE has the same groups shifted down by one (no group).
// Capture groups of ITEM: 1 number, 2-3 revision, 4-5 sub.

function canonicalGroup(g: string | undefined): string | undefined {
  return g === undefined ? undefined : g.replace(' ', '');
}

function canonicalSub(s: string | undefined): string | undefined {
  return s === undefined ? undefined : s === 'P' ? 'PLEN' : s;
}

function makeTd(
  original: string,
  start: number,
  end: number,
  numberText: string,
  revisionText: string | undefined,
  subGroup: string | undefined,
  group: string | undefined,
): TdRef | null {
  const number = parseInt(numberText, 10);
  if (!(number > 0)) return null;
  const revision = revisionText === undefined ? undefined : parseInt(revisionText, 10);
  const ref: TdRef = {
    kind: 'td',
    id: revision === undefined ? `TD${number}` : `TD${number}R${revision}`,
    text: original.slice(start, end),
    start,
    end,
    number,
  };
  if (revision !== undefined) ref.revision = revision;
  if (subGroup !== undefined) ref.subGroup = subGroup;
  if (group !== undefined) ref.group = group;
  return ref;
}

/**
 * Scans `normalized` (same length as `original`, from normalizeForMatching) and returns TD references with
 * offsets and text from `original`.
 */
export function scanTds(normalized: string, original: string = normalized): TdRef[] {
  const out: TdRef[] = [];
  if (normalized.indexOf('TD') < 0) return out;
  CORE_RE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = nextAtBoundary(CORE_RE, normalized)) !== null) {
    const at = c.index;
    const g = at > 0 ? GROUP_BEFORE_RE.exec(normalized.slice(Math.max(0, at - LOOK_BACK), at)) : null;
    const start = g ? at - g[0].length : at;
    const group = canonicalGroup(g?.[1] ?? g?.[2]);
    const headEnd = CORE_RE.lastIndex;
    const list: TdRef[] = [];
    const head = makeTd(original, start, headEnd, c[1] ?? c[3], c[4] ?? c[5], canonicalSub(c[2] ?? c[6] ?? c[7]), group);
    if (head) list.push(head);
    let pos = headEnd;
    ITEM_RE.lastIndex = pos;
    let item: RegExpExecArray | null;
    while ((item = ITEM_RE.exec(normalized)) !== null) {
      const numberStart = item.index + item[0].search(/\d/);
      const ref = makeTd(original, numberStart, ITEM_RE.lastIndex, item[1], item[2] ?? item[3], canonicalSub(item[4] ?? item[5]), group);
      if (ref) list.push(ref);
      pos = ITEM_RE.lastIndex;
    }
    if (list.length > 1) {
      const lastSub = list[list.length - 1].subGroup;
      if (lastSub !== undefined) for (const r of list) if (r.subGroup === undefined) r.subGroup = lastSub;
    }
    for (const r of list) out.push(r);
    CORE_RE.lastIndex = pos;
  }
  if (normalized.indexOf('TDs ') >= 0 && scanPluralTds(normalized, original, out)) out.sort((a, b) => a.start - b.start);
  return out;
}

/** `TDs 142 and 150`, `TDs 5, 6 and 7R1`: one reference per number. Returns true when it added any. */
function scanPluralTds(normalized: string, original: string, out: TdRef[]): boolean {
  const before = out.length;
  PLURAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(PLURAL_RE, normalized)) !== null) {
    const g = m.index > 0 ? GROUP_BEFORE_RE.exec(normalized.slice(Math.max(0, m.index - LOOK_BACK), m.index)) : null;
    const group = canonicalGroup(g?.[1] ?? g?.[2]);
    const list: TdRef[] = [];
    const head = makeTd(original, g ? m.index - g[0].length : m.index, PLURAL_RE.lastIndex, m[1], m[2] ?? m[3], canonicalSub(m[4] ?? m[5]), group);
    if (head) list.push(head);
    let pos = PLURAL_RE.lastIndex;
    for (;;) {
      PLURAL_ITEM_RE.lastIndex = pos;
      const it = PLURAL_ITEM_RE.exec(normalized);
      if (!it) break;
      const numberStart = it.index + it[0].search(/\d/);
      const ref = makeTd(original, numberStart, PLURAL_ITEM_RE.lastIndex, it[1], it[2] ?? it[3], canonicalSub(it[4] ?? it[5]), group);
      if (ref) list.push(ref);
      pos = PLURAL_ITEM_RE.lastIndex;
    }
    for (const r of list) out.push(r);
    PLURAL_RE.lastIndex = pos;
  }
  return out.length > before;
}

/** All TD references in `text`, sorted by start. */
export function findTds(text: string): TdRef[] {
  return scanTds(normalizeForMatching(text), text);
}

/** Parses one TD id written alone (`TD 7 Rev.1`, `SG12-TD648`); null when `s` is not exactly one TD id. */
export function parseTdId(s: string): TdRef | null {
  const n = normalizeForMatching(s.trim());
  const m = WHOLE_RE.exec(n);
  if (!m) return null;
  return makeTd(n, 0, n.length, m[2] ?? m[4], m[5] ?? m[6], canonicalSub(m[3] ?? m[7] ?? m[8]), canonicalGroup(m[1]));
}

/** Canonical id of a TD: `TD7R1`. */
export function tdId(number: number, revision?: number): string {
  return revision === undefined ? `TD${number}` : `TD${number}R${revision}`;
}
