/**
 * What the reference parser finds. Every reference carries exact offsets into the text it was found in:
 * `text.slice(ref.start, ref.end) === ref.text`.
 */
export type RefKind =
  | 'td'
  | 'contribution'
  | 'action'
  | 'question'
  | 'study-group'
  | 'resolution'
  | 'wtsa-action'
  | 'plan-action'
  | 'recommendation';

export const REF_KINDS: readonly RefKind[] = [
  'td', 'contribution', 'action', 'question', 'study-group', 'resolution', 'wtsa-action', 'plan-action', 'recommendation',
];

export interface Span {
  start: number;
  end: number;
}

interface RefBase extends Span {
  kind: RefKind;
  /** Canonical id: one spelling per thing (`TD7R1`, `C45`, `RG-WPR-6`, `Q3/17`, `SG17`, `Resolution 73`, ...). */
  id: string;
  /** The text exactly as written, `input.slice(start, end)`. */
  text: string;
}

/** Sub-group of a TD: `GEN`, `PLEN` or `WP1`..`WP4` (ITU's own spelling). */
export type SubGroup = string;

/** A temporary document. id `TD<number>` plus `R<n>` when a revision is cited. */
export interface TdRef extends RefBase {
  kind: 'td';
  number: number;
  /** Revision cited (`TD7R1` → 1); absent when none is cited. */
  revision?: number;
  subGroup?: SubGroup;
  /** `TSAG` or `SG<n>` when written (`SG12-TD648`, `TSAG TD83`). */
  group?: string;
}

/** A contribution. id `C<number>` plus `R<n>` when a revision is cited. */
export interface ContributionRef extends RefBase {
  kind: 'contribution';
  number: number;
  revision?: number;
  /** `TSAG`, `SG<n>`, or `COM <n>` for legacy ones, when written. */
  group?: string;
}

/** An action code: `WP2-4`, `RG-WPR-1`. One reference per code, also inside lists (`RG-WPR-2, 3, 4`). */
export interface ActionRef extends RefBase {
  kind: 'action';
  /** The series the code belongs to: `WP2`, `RG-WPR`. */
  series: string;
  number: number;
  /** True when the code does not start its own item but sits inside another item's text. */
  inline: boolean;
  /** True when the number was written as a continuation of a list (`3` in `RG-WPR-2, 3`). */
  listed: boolean;
}

/** A Question: id `Q3/17`. */
export interface QuestionRef extends RefBase {
  kind: 'question';
  question: number;
  studyGroup: number;
}

/** A study group: id `SG17`, or `TSAG`. One reference per group in lists (`Study Groups 13, 17 and 20`). */
export interface StudyGroupRef extends RefBase {
  kind: 'study-group';
  /** Absent for TSAG. */
  studyGroup?: number;
}

/** A WTSA resolution: id `Resolution 73`. */
export interface ResolutionRef extends RefBase {
  kind: 'resolution';
  number: number;
  /** `Rev. New Delhi, 2024` when written. */
  revision?: string;
}

/** A WTSA-24 action number: id `WTSA-24 Action 7`. */
export interface WtsaActionRef extends RefBase {
  kind: 'wtsa-action';
  number: number;
}

/** A WTSA action-plan item: id `73-06` (Resolution 73, item 6). */
export interface PlanActionRef extends RefBase {
  kind: 'plan-action';
  resolution: number;
  item: number;
}

/** An ITU-T Recommendation: id `ITU-T X.509`. */
export interface RecommendationRef extends RefBase {
  kind: 'recommendation';
  series: string;
  number: string;
}

export type Reference =
  | TdRef
  | ContributionRef
  | ActionRef
  | QuestionRef
  | StudyGroupRef
  | ResolutionRef
  | WtsaActionRef
  | PlanActionRef
  | RecommendationRef;

export interface FindOptions {
  /** Only these kinds (default: all). */
  kinds?: readonly RefKind[];
  /**
   * Treat bare `NN-NN` ids as action-plan ids everywhere (the caller knows the text is an action-plan table).
   * Otherwise only `action 73-06` / `action plan 73-06` forms are plan actions.
   */
  planIdsEverywhere?: boolean;
}
