/**
 * What the pane's fill panel needs from a host beyond AgendaHost: apply a plan made from the host's last read.
 * The Word and preview hosts of the pane are subclasses that add `fills` (word-fill-host.ts, preview-fill-host.ts).
 */
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';
import type { AgendaHost } from '../document/types';

export interface FillApplier {
  links(plan: LinkPlan): Promise<FillResult>;
  table(plan: TablePlan): Promise<FillResult>;
  statusRound(plan: StatusRoundPlan): Promise<FillResult>;
}

export interface FillCapable {
  readonly fills: FillApplier;
}

export function fillsOf(host: AgendaHost): FillApplier | undefined {
  const fills = (host as Partial<FillCapable>).fills;
  return fills && typeof fills.links === 'function' ? fills : undefined;
}
