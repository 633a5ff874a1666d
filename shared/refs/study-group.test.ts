import { describe, expect, it } from 'vitest';
import { findStudyGroups } from './study-group';

describe('findStudyGroups', () => {
  it.each([
    ['SG17', ['SG17']],
    ['SG 17', ['SG17']],
    ['Study Group 17', ['SG17']],
    ['study group 5', ['SG5']],
    ['Study Groups 13, 17 and 20', ['SG13', 'SG17', 'SG20']],
    ['SGs 17 and 20', ['SG17', 'SG20']],
    ['ITU-T Study Groups 2 and 20', ['SG2', 'SG20']],
    ['TSAG', ['TSAG']],
    ['Working Party 2/TSAG', ['TSAG']],
  ])('%s', (text, ids) => {
    expect(findStudyGroups(text).map((r) => r.id)).toEqual(ids);
  });

  it('spans list items on their numbers', () => {
    expect(findStudyGroups('SGs 17 and 20').map((r) => r.text)).toEqual(['SGs 17', '20']);
  });

  it('does not list after a singular form', () => {
    expect(findStudyGroups('Study Group 17, 5 experts').map((r) => r.id)).toEqual(['SG17']);
  });

  it.each([
    'SGX',
    'SG0',
    'SG 45',
    'Study Group 99',
    'SG17a',
    'T25-TSAG-250526',
    'TSAGs',
    'SG',
    'Lead Study Group for IdM',
    'XSG17',
  ])('no study group in %s', (text) => {
    expect(findStudyGroups(text)).toEqual([]);
  });
});

describe("another sector's study groups", () => {
  it('are not ITU-T study groups, nor are their lists', () => {
    expect(
      findStudyGroups('ITU-R SG6, ITU-D Study Groups 1 and 2, ITU-R SG 5 and ITU-T SG21').map((r) => r.id),
    ).toEqual(['SG21']);
  });
});
