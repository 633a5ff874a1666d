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
 *   revision:= [' ' | '-'] ('Rev' ['.'] [' '] | 'rev' ['.'] [' '] | 'R' | 'r') 1*2digit        TD7R1, TD 7 Rev.1, TD11-R1
 *            | [' '] '(' ('Rev'|'rev') ['.'] [' '] 1*2digit ')'
 *   sub     := 'GEN' | 'PLEN' | 'WP' digit
 *   sub-suffix := ('/' | '-') sub  |  [' '] '(' (sub | 'P') ['/' 1*2digit] ')'   (P = PLEN; `(PLEN/13)`: of SG13)
 *   list    := td *( [' '] '+' [' '] ['TD' [' ']] number [revision] [sub-suffix] )
 *   plural  := \b [group ' '] 'TDs ' item *( ', ' item ) [ [','] ' ' ('and' | '&') ' ' item ]   item := number [revision] [sub-suffix]
 *
 * Canonical id: `TD<number>` + `R<n>` when a revision is cited. In a `+` list each number is its own reference,
 * spanning only its own number (and suffixes); the group written before the list applies to every item, and a
 * sub-group (or group) written only on the last item (`TD 232R1+ 267+ 269+ 270(P)`) applies to the items without one.
 * A count is not a reference: `173 TDs` has no number after `TDs`.
 */
import type { RefBase, ReferenceKind } from './types';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary, type Captures } from './scan';

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
const DOC_GROUP = String.raw`T\d{2}-(?<docGroup>TSAG|SG\d{1,2})-\d{6}-`;
const REV = String.raw`(?:[ -]?(?:[Rr]ev\.? ?|[Rr])(?<rev>\d{1,2})| ?\([Rr]ev\.? ?(?<revParen>\d{1,2})\))`;
const SUB = String.raw`(?:[/-](?<sub>PLEN|GEN|WP[1-9])| ?\((?<subParen>P|PLEN|GEN|WP[1-9])(?:\/(?<subOf>\d{1,2}))?\))`;
const END = String.raw`(?![A-Za-z0-9_])`;
const NUMBER = String.raw`(?<number>\d{1,5})(?!\d)`;
const CORE = String.raw`TD(?:-(?<lead>GEN|PLEN|WP[1-9])-|[ .]?)${NUMBER}${REV}?${SUB}?${END}`;
const TAIL = String.raw`${NUMBER}${REV}?${SUB}?${END}`;

// The scanner starts at the literal `TD` (fast in V8) and looks back for the group prefix.
const CORE_RE = new RegExp(CORE, 'g');
const GROUP_BEFORE_RE = new RegExp(String.raw`(?<![A-Za-z0-9_])(?:${GROUP}[ -]|${DOC_GROUP})$`);
const LOOK_BACK = 28;
const ITEM_RE = new RegExp(String.raw` {0,2}\+ {0,2}(?:TD ?)?${TAIL}`, 'y');
const PLURAL_RE = new RegExp(String.raw`TDs ${TAIL}`, 'g');
const PLURAL_ITEM_RE = new RegExp(String.raw`(?: {0,2}, {0,2}|,? {1,2}(?:and|&) {1,2})${TAIL}`, 'y');
const WHOLE_RE = new RegExp(String.raw`^(?:${GROUP}[ -])?${CORE}$`);

function canonicalGroup(g: string | undefined): string | undefined {
  return g === undefined ? undefined : g.replace(' ', '');
}

/** The sub-group and the group its suffix names (`(PLEN/13)` → PLEN of SG13). */
function subGroupOf(c: Captures): { subGroup?: string; group?: string } {
  const sub = c.lead ?? c.sub ?? c.subParen;
  return { subGroup: sub === 'P' ? 'PLEN' : sub, group: c.subOf === undefined ? undefined : `SG${parseInt(c.subOf, 10)}` };
}

/** The TD of one match: `c` holds number, rev/revParen and the sub-group captures. */
function makeTd(original: string, start: number, end: number, c: Captures, groupWritten: string | undefined): TdRef | null {
  const number = parseInt(c.number ?? '', 10);
  if (!(number > 0)) return null;
  const revisionText = c.rev ?? c.revParen;
  const revision = revisionText === undefined ? undefined : parseInt(revisionText, 10);
  const ref: TdRef = { kind: 'td', id: tdId(number, revision), text: original.slice(start, end), start, end, number };
  const { subGroup, group } = subGroupOf(c);
  if (revision !== undefined) ref.revision = revision;
  if (subGroup !== undefined) ref.subGroup = subGroup;
  const anyGroup = groupWritten ?? group;
  if (anyGroup !== undefined) ref.group = anyGroup;
  return ref;
}

/** The group written just before `at` (`SG12-`, `TSAG `, `T25-TSAG-250526-`): its length and canonical name. */
function groupBefore(normalized: string, at: number): { length: number; group: string | undefined } {
  if (at === 0) return { length: 0, group: undefined };
  const g = GROUP_BEFORE_RE.exec(normalized.slice(Math.max(0, at - LOOK_BACK), at));
  if (!g) return { length: 0, group: undefined };
  const c = captures(g);
  return { length: g[0].length, group: canonicalGroup(c.group ?? c.docGroup) };
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
    let pos = headEnd;
    ITEM_RE.lastIndex = pos;
    let item: RegExpExecArray | null;
    while ((item = ITEM_RE.exec(normalized)) !== null) {
      const numberStart = item.index + item[0].search(/\d/);
      const ref = makeTd(original, numberStart, ITEM_RE.lastIndex, captures(item), before.group);
      if (ref) list.push(ref);
      pos = ITEM_RE.lastIndex;
    }
    if (list.length > 1) {
      const { subGroup, group } = list[list.length - 1];
      for (const r of list) {
        if (r.subGroup === undefined && subGroup !== undefined) r.subGroup = subGroup;
        if (r.group === undefined && group !== undefined) r.group = group;
      }
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
    const written = groupBefore(normalized, m.index);
    const list: TdRef[] = [];
    const head = makeTd(original, m.index - written.length, PLURAL_RE.lastIndex, captures(m), written.group);
    if (head) list.push(head);
    let pos = PLURAL_RE.lastIndex;
    for (;;) {
      PLURAL_ITEM_RE.lastIndex = pos;
      const it = PLURAL_ITEM_RE.exec(normalized);
      if (!it) break;
      const numberStart = it.index + it[0].search(/\d/);
      const ref = makeTd(original, numberStart, PLURAL_ITEM_RE.lastIndex, captures(it), written.group);
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
  id: 'td', label: 'temporary document', trigger: /TD/, lead: /TD(?:s |-(?:GEN|PLEN|WP[1-9])-|[ .])?\d/, specificity: 1,
  scan: scanTds,
};
