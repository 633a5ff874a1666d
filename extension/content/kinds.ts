import type { RefKind } from '../../shared/refs/types';

/** What the delegate cares about on web pages; study groups, Resolutions and the like would mark every line. */
export const MARKED_KINDS: readonly RefKind[] = ['td', 'contribution', 'action', 'question'];
