/**
 * Status tables: the WTSA-24 actions table (Annex 2) and the action-plan table (Annex 2a), rebuilt from a register
 * of actions in the document's layout: an action row then a "Status and Comments" row (merged across the
 * columns in the plan table), rapporteur-group rows in the plan table. The document's own status lines are kept:
 * lines for meetings the source lacks are added, and where both have a line for the same meeting the document's
 * wins (the editor's text is never rewritten). Actions only the document has are kept too.
 */
import type { AgendaStructure } from '../agenda/types';
import type { AgendaDocument } from '../document/model';
import { actionsFromAgenda, type ActionRegister, type PlanActionEntry, type WtsaActionEntry } from './action-register';
import { leadingMeetingTag } from '../meeting/tag';
import { ACTION_PLAN_TAG, WTSA_ACTIONS_TAG } from './tags';
import { FillError, type TablePlacement, type TablePlan, type TableSpec } from './types';

export const WTSA_HEADER = ['WTSA-24 action number', 'Action'];
export const PLAN_HEADER = ['WTSA action number', 'Resolution', 'Description of action'];
const STATUS_LABEL = 'Status and Comments:';

function meetingKey(line: string): { key: string; order: number } | null {
  const tag = leadingMeetingTag(line)?.tag;
  return tag ? { key: tag.id, order: tag.year * 100 + tag.month } : null;
}

const norm = (line: string) => line.replace(/\s+/g, ' ').trim().toLowerCase();

/** Source lines plus the document's: same meeting → the document's line; untagged lines first, then by date. */
export function mergeStatuses(source: readonly string[], documentLines: readonly string[]): string[] {
  const merged = [...source];
  for (const line of documentLines) {
    const tag = meetingKey(line);
    const same = tag ? merged.findIndex((s) => meetingKey(s)?.key === tag.key) : -1;
    if (same >= 0) merged[same] = line;
    else if (!merged.some((s) => norm(s) === norm(line))) merged.push(line);
  }
  const untagged = merged.filter((s) => !meetingKey(s));
  const tagged = merged.filter((s) => meetingKey(s)).sort((a, b) => meetingKey(a)!.order - meetingKey(b)!.order);
  return [...untagged, ...tagged];
}

/** The label on its own line, except an untagged first line, which the agendas write on the label's line. */
function statusCell(lines: readonly string[]): string {
  const [first, ...rest] = lines;
  if (first !== undefined && !meetingKey(first)) return [`${STATUS_LABEL} ${first}`, ...rest].join('\n');
  return [STATUS_LABEL, ...lines].join('\n');
}

/** The table holding the first parsed action, else the first table after the annex heading, else after it. */
function placementFor(
  doc: AgendaDocument,
  agenda: AgendaStructure,
  annexLabel: string,
  firstActionStart: number | undefined,
  kind: TablePlan['kind'],
): TablePlacement {
  const tables = doc.blocks.filter((b) => b.type === 'table');
  if (firstActionStart !== undefined) {
    const holding = tables.find((t) => t.start <= firstActionStart && firstActionStart < t.end);
    if (holding) return { kind: 'replace-table', tableIndex: holding.index };
  }
  const annexes = [...agenda.annexes].sort((a, b) => a.start - b.start);
  const heading = annexes.find((a) => a.label.toLowerCase() === annexLabel);
  if (!heading) throw new FillError(kind, `Annex ${annexLabel} heading not found in the document`);
  const next = annexes.find((a) => a.start > heading.start);
  const after = tables.find((t) => t.start > heading.end && (!next || t.start < next.start));
  if (after) return { kind: 'replace-table', tableIndex: after.index };
  return { kind: 'after-paragraph', paragraphIndex: heading.paragraphIndex };
}

interface ActionMatching<T> {
  same(a: T, b: T): boolean;
  /** `WTSA-24 action 2`, `Action 73-06` (for warnings). */
  label(action: T): string;
  /** Where an action only the document has goes in the list. */
  insertAt(list: readonly T[], mine: T): number;
}

/** The source's actions with the document's status lines merged in; actions only the document has are kept. */
function mergeActions<T extends WtsaActionEntry | PlanActionEntry>(
  sourceName: string,
  source: readonly T[],
  own: readonly T[],
  warnings: string[],
  matching: ActionMatching<T>,
): T[] {
  const actions = source.map((a) => ({ ...a, statuses: [...a.statuses] }));
  for (const mine of own) {
    const theirs = actions.find((a) => matching.same(a, mine));
    if (theirs) theirs.statuses = mergeStatuses(theirs.statuses, mine.statuses);
    else {
      actions.splice(matching.insertAt(actions, mine), 0, mine);
      warnings.push(`${matching.label(mine)} is not in ${sourceName}; kept as in the document.`);
    }
  }
  return actions;
}

export function planWtsaActionsTable(doc: AgendaDocument, agenda: AgendaStructure, source: ActionRegister): TablePlan {
  if (source.wtsaActions.length === 0) throw new FillError('wtsa-actions', `${source.source} lists no WTSA-24 actions`);
  const placement = placementFor(doc, agenda, '2', agenda.wtsaActions[0]?.start, 'wtsa-actions');
  const warnings: string[] = [];
  const actions = mergeActions(
    source.source,
    source.wtsaActions,
    actionsFromAgenda(doc.name, agenda).wtsaActions,
    warnings,
    {
      same: (a, b) => a.number === b.number,
      label: (a) => `WTSA-24 action ${a.number}`,
      insertAt: (list) => list.length,
    },
  );
  actions.sort((a, b) => a.number - b.number);
  const table: TableSpec = { columns: 2, values: [[...WTSA_HEADER]], merges: [], links: [], groupRows: [] };
  for (const action of actions) {
    table.values.push([String(action.number), action.text]);
    table.values.push(['', statusCell(action.statuses)]);
  }
  return {
    kind: 'wtsa-actions',
    tag: WTSA_ACTIONS_TAG,
    title: 'TD Lens: WTSA-24 actions',
    table,
    placement,
    warnings,
  };
}

export function planActionPlanTable(doc: AgendaDocument, agenda: AgendaStructure, source: ActionRegister): TablePlan {
  if (source.planActions.length === 0)
    throw new FillError('action-plan', `${source.source} lists no action-plan items`);
  const placement = placementFor(doc, agenda, '2a', agenda.planActions[0]?.start, 'action-plan');
  const warnings: string[] = [];
  const actions = mergeActions(
    source.source,
    source.planActions,
    actionsFromAgenda(doc.name, agenda).planActions,
    warnings,
    {
      same: (a, b) => a.id === b.id,
      label: (a) => `Action ${a.id}`,
      // Keep it under its group: after the last action of that group, else at the end.
      insertAt: (list, mine) => {
        const lastOfGroup = list.findLastIndex((a) => a.group === mine.group);
        return lastOfGroup >= 0 ? lastOfGroup + 1 : list.length;
      },
    },
  );
  const table: TableSpec = { columns: 3, values: [[...PLAN_HEADER]], merges: [], links: [], groupRows: [] };
  let group: string | null = null;
  for (const action of actions) {
    if (action.group && action.group !== group) {
      table.groupRows.push(table.values.length);
      table.values.push([action.group, '', '']);
    }
    group = action.group ?? group;
    const resolution = [action.resolution !== null ? `Resolution ${action.resolution}` : '', action.resolutionTitle]
      .filter(Boolean)
      .join('\n');
    table.values.push([action.id, resolution, action.description]);
    table.merges.push({ row: table.values.length, firstCell: 0, lastCell: 2 });
    table.values.push([statusCell(action.statuses), '', '']);
  }
  return {
    kind: 'action-plan',
    tag: ACTION_PLAN_TAG,
    title: 'TD Lens: WTSA action plan',
    table,
    placement,
    warnings,
  };
}
