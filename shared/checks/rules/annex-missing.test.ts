import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('annex-missing', () => {
  it('warns on a reference to an annex the document lacks', () => {
    const text = replaceOnce(cleanAgenda(), 'Action Plan in Annex 3', 'Action Plan in Annex 4');
    const findings = ruleFindings(text, 'annex-missing');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['Annex 4', 'warning'],
      ['Annex 3', 'info'],
    ]);
    expect(findings[1].message).toBe('Annex 3 is never referred to in the agenda');
  });

  it('leaves other documents\u2019 annexes alone', () => {
    const text = replaceOnce(cleanAgenda(), '6 Any other business', '6 Any other business (see Annex 5 of TD108)');
    expect(ruleFindings(text, 'annex-missing')).toEqual([]);
  });

  it('does not fire when every annex is present and referenced', () => {
    expect(ruleFindings(cleanAgenda(), 'annex-missing')).toEqual([]);
  });
});
