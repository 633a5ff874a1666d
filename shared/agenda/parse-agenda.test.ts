import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../document/read';
import { readTextDocument } from '../document/from-text';
import { expectLinearGrowth } from '../text/growth.testing';
import { parseAgenda } from './parse-agenda';

const load = (ext: string) => {
  const name = `wp2-closing-agenda-2025-05.${ext}`;
  return readDocument(new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url))), name);
};

const statuses = (list: { meeting: { id: string } | null; status: string | null; canonicalStatus: string | null }[]) =>
  list.map((s) => `${s.meeting?.id ?? '-'}|${s.status}|${s.canonicalStatus}`);

describe.each(['txt', 'docx'])('parseAgenda on the sample .%s', (ext) => {
  const doc = load(ext);
  const agenda = parseAgenda(doc);

  it('detects the meeting', () => {
    expect(agenda.meeting).toMatchObject({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
  });

  it('finds exactly the agenda items', () => {
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '3.1', '3.2', '4', '4.1', '5', '6', '7', '8']);
    const item31 = agenda.items[3];
    expect(item31.parts).toEqual([3, 1]);
    expect(item31.title).toMatch(/^TSAG RG-WPR “Rapporteur Group/);
    expect(doc.text.slice(item31.numberSpan.start, item31.numberSpan.end)).toBe('3.1');
  });

  it('finds the anticipated actions with their codes, text and item', () => {
    const entries = agenda.anticipatedActions.map((a) => `${a.item}:${a.codes.map((c) => c.id).join(',')}`);
    expect(entries).toEqual([
      '3.1:WP2-4',
      '3.1:WP2-5',
      '3.1:RG-WPR-1',
      '3.1:RG-WPR-2,RG-WPR-3,RG-WPR-4,RG-WPR-5',
      '3.1:RG-WPR-7',
      '3.1:RG-WPR-8',
      '3.1:RG-WPR-9',
      '3.2:WP2-6',
      '3.2:WP2-7',
      '3.2:RG-DT-1',
      '3.2:RG-DT-2',
      '3.2:WP2-8',
      '4.1:WP2-9',
    ]);
    expect(agenda.anticipatedActions[0].text).toBe('Approve the RG-WPR meeting report, TD106.');
    expect(agenda.anticipatedActions.at(-1)!.text).toBe('Approve Liaison Statement on lead SG role, TD139');
    // The code glued into the RG-WPR-2..5 entry is in actionCodes, marked inline.
    const inline = agenda.actionCodes.filter((c) => c.inline).map((c) => c.id);
    expect(inline).toEqual(['RG-WPR-6']);
    expect(agenda.actionCodes).toHaveLength(17);
  });

  it('finds the annex headings and the references to them', () => {
    expect(agenda.annexes.map((a) => [a.label, a.title])).toEqual([
      ['1', 'WP2 Rapporteur Groups interim e-meetings plan'],
      ['2', 'WTSA Actions'],
      ['2a', 'Actions for WP2 from the WTSA Action plan'],
    ]);
    expect(agenda.annexReferences.map((r) => [r.label, doc.text.slice(r.start, r.end)])).toEqual([
      ['1', 'Annex 1'],
      ['2', 'Annex 2'],
    ]);
  });

  it('reads the WTSA-24 actions and their status lines', () => {
    expect(agenda.wtsaActions.map((a) => a.number)).toEqual([2, 7, 8, 9, 10, 13, 14]);
    expect(agenda.wtsaActions.map((a) => statuses(a.statuses)[0])).toEqual([
      'TSAG 05-2025|Started|Started',
      'TSAG 05-2025|Started|Started',
      'TSAG 05-2025|Started|Started',
      'TSAG 05-2025|Started|Started',
      'TSAG 05-2025|Not started|Not started',
      'TSAG 05-2025|Not Started|Not started',
      'TSAG 05-2025|Started|Started',
    ]);
    expect(agenda.wtsaActions[0].statuses[0].comment).toBe('LS in TD142.');
    expect(agenda.wtsaActions[1].text).toMatch(/^WTSA-24 instructs Study Groups 17 and 20/);
    expect(agenda.wtsaActions.every((a) => a.statuses.length === 1)).toBe(true);
  });

  it('reads the action plan with groups and statuses', () => {
    const plan = agenda.planActions;
    expect(plan.map((a) => a.id)).toEqual([
      '73-06',
      '73-07',
      '73-17',
      '77-12',
      '92-01',
      '94-03',
      '99-01',
      '99-02',
      '103-07',
      '105-07',
      '69-03',
      '106-07',
    ]);
    expect(plan.map((a) => a.group)).toEqual([...Array(10).fill('WPR'), 'DT', 'DT']);
    expect(plan.map((a) => a.resolution)).toEqual([73, 73, 73, 77, 92, 94, 99, 99, 103, 105, 69, 106]);
    expect(plan[4].resolutionTitle).toBe(
      'Enhancing the standardization activities in the ITU Telecommunication Standardization Sector related to non-radio aspects of international mobile telecommunications',
    );
    expect(statuses(plan[4].statuses)).toEqual(['-|Started|Started', 'TSAG 05-2025|Started|Started']);
    expect(statuses(plan[2].statuses)).toEqual(['TSAG 05-2025|No Started|Not started']);
    expect(plan[2].statuses[0].statusExact).toBe(false);
    expect(plan[7].statuses[0]).toMatchObject({ meeting: null, status: 'Not Started', statusExact: true });
    expect(plan[1].statuses[0]).toMatchObject({ canonicalStatus: 'Under the remit of', comment: 'RG-WM.' });
    expect(statuses(plan[5].statuses)).toEqual(['-|Not started|Not started']);
    expect(plan.every((a) => a.statuses.length >= 1)).toBe(true);
    expect(plan[0].description).toMatch(/^TSAG to coordinate the activities/);
  });

  it('reads the RG-DT e-meeting plan', () => {
    expect(agenda.emeetings).toHaveLength(1);
    const [plan] = agenda.emeetings;
    expect(plan.group).toBe('RG-DT');
    expect(
      plan.rows.map((r) => [
        r.index,
        r.date?.iso,
        r.startTime,
        r.endTime,
        r.zone,
        r.deadline?.iso ?? null,
        r.deadline?.year ?? null,
      ]),
    ).toEqual([
      [1, '2025-09-10', '13:00', '15:00', 'CEST', '2025-09-03', 2025],
      [2, '2025-11-12', '13:00', '15:00', 'CET', null, null],
      [3, '2026-03-11', '13:00', '15:00', 'CET', '2026-03-04', 2026],
      [4, '2026-05-13', '13:00', '15:00', 'CEST', null, null],
      [5, '2026-07-08', '13:00', '15:00', 'CEST', null, null],
      [6, '2026-09-09', '13:00', '15:00', 'CEST', '2026-09-02', 2026],
    ]);
    const row2 = plan.rows[1];
    expect(row2.deadline).toMatchObject({ text: '5 November', day: 5, month: 11 });
    expect(doc.text.slice(row2.zoneSpan!.start, row2.zoneSpan!.end)).toBe('CET');
    expect(row2.objectives).toBe('to progress the work based on its ToR');
  });
});

describe('parseAgenda on hostile shapes', () => {
  const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');
  const status = 'TSAG 05-2025:  Started, JCA-IMT2020 continuation\n';
  it.each([
    ['the whole agenda repeated', (n: number) => Array.from({ length: n }, () => sample).join('\n'), 8],
    ['the agenda without line breaks', (n: number) => sample.replace(/\n/g, ' ').repeat(n), 8],
    ['status lines of one action', (n: number) => sample.replace(status, status.repeat(n)), 5_000],
    ['cells of one table row', (n: number) => sample.replace('\tDate\u00a0\n', '\tDate\u00a0\n'.repeat(n)), 5_000],
  ] as const)('is linear on %s', (_name, make, n) => {
    expectLinearGrowth((k) => readTextDocument(make(k), 'g.txt'), parseAgenda, n);
  });
});
