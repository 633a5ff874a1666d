/**
 * Which edits of a batch a host can apply, shared by the Word and preview hosts: each within one paragraph of the
 * last read, with its expected text still there, not overlapping another. Planned edits come last-first, so
 * applying them in order never moves the text of the ones still to apply.
 */
import type { AgendaDocument, Paragraph } from '../../shared/document/model';
import { paragraphFrom } from './layout';
import type { EditResult, TextEdit } from './types';

export interface PlannedEdit {
  edit: TextEdit;
  paragraph: Paragraph;
}

export function planEdits(
  doc: AgendaDocument,
  edits: readonly TextEdit[],
): { planned: PlannedEdit[]; skipped: EditResult['skipped'] } {
  const planned: PlannedEdit[] = [];
  const skipped: EditResult['skipped'] = [];
  let floor = Infinity;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    const paragraph = paragraphFrom(doc, edit.start);
    if (!paragraph || edit.end > paragraph.end || edit.start > edit.end) {
      skipped.push({ edit, reason: 'the edit spans more than one paragraph' });
    } else if (edit.start < paragraph.start) {
      // In a list marker or a line break: no paragraph's text holds it, so no host can place it.
      skipped.push({ edit, reason: 'the edit starts outside the paragraph text' });
    } else if (edit.expected !== undefined && doc.text.slice(edit.start, edit.end) !== edit.expected) {
      skipped.push({ edit, reason: `expected “${edit.expected}”, found “${doc.text.slice(edit.start, edit.end)}”` });
    } else if (edit.end > floor) {
      skipped.push({ edit, reason: 'overlaps another edit' });
    } else {
      planned.push({ edit, paragraph });
      floor = edit.start;
    }
  }
  return { planned, skipped };
}
