/**
 * Recommendations a title or an agenda line names: `ITU-T A.1` (shared/refs finds these), and as TD titles and
 * editors write them without `ITU-T`: `Updated baseline text E.800: ...`, `draft revised A.1`, `Y.3172`, and draft
 * work items, `P.SAMD`, `Y.IoT-overview`.
 *
 *   bare    := \b series '.' (number | name) \b          not after 'Annex', 'Appendix', 'clause', 'section', 'Table',
 *   series  := A-Z                                       'Figure', 'Supplement' (a part of a text, not a Recommendation);
 *   number  := 1*4digit *2('.' 1*4digit) ['rev']        not before '/' (`Q.3/13` is a Question)
 *   name    := A-Z 1*29(letter | digit | '-')
 *
 * Canonical id `A.1`, `E.800`, `P.SAMD` (a draft's name upper-cased; `X.1060rev` is X.1060).
 */
import { findReferences } from '../refs/find-references';
import { normalizeForMatching } from '../text/normalize';

export interface RecommendationName {
  id: string;
  start: number;
  end: number;
}

const BARE =
  /(?<![A-Za-z0-9_.\-/])(?<series>[A-Z])\.(?:(?<number>\d{1,4}(?:\.\d{1,4}){0,2})(?:-?rev\b)?|(?<name>[A-Z][A-Za-z0-9-]{0,28}[A-Za-z0-9]))(?![A-Za-z0-9_/]|\.\d)/g;
const PART_BEFORE = /\b(?:Annex|Appendix|Attachment|[Cc]lause|[Ss]ection|Table|Figure|Supplement|Suppl\.)\s*$/;

export function findRecommendations(text: string): RecommendationName[] {
  const normalized = normalizeForMatching(text);
  const out: RecommendationName[] = findReferences(normalized, { kinds: ['recommendation'] }).map((ref) => ({
    id: ref.id.replace(/^ITU-T /, ''),
    start: ref.start,
    end: ref.end,
  }));
  const taken = (start: number) => out.some((r) => start >= r.start && start < r.end);
  for (const m of normalized.matchAll(BARE)) {
    if (taken(m.index) || PART_BEFORE.test(normalized.slice(Math.max(0, m.index - 12), m.index))) continue;
    const { series = '', number, name } = m.groups ?? {};
    out.push({ id: `${series}.${number ?? name?.toUpperCase()}`, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
