import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('date-year-missing', () => {
  it('fires on a deadline without a year, with a fix adding the row\u2019s year', () => {
    const text = replaceOnce(cleanAgenda(), '\t5 November 2025\n', '\t5 November\n');
    const findings = ruleFindings(text, 'date-year-missing');
    expect(findings.map((f) => f.excerpt)).toEqual(['5 November']);
    expect(findings[0].fix).toMatchObject({ replacement: ' 2025', description: 'Add the year: 5 November 2025' });
    expect(applyFixes(text, findings[0].fix ? [findings[0].fix] : []).text).toBe(cleanAgenda());
  });

  it('takes the year before for a December deadline of a January meeting', () => {
    let text = replaceOnce(cleanAgenda(), '\t11 March 2026\n', '\t6 January 2026\n');
    text = replaceOnce(text, '\t4 March 2026\n', '\t30 December\n');
    const [finding] = ruleFindings(text, 'date-year-missing');
    expect(finding.fix?.replacement).toBe(' 2025');
  });

  it('does not fire on deadlines with years', () => {
    expect(ruleFindings(cleanAgenda(), 'date-year-missing')).toEqual([]);
  });
});
