import { describe, expect, it } from 'vitest';
import { findRecommendations } from './recommendation';

describe('findRecommendations', () => {
  it.each([
    ['ITU-T A.1', 'ITU-T A.1', 'ITU-T A.1'],
    ['Rec. ITU-T X.509.', 'ITU-T X.509', 'Rec. ITU-T X.509'],
    ['Recommendation ITU-T Y.3172', 'ITU-T Y.3172', 'Recommendation ITU-T Y.3172'],
    ['ITU-T H.264.1', 'ITU-T H.264.1', 'ITU-T H.264.1'],
    ['ITU-T Rec. X.509', 'ITU-T X.509', 'ITU-T Rec. X.509'],
  ])('%s', (text, id, span) => {
    expect(findRecommendations(text)).toMatchObject([{ id, text: span }]);
  });
  it.each(['ITU-T SG17', 'ITU-T x.509', 'X.509', 'ITU-T X.', 'ITU-T X.12345', 'ITU-T Q.6/SG 16', 'ITU-T Q.10/16'])(
    'none in %s',
    (text) => {
      expect(findRecommendations(text)).toEqual([]);
    },
  );
});
