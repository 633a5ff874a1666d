/**
 * Questions: `Q3/17`, `Q 3/16 and 5/16`, `Q3/17, Q5/17`.
 *
 *   question := \b ('Q' [' '] | 'Question ' | 'Questions ') q '/' sg \b     q, sg := 1*2digit
 *   list     := question *( (', ' | [','] ' and ' | [','] ' & ') ['Q' [' ']] q '/' sg )
 *
 * Study-group numbers above 21 are rejected (`Q4/24` is a quarter, not a Question).
 * Canonical id `Q3/17`. List items span their own `q/sg` (or `Qq/sg`).
 */
import type { QuestionRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { nextAtBoundary } from './scan';

const END = String.raw`(?![A-Za-z0-9_]|\/\d|\.\d)`;
const HEAD_RE = new RegExp(String.raw`(?:Q ?|Questions? )(\d{1,2})\/(\d{1,2})${END}`, 'g');
const ITEM_RE = new RegExp(String.raw`(?: {0,2}, {0,2}|,? {1,2}(?:and|&) {1,2})(Q ?)?(\d{1,2})\/(\d{1,2})${END}`, 'y');
const WHOLE_RE = /^Q ?(\d{1,2})\/(\d{1,2})$/;

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

export function scanQuestions(normalized: string, original: string = normalized): QuestionRef[] {
  const out: QuestionRef[] = [];
  if (normalized.indexOf('Q') < 0) return out;
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized, '/.-')) !== null) {
    if (!plausible(m[1], m[2])) continue;
    out.push(make(original, m.index, HEAD_RE.lastIndex, m[1], m[2]));
    let pos = HEAD_RE.lastIndex;
    for (;;) {
      ITEM_RE.lastIndex = pos;
      const it = ITEM_RE.exec(normalized);
      if (!it) break;
      const end = ITEM_RE.lastIndex;
      const start = end - `${it[1] ?? ''}${it[2]}/${it[3]}`.length;
      if (plausible(it[2], it[3])) out.push(make(original, start, end, it[2], it[3]));
      pos = end;
    }
    HEAD_RE.lastIndex = pos;
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
  return m && plausible(m[1], m[2]) ? make(n, 0, n.length, m[1], m[2]) : null;
}
