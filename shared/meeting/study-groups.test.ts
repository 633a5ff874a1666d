import { describe, expect, it } from 'vitest';
import { studyGroupExists, studyGroupSuccessor, studyGroupsOf } from './study-groups';

describe('study groups per period', () => {
  it('lists the 2025-2028 groups', () => {
    expect(studyGroupsOf(25)).toEqual([
      'SG2',
      'SG3',
      'SG5',
      'SG11',
      'SG12',
      'SG13',
      'SG15',
      'SG17',
      'SG20',
      'SG21',
      'TSAG',
    ]);
    expect(studyGroupsOf(99)).toEqual([]);
  });
  it.each([
    ['SG17', 25, true],
    [17, 25, true],
    ['SG 21', 25, true],
    ['TSAG', 25, true],
    ['SG16', 25, false],
    ['SG9', 25, false],
    ['SG16', 22, true],
    ['SG21', 22, false],
    ['SG9', 22, true],
    ['SG4', 25, false],
    ['banana', 25, false],
    ['SG17', 7, false],
  ] as const)('%s exists in T%i: %s', (sg, period, exists) => {
    expect(studyGroupExists(sg, period)).toBe(exists);
  });
  it('knows what merged groups became', () => {
    expect(studyGroupSuccessor('SG16', 25)).toBe('SG21');
    expect(studyGroupSuccessor(9, 25)).toBe('SG21');
    expect(studyGroupSuccessor('SG16', 22)).toBe('SG16');
    expect(studyGroupSuccessor('SG17', 25)).toBe('SG17');
    expect(studyGroupSuccessor('SG4', 25)).toBeNull();
  });
});
