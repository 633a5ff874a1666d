import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { actionsFromAgenda } from '../../shared/fills/action-register';
import { planEMeetings } from '../../shared/fills/emeeting-plan';
import { planLinks } from '../../shared/fills/link-plan';
import { planStatusRound } from '../../shared/fills/status-round-plan';
import { planActionPlanTable } from '../../shared/fills/status-tables-plan';
import { planTdTable } from '../../shared/fills/td-table-plan';
import { readWordBody, type WordRead } from '../word/read-word';
import { paragraphText, type FakeParagraphState } from '../word/testing/fake-word';
import { controlContent, tableTexts, type FillFakeWordDocument, type FillRun } from './testing/fake-word-fills';
import { sampleWordDocument } from './testing/sample-word';
import { applyLinksInWord, applyStatusRoundInWord, applyTableInWord, REVIEW_TITLE } from './word-fills';

async function read(fake: FillFakeWordDocument): Promise<WordRead> {
  return fake.run((context) => readWordBody(context, 'sample.docx'));
}

/** Syncs used by `action` alone. */
async function syncsOf(fake: FillFakeWordDocument, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await action();
  return fake.syncCount - before;
}

const snapshot = (fake: FillFakeWordDocument) => JSON.stringify({ body: fake.body, controls: fake.controls.map((c) => [c.tag, c.title]) });

const runsWithLinks = (fake: FillFakeWordDocument) =>
  fake.allParagraphs().flatMap((p) => p.runs.filter((run) => run.hyperlink).map((run) => [run.text, run.hyperlink]));

const emeetingOptions = { group: 'RG-DT', firstDate: '2025-09-10', rule: { everyWeeks: 9 }, count: 6, startTime: '13:00', endTime: '15:00' };

describe('Link TDs in Word', () => {
  it('links every TD reference to its page, and a second run changes nothing', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    const result = await applyLinksInWord({ run: fake.run, read: first }, plan);
    expect(result.changed).toBe(plan.links.length);
    expect(result.warnings).toEqual([]);
    const links = runsWithLinks(fake);
    expect(links).toHaveLength(plan.links.length);
    expect(links).toContainEqual(['TD106', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en']);
    expect(links).toContainEqual(['TD7R1', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en']);

    const before = snapshot(fake);
    const second = await read(fake);
    const again = await applyLinksInWord({ run: fake.run, read: second }, planLinks(second.doc, parseAgenda(second.doc).meeting));
    expect(again.changed).toBe(0);
    expect(again.summary).toBe(`Linked 0 references (${plan.links.length} already linked).`);
    expect(snapshot(fake)).toBe(before);
  });

  it('skips a paragraph edited since the read, with a warning', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    const target = fake.allParagraphs().find((p) => paragraphText(p) === 'Report – TD106')!;
    target.runs = [{ text: 'Report – TD106 (edited)' }];
    const result = await applyLinksInWord({ run: fake.run, read: first }, plan);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings[0]).toMatch(/changed since it was read/);
    expect(target.runs.some((run) => run.hyperlink)).toBe(false);
  });
  it('never sends Word a search string over 255 characters once escaped', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const plan = planLinks(first.doc, parseAgenda(first.doc).meeting);
    // 130 carets escape to 260 characters (`^^` each): Word would refuse the search and fail the whole batch.
    const carets = '^'.repeat(130);
    const long = { ...plan.links[0], text: carets, refId: 'TD0', occurrence: 0 };
    const result = await applyLinksInWord({ run: fake.run, read: first }, { ...plan, links: [long, ...plan.links] });
    expect(result.warnings).toEqual([`${carets.slice(0, 40)}… is too long to search in Word; not linked.`]);
    expect(result.changed).toBe(plan.links.length);
  });
});

describe('TD table in Word', () => {
  it('inserts one tagged control at the end with the table, links and header; a refresh replaces it in place', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const plan = planTdTable(first.doc, agenda, agenda.meeting);
    await applyTableInWord({ run: fake.run, read: first, mergeSupported: () => true }, plan);
    const controls = fake.controlsTagged('td-lens:td-table');
    expect(controls).toHaveLength(1);
    const content = controlContent(controls[0]);
    expect(content.paragraphs).toEqual(['Documents cited in this agenda']);
    expect(tableTexts(content.tables[0])).toEqual(plan.table.values);
    expect(fake.body.at(-1)).toBe(content.tables[0]);
    expect(fake.headerRows.get(content.tables[0])).toBe(1);
    const linkCell = content.tables[0].rows[plan.table.links[0].row].cells[4].paragraphs[0];
    expect(linkCell.runs[0].hyperlink).toBe(plan.table.links[0].url);

    const before = snapshot(fake);
    const second = await read(fake);
    const secondAgenda = parseAgenda(second.doc);
    const result = await applyTableInWord({ run: fake.run, read: second }, planTdTable(second.doc, secondAgenda, secondAgenda.meeting));
    expect(result.summary).toBe(`Refreshed the table (${plan.table.values.length - 1} rows): td-lens:td-table.`);
    expect(snapshot(fake)).toBe(before);
  });
});

describe('Action-plan table in Word', () => {
  it('replaces Annex 2a in a tagged control with merged status rows; a second run gives the same document', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const tablesBefore = fake.tables().length;
    const plan = planActionPlanTable(first.doc, agenda, actionsFromAgenda('previous', agenda));
    await applyTableInWord({ run: fake.run, read: first, mergeSupported: () => true }, plan);
    expect(fake.tables()).toHaveLength(tablesBefore);
    const table = controlContent(fake.controlsTagged('td-lens:action-plan')[0]).tables[0];
    expect(fake.merges).toBe(12);
    expect(tableTexts(table)[3]).toEqual(['Status and Comments:\nTSAG 05-2025:Not started']);
    const after = await read(fake);
    expect(parseAgenda(after.doc).planActions.map((a) => [a.id, a.group, a.statuses.length])).toEqual(
      agenda.planActions.map((a) => [a.id, a.group, a.statuses.length]),
    );
    const before = snapshot(fake);
    await applyTableInWord({ run: fake.run, read: after, mergeSupported: () => true }, planActionPlanTable(after.doc, parseAgenda(after.doc), actionsFromAgenda('previous', agenda)));
    expect(snapshot(fake)).toBe(before);
  });

  it('leaves rows unmerged and says so when Word cannot merge cells', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const agenda = parseAgenda(first.doc);
    const result = await applyTableInWord(
      { run: fake.run, read: first, mergeSupported: () => false },
      planActionPlanTable(first.doc, agenda, actionsFromAgenda('previous', agenda)),
    );
    expect(fake.merges).toBe(0);
    expect(result.warnings).toEqual(['This Word version cannot merge cells (WordApi 1.4): 12 row(s) left unmerged.']);
  });
});

describe('New status round in Word', () => {
  it('adds one highlighted line in a tagged control under each action, and none on a second run', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const plan = planStatusRound(first.doc, parseAgenda(first.doc), 'TSAG 01-2026');
    const result = await applyStatusRoundInWord({ run: fake.run, read: first }, plan);
    expect(result.changed).toBe(19);
    const controls = fake.controlsTagged('td-lens:status-round');
    expect(controls).toHaveLength(19);
    expect(controls.every((c) => c.title === REVIEW_TITLE)).toBe(true);
    const line = controls[0].elements[0] as FakeParagraphState;
    expect(paragraphText(line)).toBe('TSAG 01-2026: Started, LS in TD142.');
    expect((line.runs[0] as FillRun).highlight).toBe('Yellow');
    expect(fake.cellOf(line)).toEqual({ rowIndex: 2, cellIndex: 1 });

    const second = await read(fake);
    const agenda = parseAgenda(second.doc);
    expect(agenda.wtsaActions[0].statuses.map((s) => s.meeting?.id)).toEqual(['TSAG 05-2025', 'TSAG 01-2026']);
    const again = planStatusRound(second.doc, agenda, 'TSAG 01-2026');
    expect(again.inserts).toEqual([]);
    const before = snapshot(fake);
    expect((await applyStatusRoundInWord({ run: fake.run, read: second }, again)).changed).toBe(0);
    expect(snapshot(fake)).toBe(before);
  });
});

describe('E-meeting plan in Word', () => {
  it('replaces the RG-DT table with the planned one in a tagged control, idempotently', async () => {
    const fake = sampleWordDocument();
    const first = await read(fake);
    const plan = planEMeetings(emeetingOptions, first.doc, parseAgenda(first.doc));
    expect(plan.placement).toEqual({ kind: 'replace-table', tableIndex: 0 });
    await applyTableInWord({ run: fake.run, read: first }, plan);
    const control = fake.controlsTagged('td-lens:emeeting-plan:RG-DT')[0];
    expect(tableTexts(controlContent(control).tables[0])[3]).toEqual(['3', '14 January 2026', '13:00 – 15:00 CET', 'to progress the work based on its ToR', '7 January 2026']);
    const second = await read(fake);
    expect(parseAgenda(second.doc).emeetings[0].rows.map((r) => r.date?.iso)).toEqual([
      '2025-09-10', '2025-11-12', '2026-01-14', '2026-03-18', '2026-05-20', '2026-07-22',
    ]);
    const before = snapshot(fake);
    await applyTableInWord({ run: fake.run, read: second }, planEMeetings(emeetingOptions, second.doc, parseAgenda(second.doc)));
    expect(snapshot(fake)).toBe(before);
  });
});

describe('sync counts', () => {
  it('are the same for the sample and for a document three times longer, for every fill', async () => {
    const counts = async (copies: number) => {
      const fake = sampleWordDocument(copies);
      const fresh = async () => {
        const r = await read(fake);
        return { r, agenda: parseAgenda(r.doc) };
      };
      const a = await fresh();
      const links = await syncsOf(fake, () => applyLinksInWord({ run: fake.run, read: a.r }, planLinks(a.r.doc, a.agenda.meeting)));
      const b = await fresh();
      const round = await syncsOf(fake, () => applyStatusRoundInWord({ run: fake.run, read: b.r }, planStatusRound(b.r.doc, b.agenda, 'TSAG 01-2026')));
      const c = await fresh();
      const table = await syncsOf(fake, () => applyTableInWord({ run: fake.run, read: c.r }, planTdTable(c.r.doc, c.agenda, c.agenda.meeting)));
      const d = await fresh();
      const emeetings = await syncsOf(fake, () => applyTableInWord({ run: fake.run, read: d.r }, planEMeetings(emeetingOptions, d.r.doc, d.agenda)));
      return { links, round, table, emeetings };
    };
    const small = await counts(1);
    expect(small).toEqual({ links: 3, round: 2, table: 2, emeetings: 2 });
    expect(await counts(3)).toEqual(small);
  });
});
