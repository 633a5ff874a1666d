import { describe, expect, it } from 'vitest';
import { applyStatusRoundToText } from './apply-to-text';
import { planStatusRound } from './status-round-plan';
import { readSample, sampleText } from './sample.testing';
import { FillError } from './types';

describe('planStatusRound on the sample', () => {
  const { doc, agenda } = readSample();
  const plan = planStatusRound(doc, agenda, 'TSAG 01-2026');

  it('adds one line per action (7 WTSA-24 actions + 12 plan items), pre-filled with the last tagged status', () => {
    expect(agenda.wtsaActions).toHaveLength(7);
    expect(agenda.planActions).toHaveLength(12);
    expect(plan.inserts).toHaveLength(19);
    expect(plan.alreadyDone).toEqual([]);
    const byAction = new Map(plan.inserts.map((i) => [i.action, i.text]));
    expect(byAction.get('WTSA-24 action 2')).toBe('TSAG 01-2026: Started, LS in TD142.');
    expect(byAction.get('WTSA-24 action 7')).toBe('TSAG 01-2026: Started, CG on IoT security.');
    expect(byAction.get('WTSA-24 action 13')).toBe('TSAG 01-2026: Not started.');
    expect(byAction.get('73-06')).toBe('TSAG 01-2026: Not started');
    expect(byAction.get('73-17')).toBe('TSAG 01-2026: Not started.');
    expect(byAction.get('92-01')).toBe('TSAG 01-2026: Started, JCA-IMT2020 continuation');
    // Untagged lines only: an empty status to fill in (a copy would duplicate the untagged line).
    expect(byAction.get('94-03')).toBe('TSAG 01-2026: ');
    expect(byAction.get('106-07')).toBe('TSAG 01-2026: ');
  });

  it('puts each line after the paragraph of the last status line', () => {
    const insert = plan.inserts.find((i) => i.action === 'WTSA-24 action 2');
    const paragraph = doc.paragraphs[insert!.afterParagraphIndex];
    expect(paragraph.text).toBe('TSAG 05-2025: Started, LS in TD142.');
    expect(insert!.afterOffset).toBe(paragraph.end);
  });

  it('never adds a line twice: after applying, a second run adds none', () => {
    const applied = applyStatusRoundToText(sampleText(), plan);
    const again = readSample(applied);
    for (const action of again.agenda.wtsaActions) expect(action.statuses.at(-1)?.meeting?.id).toBe('TSAG 01-2026');
    for (const action of again.agenda.planActions) expect(action.statuses.at(-1)?.meeting?.id).toBe('TSAG 01-2026');
    const second = planStatusRound(again.doc, again.agenda, 'TSAG 01-2026');
    expect(second.inserts).toEqual([]);
    expect(second.alreadyDone).toHaveLength(19);
  });

  it('skips actions that already have a line for the meeting (the sample meeting itself)', () => {
    const current = planStatusRound(doc, agenda, 'TSAG 05-2025');
    expect(current.alreadyDone).toEqual([
      'WTSA-24 action 2',
      'WTSA-24 action 7',
      'WTSA-24 action 8',
      'WTSA-24 action 9',
      'WTSA-24 action 10',
      'WTSA-24 action 13',
      'WTSA-24 action 14',
      '73-06',
      '73-07',
      '73-17',
      '77-12',
      '92-01',
    ]);
    expect(current.inserts.map((i) => i.action)).toEqual([
      '94-03',
      '99-01',
      '99-02',
      '103-07',
      '105-07',
      '69-03',
      '106-07',
    ]);
  });

  it('refuses a meeting that is not a meeting tag', () => {
    expect(() => planStatusRound(doc, agenda, 'January 2026')).toThrow(FillError);
    expect(() => planStatusRound(doc, agenda, 'TSAG 13-2026')).toThrow(/not a meeting tag/);
  });
});
