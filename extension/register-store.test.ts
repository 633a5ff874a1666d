import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../shared/meeting/types';
import type { TdEntry } from '../shared/register/types';
import {
  boundLearned,
  findEntry,
  isExpired,
  isLearned,
  LEARNED_LIMITS,
  mergeRegister,
  registerKey,
  toStoredRegister,
  type StoredRegister,
} from './register-store';

const tsag: MeetingContext = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
const sg12: MeetingContext = { group: 'SG12', start: '2025-09-09', studyPeriod: 25 };
const entry = (number: number, revision = 0, title = `T${number}`): TdEntry => ({
  id: revision ? `TD${number}R${revision}` : `TD${number}`,
  number,
  revision,
  title,
  source: 'S',
  line: 1,
});
const now = new Date('2025-05-30T10:00:00Z');
const td7 = { kind: 'td', number: 7 } as const;

describe('register store', () => {
  it('files a register under its meeting, else the fallback meeting, else its file name', () => {
    expect(toStoredRegister({ fileName: 'a.xml', format: 'xml', entries: [], meeting: sg12 }, tsag, now).key).toBe(
      'SG12 2025-09-09',
    );
    expect(toStoredRegister({ fileName: 'a.csv', format: 'csv', entries: [] }, tsag, now).meeting).toEqual(tsag);
    expect(toStoredRegister({ fileName: 'a.csv', format: 'csv', entries: [] }, null, now)).toEqual({
      key: 'file a.csv',
      fileName: 'a.csv',
      format: 'csv',
      entries: [],
      updated: '2025-05-30T10:00:00.000Z',
    });
    expect(registerKey(null, 'x')).toBe('file x');
  });

  it('merges listing pages of the same meeting, newer revisions winning', () => {
    const first = toStoredRegister(
      { fileName: 'p1', format: 'html', entries: [entry(7, 1), entry(10)], meeting: tsag },
      null,
      now,
    );
    const second = toStoredRegister(
      { fileName: 'p2', format: 'html', entries: [entry(7, 2, ''), entry(12)], meeting: tsag },
      null,
      now,
    );
    const other = toStoredRegister({ fileName: 'p3', format: 'html', entries: [entry(7)], meeting: sg12 }, null, now);
    const list = mergeRegister(mergeRegister(mergeRegister([], first), second), other);
    expect(list).toHaveLength(2);
    expect(list[0].entries.map((e) => [e.id, e.title])).toEqual([
      ['TD7R2', 'T7'],
      ['TD10', 'T10'],
      ['TD12', 'T12'],
    ]);
  });

  it('finds a TD in the register of the meeting, or in the only register when no meeting is known', () => {
    const a: StoredRegister = toStoredRegister(
      { fileName: 'a', format: 'csv', entries: [entry(7, 2)], meeting: tsag },
      null,
      now,
    );
    const b: StoredRegister = toStoredRegister(
      { fileName: 'b', format: 'csv', entries: [entry(7)], meeting: sg12 },
      null,
      now,
    );
    expect(findEntry([a, b], td7, tsag)?.entry.id).toBe('TD7R2');
    expect(findEntry([a, b], td7, { ...sg12, group: 'sg12' })?.entry.id).toBe('TD7');
    expect(findEntry([a, b], td7, null)).toBeNull();
    expect(findEntry([a], td7, null)?.entry.id).toBe('TD7R2');
    expect(findEntry([a], { kind: 'td', number: 8 }, tsag)).toBeNull();
  });

  it('files a contributions index under its group and study period, and finds contributions only there', () => {
    const c = toStoredRegister(
      {
        fileName: 'T25-SG12-C.xml',
        format: 'xml',
        kind: 'contribution',
        studyGroup: { group: 'SG12', studyPeriod: 25 },
        updated: '2025-09-02',
        entries: [entry(7)],
      },
      tsag,
      now,
    );
    expect(c).toMatchObject({
      key: 'contributions SG12 T25',
      kind: 'contribution',
      studyGroup: { group: 'SG12', studyPeriod: 25 },
      indexUpdated: '2025-09-02',
    });
    expect(c.meeting).toBeUndefined();
    const a = toStoredRegister({ fileName: 'a', format: 'csv', entries: [entry(7, 2)], meeting: sg12 }, null, now);
    expect(findEntry([a, c], { kind: 'contribution', number: 7 }, sg12)?.register.key).toBe('contributions SG12 T25');
    expect(findEntry([a, c], { kind: 'contribution', number: 7 }, { ...sg12, start: '2026-01-12' })?.entry.id).toBe(
      'TD7',
    );
    expect(findEntry([a, c], { kind: 'contribution', number: 7 }, tsag)).toBeNull();
    expect(findEntry([a, c], { kind: 'contribution', number: 7, group: 'SG12' }, tsag)?.register).toBe(c);
    expect(findEntry([a, c], td7, sg12)?.register).toBe(a);
    expect(findEntry([c], td7, null)).toBeNull();
    // Another group written on the contribution, and no meeting: only that group's index answers.
    expect(findEntry([c], { kind: 'contribution', number: 7, group: 'SG2' }, null)).toBeNull();
    expect(findEntry([c], { kind: 'contribution', number: 7, group: 'SG12' }, null)?.register).toBe(c);
  });
});

describe('learned registers', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const learned = (n: number, daysAgo: number, entries = 1): StoredRegister => ({
    ...toStoredRegister(
      {
        fileName: `https://www.itu.int/md/listing-${n}`,
        format: 'html',
        entries: Array.from({ length: entries }, (_, i) => entry(i + 1)),
        meeting: { ...tsag, start: `2025-0${(n % 9) + 1}-01` },
      },
      null,
      at(daysAgo),
    ),
    learned: true,
  });
  const imported = toStoredRegister(
    { fileName: 'mine.csv', format: 'csv', entries: [entry(7)], meeting: tsag },
    null,
    at(400),
  );

  it('stay within a count, least recently used out, imported ones untouched', () => {
    const list = [imported, ...Array.from({ length: 6 }, (_, n) => learned(n, n))];
    const kept = boundLearned(list, {}, now.getTime(), { count: 3, bytes: 1e9 });
    expect(kept.map((r) => r.fileName)).toEqual([
      'mine.csv',
      'https://www.itu.int/md/listing-0',
      'https://www.itu.int/md/listing-1',
      'https://www.itu.int/md/listing-2',
    ]);
    // Shown on a card yesterday: used more recently than those learned since.
    const used = boundLearned(list, { [list[6].key]: at(0.5).toISOString() }, now.getTime(), { count: 3, bytes: 1e9 });
    expect(used.map((r) => r.fileName)).toContain('https://www.itu.int/md/listing-5');
    expect(used.map((r) => r.fileName)).not.toContain('https://www.itu.int/md/listing-2');
  });

  it('stay within a byte budget and an age limit', () => {
    const big = [learned(1, 1, 400), learned(2, 2, 400), learned(3, 3, 400)];
    const size = new TextEncoder().encode(JSON.stringify(big[0])).length;
    expect(boundLearned(big, {}, now.getTime(), { count: 40, bytes: size * 2.5 })).toHaveLength(2);
    const old = learned(4, 181);
    expect(isExpired(old, {}, now.getTime())).toBe(true);
    expect(isExpired(old, { [old.key]: at(10).toISOString() }, now.getTime())).toBe(false);
    expect(isExpired(imported, {}, now.getTime())).toBe(false);
    expect(boundLearned([old, imported], {}, now.getTime())).toEqual([imported]);
    expect(LEARNED_LIMITS.ageMs).toBe(180 * DAY);
  });

  it('are told apart from imported ones, also when stored by older versions', () => {
    expect(isLearned(learned(1, 1))).toBe(true);
    expect(isLearned({ ...learned(1, 1), learned: undefined })).toBe(true);
    expect(isLearned(imported)).toBe(false);
  });
});
