import { describe, expect, it } from 'vitest';
import type { TdEntry } from '../../shared/register/types';
import { answerTitleFit } from '../background/title-fit';
import { isTitleFitRequest, type TitleFitRequestMessage } from '../messages';
import { createTitleNotes } from './title-notes';

// The browser wiring (browserTitleNotes) is exercised by the browser tests; these drive the logic with fakes.

const report: TdEntry = {
  id: 'TD108',
  number: 108,
  revision: 0,
  title: 'Report of the RG-DT meeting',
  source: 'Rapporteur RG-DT',
  line: 2,
};
const around = (text: string, id: string) => ({ text, start: text.indexOf(id), end: text.indexOf(id) + id.length });

/** Notes whose background is answerTitleFit, through the message's own check, as the extension wires them. */
function setup() {
  const sent: TitleFitRequestMessage[] = [];
  let changes = 0;
  const notes = createTitleNotes({
    send: async (message) => {
      sent.push(message);
      return isTitleFitRequest(message) ? answerTitleFit(message) : undefined;
    },
    onChange: () => changes++,
  });
  return { notes, sent, changes: () => changes };
}

const settled = () => new Promise((done) => setTimeout(done, 0));

describe('title notes', () => {
  it('asks the background once, then gives the card its line', async () => {
    const { notes, sent, changes } = setup();
    const context = around('WP2-4: Approve the RG-WPR meeting report, TD108.', 'TD108');
    expect(notes.noteFor(context, report, 'TSAG')).toBeUndefined();
    await settled();
    expect(changes()).toBe(1);
    expect(notes.noteFor(context, report, 'TSAG')).toBe("The text here names RG-WPR's report: check the number.");
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'td-lens:title-fit', title: 'Report of the RG-DT meeting', home: 'TSAG' });
  });

  it('gives no line where the text agrees, and does not rebuild the card for it', async () => {
    const { notes, changes } = setup();
    const context = around('WP2-6: Approve the RG-DT meeting report, TD108.', 'TD108');
    notes.noteFor(context, report, 'TSAG');
    await settled();
    expect(notes.noteFor(context, report, 'TSAG')).toBeUndefined();
    expect(changes()).toBe(0);
  });

  it('asks nothing for an untitled TD or a text past the bounds, and the background refuses what is out of bounds', () => {
    const { notes, sent } = setup();
    notes.noteFor(around('Approve the report, TD108.', 'TD108'), { ...report, title: '' }, 'TSAG');
    notes.noteFor(around(`${'x '.repeat(1500)}report TD108`, 'TD108'), report, 'TSAG');
    expect(sent).toEqual([]);
    const base = { type: 'td-lens:title-fit', text: 'report TD108', start: 7, end: 12, title: 't', source: '' };
    expect(isTitleFitRequest(base)).toBe(true);
    expect(isTitleFitRequest({ ...base, end: 13 })).toBe(false);
    expect(isTitleFitRequest({ ...base, text: 'x'.repeat(2001) })).toBe(false);
    expect(isTitleFitRequest({ ...base, questions: ['Q1/12', 5] })).toBe(false);
  });
});
