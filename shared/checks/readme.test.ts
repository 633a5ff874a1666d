/** README.md's table of rules is documentation of the table in registry.ts: same rules, order, severities and fixes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';

const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');

/** The rows of the `| rule | severity | fix | what |` table: one array of cells each. */
function tableRows(): string[][] {
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => /^\| rule \| severity \| fix \| what \|$/.test(line));
  expect(header).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('shared/checks/README.md', () => {
  it('lists every rule of RULES, in its order, with its default severity and whether it fixes or suggests', () => {
    const rows = tableRows();
    expect(rows.map((row) => row[0])).toEqual(RULES.map((rule) => rule.id));
    for (const [row, rule] of rows.map((row, i) => [row, RULES[i]] as const)) {
      const [, severity, fix, what] = row;
      // `warning / info`: the default first, then what some findings are.
      expect(severity.split(' / ')[0], rule.id).toBe(rule.severity);
      expect(
        severity.split(' / ').every((s) => ['error', 'warning', 'info'].includes(s)),
        rule.id,
      ).toBe(true);
      const expected = rule.fixable ? ['yes', 'txt'] : rule.suggests ? ['suggestion'] : [''];
      expect(expected, `${rule.id}: fix column "${fix}"`).toContain(fix);
      expect(what.length, rule.id).toBeGreaterThan(10);
    }
  });
});
