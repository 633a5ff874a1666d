/** Every structure of an agenda in one pass over the document: `parseAgenda(doc)`. */
import type { AgendaDocument } from '../document/model';
import type { ActionRef } from '../refs/types';
import type { AgendaStructure } from './types';
import { findReferences } from '../refs/find-references';
import { detectMeetingContext } from '../meeting/context';
import { findAgendaItems } from './agenda-items';
import { findAnticipatedActions } from './anticipated-actions';
import { findAnnexHeadings, findAnnexReferences } from './annexes';
import { findWtsaActions } from './wtsa-actions';
import { findPlanActions } from './plan-actions';
import { findEMeetingPlans } from './emeetings';

export function parseAgenda(doc: AgendaDocument): AgendaStructure {
  const actionCodes = findReferences(doc.text, { kinds: ['action'] }).filter(
    (r): r is ActionRef => r.kind === 'action',
  );
  const items = findAgendaItems(doc);
  const annexes = findAnnexHeadings(doc);
  return {
    meeting: detectMeetingContext(doc.text),
    items,
    anticipatedActions: findAnticipatedActions(doc, items, actionCodes),
    actionCodes,
    annexes,
    annexReferences: findAnnexReferences(doc, annexes),
    wtsaActions: findWtsaActions(doc),
    planActions: findPlanActions(doc),
    emeetings: findEMeetingPlans(doc),
  };
}
