/**
 * Questions: `Q3/17`, `Q.3/13`, `Question 1/16`, `Q 3/16 and 5/16`, `Q3/17, Q5/17`, lists that share one group
 * (`Qs 4, 5, 9 and 17/12`, `Questions 2, 3, 4 and 25/16`, `Q2 and 12/16`), ranges (`Q.4-6/17`, `Questions 10-12/15`),
 * the group written before or after (`SG11 Question 3`, `SG 13, Question 2`, `Question 2 of SG 13`), words between
 * items and several groups (`Questions 2, 7 and joint 4/11, 9/13 and 12/16`) and the lettered Questions of the study
 * periods before 2005 (`Q.B/16`, `Questions B, C and H/16`).
 *
 *   list     := \b [sg-before] head item *( sep item ) [sg-after] \b
 *   head     := 'Q' ['.' [' '] | ' '] | 'Qs' ['.'] sp | ('Question' | 'question') ['s'] sp
 *   item     := q [range q] ['/' ['SG' [' ']] sg]                q, sg := 1*2digit
 *             | letter ['/' sg]                                   letter := 'A'..'Z'
 *   range    := ([' '] ('-' | '–') [' '] | ' to ') ['Q' ['.']]
 *   sep      := [' '] ',' [sp] [filler] | [','] sp ('and' | '&') sp [filler]
 *             | ' '                              (between two items with their own groups: `5/19 6/13`)
 *   filler   := ['joint' sp] ['Q' ['.' [' '] | ' '] | 'Question' ['s'] sp]
 *   sg-before:= ('SG' [' '] | 'Study Group ') sg ([','] sp | '/')    (just before the head: `SG 13, Question 2`, `SG15/Q13`)
 *   sg-after := sp 'of' sp ['ITU-T '] ('SG' [' '] | 'Study Group ') sg
 *   sp       := ' ' | a line end (scan.ts: SPACE)
 *
 * The head stands after no letter, digit or `_`; after `/` only in `SG15/Q13`, after `-` only when a lower-case word
 * precedes (`ex-Q10/16`; not `AC-0809-Q10-26`), never after `.`.
 * A number without its group takes the group of the next number that has one (`Qs 4, 5 and 17/12` = Q4/12, Q5/12,
 * Q17/12); numbers left over take the group written after the list (`of SG 13`) or before it (`SG11 Question 3`);
 * numbers left without a group are not Questions (`Q3 and Q5`, `Q1 2026`, `the question 4`). A range gives every
 * Question from its first number to its last (at most MAX_RANGE of them).
 * Canonical id `Q3/17`, `QB/16`. The head spans its words and number (`Qs 4`, `Q.3/13`); later items span their own
 * `q[/sg]` (or `Qq/sg`, without the filler words); in a range the first number spans as an item, the last spans
 * `q/sg`, and the Questions between them span the range's dash (`–`, ` to `): the one place where references share a
 * span (several Questions inside one range).
 *
 * Not ITU-T Questions (precision first): a group that is not one of ITU-T's study groups since 1997 (sector.ts: not
 * `Q4/24`, a quarter, nor `Question 4/1`, an ITU-D Question); a whole list after `ITU-R ` or `ITU-D ` (with that
 * sector's study group or groups between: `ITU-D SG2 Question 7/2`, `ITU-D Study Groups Question 7/2`) or after the
 * title of an ITU-D report (`Report on Question 9/2`); a number followed by a number (`SG17 Q1 2026`: a quarter),
 * and so is `Q1`..`Q4` with a year just after when its group is only written before (`SG17 Q3 and Q4 2025`); `TSB
 * Collective 4/16` and `WP2/16` (no `Q`). A letter is a Question only after a head with a dot, space or word
 * (`Q.B/16`, not `QB/16`), in a list headed by a letter or by `Questions` (`Questions D, F, G, 2-5/16`; not `Q3/17,
 * A/16`), with its group written after a slash (not from `SG16 Question A`).
 * Ambiguous, left as ITU-T's: `Question 7/2` in an ITU-D text that does not name ITU-D just before it (SG2 exists in
 * both sectors). Missed on purpose: a group written farther before the Question than `SG 13, ` (`Study Group 12,
 * especially Question 17`).
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary, SPACE } from './scan';
import { isItuTStudyGroup, otherSectorBefore } from './sector';

/** A Question: id `Q3/17` (`QB/16` for a lettered one). */
export interface QuestionRef extends RefBase<'question'> {
  /** The number, or the letter of a Question of a study period before 2005. */
  question: number | string;
  studyGroup: number;
}

/** The most Questions one range gives (`Questions 1-12/15`). */
const MAX_RANGE = 16;

const END = String.raw`(?![A-Za-z0-9_]|\/\d|\.\d)`;
const GROUP = String.raw`\/(?:SG ?)?(?<sg>\d{1,2})${END}`;
/** Without a group, a number followed by another (`Q1 2026`) is no Question. */
const BARE_END = String.raw`${END}(?! \d)`;
const RANGE = String.raw`(?<dash> ?[-–] ?| to )(?:Q\.?)?(?<last>\d{1,2})`;
const ITEM = String.raw`(?<q>\d{1,2}|[A-Z])(?:${RANGE})?(?:${GROUP}|${BARE_END})`;
const HEAD_RE = new RegExp(String.raw`(?:Q(?:\. ?| )?|Qs\.?${SPACE}|[Qq]uestions?${SPACE})${ITEM}`, 'g');
const FILLER = String.raw`(?:joint${SPACE})?`;
const ITEM_Q = String.raw`(?:Q(?:\. ?| )?|[Qq]uestions?${SPACE})?`;
/** Between two items with their own groups, a space alone may separate them (`5/19 6/13`). */
const SPACE_ONLY = String.raw`(?<spaceOnly> )(?=(?:\d{1,2}|[A-Z])\/)`;
const ITEM_RE = new RegExp(
  String.raw`(?: ?,${SPACE}?|,?${SPACE}(?:and|&)${SPACE}|${SPACE_ONLY})${FILLER}(?<item>${ITEM_Q}${ITEM})`,
  'y',
);
const SG_BEFORE_RE = new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:SG ?|Study Group )(?<sg>\d{1,2})(?:,?${SPACE}|\/)$`);
const SG_BEFORE_LOOK_BACK = 16;
const SG_AFTER_RE = new RegExp(
  String.raw`${SPACE}of${SPACE}(?:ITU-T )?(?:SG ?|Study Group )(?<sg>\d{1,2})(?![A-Za-z0-9_]|\/\d|\.\d|-\d)`,
  'y',
);
/** `Q1`..`Q4` with a year just after (`SG17 Q3 and Q4 2025`) are quarters, whatever group is written before. */
const QUARTER_RE = /^Q[1-4]$/;
const YEAR_AFTER_RE = /^[^.;\n]*(?<![0-9])(?:19|20)\d\d(?![0-9])/;
const YEAR_LOOK_AHEAD = 16;
const WHOLE_RE = /^Q ?(?<q>\d{1,2})\/(?<sg>\d{1,2})$/;

function make(original: string, start: number, end: number, q: string, studyGroup: number): QuestionRef {
  const question = /\d/.test(q) ? parseInt(q, 10) : q;
  return {
    kind: 'question',
    id: `Q${question}/${studyGroup}`,
    text: original.slice(start, end),
    start,
    end,
    question,
    studyGroup,
  };
}

/** One item of a list: a number or letter (with the end of the first number and the last number of a range). */
interface Item {
  start: number;
  end: number;
  q: string;
  /** Its own group, written after a slash. */
  sg: string | undefined;
  range?: { dashStart: number; dashEnd: number; last: string };
}

/** Where the dash of a range item stands (`4-6/17`, `10 to 12/15`), read again in the item's text: ranges are rare. */
const DASH_RE = /\d(?<dash> ?[-–] ?| to )(?:Q\.?)?\d/d;

/** The item of a match: its named group `item`, which ends the match, or the whole match (a head). */
function itemOf(m: RegExpExecArray, original: string): Item {
  const c = captures(m);
  const end = m.index + m[0].length;
  const start = end - (c.item ?? m[0]).length;
  const item: Item = { start, end, q: c.q ?? '', sg: c.sg };
  const dash = c.last === undefined ? undefined : DASH_RE.exec(original.slice(start, end))?.indices?.groups?.dash;
  if (dash !== undefined && c.last !== undefined)
    item.range = { dashStart: start + dash[0], dashEnd: start + dash[1], last: c.last };
  return item;
}

/** The Questions one item gives in group `sg`: one, or each of its range. */
function emitItem(item: Item, sg: number, original: string, out: QuestionRef[]): void {
  const range = item.range;
  if (range === undefined) {
    if (parseInt(item.q, 10) !== 0) out.push(make(original, item.start, item.end, item.q, sg));
    return;
  }
  const first = parseInt(item.q, 10);
  const last = parseInt(range.last, 10);
  if (!(first > 0 && last > first && last - first < MAX_RANGE)) return;
  out.push(make(original, item.start, range.dashStart, item.q, sg));
  for (let q = first + 1; q < last; q++) out.push(make(original, range.dashStart, range.dashEnd, String(q), sg));
  out.push(make(original, range.dashEnd, item.end, range.last, sg));
}

const isLetter = (q: string) => q >= 'A' && q <= 'Z';

/**
 * The Questions of one list: each item with its own group or the group of the next item that has one; items left
 * over with `fallback` (the group written after or before the list), numbers only.
 */
function emit(items: Item[], fallback: number | undefined, original: string, out: QuestionRef[]): void {
  let pending = 0;
  const flush = (upTo: number, sg: number, written: boolean) => {
    for (const it of items.slice(pending, upTo)) if (written || !isLetter(it.q)) emitItem(it, sg, original, out);
    pending = upTo;
  };
  items.forEach((item, i) => {
    if (item.sg === undefined) return;
    const sg = parseInt(item.sg, 10);
    if (isItuTStudyGroup(sg)) flush(i + 1, sg, true);
    else pending = i + 1;
  });
  if (fallback !== undefined && isItuTStudyGroup(fallback)) flush(items.length, fallback, false);
}

/** The group written just before the head (`SG11 `, `SG 13, `), unless it is another sector's. */
function groupBefore(text: string, at: number): number | undefined {
  const from = Math.max(0, at - SG_BEFORE_LOOK_BACK);
  const m = SG_BEFORE_RE.exec(text.slice(from, at));
  if (!m || otherSectorBefore(text, from + m.index)) return undefined;
  return parseInt(captures(m).sg ?? '', 10);
}

/**
 * The items after the head, each read by ITEM_RE: numbers, and letters in a list of letters or after `Questions`
 * (`Questions D, F, G, 2, 3, 4 and 5/16`). Returns where the list ends.
 */
function readItems(text: string, from: number, items: Item[], lettersTaken: boolean): number {
  let pos = from;
  for (;;) {
    ITEM_RE.lastIndex = pos;
    const it = ITEM_RE.exec(text);
    if (!it) break;
    const c = captures(it);
    if (isLetter(c.q ?? '') && !lettersTaken) break;
    if (c.spaceOnly !== undefined && items[items.length - 1].sg === undefined) break;
    pos = ITEM_RE.lastIndex;
    items.push(itemOf(it, text));
  }
  return pos;
}

/**
 * Whether the head at `at` stands where a Question can start: after no word character, and after a dot, slash or
 * hyphen only in the forms that join a Question to what precedes it (`SG15/Q13`, `ex-Q10/16`).
 */
function headBoundary(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (before === 0x2f) return groupBefore(text, at) !== undefined; // '/'
  if (before === 0x2d) return at > 1 && /[a-z]/.test(text[at - 2]); // '-'
  return before !== 0x2e; // '.'
}

export function scanQuestions(normalized: string, original: string = normalized): QuestionRef[] {
  const out: QuestionRef[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized)) !== null) {
    const head = captures(m);
    const headEnd = HEAD_RE.lastIndex;
    const letter = isLetter(head.q ?? '');
    // A letter needs a dot, a space or a word after the Q: `QA/16` is no Question.
    if (
      !headBoundary(normalized, m.index) ||
      (letter && normalized.charCodeAt(m.index + 1) === (head.q ?? '').charCodeAt(0))
    ) {
      HEAD_RE.lastIndex = m.index + 1;
      continue;
    }
    const items: Item[] = [itemOf(m, normalized)];
    let pos = readItems(normalized, headEnd, items, letter || /^[Qq]uestions/.test(m[0]));
    HEAD_RE.lastIndex = pos;
    if (otherSectorBefore(normalized, m.index)) continue;
    let fallback: number | undefined;
    if (items[items.length - 1].sg === undefined) {
      SG_AFTER_RE.lastIndex = pos;
      const after = SG_AFTER_RE.exec(normalized);
      if (after) pos = SG_AFTER_RE.lastIndex;
      fallback = after ? parseInt(captures(after).sg ?? '', 10) : groupBefore(normalized, m.index);
      if (!after && QUARTER_RE.test(m[0]) && YEAR_AFTER_RE.test(normalized.slice(pos, pos + YEAR_LOOK_AHEAD)))
        fallback = undefined;
    }
    emit(items, fallback, original, out);
  }
  return out;
}

export function findQuestions(text: string): QuestionRef[] {
  return scanQuestions(normalizeForMatching(text), text);
}

/** Parses one Question id written alone (`Q 3/17`); null otherwise. */
export function parseQuestionId(s: string): QuestionRef | null {
  const n = normalizeForMatching(s.trim());
  const m = WHOLE_RE.exec(n);
  if (!m) return null;
  const c = captures(m);
  const q = parseInt(c.q ?? '', 10);
  const sg = parseInt(c.sg ?? '', 10);
  return q > 0 && isItuTStudyGroup(sg) ? make(n, 0, n.length, c.q ?? '', sg) : null;
}

export const questionKind: ReferenceKind<QuestionRef> = {
  id: 'question',
  label: 'Question',
  trigger: /Q|question/,
  lead: /[Qq](?:\. ?| |s\.?\s+|uestions?\s+)?(?:\d|[A-Z][,/ ])/,
  specificity: 7,
  scan: scanQuestions,
};
