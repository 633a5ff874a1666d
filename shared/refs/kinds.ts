/**
 * The table of reference kinds: each kind is registered here once, with one line. Everything else that knows
 * the list of kinds reads it from here: the parser's quick pretest and dispatch (find-references.ts), the overlap
 * ranking, `Reference` and `RefKind` (types.ts), and the order and labels front ends show. The order of the table
 * is the order kinds are listed in (summaries); overlaps are ranked by each entry's `specificity`.
 *
 * To add a kind, see README.md ("Adding a reference kind").
 */
import { tdKind } from './td';
import { contributionKind } from './contribution';
import { actionKind } from './action';
import { questionKind } from './question';
import { studyGroupKind } from './study-group';
import { resolutionKind } from './resolution';
import { wtsaActionKind } from './wtsa-action';
import { planActionKind } from './plan-action';
import { recommendationKind } from './recommendation';

export const REFERENCE_KINDS = [
  tdKind,
  contributionKind,
  actionKind,
  questionKind,
  studyGroupKind,
  resolutionKind,
  wtsaActionKind,
  planActionKind,
  recommendationKind,
] as const;

/** The kind ids in table order. */
export const REF_KINDS = REFERENCE_KINDS.map((k) => k.id);

/** What readers call each kind (`td` → `temporary document`). */
export const KIND_LABELS = Object.fromEntries(REFERENCE_KINDS.map((k) => [k.id, k.label])) as Record<
  (typeof REF_KINDS)[number],
  string
>;
