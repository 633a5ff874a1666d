// An agenda whose items Word numbers itself (automatic multi-level numbering), saved by LibreOffice, in the add-in
// preview: the in-memory Word counts the numbers from the document's list definitions as Word does; they must be
// LibreOffice's own numbers for the same file, the pane must find per rule what `td-lens check` finds in the file,
// and the TD table must say which numbered item cites each TD.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startAddinSession, type AddinSession } from './addin-harness';

const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';
const agenda = join(repoRoot, 'test/fixtures/libreoffice/wp1-numbered-agenda-2026-01.docx');

let session: AddinSession;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  session = await startAddinSession();
  page = await session.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.url}/preview.html`);
  await page.locator('[data-testid="document"] [data-paragraph]').first().waitFor();
  await page.getByTestId('open-document').setInputFiles(agenda);
  await page.getByTestId('document-name').getByText('wp1-numbered-agenda-2026-01.docx').waitFor();
});

afterAll(async () => {
  await session?.close();
});

/** LibreOffice's text export of the file: the list number or bullet it writes before each list paragraph. */
function libreOfficeMarks(file: string): string[] {
  const out = mkdtempSync(join(tmpdir(), 'td-lens-numbered-'));
  const profile = mkdtempSync(join(tmpdir(), 'td-lens-soffice-'));
  try {
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        out,
        file,
      ],
      {
        stdio: 'pipe',
        timeout: 240_000,
      },
    );
    const text = readFileSync(join(out, 'wp1-numbered-agenda-2026-01.txt'), 'utf8');
    return [...text.matchAll(/^[ \t]+(\S+) /gm)].map((m) => m[1]);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `td-lens check FILE --format json`: findings per rule. */
function cliFindingsPerRule(file: string): Record<string, number> {
  const run = spawnSync(process.execPath, [join(repoRoot, 'cli/bin.mjs'), 'check', file, '--format', 'json'], {
    encoding: 'utf8',
  });
  const counts: Record<string, number> = {};
  for (const finding of (JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings)
    counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
  return counts;
}

describe('an agenda numbered by Word, saved by LibreOffice, in the preview', () => {
  it('shows the numbers LibreOffice shows for the same file', async () => {
    const shown = await page.$$eval('[data-testid="document"] [data-list-string]', (elements) =>
      elements.map((e) => (e as HTMLElement).dataset.listString ?? ''),
    );
    expect(shown.slice(0, 5)).toEqual(['1', '2', '3', '3.1', '•']);
    expect(shown).toContain('a)');
    expect(shown).toEqual(libreOfficeMarks(agenda));
  });

  it('finds per rule what td-lens check finds in the file', async () => {
    await page.getByTestId('check').click();
    await page.getByTestId('summary').waitFor();
    const rules = await page.$$eval('[data-rule]', (elements) =>
      elements.map((e) => (e as HTMLElement).dataset.rule ?? ''),
    );
    const counts: Record<string, number> = {};
    for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
    expect(counts).toEqual(cliFindingsPerRule(agenda));
    expect(Object.keys(counts).length).toBeGreaterThan(0);
  });

  it('names the numbered item that cites each TD in the TD table', async () => {
    await page.getByRole('button', { name: 'Fill', exact: true }).click();
    await page.getByTestId('td-table').click();
    const table = page.locator('[data-tag="td-lens:td-table"] table');
    await table.waitFor();
    const citedIn = async (td: string) =>
      (
        await table
          .locator('tr')
          .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${td}$`) }) })
          .innerText()
      )
        .split(/\s+/)
        .at(-1);
    expect([await citedIn('210'), await citedIn('219'), await citedIn('200'), await citedIn('211')]).toEqual([
      '3.1',
      '4.1',
      '5',
      '3.2',
    ]);
    expect(errors).toEqual([]);
  });
});
