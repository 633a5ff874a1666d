import { findReferences, leadPretestOf } from '../../shared/refs/find-references';
import type { RefKind, Reference } from '../../shared/refs/types';
import { normalizeForMatching } from '../../shared/text/normalize';

/** What the delegate cares about on web pages; study groups, Resolutions and the like would mark every line. */
export const MARKED_KINDS: readonly RefKind[] = ['td', 'contribution', 'action', 'question'];

/**
 * Every reference of the marked kinds starts with one of their leads (`TD 7`, `TDs 7`, `C 45`, `WP2`, `RG-W`, `Q3`,
 * `Questions 2`, `question 3`: the union derived from the table of kinds), in normalized text. Most text on a page
 * (dates, counts, prices, `Chapter 3`) has digits and capitals but none of these, and is not worth parsing.
 */
export const MARKED_PRETEST: RegExp = leadPretestOf(MARKED_KINDS);

/** Whether `text` may hold a reference TD Lens marks (the parser's own pretest, without the parse). */
export function mayHoldMarked(text: string): boolean {
  return MARKED_PRETEST.test(normalizeForMatching(text));
}

/** The references TD Lens marks in `text`. */
export function findMarked(text: string): Reference[] {
  return mayHoldMarked(text) ? findReferences(text, { kinds: MARKED_KINDS }) : [];
}
