/**
 * What a kind of reference is made of: the result every kind's references share (`RefBase`) and the entry a kind
 * registers in the table of kinds.ts (`ReferenceKind`). Each kind's file (td.ts ...) builds on these; `Reference`
 * and `RefKind`, derived from the table, are in types.ts.
 */
import type { Span } from '../text/spans';

/** What every reference has; `K` is its kind (`'td'`). */
export interface RefBase<K extends string> extends Span {
  kind: K;
  /** Canonical id: one spelling per thing (`TD7R1`, `C45`, `RG-WPR-6`, `Q3/17`, `SG17`, `Resolution 73`, ...). */
  id: string;
  /** The text exactly as written, `input.slice(start, end)`. */
  text: string;
}

/** What a kind's scanner may be told (FindOptions without the kind filter). */
export interface ScanOptions {
  /**
   * Treat bare `NN-NN` ids as action-plan ids everywhere (the caller knows the text is an action-plan table).
   * Otherwise only `action 73-06` / `action plan 73-06` forms are plan actions.
   */
  planIdsEverywhere?: boolean;
}

/**
 * One kind of reference, registered once in the table of kinds.ts: the parser derives its quick pretest, its
 * dispatch and its overlap ranking from these entries.
 */
export interface ReferenceKind<R extends RefBase<string>> {
  /** The `kind` of its references: `'td'`. */
  id: R['kind'];
  /** What readers call it (hover cards, summaries): `temporary document`. */
  label: string;
  /**
   * A regex (no flags) that matches somewhere in every text holding a reference of this kind: its literal
   * (`/TD/`). Texts it does not match skip the scanner; the union of all triggers rejects reference-free text.
   */
  trigger: RegExp;
  /**
   * Optional, stricter: a regex (no flags) that matches, in normalized text, where every reference of this kind (or
   * the list it belongs to) starts: its literal and what must follow it up to the first digit (`TD 7`, `TDs 7`,
   * `TD-GEN-7`). For front ends that test much text holding none (web pages: `Chapter 3` has a `C` and a digit, no
   * `C` before a digit). Kept beside the grammar it summarizes; a test checks it against every form of the corpus.
   */
  lead?: RegExp;
  /** Rank when two references of equal length overlap: the lower number wins (`SG12-TD648` is a TD). */
  specificity: number;
  /** Every reference of this kind in `normalized` (see text/normalize.ts), in text order, offsets and text from `original`. */
  scan(normalized: string, original: string, options: ScanOptions): R[];
}
