/**
 * Numbered agenda items and sub-items outside tables: `1 Opening of the meeting`, `3.1  TSAG RG-WPR ...`,
 * `4.1 Review ...`; also `1.` / `3.1.` and Word's automatic numbers (`listLabel`). Dates (`10 September 2025`),
 * times and table cells are not items.
 */
import type { AgendaDocument, Paragraph } from '../document/model';
import type { AgendaItem } from './types';
import { bodyParagraphs } from './document-text';
import { monthNumber } from '../dates/dates';

const ITEM = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:[ \t\u00a0]+)(\S[^]*)$/;
const FIRST_WORD = /^[A-Za-z]+\b/;
/** A title starts with a letter or an opening quote/bracket, not a digit or unit (`3 (three) days`, `13:00`). */
const TITLE_START = /^[\p{L}“"‘'«]/u;

function item(number: string, title: string, numberStart: number, p: Paragraph): AgendaItem | null {
  if (!TITLE_START.test(title) || monthNumber(FIRST_WORD.exec(title)?.[0] ?? '') !== null) return null;
  return {
    number,
    parts: number.split('.').map(Number),
    title: title.trim(),
    numberSpan: { start: numberStart, end: numberStart + number.length },
    start: p.start,
    end: p.end,
    paragraphIndex: p.index,
  };
}

export function findAgendaItems(doc: AgendaDocument): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const p of bodyParagraphs(doc)) {
    if (p.headingLevel !== undefined && /^(?:Annex|Appendix|Agenda)\b/i.test(p.text)) continue;
    if (p.listLabel) {
      // Word numbers the item itself: the label sits before the span in the flat text.
      const label = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?$/.exec(p.listLabel);
      if (!label) continue;
      const labelStart = doc.text.lastIndexOf(p.listLabel, p.start);
      const found = item(label[1], p.text, labelStart >= 0 ? labelStart : p.start, p);
      if (found) items.push(found);
      continue;
    }
    if (p.isListItem) continue;
    const m = ITEM.exec(p.text);
    if (!m) continue;
    const found = item(m[1], m[2], p.start, p);
    if (found) items.push(found);
  }
  return items;
}
