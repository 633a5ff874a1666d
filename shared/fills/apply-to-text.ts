/**
 * Applies a status round to a flat text laid out like the .txt export (used by tests and text-only front ends):
 * each line goes on its own line right after its paragraph, which keeps it inside the same table cell.
 */
import type { StatusRoundPlan } from './types';

export function applyStatusRoundToText(text: string, plan: StatusRoundPlan): string {
  const inserts = [...plan.inserts].sort((a, b) => b.afterOffset - a.afterOffset);
  let out = text;
  for (const insert of inserts)
    out = `${out.slice(0, insert.afterOffset)}\n${insert.text}${out.slice(insert.afterOffset)}`;
  return out;
}
