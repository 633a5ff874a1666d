import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import { RULES } from './registry';
import { runChecks } from './run-checks';
import { artifactUri, toSarif } from './sarif';
import { fixtureText, sampleText } from './check-text.testing';
import { parseRegister } from '../register/parse-register';
import { TITLE_SWAPS, TITLES_REGISTER, plant } from './title-swaps.testing';

describe('toSarif', () => {
  const text = sampleText();
  const findings = runChecks(readTextDocument(text, 'agenda.txt'));
  const log = toSarif([{ file: 'samples/wp2 agenda.txt', findings, text }]);
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with every rule and its help text', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver.name).toBe('td-lens');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(20);
    expect(run.artifacts).toEqual([{ location: { uri: 'samples/wp2%20agenda.txt' } }]);
  });

  it('gives each result its rule index, level and a region with lines, columns and offsets', () => {
    expect(run.results).toHaveLength(findings.length);
    const vocabulary = run.results.find((r) => r.ruleId === 'status-vocabulary');
    expect(vocabulary?.ruleIndex).toBe(RULES.findIndex((r) => r.id === 'status-vocabulary'));
    const region = vocabulary?.locations[0].physicalLocation.region;
    // `TSAG 05-2025: No Started. ` on line 193: the status word starts at column 15.
    expect(region).toMatchObject({
      startLine: 193,
      startColumn: 15,
      endLine: 193,
      endColumn: 25,
      charLength: 10,
      snippet: { text: 'No Started' },
    });
    expect(text.slice(region?.charOffset, (region?.charOffset ?? 0) + (region?.charLength ?? 0))).toBe('No Started');
    expect(run.results.find((r) => r.ruleId === 'annex-missing')?.level).toBe('note');
  });

  it('turns fixes into SARIF fixes', () => {
    const vocabulary = run.results.find((r) => r.ruleId === 'status-vocabulary');
    expect(vocabulary?.fixes?.[0]).toMatchObject({
      description: { text: 'Replace "No Started" with "Not started"' },
      artifactChanges: [
        {
          replacements: [
            { insertedContent: { text: 'Not started' }, deletedRegion: { startLine: 193, charLength: 10 } },
          ],
        },
      ],
    });
    expect(run.results.find((r) => r.ruleId === 'status-meeting-tag')?.fixes).toBeUndefined();
  });

  it('carries a suggestion as a fix marked as one, which tools show but never apply unasked', () => {
    const { text: planted } = plant(TITLE_SWAPS[0]);
    const register = parseRegister(fixtureText(TITLES_REGISTER), TITLES_REGISTER);
    const swapped = toSarif([
      {
        file: 'agenda.txt',
        findings: runChecks(readTextDocument(planted, 'agenda.txt'), { register, rules: ['td-title-mismatch'] }),
        text: planted,
      },
    ]).runs[0];
    expect(swapped.results[0].fixes).toMatchObject([
      {
        description: { text: 'Suggestion: Cite TD102 ("Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)")' },
        artifactChanges: [{ replacements: [{ insertedContent: { text: '102' }, deletedRegion: { charLength: 3 } }] }],
        properties: { suggestion: true },
      },
    ]);
    expect(swapped.tool.driver.rules.find((r) => r.id === 'td-title-mismatch')?.properties).toEqual({
      fixable: false,
      suggests: true,
    });
  });

  it('writes paths as URI references: segments percent-encoded, Windows drive paths as file: URIs', () => {
    expect(artifactUri('C:\\agendas\\a b.txt')).toBe('file:///C:/agendas/a%20b.txt');
    expect(artifactUri('agendas/a #1?.txt')).toBe('agendas/a%20%231%3F.txt');
    expect(artifactUri('a:b.txt')).toBe('a%3Ab.txt');
    expect(artifactUri('/tmp/100%.txt')).toBe('/tmp/100%25.txt');
    expect(artifactUri('../é.txt')).toBe('../%C3%A9.txt');
  });
});
