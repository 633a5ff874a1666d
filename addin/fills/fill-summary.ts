/** The pane's one-line results of fills, the same for Word and the preview. */
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function linksResult(plan: LinkPlan, linked: number, alreadyLinked: number, warnings: string[]): FillResult {
  return {
    kind: 'link-tds',
    summary: `Linked ${plural(linked, 'reference')}${alreadyLinked ? ` (${alreadyLinked} already linked)` : ''}.`,
    changed: linked,
    warnings: [...plan.warnings, ...warnings],
  };
}

export type TableOutcome = 'inserted' | 'refreshed' | 'replaced';

export function tableResult(plan: TablePlan, outcome: TableOutcome, warnings: string[]): FillResult {
  const rows = plural(plan.table.values.length - 1, 'row');
  const what =
    outcome === 'refreshed' ? `Refreshed the table (${rows})` : outcome === 'replaced' ? `Replaced the existing table (${rows})` : `Inserted a table (${rows})`;
  return { kind: plan.kind, summary: `${what}: ${plan.tag}.`, changed: 1, warnings: [...plan.warnings, ...warnings] };
}

export function statusRoundResult(plan: StatusRoundPlan, added: number, warnings: string[]): FillResult {
  const done = plan.alreadyDone.length;
  return {
    kind: 'status-round',
    summary: `Added ${plural(added, `${plan.meeting} status line`)} to review${done ? ` (${plural(done, 'action')} already had one)` : ''}.`,
    changed: added,
    warnings: [...plan.warnings, ...warnings],
  };
}
