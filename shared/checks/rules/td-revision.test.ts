import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../register/parse-register';
import { applyFixes } from '../apply-fixes';
import { cleanAgenda, excerpts, fixtureText, replaceOnce, ruleFindings } from '../check-text.testing';

const register = () => parseRegister(fixtureText('register-tsag-2505.csv'), 'register-tsag-2505.csv');
const older = () => cleanAgenda().replaceAll('TD7R2', 'TD7R1');

describe('td-revision', () => {
  it('fires on a TD cited below the register\u2019s latest revision, with a fix to the latest', () => {
    const text = older();
    const findings = ruleFindings(text, 'td-revision', { register: register() });
    expect(excerpts(findings)).toEqual(['TD7R1', 'TD7R1']);
    expect(findings[0].message).toBe('TD7R1 is not the latest revision: the register has TD7R2');
    const fixed = applyFixes(
      text,
      findings.flatMap((f) => (f.fix ? [f.fix] : [])),
    ).text;
    expect(fixed).toBe(cleanAgenda());
  });

  it('keeps the writer\u2019s style in the fix (TD 7 Rev.1 → TD 7 Rev.2)', () => {
    const text = replaceOnce(cleanAgenda(), 'RG-WPR ToR – TD7R2', 'RG-WPR ToR – TD 7 Rev.1');
    const [finding] = ruleFindings(text, 'td-revision', { register: register() });
    expect(finding.excerpt).toBe('TD 7 Rev.1');
    expect(applyFixes(text, finding.fix ? [finding.fix] : []).text).toContain('RG-WPR ToR – TD 7 Rev.2');
  });

  it('fires without a register on the same TD cited at different revisions, without a fix', () => {
    const text = replaceOnce(cleanAgenda(), 'RG-WPR ToR – TD7R2', 'RG-WPR ToR – TD7R1');
    const findings = ruleFindings(text, 'td-revision');
    expect(excerpts(findings)).toEqual(['TD7R1']);
    expect(findings[0].message).toMatch(/^TD7R1 is also cited as TD7R2 \(line \d+\)/);
    expect(findings[0].fix).toBeUndefined();
  });

  it('does not fire on latest or consistent revisions, nor on a TD cited without a revision', () => {
    expect(ruleFindings(cleanAgenda(), 'td-revision', { register: register() })).toEqual([]);
    expect(ruleFindings(cleanAgenda(), 'td-revision')).toEqual([]);
    const bare = cleanAgenda().replaceAll('TD7R2', 'TD7');
    expect(ruleFindings(bare, 'td-revision', { register: register() })).toEqual([]);
    // A bare TD7 beside TD7R2 names the same document: no finding.
    const mixed = replaceOnce(cleanAgenda(), 'RG-WPR ToR – TD7R2', 'RG-WPR ToR – TD7');
    expect(ruleFindings(mixed, 'td-revision')).toEqual([]);
  });
});
