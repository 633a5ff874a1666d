/** Helpers for TD references: which belong to the document's meeting, and where a revision is written. */
import type { TdRef } from '../refs/types';
import type { RuleContext } from './rule';

/** A TD with another group written on it (`SG12-TD648` in a TSAG agenda) is another meeting's TD. */
export function isOwnMeetingTd(ctx: RuleContext, ref: TdRef): boolean {
  if (!ref.group) return true;
  const group = ctx.meeting?.group ?? ctx.register?.meeting?.group;
  return group !== undefined && group.toUpperCase() === ref.group.toUpperCase();
}

/** Offsets of the revision digits in a TD reference (`TD7R1` → the `1`), or null when none is written. */
export function revisionDigits(ref: TdRef): { start: number; end: number } | null {
  if (ref.revision === undefined) return null;
  const m = /(?:R|Rev\.?)\s?0*(\d{1,2})(?=[^\d]*$)/i.exec(ref.text);
  if (!m || Number(m[1]) !== ref.revision) return null;
  const digitsEnd = (m.index ?? 0) + m[0].length;
  return { start: ref.start + digitsEnd - m[1].length, end: ref.start + digitsEnd };
}
