// The preview imitating Word on the web with Track Changes on (`preview.html?word=web&track=on`): the pane says it
// reads the text as accepted and that its changes are tracked; fixes become tracked changes and the fixed finding
// does not come back on the deleted text; the status round goes into table cells without content controls (Word on
// the web refuses them there) and says so; the TD table is inserted and refreshed without what the web refuses.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddinSession, type AddinSession } from './addin-harness';

let session: AddinSession;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startAddinSession();
  page = await session.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.url}/preview.html?word=web&track=on`);
  await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

const doc = () => page.locator('[data-testid="document"]');

async function fill(testId: string): Promise<string> {
  const result = page.getByTestId('fill-result');
  const previous = (await result.count()) > 0 ? await result.innerText() : '';
  await page.getByTestId(testId).click();
  await expect.poll(async () => ((await result.count()) > 0 ? await result.innerText() : previous)).not.toBe(previous);
  return result.innerText();
}

describe('the preview as Word on the web, Track Changes on', () => {
  it('says how it reads and writes with Track Changes on', async () => {
    await page.getByTestId('check').click();
    await page.locator('[data-rule="status-vocabulary"]').first().waitFor();
    expect(await page.getByTestId('track-changes').innerText()).toMatch(
      /Track Changes is on: the document is checked as it reads with every change accepted/,
    );
  });

  it('fixes as tracked changes, and the fixed finding does not come back on the deleted text', async () => {
    await page.locator('[data-rule="status-vocabulary"] [data-testid="fix"]').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/1 fixed[^]*the fixes are tracked changes/);
    await expect.poll(() => page.locator('[data-rule="status-vocabulary"]').count()).toBe(0);
    expect(await doc().locator('del').first().innerText()).toBe('No Started');
    expect(await doc().locator('ins').first().innerText()).toBe('Not started');
  });

  it('adds the status round in table cells without content controls, highlighted, and says why', async () => {
    await page.getByRole('button', { name: 'Fill', exact: true }).click();
    const result = await fill('status-round');
    expect(result).toMatch(/^Added 7 TSAG 05-2025 status lines/);
    expect(result).toContain('Word on the web cannot put content controls in table cells');
    expect(result).toContain('Track Changes is on');
    expect(await doc().locator('[data-tag="td-lens:status-round"]').count()).toBe(0);
    expect(
      await doc().locator('ins mark[data-highlight="Yellow"], mark[data-highlight="Yellow"] ins').count(),
    ).toBeGreaterThanOrEqual(7);
  });

  it('inserts and refreshes the TD table with one table in its control', async () => {
    expect(await fill('td-table')).toMatch(/^Inserted a table/);
    expect(await fill('td-table')).toMatch(/^Refreshed the table/);
    await page.getByTestId('check').click();
    const control = doc().locator('[data-tag="td-lens:td-table"]');
    expect(await control.count()).toBe(1);
    // The first table was itself a tracked insertion: refreshing it removes it outright, as Word does.
    expect(await control.locator('table').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
