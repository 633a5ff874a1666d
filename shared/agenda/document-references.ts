/**
 * Every reference of an agenda document: what the text says (refs/find-references) and what its tables know. A
 * WTSA-24 actions table cites each action by its bare number (`7`) and an action-plan table each item by its id
 * (`73-06`) in the first cell; neither is a reference as plain text, but the table makes it one: kind `wtsa-action`
 * (id `WTSA-24 Action 7`, the id an inline `WTSA-24 Action 7` has) and `plan-action` (id `73-06`), spanning the
 * number in the document. The ids are the ones `td-lens tables` prints (numbers and plan ids), so one action is one
 * id wherever it is cited; a span the text grammar already read is not reported twice.
 */
import type { AgendaDocument } from '../document/model';
import type { FindOptions, Reference } from '../refs/types';
import { findReferences, mergeSorted, resolveOverlaps } from '../refs/find-references';
import { wtsaActionRef } from '../refs/wtsa-action';
import { planActionRef } from '../refs/plan-action';
import { findWtsaActionNumbers } from './wtsa-actions';
import { findPlanActionIds } from './plan-actions';

/** The assembly of a WTSA actions table whose header does not name one: the current one. */
const CURRENT_ASSEMBLY = 'WTSA-24';

/** The action numbers and plan ids in the first cells of the document's WTSA actions and action-plan tables. */
export function tableReferences(doc: AgendaDocument): Reference[] {
  const refs: Reference[] = [];
  for (const action of findWtsaActionNumbers(doc)) {
    const { start, end } = action.numberSpan;
    const digits = /\d+/.exec(doc.text.slice(start, end));
    if (!digits) continue;
    const at = start + digits.index;
    refs.push(wtsaActionRef(doc.text, at, at + digits[0].length, action.assembly ?? CURRENT_ASSEMBLY, action.number));
  }
  for (const item of findPlanActionIds(doc)) {
    const { start, end } = item.idSpan;
    const [resolution, number] = item.id.split('-');
    const ref = planActionRef(doc.text, start, end, resolution, number);
    if (ref) refs.push(ref);
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** References of the text and of the tables, sorted by start, never overlapping. `options` as findReferences takes. */
export function documentReferences(doc: AgendaDocument, options: FindOptions = {}): Reference[] {
  const inText = findReferences(doc.text, options);
  const wanted = options.kinds;
  const inTables = tableReferences(doc).filter((r) => wanted === undefined || wanted.includes(r.kind));
  return inTables.length === 0 ? inText : resolveOverlaps(mergeSorted([inText, inTables]));
}
