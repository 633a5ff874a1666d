/**
 * Questions: `Q3/17`, `Q.3/13`, `Question 1/16`, `Q 3/16 and 5/16`, `Q3/17, Q5/17`, and lists that share one group:
 * `Qs 4, 5, 9 and 17/12`, `Questions 2, 3, 4 and 25/16`, `Q2 and 12/16`.
 *
 *   list  := \b head q ['/' sg] *( sep ['Q' ['.' | ' ']] q ['/' sg] ) \b        q, sg := 1*2digit
 *   head  := 'Q' ['.' [' '] | ' '] | 'Qs' ['.'] ' ' | 'Question ' | 'Questions '
 *   sep   := ', ' | [','] ' and ' | [','] ' & '
 *
 * A number without its group takes the group of the next number that has one (`Qs 4, 5 and 17/12` = Q4/12, Q5/12,
 * Q17/12); numbers left without a group are not Questions (`Q3 and Q5`, `Q1 2025`). Study-group numbers above 21
 * are rejected (`Q4/24` is a quarter, not a Question), and so is a whole list after `ITU-R ` or `ITU-D ` (another
 * sector's Questions). `TSB Collective 4/16` and `WP2/16` have no `Q`: not Questions.
 * Canonical id `Q3/17`. The head spans its words and number (`Qs 4`, `Q.3/13`); later items span their own
 * `q[/sg]` (or `Qq/sg`).
 */
import type { RefBase, ReferenceKind } from './types';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary } from './scan';
import { otherSectorBefore } from './sector';

/** A Question: id `Q3/17`. */
export interface QuestionRef extends RefBase<'question'> {
  question: number;
  studyGroup: number;
}

const END = String.raw`(?![A-Za-z0-9_]|\/\d|\.\d)`;
const NUMBERS = String.raw`(?<q>\d{1,2})(?:\/(?<sg>\d{1,2}))?${END}`;
const HEAD_RE = new RegExp(String.raw`(?:Q(?:\. ?| )?|Qs\.? |Questions? )${NUMBERS}`, 'g');
const ITEM_RE = new RegExp(String.raw`(?: {0,2}, {0,2}|,? {1,2}(?:and|&) {1,2})(?<item>(?:Q(?:\. ?| )?)?${NUMBERS})`, 'y');
const WHOLE_RE = /^Q ?(?<q>\d{1,2})\/(?<sg>\d{1,2})$/;

/** Highest ITU-T study-group number ever used. */
const MAX_STUDY_GROUP = 21;

function plausible(q: string, sg: string): boolean {
  const s = parseInt(sg, 10);
  return parseInt(q, 10) > 0 && s > 0 && s <= MAX_STUDY_GROUP;
}

function make(original: string, start: number, end: number, q: string, sg: string): QuestionRef {
  const question = parseInt(q, 10);
  const studyGroup = parseInt(sg, 10);
  return { kind: 'question', id: `Q${question}/${studyGroup}`, text: original.slice(start, end), start, end, question, studyGroup };
}

interface Item {
  start: number;
  end: number;
  q: string;
  sg: string | undefined;
}

/** The Questions of one list: each number with its own group, or the group of the next number that has one. */
function emit(items: Item[], original: string, out: QuestionRef[]): void {
  let pending = 0;
  items.forEach((item, i) => {
    if (item.sg === undefined) return;
    for (const it of items.slice(pending, i + 1)) if (plausible(it.q, item.sg)) out.push(make(original, it.start, it.end, it.q, item.sg));
    pending = i + 1;
  });
}

export function scanQuestions(normalized: string, original: string = normalized): QuestionRef[] {
  const out: QuestionRef[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized, '/.-')) !== null) {
    const head = captures(m);
    const items: Item[] = [{ start: m.index, end: HEAD_RE.lastIndex, q: head.q ?? '', sg: head.sg }];
    let pos = HEAD_RE.lastIndex;
    for (;;) {
      ITEM_RE.lastIndex = pos;
      const it = ITEM_RE.exec(normalized);
      if (!it) break;
      const c = captures(it);
      pos = ITEM_RE.lastIndex;
      items.push({ start: pos - (c.item ?? '').length, end: pos, q: c.q ?? '', sg: c.sg });
    }
    HEAD_RE.lastIndex = pos;
    if (!otherSectorBefore(normalized, m.index)) emit(items, original, out);
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
  return c.q !== undefined && c.sg !== undefined && plausible(c.q, c.sg) ? make(n, 0, n.length, c.q, c.sg) : null;
}

export const questionKind: ReferenceKind<QuestionRef> = {
  id: 'question', label: 'Question', trigger: /Q/, lead: /Q(?:\. ?| |s\.? |uestions? )?\d/, specificity: 7,
  scan: scanQuestions,
};
