/** The team sample: the exact set of findings, nothing else, with and without a register. */
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../register/parse-register';
import { parseAgenda } from '../agenda/parse-agenda';
import { genevaZone } from '../dates/geneva-time';
import { readTextDocument } from '../document/from-text';
import { readFileSync } from 'node:fs';
import { readDocument } from '../document/read';
import { applyFixes } from './apply-fixes';
import { runChecks } from './run-checks';
import { checkText, fixtureText, sampleText } from './check-text.testing';

const EXPECTED: [string, string][] = [
  ['action-inline', 'RG-WPR-6'],
  ['date-year-missing', '5 November'],
  ['date-year-missing', '7 May'],
  ['meeting-deadline', '7 May'],
  ['date-year-missing', '1 July'],
  ['annex-missing', 'Annex 2a'],
  ['status-vocabulary', 'No Started'],
  ['status-duplicate', 'Started, JCA-IMT2020 continuation'],
  ['status-meeting-tag', 'Started, JCA-IMT2020 continuation'],
  ['status-meeting-tag', 'Not started.'],
  ['status-meeting-tag', 'Started, liaison sent to SGs on lead study group concept. Discussion on joint w…'],
  ['status-meeting-tag', 'Not Started.'],
  ['status-meeting-tag', 'Not Started.'],
  ['status-meeting-tag', 'Started JCA-MV has been established'],
  ['status-meeting-tag', 'Not started'],
  ['status-meeting-tag', 'Started. RG-DT continues operation in the study period 2025-2028.'],
];

describe('the WP2 closing agenda sample', () => {
  const findings = checkText(sampleText());

  it('gives exactly the expected findings, in text order', () => {
    expect(findings.map((f) => [f.rule, f.excerpt])).toEqual(EXPECTED);
  });

  it('reports the untagged status lines of 92-01, 94-03, 99-01, 99-02, 103-07, 105-07, 69-03 and 106-07', () => {
    const actions = findings
      .filter((f) => f.rule === 'status-meeting-tag')
      .map((f) => /action (\S+)/.exec(f.message)?.[1]);
    expect(actions).toEqual(['92-01', '94-03', '99-01', '99-02', '103-07', '105-07', '69-03', '106-07']);
  });

  it('has the expected severities, lines and fixes', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.find((f) => f.rule === 'annex-missing')).toMatchObject({ severity: 'info', line: 160 });
    const fixes = findings.flatMap((f) => (f.fix ? [[f.rule, f.fix.replacement]] : []));
    expect(fixes).toEqual([
      ['action-inline', '\n· '],
      ['date-year-missing', ' 2025'],
      ['date-year-missing', ' 2026'],
      ['date-year-missing', ' 2026'],
      ['status-vocabulary', 'Not started'],
    ]);
    expect(findings.find((f) => f.rule === 'meeting-deadline')?.message).toBe(
      'deadline 7 May is 6 days before the meeting of 13 May 2026; the other rows use 7',
    );
  });

  it('checked the time zone of every e-meeting row (and every one is right)', () => {
    const agenda = parseAgenda(readTextDocument(sampleText(), 'sample.txt'));
    const rows = agenda.emeetings.flatMap((plan) => plan.rows);
    expect(rows.map((r) => [r.date?.iso, r.zone])).toEqual([
      ['2025-09-10', 'CEST'],
      ['2025-11-12', 'CET'],
      ['2026-03-11', 'CET'],
      ['2026-05-13', 'CEST'],
      ['2026-07-08', 'CEST'],
      ['2026-09-09', 'CEST'],
    ]);
    for (const row of rows) expect(genevaZone(row.date?.iso ?? '')).toBe(row.zone);
  });

  it('after its fixes, only the findings without a fix remain', () => {
    const fixed = applyFixes(
      sampleText(),
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).text;
    expect(fixed).toContain('(TD48)\n· RG-WPR-6: Approve Liaison Statement on Q9/21');
    expect(fixed).toContain('\t5 November 2025\n');
    expect(fixed).toContain('TSAG 05-2025: Not started. \n');
    const after = checkText(fixed);
    expect(after.filter((f) => f.fix)).toEqual([]);
    expect(after.map((f) => f.rule).sort()).toEqual(
      ['annex-missing', 'meeting-deadline', 'status-duplicate', ...Array(8).fill('status-meeting-tag')].sort(),
    );
  });

  it('the .docx of the sample gives the same findings', () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.docx', import.meta.url)),
    );
    const fromDocx = runChecks(readDocument(bytes, 'wp2-closing-agenda-2025-05.docx'));
    expect(fromDocx.map((f) => [f.rule, f.excerpt])).toEqual(EXPECTED);
  });

  it('with the TSAG register, adds TD7R1 → TD7R2 and nothing unknown', () => {
    const register = parseRegister(fixtureText('register-tsag-2505.csv'), 'register-tsag-2505.csv');
    const withRegister = checkText(sampleText(), { register });
    const added = withRegister.filter((f) => f.rule === 'td-revision' || f.rule === 'td-unknown');
    expect(added.map((f) => [f.rule, f.excerpt, f.line])).toEqual([
      ['td-revision', 'TD7R1', 16],
      ['td-revision', 'TD7R1', 23],
      ['td-revision', 'TD7R1', 32],
      ['td-revision', 'TD7R1', 39],
    ]);
    expect(withRegister).toHaveLength(EXPECTED.length + 4);
  });
});
