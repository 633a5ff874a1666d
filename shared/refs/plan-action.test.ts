import { describe, expect, it } from 'vitest';
import { findPlanActions, parsePlanActionId } from './plan-action';

describe('plan actions', () => {
  it('finds ids in context only by default, spanning the id', () => {
    const refs = findPlanActions('see action 73-06 and action plan item 99-01; also 77-12 alone');
    expect(refs.map((r) => [r.id, r.text, r.resolution, r.item])).toEqual([
      ['73-06', '73-06', 73, 6],
      ['99-01', '99-01', 99, 1],
    ]);
  });

  it('finds bare ids everywhere on request', () => {
    expect(findPlanActions('\t73-06\n\t105-07\n', { everywhere: true }).map((r) => r.id)).toEqual(['73-06', '105-07']);
  });

  it.each([
    '26-30 May 2025',
    '26-30 Sept',
    '13:00-15:00',
    '05-2025',
    'WP2-4',
    'RG-WPR-1',
    '2025-2028',
    '1-2-3',
    '0-00',
    '73-06-01',
    '12-05/2025',
  ])('never a plan id: %s', (text) => {
    expect(findPlanActions(text, { everywhere: true })).toEqual([]);
  });

  it('parses a single id', () => {
    expect(parsePlanActionId('73-06')).toMatchObject({ id: '73-06', resolution: 73, item: 6 });
    expect(parsePlanActionId('73-6')).toBeNull();
  });
});

describe('plan-action context', () => {
  it('does not take a bare "item 3-12" for a plan id', () => {
    expect(findPlanActions('item 3-12 of the list; plan item 73-07')).toMatchObject([{ id: '73-07' }]);
  });
});
