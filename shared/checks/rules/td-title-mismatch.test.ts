import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../register/parse-register';
import { findReferences } from '../../refs/find-references';
import { applyFixes } from '../apply-fixes';
import { fixtureText, replaceOnce, ruleFindings, sampleText } from '../check-text.testing';
import { TITLE_SWAPS, TITLES_AGENDA, TITLES_REGISTER, plant } from '../title-swaps.testing';
import { readFileSync } from 'node:fs';

const register = (name: string) => parseRegister(fixtureText(name), name);
const sampleRegister = () =>
  parseRegister(
    readFileSync(new URL('../../../samples/itu-td-index-T25-TSAG-250526.xml', import.meta.url), 'utf8'),
    'itu-td-index-T25-TSAG-250526.xml',
  );
const check = (text: string, name: string) => ruleFindings(text, 'td-title-mismatch', { register: register(name) });

describe('td-title-mismatch', () => {
  it('finds nothing where the numbers are right: the sample with its ITU list and the fixture registers, the titles agenda', () => {
    expect(ruleFindings(sampleText(), 'td-title-mismatch', { register: sampleRegister() })).toEqual([]);
    for (const name of ['register-tsag-2505.csv', 'register-tsag-2505.json', 'register-tsag-2505.html']) {
      expect(check(sampleText(), name), name).toEqual([]);
      expect(check(fixtureText('check-clean.txt'), name), name).toEqual([]);
    }
    expect(check(fixtureText(TITLES_AGENDA), TITLES_REGISTER)).toEqual([]);
  });

  it.each(TITLE_SWAPS.map((swap) => [swap.what, swap] as const))(
    'flags %s, each on its line, with the TD that fits',
    (_, swap) => {
      const { text, lines } = plant(swap);
      const findings = check(text, TITLES_REGISTER);
      expect(findings.map((f) => f.excerpt).sort()).toEqual(lines.map((l) => l.cited).sort());
      for (const { line, cited, right } of lines) {
        const finding = findings.find((f) => f.excerpt === cited && text.split('\n')[f.line - 1].includes(line));
        expect(finding, `${line}`).toBeDefined();
        expect(finding?.fix).toBeUndefined();
        const suggestion = finding?.suggestion;
        expect(suggestion?.description).toMatch(new RegExp(`^Cite TD${right}\\b`));
        expect(finding?.message).toContain(`fits the line: TD${right}`);
        // The suggestion, applied, cites the right TD on that line.
        const fixed = applyFixes(text, suggestion ? [suggestion] : []).text;
        const fixedLine = fixed.split('\n')[(finding?.line ?? 0) - 1];
        expect(findReferences(fixedLine, { kinds: ['td'] }).map((r) => r.kind === 'td' && r.number)).toContain(right);
      }
    },
  );

  it('says what the line is about and what the TD is', () => {
    const { text } = plant(TITLE_SWAPS[0]);
    const [first] = check(text, TITLES_REGISTER);
    expect(first.message).toBe(
      'this line is about RG-WM\'s report; TD104 is "Report of the TSAG RG-SC meeting (Geneva, 26-30 May 2025)". ' +
        'TD102 ("Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)") fits the line: TD102?',
    );
    expect(first.suggestion).toMatchObject({
      replacement: '102',
      label: 'TD102?',
      description: 'Cite TD102 ("Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)")',
    });
  });

  it('flags a line that names another kind even when no TD fits it, without a suggestion', () => {
    const text = replaceOnce(fixtureText(TITLES_AGENDA), 'LS in TD139.', 'LS in TD106.');
    const [finding] = check(text, TITLES_REGISTER);
    expect(finding.message).toBe(
      'this line is about an LS; TD106 is "Report of the TSAG RG-WPR meeting (Geneva, 26-30 May 2025)"',
    );
    expect(finding.suggestion).toBeUndefined();
  });

  // Observed lines and titles: test/fixtures/titles/README.md.
  it('reads ITU\u2019s own titles against delegates\u2019 lines: nothing where they match, the swap where they do not', () => {
    const lines = fixtureText('titles/tsag-2212-wp2-actions.txt');
    expect(check(lines, 'titles/tsag-2212-observed.csv')).toEqual([]);
    const swapped = replaceOnce(
      replaceOnce(lines, 'Statement - TD165', 'Statement - TD11'),
      'report – TD11-R1',
      'report – TD165',
    );
    expect(check(swapped, 'titles/tsag-2212-observed.csv').map((f) => [f.excerpt, f.suggestion?.replacement])).toEqual([
      ['TD11', '165'],
      ['TD165', 'TD11R1'],
    ]);
    const sg12 = fixtureText('titles/sg12-lines.txt');
    expect(check(sg12, 'titles/T25-SG12-250909-TD-observed.xml')).toEqual([]);
    const mixed = replaceOnce(replaceOnce(sg12, 'E.800 – TD292', 'E.800 – TD291'), 'G.1000 – TD291', 'G.1000 – TD292');
    expect(
      check(mixed, 'titles/T25-SG12-250909-TD-observed.xml').map((f) => [f.excerpt, f.suggestion?.replacement]),
    ).toEqual([
      ['TD291', '292'],
      ['TD292', '291'],
    ]);
  });

  it('needs a register with titles of this meeting', () => {
    const { text } = plant(TITLE_SWAPS[0]);
    expect(ruleFindings(text, 'td-title-mismatch')).toEqual([]);
    const untitled = parseRegister('id\nTD102\nTD104\n', 'ids.csv');
    expect(ruleFindings(text, 'td-title-mismatch', { register: untitled })).toEqual([]);
    const otherMeeting = register('register-sg12-2509.xml');
    expect(ruleFindings(text, 'td-title-mismatch', { register: otherMeeting })).toEqual([]);
  });
});
