import { describe, expect, it } from 'vitest';
import { formatTdId, parseTdId } from './td-id';

describe('register TD ids', () => {
  it.each([
    ['TD9R3', 9, 3],
    ['TD 9', 9, 0],
    ['TD009 Rev.3', 9, 3],
    ['TD9r3', 9, 3],
    ['td9', 9, 0],
    [' TD 106 ', 106, 0],
  ])('reads %s', (text, number, revision) => {
    expect(parseTdId(text)).toEqual({ number, revision });
  });
  it.each(['TDx', 'TD0', 'SG12-TD648', 'TD 9 and 10', ''])('rejects %j', (text) => {
    expect(parseTdId(text)).toBeNull();
  });
  it('formats the canonical id', () => {
    expect(formatTdId(7, 2)).toBe('TD7R2');
    expect(formatTdId(7, 0)).toBe('TD7');
  });
});
