/**
 * Status lines of action tables: `TSAG 05-2025: Started, LS in TD142.` → meeting tag, status word(s), comment.
 * A line without a tag (`Status and Comments: Not started.`, text after the label) has meeting null.
 */
import type { AgendaDocument, TableCell, TableRow } from '../document/model';
import type { StatusLine } from './types';
import { matchStatusWord } from './status-vocabulary';
import { trimSpan } from './document-text';
import { leadingMeetingTag } from '../meeting/tag';

/** `Status and Comments:` (also `Status:`, `Status/Comments:`) at the start of a cell paragraph. */
export const STATUS_LABEL = /^[ \t\u00a0]*Status(?:[ \t\u00a0]*(?:and|&|\/)[ \t\u00a0]*Comments?)?[ \t\u00a0]*:/i;

/** Parses `text.slice(start, end)` as one status line; null when it is blank. */
export function parseStatusLine(text: string, start: number, end: number): StatusLine | null {
  const span = trimSpan(text, start, end);
  if (span.start >= span.end) return null;
  const line = text.slice(span.start, span.end);
  const lead = leadingMeetingTag(line);
  const tagged = lead && {
    tag: { ...lead.tag, start: span.start, end: span.start + lead.tag.end },
    length: lead.length,
  };
  let pos = tagged ? tagged.length : 0;
  while (pos < line.length && /[\s\u00a0]/.test(line[pos])) pos++;
  const rest = line.slice(pos);
  const word = matchStatusWord(rest);
  let comment = rest;
  let status: string | null = null;
  let statusSpan: StatusLine['statusSpan'] = null;
  if (word) {
    status = word.text;
    statusSpan = { start: span.start + pos + word.start, end: span.start + pos + word.end };
    comment = rest.slice(word.end);
  }
  comment = comment.replace(/^[\s\u00a0]*[,.;:–—-]?[\s\u00a0]*/, '').trim();
  return {
    text: line,
    meeting: tagged?.tag ?? null,
    status,
    statusSpan,
    canonicalStatus: word?.canonical ?? null,
    statusExact: word ? word.exact : false,
    comment,
    start: span.start,
    end: span.end,
  };
}

/**
 * The status lines of one table cell: the text after a `Status and Comments:` label (when any) and every further
 * non-blank paragraph. Paragraphs before the label are not status lines.
 */
export function statusLinesOfCell(doc: AgendaDocument, cell: TableCell): StatusLine[] {
  const lines: StatusLine[] = [];
  let seenLabel = !hasStatusLabel(cell);
  for (const p of cell.paragraphs) {
    const label = STATUS_LABEL.exec(p.text);
    let from = p.start;
    if (label) {
      seenLabel = true;
      from = p.start + label[0].length;
    }
    if (!seenLabel) continue;
    const line = parseStatusLine(doc.text, from, p.end);
    if (line) lines.push(line);
  }
  return lines;
}

/** True when some paragraph of the cell carries the `Status and Comments:` label. */
export function hasStatusLabel(cell: TableCell): boolean {
  return cell.paragraphs.some((p) => STATUS_LABEL.test(p.text));
}

/** The status lines of a row's labelled cells (a `Status and Comments:` row under an action); null when none is labelled. */
export function labelledStatusLines(doc: AgendaDocument, row: TableRow): StatusLine[] | null {
  const cells = row.cells.filter(hasStatusLabel);
  return cells.length === 0 ? null : cells.flatMap((cell) => statusLinesOfCell(doc, cell));
}
