import { findReferences } from '../../shared/refs/find-references';
import type { RefKind, Reference } from '../../shared/refs/types';

/** What the delegate cares about on web pages; study groups, Resolutions and the like would mark every line. */
export const MARKED_KINDS: readonly RefKind[] = ['td', 'contribution', 'action', 'question'];

/**
 * Every reference of the marked kinds holds one of these: `TD` (TDs), `C` (contributions), `WP` or `RG` (action
 * codes; `RG` alone, since the hyphen after it may be a U+2011 the parser normalizes), `Q` (Questions), upper
 * case in each grammar. Most text on a big page (dates, counts, prices) has digits but none of these, and is not
 * worth parsing.
 */
export const MARKED_TRIGGER = /TD|C|WP|RG|Q/;

/** The references TD Lens marks in `text`. */
export function findMarked(text: string): Reference[] {
  return MARKED_TRIGGER.test(text) ? findReferences(text, { kinds: MARKED_KINDS }) : [];
}
