/**
 * The WTSA action-plan table: header `WTSA action number` | `Resolution` | `Description of action`; rapporteur
 * group rows (`WPR`, `DT`: one text cell, the others empty) group the actions after them; an action row
 * `73-06` | `Resolution 73` + title | description; then a (merged) `Status and Comments:` row.
 */
import type { AgendaDocument, Table, TableRow } from '../document/model';
import type { PlanAction } from './types';
import { cellText, rowTexts, squash, tablesOf, trimSpan } from './document-text';
import { labelledStatusLines, statusLinesOfCell } from './status-lines';
import type { Span } from '../text/spans';

const PLAN_ID = /^(\d{1,3})-(\d{1,3})$/;
const RESOLUTION = /\bRes(?:olution|\.)?[ \t\u00a0]*(\d{1,3})\b/i;

function isPlanActionsTable(table: Table): boolean {
  const header = table.rows[0] ? rowTexts(table.rows[0]) : [];
  return (
    header.length >= 2 && /\baction\s+(?:number|no\.?|#)/i.test(header[0]) && header.some((h) => /^resolution/i.test(h))
  );
}

/** A plan row's id (`73-06` alone in its first cell, canonical `73-06`) and where it is; else null. */
function planId(doc: AgendaDocument, row: TableRow, first: string): { id: string; idSpan: Span } | null {
  const id = PLAN_ID.exec(first);
  if (!id) return null;
  const idParagraph = row.cells[0].paragraphs.find((p) => p.text.trim() !== '')!;
  return {
    id: `${Number(id[1])}-${id[2].padStart(2, '0')}`,
    idSpan: trimSpan(doc.text, idParagraph.start, idParagraph.end),
  };
}

function parsePlanActionsTable(doc: AgendaDocument, table: Table): PlanAction[] {
  const header = rowTexts(table.rows[0]);
  const resolutionColumn = Math.max(
    1,
    header.findIndex((h) => /^resolution/i.test(h)),
  );
  const descriptionColumn = header.findIndex((h) => /description|action$/i.test(h) && !/number/i.test(h));
  // A status column of its own (`Status`), when the table has one: its lines need no label.
  const statusColumn = header.findIndex((h, i) => i >= 2 && /^status/i.test(h));
  const actions: PlanAction[] = [];
  let group: string | null = null;
  for (const row of table.rows.slice(1)) {
    const texts = rowTexts(row);
    const first = texts[0] ?? '';
    const id = planId(doc, row, first);
    if (id) {
      const resolutionCell = row.cells[resolutionColumn];
      let resolution: number | null = null;
      let resolutionSpan: PlanAction['resolutionSpan'] = null;
      const titleParts: string[] = [];
      for (const p of resolutionCell?.paragraphs ?? []) {
        const m: RegExpExecArray | null = resolution === null ? RESOLUTION.exec(p.text) : null;
        if (m) {
          resolution = Number(m[1]);
          resolutionSpan = { start: p.start + m.index, end: p.start + m.index + m[0].length };
          const rest = p.text.slice(m.index + m[0].length).replace(/^[\s\u00a0]*[-–—:,]?/, '');
          if (rest.trim()) titleParts.push(rest);
        } else if (p.text.trim()) {
          titleParts.push(p.text);
        }
      }
      actions.push({
        ...id,
        resolution,
        resolutionSpan,
        resolutionTitle: squash(titleParts.join(' ')),
        group,
        description: cellText(row.cells[descriptionColumn > 0 ? descriptionColumn : row.cells.length - 1]),
        statuses: statusColumn >= 0 && row.cells[statusColumn] ? statusLinesOfCell(doc, row.cells[statusColumn]) : [],
        start: row.start,
        end: row.end,
      });
      continue;
    }
    const lines = labelledStatusLines(doc, row);
    if (lines) {
      const current = actions[actions.length - 1];
      if (!current) continue;
      current.statuses.push(...lines);
      current.end = row.end;
      continue;
    }
    // A group row: one short text in the first cell, the others empty.
    if (first && first.length <= 40 && !first.includes('\n') && texts.slice(1).every((t) => t === '')) group = first;
  }
  return actions;
}

/**
 * The plan ids alone, as the tables' references need them (document-references.ts): the rows `findPlanActions`
 * reads as actions, without their resolutions, descriptions and status lines.
 */
export function findPlanActionIds(doc: AgendaDocument): Pick<PlanAction, 'id' | 'idSpan'>[] {
  const ids: Pick<PlanAction, 'id' | 'idSpan'>[] = [];
  for (const table of tablesOf(doc).filter(isPlanActionsTable)) {
    for (const row of table.rows.slice(1)) {
      const id = planId(doc, row, cellText(row.cells[0]));
      if (id) ids.push(id);
    }
  }
  return ids;
}

export function findPlanActions(doc: AgendaDocument): PlanAction[] {
  return tablesOf(doc)
    .filter(isPlanActionsTable)
    .flatMap((t) => parsePlanActionsTable(doc, t));
}
