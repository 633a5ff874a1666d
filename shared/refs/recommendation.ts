/**
 * ITU-T Recommendations: `ITU-T A.1`, `Rec. ITU-T X.509`, `Recommendation ITU-T Y.3172`, `ITU-T H.264.1`,
 * `ITU-T Rec. X.509`.
 *
 *   rec    := \b [('Recommendation' | 'Rec.') ' '] 'ITU-T ' ['Rec. '] series '.' number \b
 *   series := A-Z      number := 1*4digit *2('.' 1*4digit)
 *
 * Canonical id `ITU-T X.509` (series `X`, number `509`). A number followed by a slash and a group is a Question, not a
 * Recommendation: `ITU-T Q.6/SG 16`, `ITU-T Q.10/16`.
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { captures, nextAtBoundary } from './scan';

/** An ITU-T Recommendation: id `ITU-T X.509`. */
export interface RecommendationRef extends RefBase<'recommendation'> {
  series: string;
  number: string;
}

// Starts at the literal `ITU-T ` (fast) and looks back for `Recommendation ` / `Rec. `.
const WORD_BEFORE_RE = /(?<![A-Za-z0-9_])(?:Recommendation|Rec\.) $/;
const RE = /ITU-T (?:Rec\. )?(?<series>[A-Z])\.(?<number>\d{1,4}(?:\.\d{1,4}){0,2})(?![A-Za-z0-9_]|\.\d|\/\d|\/SG)/g;

export function scanRecommendations(normalized: string, original: string = normalized): RecommendationRef[] {
  const out: RecommendationRef[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextAtBoundary(RE, normalized)) !== null) {
    const { series = '', number = '' } = captures(m);
    const w = m.index > 0 ? WORD_BEFORE_RE.exec(normalized.slice(Math.max(0, m.index - 16), m.index)) : null;
    const start = w ? m.index - w[0].length : m.index;
    out.push({
      kind: 'recommendation',
      id: `ITU-T ${series}.${number}`,
      text: original.slice(start, RE.lastIndex),
      start,
      end: RE.lastIndex,
      series,
      number,
    });
  }
  return out;
}

export function findRecommendations(text: string): RecommendationRef[] {
  return scanRecommendations(normalizeForMatching(text), text);
}

export const recommendationKind: ReferenceKind<RecommendationRef> = {
  id: 'recommendation',
  label: 'Recommendation',
  trigger: /ITU-T/,
  specificity: 6,
  scan: scanRecommendations,
};
