/**
 * Temporary documents (TDs).
 *
 * Grammar (over normalized text, see text/normalize.ts; `\b` = not next to a letter, digit or `_`):
 *
 *   td      := \b [group sp] 'TD' (lead | sep) number [revision] [sub-suffix [revision]] \b
 *   group   := ['ITU-T '] ('TSAG' | 'SG' [' '] 1*2digit)                 (before 'TD': ' ', '-' or a line break)
 *            | 'T' 2digit '-' ('TSAG' | 'SG' 1*2digit) '-' 6digit '-'   (ITU document ids: T25-TSAG-250526-TD-GEN-0106)
 *   sep     := '' | '.' | sp                        TD106, TD.2484, TD 106
 *   lead    := '-' sub '-' | sp lead-sub ['/' 1*2digit] sp
 *                                                    TD-GEN-0106; `SG5 TD GEN 0213`, `TD Plen/16 16` (the sub-group first)
 *   sp      := ' ' | [' '] line-break *' '          a line end may stand for a space: `SG5 TD GEN` ⏎ `0213`
 *   number  := 1*5digit (not followed by a digit, nor by '/' digit: ETSI's `TD91/23`; leading zeros dropped, 0 rejected)
 *   revision:= [' ' | '-'] ('Rev' ['.'] [' '] | 'rev' ['.'] [' '] | 'R' | 'r') 1*2digit        TD7R1, TD 7 Rev.1, TD11-R1
 *            | [' '] '(' ('Rev'|'rev') ['.'] [' '] 1*2digit ')'
 *              after the sub-suffix too: `TD 412/PLEN Rev.2`, `TD 88/WP3 Rev.1` (one revision per TD)
 *   sub     := 'GEN' | 'PLEN' | 'WP' digit          lead-sub := sub | 'Gen' | 'Plen'
 *   sub-suffix := ('/' | '-') sub  |  [' '] '(' (lead-sub | 'P' | 'WP ' digit) ['/' 1*2digit] ')'
 *                                                    (P = PLEN; `(PLEN/13)`, `(WP 3/12)`: of SG13, SG12)
 *   plus    := td *( [' '] '+' [' '] ['TD' [' ']] item )                      TD 232R1+ 267+ 269+ 270(P)
 *   comma   := td 1*( [' '] ',' [sp] item ) [ [','] sp ('and' | '&') sp item ]
 *            | td [','] sp ('and' | '&') sp item                              TD 233, 240(P) and 251(WP1)
 *   plural  := \b [group ' '] 'TDs ' item *( ', ' item ) [ [','] ' ' ('and' | '&') ' ' item ]
 *   item    := number [revision] [sub-suffix [revision]]
 *
 * Canonical id: `TD<number>` + `R<n>` when a revision is cited. In a list each number is its own reference,
 * spanning only its own number (and suffixes); the group written before the list applies to every item, and in a
 * `+` list a sub-group (or group) written only on the last item (`TD 232R1+ 267+ 269+ 270(P)`) applies to the items
 * without one. A count is not a reference: `173 TDs` has no number after `TDs`.
 * Ambiguous, so precision first: a singular `TD` followed by bare numbers after commas (`TD 5, 6 May`) is a list
 * only when it ends with an `and` item or its last item carries a revision or sub-group; a line end is a space only
 * inside one reference (never a blank line). Left as a list, though it could be a count: `TD 12 and 13 ...`.
 * Not ITU-T TDs: another body's numbering with a slash (ETSI's `TD91/23`), `TD-LTE`, `TD-SCDMA`, `TDAG-18/37`.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary, SPACE, type Captures } from './scan';
import { meetingIdPattern } from '../meeting/id';

/** Sub-group of a TD: `GEN`, `PLEN` or `WP1`..`WP4` (ITU's own spelling). */
export type SubGroup = string;

/** A temporary document. id `TD<number>` plus `R<n>` when a revision is cited. */
export interface TdRef extends RefBase<'td'> {
  number: number;
  /** Revision cited (`TD7R1` → 1); absent when none is cited. */
  revision?: number;
  subGroup?: SubGroup;
  /** `TSAG` or `SG<n>` when written (`SG12-TD648`, `TSAG TD83`, `TD 251 (PLEN/13)`). */
  group?: string;
}

const GROUP = String.raw`(?:ITU-T )?(?<group>TSAG|SG ?\d{1,2})`;
const DOC_GROUP = `${meetingIdPattern({ group: 'docGroup' })}-`;
/** A revision; `n` tells apart the captures of the revision written after the sub-group. */
const rev = (n = '') =>
  String.raw`(?:[ -]?(?:[Rr]ev\.? ?|[Rr])(?<rev${n}>\d{1,2})| ?\([Rr]ev\.? ?(?<revParen${n}>\d{1,2})\))`;
const SUB = String.raw`(?:[/-](?<sub>PLEN|GEN|WP[1-9])| ?\((?<subParen>P|PLEN|Plen|GEN|Gen|WP ?[1-9])(?:\/(?<subOf>\d{1,2}))?\))`;
const LEAD = String.raw`-(?<lead>GEN|PLEN|WP[1-9])-|${SPACE}(?<leadSp>GEN|Gen|PLEN|Plen|WP[1-9])(?:\/(?<leadOf>\d{1,2}))?${SPACE}`;
const END = String.raw`(?![A-Za-z0-9_])`;
const NUMBER = String.raw`(?<number>\d{1,5})(?!\d|\/\d)`;
/** number, then a revision before the sub-group suffix or after it (the first one written counts). */
const TAIL = String.raw`${NUMBER}${rev()}?${SUB}?${rev('After')}?${END}`;
const CORE = String.raw`TD(?:${LEAD}|\.|${SPACE})?${TAIL}`;

// The scanner starts at the literal `TD` (fast in V8) and looks back for the group prefix.
const CORE_RE = new RegExp(CORE, 'g');
const GROUP_BEFORE_RE = new RegExp(String.raw`(?<![A-Za-z0-9_])(?:${GROUP}(?:-|${SPACE})|${DOC_GROUP})$`);
const LOOK_BACK = 30;
const PLUS_ITEM_RE = new RegExp(String.raw` {0,2}\+ {0,2}(?:TD ?)?${TAIL}`, 'y');
const COMMA_ITEM_RE = new RegExp(String.raw` ?,${SPACE}?${TAIL}`, 'y');
const AND_ITEM_RE = new RegExp(String.raw`,?${SPACE}(?:and|&)${SPACE}${TAIL}`, 'y');
const PLURAL_RE = new RegExp(String.raw`TDs ${TAIL}`, 'g');
const PLURAL_ITEM_RE = new RegExp(String.raw`(?: {0,2}, {0,2}|,? {1,2}(?:and|&) {1,2})${TAIL}`, 'y');
const WHOLE_RE = new RegExp(String.raw`^(?:${GROUP}[ -])?${CORE}$`);

function canonicalGroup(g: string | undefined): string | undefined {
  return g === undefined ? undefined : g.replace(' ', '');
}

/** The sub-group and the group its suffix or lead names (`(PLEN/13)`, `TD Plen/16 16` → PLEN of SG13, SG16). */
function subGroupOf(c: Captures): { subGroup?: string; group?: string } {
  const sub = c.lead ?? c.leadSp ?? c.sub ?? c.subParen;
  const of = c.subOf ?? c.leadOf;
  return {
    subGroup: sub === undefined ? undefined : sub === 'P' ? 'PLEN' : sub.toUpperCase().replace(' ', ''),
    group: of === undefined ? undefined : `SG${parseInt(of, 10)}`,
  };
}

/** The TD of one match: `c` holds number, the revision and the sub-group captures. */
function makeTd(
  original: string,
  start: number,
  end: number,
  c: Captures,
  groupWritten: string | undefined,
): TdRef | null {
  const number = parseInt(c.number ?? '', 10);
  if (!(number > 0)) return null;
  const revisionText = c.rev ?? c.revParen ?? c.revAfter ?? c.revParenAfter;
  const revision = revisionText === undefined ? undefined : parseInt(revisionText, 10);
  const ref: TdRef = { kind: 'td', id: tdId(number, revision), text: original.slice(start, end), start, end, number };
  const { subGroup, group } = subGroupOf(c);
  if (revision !== undefined) ref.revision = revision;
  if (subGroup !== undefined) ref.subGroup = subGroup;
  const anyGroup = groupWritten ?? group;
  if (anyGroup !== undefined) ref.group = anyGroup;
  return ref;
}

/** True when an item carries a revision or a sub-group (`240(P)`, `6R1`): what makes a comma list sure. */
function decorated(c: Captures): boolean {
  return (c.rev ?? c.revParen ?? c.revAfter ?? c.revParenAfter ?? c.sub ?? c.subParen) !== undefined;
}

/** The group written just before `at` (`SG12-`, `TSAG `, `T25-TSAG-250526-`): its length and canonical name. */
function groupBefore(normalized: string, at: number): { length: number; group: string | undefined } {
  if (at === 0) return { length: 0, group: undefined };
  const g = GROUP_BEFORE_RE.exec(normalized.slice(Math.max(0, at - LOOK_BACK), at));
  if (!g) return { length: 0, group: undefined };
  const c = captures(g);
  return { length: g[0].length, group: canonicalGroup(c.group ?? c.docGroup) };
}

/** The item `re` (sticky) reads at `pos` as a TD spanning its number and suffixes, or null. */
function itemAt(
  re: RegExp,
  normalized: string,
  original: string,
  pos: number,
  group: string | undefined,
): { ref: TdRef | null; end: number; sure: boolean } | null {
  re.lastIndex = pos;
  const it = re.exec(normalized);
  if (!it) return null;
  const c = captures(it);
  const end = re.lastIndex;
  const numberStart = end - it[0].length + it[0].search(/\d/);
  return { ref: makeTd(original, numberStart, end, c, group), end, sure: decorated(c) };
}

/** `+ 267+ 269+ 270(P)` after a TD: its items, and where the list ends. */
function plusList(
  normalized: string,
  original: string,
  from: number,
  group: string | undefined,
  list: TdRef[],
): number {
  let pos = from;
  for (
    let item = itemAt(PLUS_ITEM_RE, normalized, original, pos, group);
    item;
    item = itemAt(PLUS_ITEM_RE, normalized, original, pos, group)
  ) {
    if (item.ref) list.push(item.ref);
    pos = item.end;
  }
  if (list.length > 1) {
    const { subGroup, group: last } = list[list.length - 1];
    for (const r of list) {
      if (r.subGroup === undefined && subGroup !== undefined) r.subGroup = subGroup;
      if (r.group === undefined && last !== undefined) r.group = last;
    }
  }
  return pos;
}

/**
 * `, 240(P) and 251(WP1)` after a TD: its items when the list is sure (it ends with an `and` item, or its last item
 * carries a revision or sub-group), and where it ends; otherwise nothing (`TD 5, 6 May`).
 */
function commaList(
  normalized: string,
  original: string,
  from: number,
  group: string | undefined,
  list: TdRef[],
): number {
  const items: TdRef[] = [];
  let pos = from;
  let sure = false;
  for (
    let item = itemAt(COMMA_ITEM_RE, normalized, original, pos, group);
    item;
    item = itemAt(COMMA_ITEM_RE, normalized, original, pos, group)
  ) {
    if (item.ref) items.push(item.ref);
    pos = item.end;
    sure = item.sure;
  }
  const last = itemAt(AND_ITEM_RE, normalized, original, pos, group);
  if (last) {
    if (last.ref) items.push(last.ref);
    pos = last.end;
    sure = true;
  }
  if (!sure) return from;
  for (const r of items) list.push(r);
  return pos;
}

/**
 * Scans `normalized` (same length as `original`, from normalizeForMatching) and returns TD references with
 * offsets and text from `original`.
 */
export function scanTds(normalized: string, original: string = normalized): TdRef[] {
  const out: TdRef[] = [];
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(CORE_RE, normalized)) !== null) {
    const before = groupBefore(normalized, m.index);
    const headEnd = CORE_RE.lastIndex;
    const list: TdRef[] = [];
    const head = makeTd(original, m.index - before.length, headEnd, captures(m), before.group);
    if (head) list.push(head);
    let pos = plusList(normalized, original, headEnd, before.group, list);
    if (pos === headEnd) pos = commaList(normalized, original, headEnd, before.group, list);
    for (const r of list) out.push(r);
    CORE_RE.lastIndex = pos;
  }
  if (normalized.indexOf('TDs ') >= 0 && scanPluralTds(normalized, original, out))
    out.sort((a, b) => a.start - b.start);
  return out;
}

/** `TDs 142 and 150`, `TDs 5, 6 and 7R1`: one reference per number. Returns true when it added any. */
function scanPluralTds(normalized: string, original: string, out: TdRef[]): boolean {
  const before = out.length;
  PLURAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(PLURAL_RE, normalized)) !== null) {
    const written = groupBefore(normalized, m.index);
    const head = makeTd(original, m.index - written.length, PLURAL_RE.lastIndex, captures(m), written.group);
    if (head) out.push(head);
    let pos = PLURAL_RE.lastIndex;
    for (
      let item = itemAt(PLURAL_ITEM_RE, normalized, original, pos, written.group);
      item;
      item = itemAt(PLURAL_ITEM_RE, normalized, original, pos, written.group)
    ) {
      if (item.ref) out.push(item.ref);
      pos = item.end;
    }
    PLURAL_RE.lastIndex = pos;
  }
  return out.length > before;
}

/** All TD references in `text`, sorted by start. */
export function findTds(text: string): TdRef[] {
  return scanTds(normalizeForMatching(text), text);
}

/**
 * Parses one TD id written alone (`TD 7 Rev.1`, `SG12-TD648`); null when `s` is not exactly one TD id. Registers,
 * typed by hand, pass `anyCase` so that `td9` reads as `TD9`; running text never does (`td` is too common a word).
 */
export function parseTdId(s: string, options: { anyCase?: boolean } = {}): TdRef | null {
  const trimmed = s.trim();
  const n = normalizeForMatching(options.anyCase ? trimmed.replace(/^td/i, 'TD') : trimmed);
  const m = WHOLE_RE.exec(n);
  if (!m) return null;
  const c = captures(m);
  return makeTd(n, 0, n.length, c, canonicalGroup(c.group));
}

/** Canonical id of a TD: `TD7R1`; `TD7` without a revision. */
export function tdId(number: number, revision?: number): string {
  return revision === undefined ? `TD${number}` : `TD${number}R${revision}`;
}

export const tdKind: ReferenceKind<TdRef> = {
  id: 'td',
  label: 'temporary document',
  trigger: /TD/,
  lead: /TD(?:s |-(?:GEN|PLEN|WP[1-9])-|\.)?\s*(?:\d|GEN|Gen|PLEN|Plen|WP[1-9])/,
  specificity: 1,
  scan: scanTds,
};
