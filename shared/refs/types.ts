/**
 * What the reference parser finds. Every reference carries exact offsets into the text it was found in:
 * `text.slice(ref.start, ref.end) === ref.text`.
 *
 * Each kind declares its own result type beside its grammar (`TdRef` in td.ts ...); `Reference` and `RefKind` are
 * derived from the table of kinds (kinds.ts), so a new kind is one file and one line there, not an edit here.
 */
import type { REFERENCE_KINDS } from './kinds';
import type { ReferenceKind, ScanOptions } from './kind';

type KindResult<K> = K extends ReferenceKind<infer R> ? R : never;

/** Any reference: the union of the result types of the kinds in the table. */
export type Reference = KindResult<(typeof REFERENCE_KINDS)[number]>;

/** `'td' | 'contribution' | ...`: the ids of the kinds in the table. */
export type RefKind = Reference['kind'];

export interface FindOptions extends ScanOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly RefKind[];
}

export type { TdRef, SubGroup } from './td';
export type { ContributionRef } from './contribution';
export type { ActionRef } from './action';
export type { QuestionRef } from './question';
export type { StudyGroupRef } from './study-group';
export type { ResolutionRef } from './resolution';
export type { WtsaActionRef } from './wtsa-action';
export type { PlanActionRef } from './plan-action';
export type { RecommendationRef } from './recommendation';
