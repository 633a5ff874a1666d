/**
 * What one line says about each document it cites: its own words (segments.ts), or those of the citation before
 * it when it shares them (`TD168, TD169`), the kind of the one before when it names none, and a title quoted after
 * it. The check (td-title-mismatch) and the extension's card read lines through this one function.
 */
import type { Reference } from '../refs/types';
import { isEmpty, lineProfile, merge, quotedTitleProfile, withKindOf, type Profile } from './profile';
import { citationsOfLine } from './segments';

export interface CitationClaim {
  ref: Reference;
  /** What the line says about the document; null when nothing (a part cited, or no words). */
  profile: Profile | null;
}

/** `refs`: the references of `text[lineStart, lineEnd)`, in text order. `home`: the meeting's group. */
export function lineClaims(
  text: string,
  lineStart: number,
  lineEnd: number,
  refs: readonly Reference[],
  home?: string,
): CitationClaim[] {
  const out: CitationClaim[] = [];
  let previous: Profile | null = null;
  for (const citation of citationsOfLine(text, lineStart, lineEnd, refs)) {
    const own = citation.own ? lineProfile(text.slice(citation.own.start, citation.own.end), home) : null;
    let profile: Profile | null = citation.sharesPrevious && own && isEmpty(own) ? previous : own;
    if (profile && citation.follows) profile = withKindOf(profile, previous);
    if (profile && citation.quoted)
      profile = merge(profile, quotedTitleProfile(text.slice(citation.quoted.start, citation.quoted.end), home));
    out.push({ ref: citation.ref, profile: profile && !isEmpty(profile) ? profile : null });
    previous = profile;
  }
  return out;
}
