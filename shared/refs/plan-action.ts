/**
 * WTSA action-plan items: `73-06` = Resolution 73, item 6.
 *
 *   plan-id := \b 1*3digit '-' 2digit \b     (not next to ':', '-digit', '/', '.digit'; not followed by a month
 *                                              name: `26-30 May` is a date range)
 *
 * By default only in context: `action 73-06`, `action plan item 73-06`, `plan item 73-06`, `actions 73-06`
 * (case-insensitive; a bare `item 3-12` is too common in prose); the span is the id alone. With `everywhere`, every plan-id outside dates counts.
 * Canonical id: `<resolution>-<item, 2 digits>`.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { boundaryBefore } from './boundary';
import { captures } from './scan';
import { MONTH } from '../dates/dates';

/** A WTSA action-plan item: id `73-06` (Resolution 73, item 6). */
export interface PlanActionRef extends RefBase<'plan-action'> {
  resolution: number;
  item: number;
}

const ID = String.raw`(?<![A-Za-z0-9_:./\u2013-])(?<resolution>\d{1,3})-(?<item>\d{2})(?![A-Za-z0-9_:]|\/\d|\.\d|-\d)`;
const MONTH_AFTER = new RegExp(String.raw`^[ \t]{0,3}${MONTH}`);
const EVERYWHERE_RE = new RegExp(ID, 'g');
// Starts at the literals `ction` / `lan ` (fast in V8); the first letter (`A`/`a`, `P`/`p`) and the left boundary of
// the context word are checked by hand.
const CONTEXT_RE = new RegExp(String.raw`(?:ctions?(?: [Pp]lan)?(?: [Ii]tems?)?|lan [Ii]tems?) ${ID}`, 'g');

function contextWordStarts(text: string, at: number): boolean {
  const first = text[at - 1];
  const expected = text[at] === 'c' ? 'a' : 'p';
  return first !== undefined && first.toLowerCase() === expected && boundaryBefore(text, at - 1);
}

/** The plan item `r`-`i` written at `start`..`end` of `original` (`73-6` → id `73-06`); null for a zero. */
export function planActionRef(
  original: string,
  start: number,
  end: number,
  r: string,
  i: string,
): PlanActionRef | null {
  const resolution = parseInt(r, 10);
  const item = parseInt(i, 10);
  if (resolution < 1 || item < 1) return null;
  return {
    kind: 'plan-action',
    id: `${resolution}-${String(item).padStart(2, '0')}`,
    text: original.slice(start, end),
    start,
    end,
    resolution,
    item,
  };
}

export function scanPlanActions(
  normalized: string,
  original: string = normalized,
  everywhere = false,
): PlanActionRef[] {
  const out: PlanActionRef[] = [];
  const re = everywhere ? EVERYWHERE_RE : CONTEXT_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(normalized)) !== null) {
    if (!everywhere && !contextWordStarts(normalized, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const { resolution = '', item = '' } = captures(m);
    const end = re.lastIndex;
    const start = end - resolution.length - 1 - item.length;
    if (MONTH_AFTER.test(normalized.slice(end, end + 8))) continue;
    const ref = planActionRef(original, start, end, resolution, item);
    if (ref) out.push(ref);
  }
  return out;
}

export function findPlanActions(text: string, options: { everywhere?: boolean } = {}): PlanActionRef[] {
  return scanPlanActions(normalizeForMatching(text), text, options.everywhere ?? false);
}

/** Parses a plan id written alone (`73-06`); null otherwise. */
export function parsePlanActionId(s: string): PlanActionRef | null {
  const m = /^(?<resolution>\d{1,3})-(?<item>\d{2})$/.exec(s.trim());
  if (!m) return null;
  const { resolution = '', item = '' } = captures(m);
  return planActionRef(m[0], 0, m[0].length, resolution, item);
}

export const planActionKind: ReferenceKind<PlanActionRef> = {
  id: 'plan-action',
  label: 'action plan item',
  trigger: /\d-\d/,
  specificity: 4,
  scan: (normalized, original, options) => scanPlanActions(normalized, original, options.planIdsEverywhere ?? false),
};
