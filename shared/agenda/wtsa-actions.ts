/**
 * The WTSA-24 actions table: header `WTSA-24 action number` | `Action`; an action row (number | text) followed by
 * a row whose cell holds `Status and Comments:` and the status lines.
 */
import type { AgendaDocument, Table, TableRow } from '../document/model';
import type { WtsaAction } from './types';
import { cellText, rowTexts, tablesOf, trimSpan } from './document-text';
import type { Span } from '../text/spans';
import { hasStatusLabel, labelledStatusLines, statusLinesOfCell } from './status-lines';

function isWtsaActionsTable(table: Table): boolean {
  const header = table.rows[0] ? rowTexts(table.rows[0]) : [];
  return (
    header.length >= 2 &&
    /\baction\s+(?:number|no\.?|#)/i.test(header[0]) &&
    /^actions?\b/i.test(header[1]) &&
    !header.some((h) => /^resolution/i.test(h))
  );
}

/** The assembly the table's header names (`WTSA-24 action number`), if any. */
function assemblyOf(table: Table): string | undefined {
  return /\bWTSA-\d{2}\b/.exec(rowTexts(table.rows[0])[0])?.[0];
}

/** An action row's number (`7` or `7.` alone in its first cell, an action beside it) and where it is; else null. */
function actionNumber(doc: AgendaDocument, row: TableRow): { number: number; numberSpan: Span } | null {
  if (row.cells.length < 2) return null;
  const number = /^(\d{1,3})\.?$/.exec(cellText(row.cells[0]));
  if (!number) return null;
  const p = row.cells[0].paragraphs.find((q) => q.text.trim() !== '')!;
  return { number: Number(number[1]), numberSpan: trimSpan(doc.text, p.start, p.end) };
}

function parseWtsaActionsTable(doc: AgendaDocument, table: Table): WtsaAction[] {
  const actions: WtsaAction[] = [];
  // Some tables give the status its own column (`Status`), its lines then need no label.
  const statusColumn = rowTexts(table.rows[0]).findIndex((h, i) => i >= 2 && /^status/i.test(h));
  const assembly = assemblyOf(table);
  for (const row of table.rows.slice(1)) {
    const number = actionNumber(doc, row);
    if (number) {
      actions.push({
        ...(assembly === undefined ? {} : { assembly }),
        ...number,
        text: cellText(row.cells[1]),
        statuses: [],
        start: row.start,
        end: row.end,
      });
      // A status in the same row (its own column, or a labelled third cell) counts too.
      row.cells.slice(2).forEach((cell, i) => {
        if (i + 2 === statusColumn || hasStatusLabel(cell))
          actions[actions.length - 1].statuses.push(...statusLinesOfCell(doc, cell));
      });
      continue;
    }
    const current = actions[actions.length - 1];
    const lines = current ? labelledStatusLines(doc, row) : null;
    if (!current || !lines) continue;
    current.statuses.push(...lines);
    current.end = row.end;
  }
  return actions;
}

/**
 * The action numbers alone, as the tables' references need them (document-references.ts): the rows `findWtsaActions`
 * reads as actions, without their texts and status lines.
 */
export function findWtsaActionNumbers(doc: AgendaDocument): Pick<WtsaAction, 'assembly' | 'number' | 'numberSpan'>[] {
  const numbers: Pick<WtsaAction, 'assembly' | 'number' | 'numberSpan'>[] = [];
  for (const table of tablesOf(doc).filter(isWtsaActionsTable)) {
    const assembly = assemblyOf(table);
    for (const row of table.rows.slice(1)) {
      const number = actionNumber(doc, row);
      if (number) numbers.push(assembly === undefined ? number : { assembly, ...number });
    }
  }
  return numbers;
}

export function findWtsaActions(doc: AgendaDocument): WtsaAction[] {
  return tablesOf(doc)
    .filter(isWtsaActionsTable)
    .flatMap((t) => parseWtsaActionsTable(doc, t));
}
