/**
 * One fill as the pane runs it: read the document through the host, parse it, plan, apply the plan in the host.
 * Planning errors (bad options, table not where expected, unreadable source) throw before anything changes.
 */
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { readDocument } from '../../shared/document/read';
import { actionsFromAgenda, parseActionRegister, type ActionRegister } from '../../shared/fills/action-register';
import { planEMeetings, type EMeetingPlanOptions } from '../../shared/fills/emeeting-plan';
import { planLinks } from '../../shared/fills/link-plan';
import { planStatusRound } from '../../shared/fills/status-round-plan';
import { planActionPlanTable, planWtsaActionsTable } from '../../shared/fills/status-tables-plan';
import { planTdTable } from '../../shared/fills/td-table-plan';
import { FillError, type FillResult } from '../../shared/fills/types';
import { meetingTagOf } from '../../shared/meeting/tag';
import type { MeetingContext } from '../../shared/meeting/types';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaHost } from '../host/types';

export type FillRequest =
  | { kind: 'link-tds' }
  | { kind: 'td-table' }
  | { kind: 'status-round'; meeting?: string }
  | { kind: 'emeeting-plan'; options: EMeetingPlanOptions }
  | { kind: 'wtsa-actions' | 'action-plan'; source: ActionRegister };

export interface FillSettings {
  /** The meeting saved with the document; the detected one otherwise. */
  meeting?: MeetingContext;
  register?: TdRegister;
}

export async function runFill(
  host: AgendaHost,
  request: FillRequest,
  settings: FillSettings = {},
): Promise<FillResult> {
  const doc = await host.read();
  const fills = host.fills;
  const agenda = parseAgenda(doc);
  const ctx = settings.meeting ?? agenda.meeting;
  switch (request.kind) {
    case 'link-tds':
      return fills.links(planLinks(doc, ctx));
    case 'td-table':
      return fills.table(planTdTable(doc, agenda, ctx, { register: settings.register ?? null }));
    case 'status-round': {
      const meeting = request.meeting?.trim() || (ctx ? meetingTagOf(ctx) : '');
      if (!meeting)
        throw new FillError('status-round', 'no meeting: enter the meeting tag (e.g. TSAG 01-2026) or set the meeting');
      return fills.statusRound(planStatusRound(doc, agenda, meeting));
    }
    case 'emeeting-plan':
      return fills.table(planEMeetings(request.options, doc, agenda));
    case 'wtsa-actions':
      return fills.table(planWtsaActionsTable(doc, agenda, request.source));
    case 'action-plan':
      return fills.table(planActionPlanTable(doc, agenda, request.source));
  }
}

/** The actions of a source file: a previous agenda (.docx/.txt/.html) or a register of actions (.json/.csv). */
export function readActionSource(bytes: Uint8Array, fileName: string): ActionRegister {
  if (/\.(json|csv)$/i.test(fileName)) return parseActionRegister(new TextDecoder().decode(bytes), fileName);
  const source = actionsFromAgenda(fileName, parseAgenda(readDocument(bytes, fileName)));
  if (source.wtsaActions.length + source.planActions.length === 0) {
    throw new FillError('wtsa-actions', `${fileName} has no WTSA-24 actions or action-plan table that could be read`);
  }
  return source;
}
