// The add-in's preview in Chromium: the pane checks the bundled sample agenda, shows and fixes findings, and opens
// the sample .docx through the file input. The preview runs the Word host over a Word document in memory, so these
// go through the same Word code as in Word, with the same round trips (context.sync() per Word.run batch).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_SWAPS, TITLES_AGENDA, TITLES_REGISTER, plant } from '../../shared/checks/title-swaps.testing';
import { repoRoot, resultsDir, sampleDocx, startAddinSession, syncsOf, type AddinSession } from './addin-harness';

let session: AddinSession;
let page: Page;

beforeAll(async () => {
  session = await startAddinSession();
  page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.url}/preview.html`);
  await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

const documentText = () => page.locator('[data-testid="document"]').innerText();

describe('add-in preview', () => {
  it('checks the sample agenda and lists its known findings', async () => {
    expect(await page.getByTestId('document-name').innerText()).toContain('wp2-closing-agenda-2025-05.txt');
    expect(await page.locator('[data-testid="document"] table').count()).toBeGreaterThanOrEqual(3);
    // A check reads the document in one Word batch of 2 syncs.
    expect(await syncsOf(page, 1, () => page.getByTestId('check').click())).toEqual([2]);
    await page.locator('[data-rule]').first().waitFor();
    for (const rule of ['action-inline', 'status-vocabulary', 'date-year-missing', 'status-meeting-tag']) {
      expect(await page.locator(`[data-rule="${rule}"]`).count(), rule).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-rule="date-year-missing"]').count()).toBe(3);
    expect(await page.getByTestId('summary').innerText()).toMatch(/\d+ findings/);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'addin-preview.png') });
  });

  it('selects a finding in the document', async () => {
    // Select: paragraph texts, the search, the selection: 3 syncs.
    expect(
      await syncsOf(page, 1, () => page.locator('[data-rule="status-vocabulary"] button').first().click()),
    ).toEqual([3]);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('td-lens-selection')?.size ?? 0)).toBe(1);
    const selected = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('td-lens-selection') ?? [])][0] as Range | undefined;
      return range?.toString();
    });
    expect(selected).toBe('No Started');
  });

  it('applies a fix and the rendered document changes', async () => {
    expect(await documentText()).toContain('No Started');
    // The fix in one batch of 3 syncs, then the pane checks again (2).
    expect(
      await syncsOf(page, 2, () => page.locator('[data-rule="status-vocabulary"] [data-testid="fix"]').click()),
    ).toEqual([3, 2]);
    await expect.poll(documentText).not.toContain('No Started');
    await expect.poll(() => page.locator('[data-rule="status-vocabulary"]').count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'addin-preview-fixed.png') });
  });

  it('fixes all the sure fixes at once', async () => {
    const fixable = await page.locator('[data-testid="fix"]').count();
    expect(fixable).toBeGreaterThan(0);
    await page.getByTestId('fix-all').click();
    await expect.poll(() => page.locator('[data-rule="date-year-missing"]').count()).toBe(0);
    expect(await documentText()).toContain('5 November 2025');
  });

  it('opens the sample .docx through the file input and checks it', async () => {
    await page.getByTestId('open-document').setInputFiles(sampleDocx);
    await expect.poll(() => page.getByTestId('document-name').innerText()).toContain('.docx');
    // The pane re-checks a new document by itself once the reader has checked one.
    await expect.poll(() => page.locator('[data-rule="status-vocabulary"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-rule="date-year-missing"]').count()).toBe(3);
    expect(await documentText()).toContain('Annex 2a');
  });

  it('shows an error and keeps the document when a file cannot be read', async () => {
    await page
      .getByTestId('open-document')
      .setInputFiles({ name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await page.getByTestId('open-error').waitFor();
    expect(await page.getByTestId('open-error').innerText()).toContain('broken.docx');
    expect(await documentText()).toContain('Annex 2a');
  });

  it('refuses an empty .txt with a clear error and keeps the document', async () => {
    await page
      .getByTestId('open-document')
      .setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.getByTestId('open-error').innerText()).toContain('empty.txt is empty');
    expect(await page.getByTestId('document-name').innerText()).toContain('.docx');
    expect(await documentText()).toContain('Annex 2a');
  });

  it('shows the detected meeting, saves an edited one with the document and keeps it after a reload', async () => {
    await page.goto(`${session.url}/preview.html`);
    await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
    await page.getByTestId('check').click();
    await page.locator('[data-rule]').first().waitFor();
    await page.getByRole('button', { name: 'Meeting', exact: true }).click();
    const meeting = page.getByTestId('meeting');
    await expect.poll(() => meeting.innerText()).toContain('Detected from the document');
    expect(await meeting.getByLabel('Group', { exact: true }).inputValue()).toBe('TSAG');
    expect(await meeting.getByLabel('First day', { exact: true }).inputValue()).toBe('2025-05-26');
    await meeting.getByLabel('Default TD sub-group').fill('GEN');
    await page.getByTestId('save-meeting').click();
    await expect.poll(() => meeting.innerText()).toContain('Saved with the document');
    await page.reload();
    await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
    await page.getByRole('button', { name: 'Meeting', exact: true }).click();
    await expect.poll(() => page.getByTestId('meeting').innerText()).toContain('Saved with the document');
    expect(await page.getByTestId('meeting').getByLabel('Default TD sub-group').inputValue()).toBe('GEN');
  });

  it('imports a TD register and flags the outdated TD7R1 on the next check', async () => {
    await page.getByRole('button', { name: 'TD register', exact: true }).click();
    await page.getByTestId('import-register').setInputFiles(join(repoRoot, 'test/fixtures/register-tsag-2505.csv'));
    await expect.poll(() => page.getByTestId('register').innerText()).toContain('17 TDs from register-tsag-2505.csv');
    await page.getByTestId('check').click();
    await expect.poll(() => page.locator('[data-rule="td-revision"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-rule="td-revision"]').first().innerText()).toContain('TD7R2');
    // The import notice can be dismissed from the keyboard.
    expect(await page.getByTestId('notice').innerText()).toContain('TD register imported');
    await page.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notice').count()).toBe(0);
  });

  it("reads ITU's index file as the register, and shows one of another meeting as not used", async () => {
    await page.getByTestId('import-register').setInputFiles(join(repoRoot, 'samples/itu-td-index-T25-TSAG-250526.xml'));
    await expect
      .poll(() => page.getByTestId('register').innerText())
      .toContain(
        '8 TDs from itu-td-index-T25-TSAG-250526.xml, of the TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526); updated 2025-05-29',
      );
    await page.getByTestId('check').click();
    await expect.poll(() => page.locator('[data-rule="td-unknown"]').count()).toBeGreaterThan(1);
    await page.getByTestId('import-register').setInputFiles(join(repoRoot, 'test/fixtures/register-sg12-2509.xml'));
    await expect.poll(() => page.getByTestId('register-mismatch').count()).toBe(1);
    expect(await page.getByTestId('register-mismatch').innerText()).toMatch(
      /lists the TDs of the SG12 meeting .* not of this document's TSAG meeting .*: it is not used/,
    );
    await page.getByTestId('check').click();
    await expect.poll(() => page.locator('[data-rule="td-unknown"]').count()).toBe(1);
    expect(await page.locator('[data-rule="td-unknown"]').innerText()).toContain(
      'it is not used, or every TD would be unknown',
    );
    await page.getByTestId('register').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'addin-register-other-meeting.png') });
  });

  it('shows a line that cites the wrong TD, with the TD that fits as a button the editor may press', async () => {
    // RG-WM's and RG-SC's reports swapped, with ITU's TD list of the meeting as register.
    const { text } = plant(TITLE_SWAPS[0], readFileSync(join(repoRoot, 'test/fixtures', TITLES_AGENDA), 'utf8'));
    await page
      .getByTestId('open-document')
      .setInputFiles({ name: 'swapped-reports.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('document-name').innerText()).toContain('swapped-reports.txt');
    await page.getByTestId('import-register').setInputFiles(join(repoRoot, 'test/fixtures', TITLES_REGISTER));
    await expect.poll(() => page.getByTestId('register').innerText()).toContain('26 TDs from T25-TSAG-250526-TD.xml');
    await page.getByTestId('check').click();
    const mismatches = page.locator('[data-rule="td-title-mismatch"]');
    await expect.poll(() => mismatches.count()).toBe(2);
    expect(await mismatches.first().innerText()).toContain(
      'this line is about RG-WM\'s report; TD104 is "Report of the TSAG RG-SC meeting',
    );
    // A suggestion is no sure fix: "Fix all" leaves it alone.
    expect(await mismatches.locator('[data-testid="fix"]').count()).toBe(0);
    const suggestion = mismatches.first().getByTestId('suggestion');
    expect(await suggestion.innerText()).toBe('TD102?');
    expect(await suggestion.getAttribute('aria-label')).toMatch(
      /^Suggestion for line \d+: Cite TD102 \("Report of the TSAG RG-WM meeting \(Geneva, 26-30 May 2025\)"\)$/,
    );
    await page.screenshot({ path: join(resultsDir, 'addin-title-mismatch.png') });
    await suggestion.click();
    await expect.poll(() => mismatches.count()).toBe(1);
    const lines = (await documentText()).split('\n').filter((line) => line.includes('Report – TD10'));
    expect(lines.map((line) => line.trim())).toEqual([
      'Report – TD106',
      'Report – TD108',
      'Report – TD102',
      'Report – TD102',
    ]);
    expect(await mismatches.getByTestId('suggestion').innerText()).toBe('TD104?');
  });

  it('fits a 320 px dark pane with every section open, and is usable from the keyboard', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${session.url}/preview.html`);
    await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
    // Word's task pane is about 320 px wide: give the preview's pane that width.
    await page.addStyleTag({ content: '.preview-layout { grid-template-columns: minmax(0, 1fr) 320px !important; }' });
    // Keyboard only: the first Tab reaches the skip link, which jumps over the editable paragraphs to the pane.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-to-pane');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('check');
    await page.keyboard.press('Enter');
    await page.locator('[data-rule]').first().waitFor();
    for (const section of ['Fill', 'Meeting', 'TD register', 'Rules'])
      await page.getByRole('button', { name: section, exact: true }).click();
    await page.getByTestId('save-meeting').waitFor();
    const pane = await page
      .locator('.preview-pane')
      .evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(pane.scroll).toBeLessThanOrEqual(pane.client);
    // Each Fix button names the finding it fixes; editable paragraphs show keyboard focus.
    expect(await page.locator('[data-testid="fix"]').first().getAttribute('aria-label')).toMatch(/^Fix line \d+: /);
    // Fixing from the keyboard removes the focused button: focus lands on the summary, not the page start.
    await page.locator('[data-testid="fix"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('summary');
    await page.locator('[data-testid="document"] [data-paragraph]').first().focus();
    expect(
      await page
        .locator('[data-testid="document"] [data-paragraph]')
        .first()
        .evaluate((e) => getComputedStyle(e).outlineStyle),
    ).toBe('solid');
    await page.screenshot({ path: join(resultsDir, 'addin-preview-narrow-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('tells the reader which Word runs TD Lens where the webview has no JavaScript modules (Internet Explorer 11)', async () => {
    const older = await session.context.newPage();
    await older.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    // Without modules the pane's script is never fetched or run; the plain script sees no module support.
    await older.addInitScript(() => delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule);
    await older.route('**/assets/*.js', (route) => route.abort());
    await older.goto(`${session.url}/taskpane.html`);
    await expect.poll(() => older.locator('#root').innerText()).toContain('TD Lens cannot run in this Word');
    expect(await older.locator('#root').innerText()).toMatch(
      /Internet Explorer 11 or in Edge Legacy[^]*WebView2[^]*Word on the web/,
    );
    await older.close();
  });

  it('tells the reader which Word runs TD Lens where the pane’s script cannot be parsed (Edge Legacy)', async () => {
    const older = await session.context.newPage();
    await older.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    // Edge Legacy has modules but not the syntax the pane is built with: its entry fails to parse.
    await older.route(/\/assets\/taskpane-[^/]*\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'export const pane = #{};' }),
    );
    await older.goto(`${session.url}/taskpane.html`);
    await expect.poll(() => older.locator('#root').innerText()).toContain('TD Lens cannot run in this Word');
    await older.close();
  });

  it('explains itself when taskpane.html is opened outside Office', async () => {
    const outside = await session.context.newPage();
    // No network in tests: fail the Office.js CDN request at once instead of waiting for it.
    await outside.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await outside.goto(`${session.url}/taskpane.html`);
    await expect.poll(() => outside.locator('#root').innerText()).toContain('Office.js did not load');
    // The pane's own script ran: the message for older Word stays away.
    expect(await outside.locator('[data-older-word]').count()).toBe(0);
    await outside.close();
  });
});
