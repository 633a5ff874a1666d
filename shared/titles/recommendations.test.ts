import { describe, expect, it } from 'vitest';
import { findRecommendations } from './recommendations';

describe('findRecommendations', () => {
  it.each([
    ['Draft revised Recommendation ITU-T A.1: Working methods', ['A.1']],
    ['Draft revised A.13 – TD131', ['A.13']],
    ['Updated baseline text E.800: Definitions of terms', ['E.800']],
    ['Performance results of current P.SAMD model candidate', ['P.SAMD']],
    ['draft new Recommendation Y.IoT-overview', ['Y.IOT-OVERVIEW']],
    ['ITU-T H.264.1 and X.1060rev', ['H.264.1', 'X.1060']],
    // Parts of texts, Questions, abbreviations and ids are not Recommendations.
    ['Annex A.1 of TD108', []],
    ['clause E.2 and Table B.3', []],
    ['Q.3/13 and TD.2484', []],
    ['e.g. U.S. No.5 Rev.1', []],
  ])('%s → %j', (text, expected) => {
    expect(findRecommendations(text).map((r) => r.id)).toEqual(expected);
  });
});
