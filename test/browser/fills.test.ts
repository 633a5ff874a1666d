// The add-in preview's fills in Chromium: link TDs, TD table, status round and e-meeting plan on the bundled
// sample, through the Word fill code on a Word document in memory; each fill is idempotent, and checking again
// finds nothing the fills caused. The e-meeting form starts from the document's groups and plan, as soon as the
// panel opens.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, resultsDir, sampleDocx, startAddinSession, syncsOf, type AddinSession } from './addin-harness';

let session: AddinSession;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startAddinSession();
  page = await session.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.url}/preview.html`);
  await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

const doc = () => page.locator('[data-testid="document"]');

/** Runs the checks and counts findings per rule. */
async function findingsPerRule(): Promise<Record<string, number>> {
  const summary = page.getByTestId('summary');
  const text = async () => ((await summary.count()) > 0 ? summary.innerText() : '');
  const before = await text();
  await page.getByTestId('check').click();
  await expect.poll(text).not.toBe('');
  // A re-check replaces the list: give it a moment to settle after the click.
  if (before) await page.waitForTimeout(300);
  const rules = await page.$$eval('[data-rule]', (elements) =>
    elements.map((e) => (e as HTMLElement).dataset.rule ?? ''),
  );
  const counts: Record<string, number> = {};
  for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
  return counts;
}

/** Clicks a fill button and waits for its result line. */
async function fill(testId: string): Promise<string> {
  const result = page.getByTestId('fill-result');
  const previous = (await result.count()) > 0 ? await result.innerText() : '';
  await page.getByTestId(testId).click();
  await expect.poll(async () => ((await result.count()) > 0 ? await result.innerText() : previous)).not.toBe(previous);
  return result.innerText();
}

describe('add-in preview fills', () => {
  let before: Record<string, number>;

  it('starts the e-meeting form from the document as soon as the Fill panel opens, without a Check first', async () => {
    // Opening the panel reads the document: one Word batch of 2 syncs.
    expect(await syncsOf(page, 1, () => page.getByRole('button', { name: 'Fill', exact: true }).click())).toEqual([2]);
    await expect.poll(() => page.getByTestId('emeeting-group').inputValue()).toBe('RG-DT');
    expect(await page.getByTestId('emeeting-firstDate').inputValue()).toBe('2025-09-10');
    expect(await page.getByTestId('emeeting-everyWeeks').inputValue()).toBe('9');
    expect(await page.getByTestId('emeeting-hint').innerText()).toBe(
      "From the group's plan in the agenda, starting after the meeting.",
    );
    expect(await page.getByTestId('status-round-meeting').getAttribute('placeholder')).toBe('TSAG 05-2025');
    expect(await page.getByTestId('summary').count()).toBe(0);
  });

  it('checks the sample before filling', async () => {
    before = await findingsPerRule();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    await page.getByTestId('link-tds').waitFor();
  });

  it('links every TD to its ITU page, once', async () => {
    // A fill reads (2 syncs), then links: paragraph texts, the searches, the links (3).
    let result = '';
    expect(await syncsOf(page, 2, async () => (result = await fill('link-tds')))).toEqual([2, 3]);
    expect(result).toMatch(/^Linked \d+ references/);
    const td106 = doc().locator('a[href="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en"]');
    expect(await td106.count()).toBeGreaterThanOrEqual(2);
    expect(await td106.first().innerText()).toBe('TD106');
    const links = await doc().locator('a').count();
    // A second run links nothing more (and the result line names what was already linked).
    await page.getByTestId('link-tds').click();
    await expect
      .poll(() => page.getByTestId('fill-result').innerText())
      .toMatch(/^Linked 0 references \(\d+ already linked\)/);
    expect(await doc().locator('a').count()).toBe(links);
  });

  it('inserts the TD table at the end, and refreshes it in place', async () => {
    let result = '';
    expect(await syncsOf(page, 2, async () => (result = await fill('td-table')))).toEqual([2, 2]);
    expect(result).toMatch(/^Inserted a table \(\d+ rows\): td-lens:td-table/);
    const table = doc().locator('[data-tag="td-lens:td-table"] table');
    await table.waitFor();
    const rows = await table.locator('tr').count();
    expect(await table.locator('tr').first().innerText()).toMatch(/^TD\s+Rev\.\s+Title\s+Source\s+Link\s+Cited in/);
    const row106 = table.locator('tr').filter({ has: page.locator('td:first-child', { hasText: /^106$/ }) });
    expect(await row106.innerText()).toMatch(/^106\s+ITU page\s+3\.1$/);
    expect(await fill('td-table')).toMatch(/^Refreshed the table/);
    // One content control, tagged, holding the table.
    expect(await doc().locator('[data-tag="td-lens:td-table"]').count()).toBe(1);
    expect(await doc().locator('[data-tag="td-lens:td-table"] table').count()).toBe(1);
    expect(await table.locator('tr').count()).toBe(rows);
  });

  it('adds a status round for the document meeting, highlighted, and never twice', async () => {
    let result = '';
    expect(await syncsOf(page, 2, async () => (result = await fill('status-round')))).toEqual([2, 2]);
    expect(result).toMatch(/^Added 7 TSAG 05-2025 status lines to review \(12 actions already had one\)/);
    const lines = doc().locator('[data-tag="td-lens:status-round"]');
    expect(await lines.count()).toBe(7);
    expect(await lines.first().innerText()).toMatch(/^TSAG 05-2025:/);
    expect(await lines.first().locator('mark[data-highlight="Yellow"]').count()).toBe(1);
    expect(await fill('status-round')).toMatch(/^Added 0 TSAG 05-2025 status lines/);
    expect(await lines.count()).toBe(7);
    mkdirSync(resultsDir, { recursive: true });
    await lines.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'addin-fills.png') });
  });

  it('inserts the RG-DT e-meeting plan from the form defaults, with Geneva zones and full deadlines', async () => {
    // The form starts from the sample's own RG-DT plan: its first date after the meeting, every 9 weeks, 13:00-15:00.
    expect(await page.getByTestId('emeeting-group').inputValue()).toBe('RG-DT');
    expect(await page.getByTestId('emeeting-firstDate').inputValue()).toBe('2025-09-10');
    expect(await page.getByTestId('emeeting-everyWeeks').inputValue()).toBe('9');
    expect(await fill('emeeting-plan')).toMatch(/^Replaced the existing table \(6 rows\): td-lens:emeeting-plan:RG-DT/);
    const table = doc().locator('[data-tag="td-lens:emeeting-plan:RG-DT"] table');
    const text = await table.innerText();
    expect(text).toContain('10 September 2025');
    expect(text).toMatch(
      /14 January 2026\s+13:00 – 15:00 CET\s+to progress the work based on its ToR\s+7 January 2026/,
    );
    expect(text).toMatch(/20 May 2026\s+13:00 – 15:00 CEST/);
    expect(await fill('emeeting-plan')).toMatch(/^Refreshed the table/);
    expect(await doc().locator('table').count()).toBe(4);
  });

  it('refreshes the status tables from the previous agenda (.docx), keeping the new round and the layout', async () => {
    await page.getByTestId('status-source').setInputFiles(sampleDocx);
    await expect
      .poll(() => page.getByTestId('fill-result').innerText())
      .toMatch(/Source: wp2-closing-agenda-2025-05\.docx\s+7 WTSA-24 actions, 12 action-plan items/);
    expect(await fill('wtsa-actions')).toMatch(/^Replaced the existing table \(14 rows\): td-lens:wtsa-actions/);
    expect(await fill('action-plan')).toMatch(/^Replaced the existing table \(26 rows\): td-lens:action-plan/);
    const plan = doc().locator('[data-tag="td-lens:action-plan"] table');
    expect(await plan.locator('td[colspan="3"]').count()).toBe(12);
    expect(await plan.innerText()).toMatch(/Status and Comments:\s+Not started\.\s+TSAG 05-2025:/);
    expect(await fill('action-plan')).toMatch(/^Refreshed the table/);
    expect(await doc().locator('table').count()).toBe(4);
  });

  it('leaves no new findings: per rule, checking again finds at most as many as before', async () => {
    const after = await findingsPerRule();
    for (const [rule, count] of Object.entries(after)) expect(count, rule).toBeLessThanOrEqual(before[rule] ?? 0);
    await page.getByTestId('fill-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'addin-fills-pane.png') });
    expect(errors).toEqual([]);
  });

  it("fills the TD table's titles and sources from ITU's index of the meeting", async () => {
    await page.getByRole('button', { name: 'TD register', exact: true }).click();
    await page.getByTestId('import-register').setInputFiles(join(repoRoot, 'samples/itu-td-index-T25-TSAG-250526.xml'));
    await expect
      .poll(() => page.getByTestId('register').innerText())
      .toContain('8 TDs from itu-td-index-T25-TSAG-250526.xml');
    expect(await fill('td-table')).toMatch(/^Refreshed the table/);
    const row106 = doc()
      .locator('[data-tag="td-lens:td-table"] table tr')
      .filter({ has: page.locator('td:first-child', { hasText: /^106$/ }) });
    expect(await row106.innerText()).toMatch(
      /^106\s+Report of the TSAG RG-WPR meeting\s+Rapporteur, TSAG RG-WPR\s+ITU page\s+3\.1$/,
    );
    expect(errors).toEqual([]);
  });

  it('starts the e-meeting form from another agenda: its groups, a first date after its meeting', async () => {
    // A WP1 closing agenda of 16 January 2026 that names RG-WM (with a plan) and RG-SC (without).
    await page
      .getByTestId('open-document')
      .setInputFiles(join(repoRoot, 'test/fixtures/wp1-closing-agenda-2026-01.txt'));
    await expect.poll(() => page.getByTestId('document-name').innerText()).toContain('wp1-closing-agenda-2026-01.txt');
    await page.getByTestId('check').click();
    if (!(await page.getByTestId('emeeting-group').isVisible()))
      await page.getByRole('button', { name: 'Fill', exact: true }).click();
    await expect.poll(() => page.getByTestId('emeeting-group').inputValue()).toBe('RG-WM');
    await page.getByTestId('emeeting-group').click();
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['RG-WM', 'RG-SC']);
    const firstDate = await page.getByTestId('emeeting-firstDate').inputValue();
    expect(firstDate > '2026-01-16').toBe(true);
    expect(firstDate).toBe('2026-02-25');
    expect(await page.getByTestId('emeeting-startTime').inputValue()).toBe('14:00');
    expect(await page.getByTestId('emeeting-deadlineDays').inputValue()).toBe('14');
    // RG-SC has no plan of its own: the agenda's rhythm, on a date after the meeting.
    await page.getByRole('option', { name: 'RG-SC' }).click();
    await expect.poll(() => page.getByTestId('emeeting-firstDate').inputValue()).toBe('2026-03-18');
    expect(await fill('emeeting-plan')).toMatch(/^Inserted a table \(4 rows\): td-lens:emeeting-plan:RG-SC/);
    expect(await doc().locator('[data-tag="td-lens:emeeting-plan:RG-SC"] table').innerText()).toContain(
      '18 March 2026',
    );
    expect(errors).toEqual([]);
  });
});
