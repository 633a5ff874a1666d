import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { genevaZone } from '../dates/geneva-time';
import { addDays } from '../dates/dates';
import { readTextDocument } from '../document/from-text';
import { emeetingDates, planEMeetings, type EMeetingPlanOptions } from './emeeting-plan';
import { FillError } from './types';

const base: EMeetingPlanOptions = {
  group: 'RG-DT',
  firstDate: '2025-09-10',
  rule: { everyWeeks: 9 },
  count: 6,
  startTime: '13:00',
  endTime: '15:00',
};
const emptyDoc = readTextDocument('Agenda\n', 'empty.txt');

describe('emeetingDates', () => {
  it('steps every N weeks with Geneva zones across both DST changes and deadlines 7 days before', () => {
    expect(emeetingDates(base)).toEqual([
      { iso: '2025-09-10', zone: 'CEST', deadline: '2025-09-03' },
      { iso: '2025-11-12', zone: 'CET', deadline: '2025-11-05' },
      { iso: '2026-01-14', zone: 'CET', deadline: '2026-01-07' },
      { iso: '2026-03-18', zone: 'CET', deadline: '2026-03-11' },
      { iso: '2026-05-20', zone: 'CEST', deadline: '2026-05-13' },
      { iso: '2026-07-22', zone: 'CEST', deadline: '2026-07-15' },
    ]);
  });

  it('takes listed dates (the sample plan) with the zones the sample states', () => {
    const dates = emeetingDates({
      ...base,
      rule: { dates: ['2025-11-12', '2026-03-11', '2026-05-13', '2026-07-08', '2026-09-09'] },
    });
    expect(dates.map((d) => d.zone)).toEqual(['CEST', 'CET', 'CET', 'CEST', 'CEST', 'CEST']);
    expect(dates.map((d) => d.deadline)).toEqual([
      '2025-09-03',
      '2025-11-05',
      '2026-03-04',
      '2026-05-06',
      '2026-07-01',
      '2026-09-02',
    ]);
  });

  it('uses the zone of each date on the DST boundary days', () => {
    const dates = emeetingDates({
      ...base,
      firstDate: '2026-03-28',
      rule: { dates: ['2026-03-29', '2026-10-24', '2026-10-25'] },
      count: 4,
    });
    expect(dates.map((d) => `${d.iso} ${d.zone}`)).toEqual([
      '2026-03-28 CET',
      '2026-03-29 CEST',
      '2026-10-24 CEST',
      '2026-10-25 CET',
    ]);
  });

  it('refuses bad options with a clear error', () => {
    expect(() => emeetingDates({ ...base, firstDate: '2025-09-31' })).toThrow(FillError);
    expect(() => emeetingDates({ ...base, firstDate: '2025-09-31' })).toThrow(/first date "2025-09-31"/);
    expect(() => emeetingDates({ ...base, endTime: '12:00' })).toThrow(/not after start time/);
    expect(() => emeetingDates({ ...base, count: 0 })).toThrow(/count 0/);
    expect(() => emeetingDates({ ...base, rule: { everyWeeks: 0 } })).toThrow(/every 0 weeks/);
    expect(() => emeetingDates({ ...base, startTime: '9:00' })).toThrow(/start time "9:00"/);
    expect(() => emeetingDates({ ...base, deadlineDays: 0 })).toThrow(/deadlines come before the meeting/);
  });
});

describe('planEMeetings', () => {
  it('builds the interim e-meetings table with full dates, times and deadlines', () => {
    const plan = planEMeetings(base, emptyDoc, null);
    expect(plan.tag).toBe('td-lens:emeeting-plan:RG-DT');
    expect(plan.table.values[0]).toEqual(['#', 'Date', 'Time (Geneva time)', 'Objectives', 'Contribution Deadline']);
    expect(plan.table.values[1]).toEqual([
      '1',
      '10 September 2025',
      '13:00 – 15:00 CEST',
      'to progress the work based on its ToR',
      '3 September 2025',
    ]);
    expect(plan.table.values[2]).toEqual([
      '2',
      '12 November 2025',
      '13:00 – 15:00 CET',
      'to progress the work based on its ToR',
      '5 November 2025',
    ]);
    expect(plan.table.values).toHaveLength(7);
    expect(plan.warnings).toEqual([]);
    expect(plan.placement).toEqual({ kind: 'end' });
    expect(plan.caption).toBe('RG-DT interim e-meetings');
  });

  it('warns for weekends and Geneva holidays, of meetings and of deadlines', () => {
    const plan = planEMeetings(
      { ...base, firstDate: '2025-09-13', rule: { dates: ['2026-04-03', '2026-09-17'] }, count: 3, deadlineDays: 7 },
      emptyDoc,
      null,
    );
    expect(plan.warnings).toEqual([
      'E-meeting 1: 13 September 2025 is a Saturday.',
      'Deadline of e-meeting 1: 6 September 2025 is a Saturday.',
      'E-meeting 2: 3 April 2026 is a Geneva holiday (Good Friday).',
      'Deadline of e-meeting 3: 10 September 2026 is a Geneva holiday (Jeûne genevois).',
    ]);
  });

  it('honours the deadline offset and objectives', () => {
    const plan = planEMeetings({ ...base, count: 1, deadlineDays: 12, objectives: 'to review drafts' }, emptyDoc, null);
    expect(plan.table.values[1]).toEqual([
      '1',
      '10 September 2025',
      '13:00 – 15:00 CEST',
      'to review drafts',
      '29 August 2025',
    ]);
  });
});

describe('emeetingDates properties', () => {
  it('gives increasing dates, each after its deadline, with the zone genevaZone gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 21 }),
        (day, everyWeeks, count, deadlineDays) => {
          const firstDate = addDays('2025-01-01', day);
          const dates = emeetingDates({ ...base, firstDate, rule: { everyWeeks }, count, deadlineDays });
          expect(dates).toHaveLength(count);
          dates.forEach((date, i) => {
            expect(date.zone).toBe(genevaZone(date.iso));
            expect(date.deadline < date.iso).toBe(true);
            expect(addDays(date.deadline, deadlineDays)).toBe(date.iso);
            if (i > 0) expect(addDays(dates[i - 1].iso, 7 * everyWeeks)).toBe(date.iso);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
