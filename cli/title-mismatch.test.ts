/**
 * td-title-mismatch through the binary: ITU's TD list of the meeting as register, the five kinds of swapped numbers
 * planted in one agenda, each flagged on its line with the TD that fits; the same agenda as written, nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../shared/checks/check-text.testing';
import { TITLE_SWAPS, TITLES_AGENDA, TITLES_REGISTER, plant } from '../shared/checks/title-swaps.testing';
import { runTdLens } from './run-td-lens.testing';

const register = new URL(`../test/fixtures/${TITLES_REGISTER}`, import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'td-lens-titles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The five of the issue: reports of two groups, LS on two subjects, a ToR and the action plan, a report and an
// agenda, LS to two bodies. They touch different lines, so one agenda carries them all.
const FIVE = TITLE_SWAPS.slice(0, 5);

function planted(): { file: string; expected: { line: string; cited: string; right: number }[] } {
  let text = fixtureText(TITLES_AGENDA);
  const expected: { line: string; cited: string; right: number }[] = [];
  for (const swap of FIVE) {
    const result = plant(swap, text);
    text = result.text;
    expected.push(...result.lines);
  }
  const file = join(dir, 'swapped.txt');
  writeFileSync(file, text);
  return { file, expected };
}

interface JsonFinding {
  rule: string;
  excerpt: string;
  line: number;
  message: string;
  fix: unknown;
  suggestion: { replacement: string; description: string } | null;
}

describe.concurrent('td-lens check: td-title-mismatch', { timeout: 60_000 }, () => {
  it('flags each swapped number on its line, with the TD that fits as a suggestion (JSON)', async () => {
    const { file, expected } = planted();
    const run = await runTdLens([
      'check',
      file,
      '--register',
      register,
      '--rules',
      'td-title-mismatch',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(findings).toHaveLength(expected.length);
    for (const { line, cited, right } of expected) {
      const finding = findings.find((f) => f.excerpt === cited && lines[f.line - 1].includes(line));
      expect(finding, line).toBeDefined();
      expect(finding?.rule).toBe('td-title-mismatch');
      expect(finding?.fix).toBeNull();
      expect(finding?.suggestion?.description).toMatch(new RegExp(`^Cite TD${right}\\b`));
      expect(finding?.message).toMatch(new RegExp(`fits the line: TD${right}(R\\d)?\\?$`));
    }
  });

  it('says the suggestions in text and SARIF, and --fix applies none of them', async () => {
    const { file } = planted();
    const text = await runTdLens(['check', file, '--register', register, '--rules', 'td-title-mismatch']);
    expect(text.stdout).toMatch(/^td-title-mismatch \(10\) Line and TD title disagree$/m);
    expect(text.stdout).toContain(
      `${file}:38  warning  "TD104"  this line is about RG-WM's report; TD104 is "Report of the TSAG RG-SC meeting (Geneva, 26-30 May 2025)". TD102 ("Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)") fits the line: TD102?\n`,
    );
    const sarif = await runTdLens([
      'check',
      file,
      '--register',
      register,
      '--rules',
      'td-title-mismatch',
      '--format',
      'sarif',
    ]);
    const results = (
      JSON.parse(sarif.stdout) as { runs: { results: { fixes?: { properties?: { suggestion?: boolean } }[] }[] }[] }
    ).runs[0].results;
    expect(results).toHaveLength(10);
    for (const result of results) expect(result.fixes?.map((f) => f.properties?.suggestion)).toEqual([true]);
    const fix = await runTdLens(['check', file, '--register', register, '--rules', 'td-title-mismatch', '--fix']);
    expect(fix.stdout).toContain('--fix: nothing to fix');
  });

  it('finds nothing in the agenda as written', async () => {
    const file = join(dir, 'right.txt');
    writeFileSync(file, fixtureText(TITLES_AGENDA));
    const run = await runTdLens(['check', file, '--register', register, '--rules', 'td-title-mismatch']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${file}: no findings\n`);
  });
});
