import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../shared/meeting/types';
import type { TdEntry } from '../shared/register/types';
import { findTdEntry, mergeRegister, registerKey, toStoredRegister, type StoredRegister } from './register-store';

const tsag: MeetingContext = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
const sg12: MeetingContext = { group: 'SG12', start: '2025-09-09', studyPeriod: 25 };
const entry = (number: number, revision = 0, title = `T${number}`): TdEntry => ({
  id: revision ? `TD${number}R${revision}` : `TD${number}`, number, revision, title, source: 'S', line: 1,
});
const now = new Date('2025-05-30T10:00:00Z');

describe('register store', () => {
  it('files a register under its meeting, else the fallback meeting, else its file name', () => {
    expect(toStoredRegister({ fileName: 'a.xml', format: 'xml', entries: [], meeting: sg12 }, tsag, now).key).toBe('SG12 2025-09-09');
    expect(toStoredRegister({ fileName: 'a.csv', format: 'csv', entries: [] }, tsag, now).meeting).toEqual(tsag);
    expect(toStoredRegister({ fileName: 'a.csv', format: 'csv', entries: [] }, null, now)).toEqual({
      key: 'file a.csv', fileName: 'a.csv', format: 'csv', entries: [], updated: '2025-05-30T10:00:00.000Z',
    });
    expect(registerKey(null, 'x')).toBe('file x');
  });

  it('merges listing pages of the same meeting, newer revisions winning', () => {
    const first = toStoredRegister({ fileName: 'p1', format: 'html', entries: [entry(7, 1), entry(10)], meeting: tsag }, null, now);
    const second = toStoredRegister({ fileName: 'p2', format: 'html', entries: [entry(7, 2, ''), entry(12)], meeting: tsag }, null, now);
    const other = toStoredRegister({ fileName: 'p3', format: 'html', entries: [entry(7)], meeting: sg12 }, null, now);
    const list = mergeRegister(mergeRegister(mergeRegister([], first), second), other);
    expect(list).toHaveLength(2);
    expect(list[0].entries.map((e) => [e.id, e.title])).toEqual([['TD7R2', 'T7'], ['TD10', 'T10'], ['TD12', 'T12']]);
  });

  it('finds a TD in the register of the meeting, or in the only register when no meeting is known', () => {
    const a: StoredRegister = toStoredRegister({ fileName: 'a', format: 'csv', entries: [entry(7, 2)], meeting: tsag }, null, now);
    const b: StoredRegister = toStoredRegister({ fileName: 'b', format: 'csv', entries: [entry(7)], meeting: sg12 }, null, now);
    expect(findTdEntry([a, b], 7, tsag)?.entry.id).toBe('TD7R2');
    expect(findTdEntry([a, b], 7, { ...sg12, group: 'sg12' })?.entry.id).toBe('TD7');
    expect(findTdEntry([a, b], 7, null)).toBeNull();
    expect(findTdEntry([a], 7, null)?.entry.id).toBe('TD7R2');
    expect(findTdEntry([a], 8, tsag)).toBeNull();
  });
});
