import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../agenda/parse-agenda';
import { readTextDocument } from '../document/from-text';
import { emeetingDefaults, rapporteurGroupsOf } from './emeeting-plan-defaults';

const read = (path: string) => {
  const doc = readTextDocument(readFileSync(new URL(path, import.meta.url), 'utf8'), 'agenda.txt');
  return { doc, agenda: parseAgenda(doc) };
};
const seed = () => read('../../samples/wp2-closing-agenda-2025-05.txt');
const wp1 = () => read('../../test/fixtures/wp1-closing-agenda-2026-01.txt');
const defaultsOf = ({ doc, agenda }: ReturnType<typeof seed>, group?: string) =>
  emeetingDefaults(doc.text, agenda, { meeting: agenda.meeting, today: '2030-01-01', ...(group ? { group } : {}) });

describe('e-meeting plan defaults', () => {
  it('offer the rapporteur groups the agenda names, those with a plan first', () => {
    const { doc, agenda } = seed();
    expect(rapporteurGroupsOf(doc.text, agenda)).toEqual(['RG-DT', 'RG-WPR', 'RG-WM']);
    expect(defaultsOf(wp1()).groups).toEqual(['RG-WM', 'RG-SC']);
  });

  it('take the rhythm of the plan the agenda has: first date after the meeting, interval, count, times, deadline', () => {
    expect(defaultsOf(seed())).toEqual({
      groups: ['RG-DT', 'RG-WPR', 'RG-WM'],
      group: 'RG-DT',
      firstDate: '2025-09-10',
      everyWeeks: 9,
      count: 6,
      startTime: '13:00',
      endTime: '15:00',
      deadlineDays: 7,
      from: 'own-plan',
    });
    // The WP1 agenda of 16 January 2026: the RG-WM plan's dates before the meeting are passed over.
    expect(defaultsOf(wp1())).toMatchObject({
      group: 'RG-WM',
      firstDate: '2026-02-25',
      everyWeeks: 8,
      count: 4,
      startTime: '14:00',
      endTime: '16:00',
      deadlineDays: 14,
    });
  });

  it('give a group without its own plan the agenda plan’s rhythm, after the meeting, on the plan’s weekday', () => {
    const defaults = defaultsOf(wp1(), 'RG-SC');
    expect(defaults).toMatchObject({
      group: 'RG-SC',
      firstDate: '2026-03-18',
      everyWeeks: 8,
      startTime: '14:00',
      from: 'agenda-plan',
    });
    expect(new Date(`${defaults.firstDate}T12:00:00Z`).getUTCDay()).toBe(3);
  });

  it('continue a plan that lies wholly before the meeting past it', () => {
    const { doc, agenda } = wp1();
    const later = emeetingDefaults(doc.text, agenda, {
      meeting: { ...agenda.meeting!, start: '2026-05-04', end: '2026-05-08' },
      today: '2030-01-01',
    });
    // 22 April 2026 + 8 weeks.
    expect(later.firstDate).toBe('2026-06-17');
  });

  it('fall back to a neutral rhythm, from today, when the agenda names no group and has no plan', () => {
    const doc = readTextDocument('Agenda of the meeting\n1 Opening\n', 'plain.txt');
    const defaults = emeetingDefaults(doc.text, parseAgenda(doc), { meeting: null, today: '2026-06-05' });
    expect(defaults).toMatchObject({ groups: [], group: '', everyWeeks: 8, count: 4, deadlineDays: 7, from: 'house' });
    // 5 June 2026 + 8 weeks is a Friday: the first weekday on or after it.
    expect(defaults.firstDate).toBe('2026-07-31');
  });
});
