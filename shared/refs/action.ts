/**
 * Action codes of agendas: `WP2-4`, `RG-WPR-1`, `RG-DT-2`.
 *
 * Grammar (over normalized text):
 *
 *   action  := \b series '-' number \b            (not followed by '-digit', '/', '.digit')
 *   series  := 'WP' 1*2digit | 'RG-' 1*8(A-Z)
 *   number  := 1*3digit
 *   list    := action *( [' '] ',' [' '] number ) [ [','] ' ' ('and' | '&') ' ' number ]
 *
 * `RG-WPR` alone, `RG-WM.`, `WP2/TSAG`, `WP1/12` are groups, not codes. Each code of a list is its own reference
 * spanning only its number (`listed: true`).
 *
 * `inline`: the code (or its list) is written as a definition, i.e. followed by ':', but does not start its
 * line: only whitespace, bullets, `[bookmark: ...]` markers or an `Anticipated action(s)` label may come before it.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { lineStartBefore } from '../text/lines';
import { captures, nextAtBoundary, scanListTail } from './scan';

/** An action code: `WP2-4`, `RG-WPR-1`. One reference per code, also inside lists (`RG-WPR-2, 3, 4`). */
export interface ActionRef extends RefBase<'action'> {
  /** The series the code belongs to: `WP2`, `RG-WPR`. */
  series: string;
  number: number;
  /** True when the code does not start its own item but sits inside another item's text. */
  inline: boolean;
  /** True when the number was written as a continuation of a list (`3` in `RG-WPR-2, 3`). */
  listed: boolean;
}

const NUMBER_END = String.raw`(?![A-Za-z0-9_]|-\d|\/|\.\d)`;
const CODE = String.raw`(?<series>WP\d{1,2}|RG-[A-Z]{1,8})-(?<number>\d{1,3})`;
const HEAD_RE = new RegExp(String.raw`${CODE}${NUMBER_END}`, 'g');
const COMMA_ITEM_RE = new RegExp(String.raw` {0,2}, {0,2}(\d{1,3})${NUMBER_END}`, 'y');
const AND_ITEM_RE = new RegExp(String.raw`,? {1,2}(?:and|&) {1,2}(\d{1,3})${NUMBER_END}`, 'y');
const DEFINITION_COLON_RE = /[ \t]{0,3}:/y;
const WHOLE_RE = new RegExp(String.raw`^${CODE}$`);

/** What may stand before a code at the start of its line without making it inline. */
const LINE_LEAD_RE = /^(?:[\s·•\-–*▪◦‣○●]|\[bookmark:[^\]\n]{0,200}\])*(?:anticipated actions?[ \t]*:?[ \t]*)?$/i;
const MAX_LEAD = 600;

function startsItsLine(text: string, start: number): boolean {
  // Bounded look-back keeps scanning linear on very long lines.
  const lineStart = lineStartBefore(text, start, MAX_LEAD + 1);
  if (lineStart < 0) return false;
  return LINE_LEAD_RE.test(text.slice(lineStart, start));
}

export function scanActions(normalized: string, original: string = normalized): ActionRef[] {
  const out: ActionRef[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(HEAD_RE, normalized, '-')) !== null) {
    const c = captures(m);
    const series = c.series ?? '';
    const group: ActionRef[] = [];
    const push = (start: number, end: number, numberText: string, listed: boolean) => {
      const number = parseInt(numberText, 10);
      group.push({
        kind: 'action',
        id: `${series}-${number}`,
        text: original.slice(start, end),
        start,
        end,
        series,
        number,
        inline: false,
        listed,
      });
    };
    push(m.index, HEAD_RE.lastIndex, c.number ?? '', false);
    const pos = scanListTail(normalized, HEAD_RE.lastIndex, COMMA_ITEM_RE, AND_ITEM_RE, (digits, end) =>
      push(end - digits.length, end, digits, true),
    );
    DEFINITION_COLON_RE.lastIndex = pos;
    const isDefinition = DEFINITION_COLON_RE.test(normalized);
    if (isDefinition && !startsItsLine(normalized, m.index)) for (const r of group) r.inline = true;
    for (const r of group) out.push(r);
    HEAD_RE.lastIndex = pos;
  }
  return out;
}

/** All action codes in `text`, sorted by start. */
export function findActions(text: string): ActionRef[] {
  return scanActions(normalizeForMatching(text), text);
}

/** Parses one action code written alone (`RG-WPR-6`); null otherwise. */
export function parseActionCode(s: string): ActionRef | null {
  const n = normalizeForMatching(s.trim());
  const m = WHOLE_RE.exec(n);
  if (!m) return null;
  const { series = '', number: digits = '' } = captures(m);
  const number = parseInt(digits, 10);
  return {
    kind: 'action',
    id: `${series}-${number}`,
    text: n,
    start: 0,
    end: n.length,
    series,
    number,
    inline: false,
    listed: false,
  };
}

export const actionKind: ReferenceKind<ActionRef> = {
  id: 'action',
  label: 'action code',
  trigger: /WP|RG-/,
  lead: /WP\d|RG-[A-Z]/,
  specificity: 2,
  scan: scanActions,
};
