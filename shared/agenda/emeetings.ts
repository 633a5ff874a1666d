/**
 * Interim e-meeting plans: a table with the header `#` | `Date` | `Time (Geneva time)` | `Objectives` |
 * `Contribution Deadline`. The rapporteur group comes from the paragraph before the table
 * (`RG-DT “Rapporteur Group …”` → `RG-DT`).
 */
import type { AgendaDocument, Paragraph, Table, TableCell } from '../document/model';
import type { EMeetingPlan, EMeetingRow } from './types';
import type { DateValue } from '../dates/dates';
import { findDates } from '../dates/dates';
import { findTimeRanges } from '../dates/times';
import { bodyParagraphs, cellText, rowTexts, squash, tablesOf } from './document-text';

interface Columns {
  index: number;
  date: number;
  time: number;
  objectives: number;
  deadline: number;
}

function columnsOf(table: Table): Columns | null {
  const header = table.rows[0] ? rowTexts(table.rows[0]).map((h) => squash(h).toLowerCase()) : [];
  const find = (re: RegExp) => header.findIndex((h) => re.test(h));
  const columns = {
    index: find(/^(?:#|no\.?|n°|item)$/),
    date: find(/^dates?\b/),
    time: find(/^times?\b/),
    objectives: find(/objective|purpose|topic/),
    deadline: find(/deadline/),
  };
  return columns.date >= 0 && columns.time >= 0 && columns.deadline >= 0 ? columns : null;
}

/** The first date written in the cell, with offsets into the document text. */
function dateIn(cell: TableCell | undefined): DateValue | null {
  for (const p of cell?.paragraphs ?? []) {
    const found = findDates(p.text)[0];
    if (found) {
      return {
        text: found.text,
        day: found.day,
        month: found.month,
        year: found.year,
        iso: found.iso,
        valid: found.valid,
        start: p.start + found.start,
        end: p.start + found.end,
      };
    }
  }
  return null;
}

const GROUP = /\b(RG-[A-Za-z0-9]{1,12})\b/;

/** Count of `body` paragraphs (in text order) that end at or before `offset`. */
function countEndingBy(body: Paragraph[], offset: number): number {
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rapporteur group named by the body paragraphs just before the table (stopping at a heading). */
function groupBefore(body: Paragraph[], table: Table): string | null {
  const before = countEndingBy(body, table.start);
  for (let i = before - 1; i >= 0 && i >= before - 3; i--) {
    const m = GROUP.exec(body[i].text);
    if (m) return m[1];
    if (body[i].headingLevel !== undefined) break;
  }
  return null;
}

function parseEMeetingTable(body: Paragraph[], table: Table): EMeetingPlan | null {
  const columns = columnsOf(table);
  if (!columns) return null;
  const rows: EMeetingRow[] = [];
  for (const row of table.rows.slice(1)) {
    const texts = rowTexts(row);
    if (texts.every((t) => t === '')) continue;
    const indexText = columns.index >= 0 ? (texts[columns.index] ?? '') : '';
    const index = /^\d{1,3}$/.test(indexText.replace(/\.$/, '')) ? Number(indexText.replace(/\.$/, '')) : null;
    let startTime: string | null = null;
    let endTime: string | null = null;
    let zone: string | null = null;
    let zoneSpan: EMeetingRow['zoneSpan'] = null;
    for (const p of row.cells[columns.time]?.paragraphs ?? []) {
      const range = findTimeRanges(p.text)[0];
      if (!range) continue;
      startTime = range.from;
      endTime = range.to;
      zone = range.zone;
      zoneSpan = range.zoneSpan ? { start: p.start + range.zoneSpan.start, end: p.start + range.zoneSpan.end } : null;
      break;
    }
    rows.push({
      index,
      date: dateIn(row.cells[columns.date]),
      startTime,
      endTime,
      zone,
      zoneSpan,
      objectives: columns.objectives >= 0 ? cellText(row.cells[columns.objectives]) : '',
      deadline: dateIn(row.cells[columns.deadline]),
      start: row.start,
      end: row.end,
    });
  }
  return { group: groupBefore(body, table), rows, start: table.start, end: table.end };
}

export function findEMeetingPlans(doc: AgendaDocument): EMeetingPlan[] {
  const body = bodyParagraphs(doc);
  return tablesOf(doc)
    .map((t) => parseEMeetingTable(body, t))
    .filter((plan): plan is EMeetingPlan => plan !== null);
}
