import { describe, expect, it } from 'vitest';
import { findWtsaActions } from './wtsa-action';

describe('findWtsaActions', () => {
  it.each([
    ['WTSA-24 Action 7', 'WTSA-24 Action 7', 7],
    ['WTSA-24 action 8 (Trust)', 'WTSA-24 Action 8', 8],
    ['WTSA-24 action number 9', 'WTSA-24 Action 9', 9],
  ])('%s', (text, id, number) => {
    expect(findWtsaActions(text)).toMatchObject([{ id, number, assembly: 'WTSA-24' }]);
  });
  it.each(['WTSA-24 action number', 'WTSA-24 Actions', 'WTSA Action 7', 'WTSA-24 Action 7-1'])('none in %s', (text) => {
    expect(findWtsaActions(text)).toEqual([]);
  });
});
