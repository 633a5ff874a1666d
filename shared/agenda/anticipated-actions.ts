/**
 * "Anticipated Actions" lists (the list items after an `Anticipated Actions` paragraph, up to the next agenda item
 * or heading) and single `Anticipated action WP2-9: ...` paragraphs. Each entry carries the action codes it
 * defines (a list form `RG-WPR-2, 3, 4, 5:` gives several) and the text after them.
 */
import type { AgendaDocument, Paragraph } from '../document/model';
import type { ActionRef } from '../refs/types';
import type { AgendaItem, AnticipatedAction } from './types';
import { bodyParagraphs } from './document-text';
import { firstAtOrAfter } from '../text/spans';

const LIST_HEADER = /^[ \t\u00a0]*Anticipated[ \t\u00a0]+actions?[ \t\u00a0]*:?[ \t\u00a0]*$/i;
const SINGLE = /^[ \t\u00a0]*Anticipated[ \t\u00a0]+actions?[ \t\u00a0]*:?[ \t\u00a0]*/i;

/** The codes a paragraph defines: the non-inline codes from the start of the text, before the colon. `actions` sorted by start. */
function leadingCodes(p: Paragraph, actions: ActionRef[], from: number): ActionRef[] {
  const codes: ActionRef[] = [];
  let pos = from;
  for (let i = firstAtOrAfter(actions, p.start); i < actions.length && actions[i].start < p.end; i++) {
    const a = actions[i];
    const gap = a.start >= pos ? a.start - pos : -1;
    // Codes of one list are separated only by `, ` / ` and `; anything else ends the lead.
    if (
      gap < 0 ||
      (codes.length === 0
        ? gap > 0
        : !/^[ \t\u00a0]*(?:,|and|&)?[ \t\u00a0]*$/.test(p.text.slice(pos - p.start, a.start - p.start)))
    )
      break;
    if (a.inline) break;
    codes.push(a);
    pos = a.end;
  }
  return codes;
}

function entry(p: Paragraph, codes: ActionRef[], item: string | undefined): AnticipatedAction {
  const afterCodes = codes.length > 0 ? codes[codes.length - 1].end - p.start : 0;
  const text = p.text
    .slice(afterCodes)
    .replace(/^[ \t\u00a0]*[:.–—-]?[ \t\u00a0]*/, '')
    .trim();
  const action: AnticipatedAction = { codes, text, paragraphIndex: p.index, start: p.start, end: p.end };
  if (item !== undefined) action.item = item;
  return action;
}

export function findAnticipatedActions(
  doc: AgendaDocument,
  items: AgendaItem[],
  actions: ActionRef[],
): AnticipatedAction[] {
  const itemAt = new Map(items.map((i) => [i.paragraphIndex, i.number]));
  const found: AnticipatedAction[] = [];
  let currentItem: string | undefined;
  let inList = false;
  for (const p of bodyParagraphs(doc)) {
    const itemNumber = itemAt.get(p.index);
    if (itemNumber !== undefined) {
      currentItem = itemNumber;
      inList = false;
      continue;
    }
    if (p.headingLevel !== undefined) {
      currentItem = undefined;
      inList = false;
      continue;
    }
    if (LIST_HEADER.test(p.text)) {
      inList = true;
      continue;
    }
    const single = SINGLE.exec(p.text);
    if (single) {
      const codes = leadingCodes(p, actions, p.start + single[0].length);
      if (codes.length > 0) found.push(entry(p, codes, currentItem));
      inList = false;
      continue;
    }
    if (!inList) continue;
    const lead = p.text.length - p.text.trimStart().length;
    const codes = leadingCodes(p, actions, p.start + lead);
    if (p.isListItem || codes.length > 0) {
      found.push(entry(p, codes, currentItem));
    } else {
      inList = false;
    }
  }
  return found;
}
