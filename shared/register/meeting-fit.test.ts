import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../meeting/types';
import { createRegister } from './register';
import { describeRegister, registerMismatch } from './meeting-fit';

const tsag: MeetingContext = {
  group: 'TSAG',
  start: '2025-05-26',
  end: '2025-05-30',
  place: 'Geneva',
  studyPeriod: 25,
};
const sg12: MeetingContext = {
  group: 'SG12',
  start: '2025-09-09',
  end: '2025-09-18',
  place: 'Geneva',
  studyPeriod: 25,
};
const entry = (number: number) => ({ number, revision: 0, title: '', source: '', line: 1 });

describe('registerMismatch', () => {
  const tdIndex = createRegister({ fileName: 'T25-SG12-250909-TD.xml', format: 'xml', meeting: sg12 }, [entry(1)]);
  const cIndex = createRegister(
    { fileName: 'T25-SG12-C.xml', format: 'xml', kind: 'contribution', studyGroup: { group: 'SG12', studyPeriod: 25 } },
    [entry(5)],
  );

  it('says why a TD register of another meeting is not used', () => {
    expect(registerMismatch(tdIndex, tsag)).toBe(
      "T25-SG12-250909-TD.xml lists the TDs of the SG12 meeting of 2025-09-09 to 2025-09-18, Geneva (T25-SG12-250909), not of this document's TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526)",
    );
    expect(registerMismatch(tdIndex, { ...sg12, start: '2026-01-12', end: undefined, place: undefined })).toMatch(
      /not of this document's SG12 meeting of 2026-01-12 \(T25-SG12-260112\)/,
    );
  });

  it('compares a contributions index by group and study period', () => {
    expect(registerMismatch(cIndex, { ...sg12, start: '2026-01-12' })).toBeNull();
    expect(registerMismatch(cIndex, tsag)).toBe(
      "T25-SG12-C.xml lists the contributions of SG12, study period T25, not of this document's TSAG, study period T25",
    );
  });

  it('has nothing to say when the meetings agree or one of them is unknown', () => {
    expect(registerMismatch(tdIndex, { group: 'sg12', start: '2025-09-09', studyPeriod: 25 })).toBeNull();
    expect(registerMismatch(tdIndex, null)).toBeNull();
    expect(registerMismatch(createRegister({ fileName: 'r.csv', format: 'csv' }, []), tsag)).toBeNull();
  });
});

describe('describeRegister', () => {
  it('names the count, the meeting or group, the update and what was skipped', () => {
    const register = createRegister(
      { fileName: 'i.xml', format: 'xml', meeting: tsag, updated: '2025-05-29', skipped: { announcement: 2 } },
      [entry(1), entry(2)],
    );
    expect(describeRegister(register)).toBe(
      '2 TDs from i.xml, of the TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526); updated 2025-05-29; skipped unknown records: announcement (2)',
    );
    expect(
      describeRegister(
        createRegister(
          { fileName: 'c.xml', format: 'xml', kind: 'contribution', studyGroup: { group: 'SG12', studyPeriod: 25 } },
          [entry(5)],
        ),
      ),
    ).toBe('1 contribution from c.xml, of SG12, study period T25');
    expect(describeRegister(createRegister({ fileName: 'r.csv', format: 'csv' }, []))).toBe('0 TDs from r.csv');
  });
});
