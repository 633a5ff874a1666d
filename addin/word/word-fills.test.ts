import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { actionsFromAgenda } from '../../shared/fills/action-register';
import { planEMeetings } from '../../shared/fills/emeeting-plan';
import { planLinks } from '../../shared/fills/link-plan';
import { planStatusRound } from '../../shared/fills/status-round-plan';
import { planActionPlanTable } from '../../shared/fills/status-tables-plan';
import { planTdTable } from '../../shared/fills/td-table-plan';
import { paragraphText, type MemoryControl, type MemoryParagraph, type MemoryTable } from './memory/memory-document';
import { readWordBody, type WordRead } from './read-word';
import { ALL_CAPABILITIES, type WordCapabilities } from './requirements';
import { readTextDocument } from '../../shared/document/from-text';
import { sampleAgendaText, sampleWord, wordOf, type TestWord } from './sample-word.testing';
import {
  applyLinksInWord,
  applyStatusRoundInWord,
  applyTableInWord,
  REVIEW_TITLE,
  TRACKED_NOTE,
  WEB_CELL_NOTE,
  type WordFillTarget,
} from './word-fills';

async function read(fake: TestWord): Promise<WordRead> {
  return fake.run((context) => readWordBody(context, 'sample.docx', { reviewedText: true }));
}

const on = (fake: TestWord, read: WordRead, capabilities: Partial<WordCapabilities> = {}): WordFillTarget => ({
  run: fake.run,
  read,
  capabilities: { ...ALL_CAPABILITIES, ...capabilities },
});

/** Syncs used by `action` alone. */
async function syncsOf(fake: TestWord, action: () => Promise<unknown>): Promise<number> {
  const before = fake.doc.syncCount;
  await action();
  return fake.doc.syncCount - before;
}

/** The whole document, content controls included (they are elements of the body). */
const snapshot = (fake: TestWord) => JSON.stringify(fake.doc.body);

const runsWithLinks = (fake: TestWord) =>
  fake.doc
    .allParagraphs()
    .flatMap((p) => p.runs.filter((run) => run.hyperlink).map((run) => [run.text, run.hyperlink]));

/** The paragraphs and tables a control holds. */
const controlContent = (control: MemoryControl) => ({
  paragraphs: control.blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraphText(b)] : [])),
  tables: control.blocks.filter((b): b is MemoryTable => b.kind === 'table'),
});

const tableTexts = (table: MemoryTable): string[][] =>
  table.rows.map((row) =>
    row.cells.map((cell) => cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraphText(b)] : [])).join('\n')),
  );

const emeetingOptions = {
  group: 'RG-DT',
  firstDate: '2025-09-10',
  rule: { everyWeeks: 9 },
  count: 6,
  startTime: '13:00',
  endTime: '15:00',
};

describe('Link TDs in Word', () => {
  it('links every TD reference to its page, and a second run changes nothing', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    const result = await applyLinksInWord(on(fake, first), plan);
    expect(result.changed).toBe(plan.links.length);
    expect(result.warnings).toEqual([]);
    const links = runsWithLinks(fake);
    expect(links).toHaveLength(plan.links.length);
    expect(links).toContainEqual(['TD106', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en']);
    expect(links).toContainEqual(['TD7R1', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en']);

    const before = snapshot(fake);
    const second = await read(fake);
    const again = await applyLinksInWord(on(fake, second), planLinks(second.doc, parseAgenda(second.doc).meeting));
    expect(again.changed).toBe(0);
    expect(again.summary).toBe(`Linked 0 references (${plan.links.length} already linked).`);
    expect(snapshot(fake)).toBe(before);
  });

  it('skips a paragraph edited since the read, with a warning', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    const target = fake.doc.allParagraphs().find((p) => paragraphText(p) === 'Report – TD106')!;
    target.runs = [{ text: 'Report – TD106 (edited)' }];
    const result = await applyLinksInWord(on(fake, first), plan);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings[0]).toMatch(/changed since it was read/);
    expect(target.runs.some((run) => run.hyperlink)).toBe(false);
  });
  it('leaves alone a reference put inside a link after the read (each hit’s hyperlink is read before linking)', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    const target = fake.doc.allParagraphs().find((p) => paragraphText(p) === 'Report – TD106')!;
    target.runs = [{ text: 'Report – ' }, { text: 'TD106', hyperlink: 'https://example.org/report' }];
    const result = await applyLinksInWord(on(fake, first), plan);
    expect(result.changed).toBe(plan.links.length - 1);
    expect(result.summary).toBe(`Linked ${plan.links.length - 1} references (1 already linked).`);
    expect(target.runs).toEqual([{ text: 'Report – ' }, { text: 'TD106', hyperlink: 'https://example.org/report' }]);
  });

  it('never sends Word a search string over 255 characters once escaped', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    // 130 carets escape to 260 characters (`^^` each): Word would refuse the search and fail the whole batch.
    const carets = '^'.repeat(130);
    const long = { ...plan.links[0], text: carets, refId: 'TD0' };
    const result = await applyLinksInWord(on(fake, first), { ...plan, links: [long, ...plan.links] });
    expect(result.warnings).toEqual([`${carets.slice(0, 40)}… is too long to search in Word; not linked.`]);
    expect(result.changed).toBe(plan.links.length);
  });
});

describe('TD table in Word', () => {
  it('inserts one tagged control at the end with the table, links and header; a refresh replaces it in place', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const plan = planTdTable(first.doc, agenda, agenda.meeting);
    await applyTableInWord(on(fake, first), plan);
    const controls = fake.doc.controlsTagged('td-lens:td-table');
    expect(controls).toHaveLength(1);
    const content = controlContent(controls[0]);
    expect(content.paragraphs).toEqual(['Documents cited in this agenda']);
    expect(tableTexts(content.tables[0])).toEqual(plan.table.values);
    expect(fake.doc.body.at(-1)).toBe(controls[0]);
    expect(controls[0].blocks.at(-1)).toBe(content.tables[0]);
    expect(content.tables[0].headerRowCount).toBe(1);
    const linkCell = content.tables[0].rows[plan.table.links[0].row].cells[4].blocks[0] as MemoryParagraph;
    expect(linkCell.runs[0].hyperlink).toBe(plan.table.links[0].url);

    const before = snapshot(fake);
    const second = await read(fake);
    const secondAgenda = parseAgenda(second.doc);
    const result = await applyTableInWord(
      on(fake, second),
      planTdTable(second.doc, secondAgenda, secondAgenda.meeting),
    );
    expect(result.summary).toBe(`Refreshed the table (${plan.table.values.length - 1} rows): td-lens:td-table.`);
    expect(snapshot(fake)).toBe(before);
  });
});

describe('Action-plan table in Word', () => {
  it('replaces Annex 2a in a tagged control with merged status rows; a second run gives the same document', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const tablesBefore = fake.doc.tables().length;
    const plan = planActionPlanTable(first.doc, agenda, actionsFromAgenda('previous', agenda));
    await applyTableInWord(on(fake, first), plan);
    expect(fake.doc.tables()).toHaveLength(tablesBefore);
    const table = controlContent(fake.doc.controlsTagged('td-lens:action-plan')[0]).tables[0];
    expect(table.rows.filter((row) => row.cells.length === 1 && row.cells[0].columnSpan === 3)).toHaveLength(12);
    expect(tableTexts(table)[3]).toEqual(['Status and Comments:\nTSAG 05-2025:Not started']);
    const after = await read(fake);
    expect(parseAgenda(after.doc).planActions.map((a) => [a.id, a.group, a.statuses.length])).toEqual(
      agenda.planActions.map((a) => [a.id, a.group, a.statuses.length]),
    );
    const before = snapshot(fake);
    await applyTableInWord(
      on(fake, after),
      planActionPlanTable(after.doc, parseAgenda(after.doc), actionsFromAgenda('previous', agenda)),
    );
    expect(snapshot(fake)).toBe(before);
  });

  it('leaves rows unmerged and says so when Word cannot merge cells', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const result = await applyTableInWord(
      on(fake, first, { mergeCells: false }),
      planActionPlanTable(first.doc, agenda, actionsFromAgenda('previous', agenda)),
    );
    const table = controlContent(fake.doc.controlsTagged('td-lens:action-plan')[0]).tables[0];
    expect(table.rows.every((row) => row.cells.every((cell) => cell.columnSpan === 1))).toBe(true);
    expect(result.warnings).toEqual(['This Word version cannot merge cells (WordApi 1.4): 12 row(s) left unmerged.']);
  });
});

describe('New status round in Word', () => {
  it('adds one highlighted line in a tagged control under each action, and none on a second run', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planStatusRound(first.doc, parseAgenda(first.doc), 'TSAG 01-2026');
    const result = await applyStatusRoundInWord(on(fake, first), plan);
    expect(result.changed).toBe(19);
    const controls = fake.doc.controlsTagged('td-lens:status-round');
    expect(controls).toHaveLength(19);
    expect(controls.every((c) => c.title === REVIEW_TITLE)).toBe(true);
    const line = controls[0].blocks[0] as MemoryParagraph;
    expect(paragraphText(line)).toBe('TSAG 01-2026: Started, LS in TD142.');
    expect(line.runs[0].highlightColor).toBe('Yellow');
    expect(fake.doc.cellOf(line)).toMatchObject({ rowIndex: 2, cellIndex: 1 });

    const second = await read(fake);
    const agenda = parseAgenda(second.doc);
    expect(agenda.wtsaActions[0].statuses.map((s) => s.meeting?.id)).toEqual(['TSAG 05-2025', 'TSAG 01-2026']);
    const again = planStatusRound(second.doc, agenda, 'TSAG 01-2026');
    expect(again.inserts).toEqual([]);
    const before = snapshot(fake);
    expect((await applyStatusRoundInWord(on(fake, second), again)).changed).toBe(0);
    expect(snapshot(fake)).toBe(before);
  });
});

describe('E-meeting plan in Word', () => {
  it('replaces the RG-DT table with the planned one in a tagged control, idempotently', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planEMeetings(emeetingOptions, first.doc, parseAgenda(first.doc));
    expect(plan.placement).toEqual({ kind: 'replace-table', tableIndex: 0 });
    await applyTableInWord(on(fake, first), plan);
    const control = fake.doc.controlsTagged('td-lens:emeeting-plan:RG-DT')[0];
    expect(tableTexts(controlContent(control).tables[0])[3]).toEqual([
      '3',
      '14 January 2026',
      '13:00 – 15:00 CET',
      'to progress the work based on its ToR',
      '7 January 2026',
    ]);
    const second = await read(fake);
    expect(parseAgenda(second.doc).emeetings[0].rows.map((r) => r.date?.iso)).toEqual([
      '2025-09-10',
      '2025-11-12',
      '2026-01-14',
      '2026-03-18',
      '2026-05-20',
      '2026-07-22',
    ]);
    const before = snapshot(fake);
    await applyTableInWord(on(fake, second), planEMeetings(emeetingOptions, second.doc, parseAgenda(second.doc)));
    expect(snapshot(fake)).toBe(before);
  });
});

describe('sync counts', () => {
  it('are the same for the sample and for a document three times longer, for every fill', async () => {
    const counts = async (copies: number) => {
      const fake = sampleWord(copies);
      const fresh = async () => {
        const r = await read(fake);
        return { r, agenda: parseAgenda(r.doc) };
      };
      const a = await fresh();
      const links = await syncsOf(fake, () => applyLinksInWord(on(fake, a.r), planLinks(a.r.doc, a.agenda.meeting)));
      const b = await fresh();
      const round = await syncsOf(fake, () =>
        applyStatusRoundInWord(on(fake, b.r), planStatusRound(b.r.doc, b.agenda, 'TSAG 01-2026')),
      );
      const c = await fresh();
      const table = await syncsOf(fake, () =>
        applyTableInWord(on(fake, c.r), planTdTable(c.r.doc, c.agenda, c.agenda.meeting)),
      );
      const d = await fresh();
      const emeetings = await syncsOf(fake, () =>
        applyTableInWord(on(fake, d.r), planEMeetings(emeetingOptions, d.r.doc, d.agenda)),
      );
      return { links, round, table, emeetings };
    };
    const small = await counts(1);
    expect(small).toEqual({ links: 3, round: 2, table: 2, emeetings: 2 });
    expect(await counts(3)).toEqual(small);
  });
});

describe('fills on Word on the web', () => {
  it('adds the status round without content controls in table cells (Word on the web refuses them), highlighted, and says so', async () => {
    const fake = wordOf(readTextDocument(sampleAgendaText(), 'sample.txt'), { platform: 'web' });
    const first = await read(fake);
    const plan = planStatusRound(first.doc, parseAgenda(first.doc), 'TSAG 01-2026');
    const result = await applyStatusRoundInWord(on(fake, first, { onTheWeb: true }), plan);
    expect(result.changed).toBe(19);
    expect(result.warnings).toEqual([WEB_CELL_NOTE]);
    expect(fake.doc.controlsTagged('td-lens:status-round')).toEqual([]);
    const lines = fake.doc.allParagraphs().filter((p) => paragraphText(p).startsWith('TSAG 01-2026:'));
    expect(lines).toHaveLength(19);
    expect(lines.every((p) => p.runs[0].highlightColor === 'Yellow')).toBe(true);
    // Idempotent on the text alone: a second round adds nothing.
    const second = await read(fake);
    expect(planStatusRound(second.doc, parseAgenda(second.doc), 'TSAG 01-2026').inserts).toEqual([]);
  });

  it('refreshes a table in place without ContentControl.insertParagraph nor clearing a control that holds a table', async () => {
    const fake = wordOf(readTextDocument(sampleAgendaText(), 'sample.txt'), { platform: 'web' });
    const target = async () => on(fake, await read(fake), { onTheWeb: true });
    const plan = async (t: WordFillTarget) =>
      planTdTable(t.read.doc, parseAgenda(t.read.doc), parseAgenda(t.read.doc).meeting);
    const t1 = await target();
    expect((await applyTableInWord(t1, await plan(t1))).summary).toMatch(/^Inserted a table/);
    const before = snapshot(fake);
    const t2 = await target();
    const p2 = await plan(t2);
    // Paragraphs and controls read (1), the control's tables read (1), the writes (1).
    expect(
      await syncsOf(fake, async () => expect((await applyTableInWord(t2, p2)).summary).toMatch(/^Refreshed the table/)),
    ).toBe(3);
    expect(snapshot(fake)).toBe(before);
    // The same refresh as desktop Word makes it (clearing the control) fails on the web, before any write.
    const t3 = await target();
    await expect(
      applyTableInWord({ ...t3, capabilities: { ...t3.capabilities, onTheWeb: false } }, await plan(t3)),
    ).rejects.toThrow(/cannot clear a content control that holds a table/);
    expect(snapshot(fake)).toBe(before);
  });

  it('never leaves two tables when a refresh fails part-way', async () => {
    const fake = wordOf(readTextDocument(sampleAgendaText(), 'sample.txt'), { platform: 'web' });
    const target = async () => on(fake, await read(fake), { onTheWeb: true });
    const plan = (t: WordFillTarget) =>
      planTdTable(t.read.doc, parseAgenda(t.read.doc), parseAgenda(t.read.doc).meeting);
    const t1 = await target();
    await applyTableInWord(t1, plan(t1));
    const t2 = await target();
    // The writing sync (the third of a refresh on the web) fails after deleting the old table and writing the caption.
    fake.doc.failure = { sync: fake.doc.syncCount + 3, after: 2, message: 'GeneralException: imitated' };
    await expect(applyTableInWord(t2, plan(t2))).rejects.toThrow(
      /td-table fill stopped part-way.*imitated.*Undo \(Ctrl\+Z\)/,
    );
    expect(controlContent(fake.doc.controlsTagged('td-lens:td-table')[0]).tables).toHaveLength(0);
    const t3 = await target();
    expect((await applyTableInWord(t3, plan(t3))).summary).toMatch(/^Refreshed the table/);
    expect(controlContent(fake.doc.controlsTagged('td-lens:td-table')[0]).tables).toHaveLength(1);
  });
});

describe('fills that fail part-way', () => {
  it('never leave two tables, and say that part may be applied and that Undo takes it back', async () => {
    const fake = sampleWord();
    const t1 = await read(fake);
    const agenda = parseAgenda(t1.doc);
    await applyTableInWord(on(fake, t1), planActionPlanTable(t1.doc, agenda, actionsFromAgenda('previous', agenda)));
    const t2 = await read(fake);
    const plan = planActionPlanTable(t2.doc, parseAgenda(t2.doc), actionsFromAgenda('previous', agenda));
    // The writing sync (the second of the fill) fails after clearing the old table and inserting the new one.
    fake.doc.failure = { sync: fake.doc.syncCount + 2, after: 3, message: 'GeneralException: imitated' };
    await expect(applyTableInWord(on(fake, t2), plan)).rejects.toThrow(
      /action-plan fill stopped part-way.*imitated.*Undo \(Ctrl\+Z\)/,
    );
    const control = fake.doc.controlsTagged('td-lens:action-plan');
    expect(control).toHaveLength(1);
    expect(controlContent(control[0]).tables).toHaveLength(1);
  });

  it('stop before any write when the table to replace is gone, and say nothing was changed', async () => {
    const fake = sampleWord();
    const first = await read(fake);
    const plan = planEMeetings(emeetingOptions, first.doc, parseAgenda(first.doc));
    fake.doc.remove(fake.doc.tables()[0]);
    const before = snapshot(fake);
    await expect(applyTableInWord(on(fake, first), plan)).rejects.toThrow(/nothing was changed/);
    expect(snapshot(fake)).toBe(before);
  });
});

describe('fills while Track Changes is on', () => {
  it('refresh a table as a tracked change: the old table a deletion, one table read, however often refreshed', async () => {
    const fake = sampleWord();
    const tdTable = (r: WordRead) => planTdTable(r.doc, parseAgenda(r.doc), parseAgenda(r.doc).meeting);
    const first = await read(fake);
    await applyTableInWord(on(fake, first), tdTable(first));
    fake.doc.changeTrackingMode = 'TrackAll';
    for (let i = 0; i < 2; i++) {
      const again = await read(fake);
      expect((await applyTableInWord(on(fake, again), tdTable(again))).warnings).toContain(TRACKED_NOTE);
    }
    const control = fake.doc.controlsTagged('td-lens:td-table')[0];
    // In Word: the old table, deleted awaiting review, and the new one (the one inserted by the first refresh went).
    expect(controlContent(control).tables).toHaveLength(2);
    const last = await read(fake);
    expect(last.doc.blocks.filter((b) => b.type === 'table')).toHaveLength(fake.doc.tables().length - 1);
    expect(parseAgenda(last.doc).items.length).toBeGreaterThan(0);
  });

  it('are tracked changes, and say so', async () => {
    const fake = wordOf(readTextDocument(sampleAgendaText(), 'sample.txt'), { changeTrackingMode: 'TrackAll' });
    const first = await read(fake);
    const result = await applyStatusRoundInWord(
      on(fake, first),
      planStatusRound(first.doc, parseAgenda(first.doc), 'TSAG 01-2026'),
    );
    expect(result.warnings).toContain(TRACKED_NOTE);
    const line = fake.doc.controlsTagged('td-lens:status-round')[0].blocks[0] as MemoryParagraph;
    expect(line.runs[0]).toMatchObject({ revision: 'inserted', highlightColor: 'Yellow' });
  });
});
