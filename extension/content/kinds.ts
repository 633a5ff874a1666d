import { findReferences, pretestOf } from '../../shared/refs/find-references';
import type { RefKind, Reference } from '../../shared/refs/types';
import { normalizeForMatching } from '../../shared/text/normalize';

/** What the delegate cares about on web pages; study groups, Resolutions and the like would mark every line. */
export const MARKED_KINDS: readonly RefKind[] = ['td', 'contribution', 'action', 'question'];

/**
 * Every reference of the marked kinds holds one of their triggers (`TD`, `C`, `WP`, `RG-`, `Q`, `question`: the union
 * the parser derives from the table of kinds), in normalized text. Most text on a big page (dates, counts, prices) has digits
 * but none of these, and is not worth parsing.
 */
export const MARKED_PRETEST: RegExp = pretestOf(MARKED_KINDS);

/** Whether `text` may hold a reference TD Lens marks (the parser's own pretest, without the parse). */
export function mayHoldMarked(text: string): boolean {
  return MARKED_PRETEST.test(normalizeForMatching(text));
}

/** The references TD Lens marks in `text`. */
export function findMarked(text: string): Reference[] {
  return findReferences(text, { kinds: MARKED_KINDS });
}
