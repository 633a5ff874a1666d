import { describe, expect, it } from 'vitest';
import { FillError } from '../../shared/fills/types';
import { sampleAgendaText, sampleWord } from '../word/sample-word.testing';
import { readActionSource, runFill } from './run-fill';

const hostOf = () => {
  const fake = sampleWord();
  return { fake, host: fake.host() };
};

describe('runFill on the Word host', () => {
  it('reads, plans and applies each fill; a second run of each changes nothing', async () => {
    const { fake, host } = hostOf();
    const source = readActionSource(new TextEncoder().encode(sampleAgendaText()), 'previous.txt');
    const requests = [
      { kind: 'link-tds' },
      { kind: 'td-table' },
      { kind: 'status-round', meeting: 'TSAG 01-2026' },
      {
        kind: 'emeeting-plan',
        options: {
          group: 'RG-DT',
          firstDate: '2025-09-10',
          rule: { everyWeeks: 9 },
          count: 6,
          startTime: '13:00',
          endTime: '15:00',
        },
      },
      { kind: 'wtsa-actions', source },
      { kind: 'action-plan', source },
    ] as const;
    const first = [];
    for (const request of requests) first.push((await runFill(host, request)).summary);
    expect(first[0]).toMatch(/^Linked \d+ references\.$/);
    expect(first[2]).toBe('Added 19 TSAG 01-2026 status lines to review.');
    expect(first[4]).toBe('Replaced the existing table (14 rows): td-lens:wtsa-actions.');
    const snapshot = JSON.stringify(fake.doc.body);
    for (const request of requests) await runFill(host, request);
    expect(JSON.stringify(fake.doc.body)).toBe(snapshot);
    expect(
      fake.doc
        .controlsIn(fake.doc.root)
        .map((c) => c.tag)
        .filter((t) => t !== 'td-lens:status-round')
        .sort(),
    ).toEqual(['td-lens:action-plan', 'td-lens:emeeting-plan:RG-DT', 'td-lens:td-table', 'td-lens:wtsa-actions']);
  });

  it('refuses an unreadable source before changing anything', () => {
    expect(() => readActionSource(new TextEncoder().encode('just a line\n'), 'notes.txt')).toThrow(FillError);
    expect(() => readActionSource(new TextEncoder().encode('{"x":1}'), 'a.json')).toThrow(/no actions found/);
  });

  it('asks for a meeting when none is known', async () => {
    const { host } = hostOf();
    await expect(runFill(host, { kind: 'status-round', meeting: 'soon' })).rejects.toThrow(/not a meeting tag/);
  });
});
