/**
 * The command line as a terminal shows it: runs `td-lens check` in-process with colour on, renders the ANSI output
 * in Chromium (text nodes only) and takes the screenshot README shows.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../../cli/terminal.testing';
import { runCli } from '../../cli/run';
import { CHROMIUM, CHROMIUM_ARGS } from './static-server';

const repoRoot = resolve(import.meta.dirname, '../..');
const sample = resolve(repoRoot, 'samples/wp2-closing-agenda-2025-05.txt');
const register = join(repoRoot, 'test/fixtures/register-tsag-2505.csv');
const resultsDir = join(repoRoot, 'test-results');

/** Splits ANSI-coloured text into runs of [text, SGR code of its colour or null]. */
function ansiRuns(text: string): [string, string | null][] {
  const runs: [string, string | null][] = [];
  let colour: string | null = null;
  // eslint-disable-next-line no-control-regex
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    // eslint-disable-next-line no-control-regex
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (sgr) colour = ['0', '22', '39', ''].includes(sgr[1]) ? null : sgr[1];
    else if (part) runs.push([part, colour]);
  }
  return runs;
}

describe('td-lens check in a terminal', () => {
  it('prints findings grouped by rule, with colour, and exits 0 without error-level findings', async () => {
    const io = captureIo(true);
    const file = './wp2-closing-agenda-2025-05.txt';
    const code = await runCli(['check', sample, '--register', register], io);
    const output = io.stdout().split(sample).join(file);
    expect(code).toBe(0);
    expect(output).toContain('\u001b[');
    const plain = ansiRuns(output)
      .map(([text]) => text)
      .join('');
    expect(plain).toMatch(/status-vocabulary \(1\)/);
    expect(plain).toMatch(/td-revision \(4\)/);
    expect(plain).toContain('"No Started" is not a status word');

    const profile = mkdtempSync(join(tmpdir(), 'td-lens-cli-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1180, height: 640 },
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await context.newPage();
      await page.setContent(
        '<!doctype html><body style="margin:0;background:#1e1e1e"><pre id="term" style="margin:0;padding:16px;font:13px/1.45 monospace;color:#ddd;white-space:pre-wrap"></pre></body>',
      );
      const command = `$ td-lens check ${file} --register register-tsag-2505.csv\n`;
      await page.evaluate(
        ({ runs, command }) => {
          const palette: Record<string, string> = {
            '1': 'font-weight:bold',
            '2': 'opacity:.7',
            '31': 'color:#f48771',
            '32': 'color:#89d185',
            '33': 'color:#e5c07b',
            '34': 'color:#6cb6ff',
            '35': 'color:#d38aea',
            '36': 'color:#56c8d8',
            '90': 'color:#888',
          };
          const term = document.getElementById('term')!;
          term.append(document.createTextNode(command));
          for (const [text, code] of runs) {
            const span = document.createElement('span');
            span.textContent = text;
            if (code)
              span.setAttribute(
                'style',
                code
                  .split(';')
                  .map((c) => palette[c] ?? '')
                  .join(';'),
              );
            term.append(span);
          }
        },
        { runs: ansiRuns(output), command },
      );
      await expect.poll(() => page.locator('#term').textContent()).toContain('No Started');
      mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: join(resultsDir, 'cli-check.png'), fullPage: true });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
