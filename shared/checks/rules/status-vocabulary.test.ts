import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('status-vocabulary', () => {
  it('fires on a near-miss status word with a fix to the vocabulary entry', () => {
    const text = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Not started\n', 'TSAG 05-2025: No Started\n');
    const findings = ruleFindings(text, 'status-vocabulary');
    expect(findings.map((f) => f.excerpt)).toEqual(['No Started']);
    expect(findings[0].message).toBe('"No Started" is not a status word; did you mean "Not started"?');
    expect(applyFixes(text, findings[0].fix ? [findings[0].fix] : []).text).toBe(cleanAgenda());
  });

  it('does not fire on case or spacing variants (Not Started) nor on free comments', () => {
    const variant = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Not started\n', 'TSAG 05-2025: Not Started\n');
    expect(ruleFindings(variant, 'status-vocabulary')).toEqual([]);
    const comment = replaceOnce(
      cleanAgenda(),
      'TSAG 05-2025: Not started\n',
      'TSAG 05-2025: Under the remit of RG-WM.\n',
    );
    expect(ruleFindings(comment, 'status-vocabulary')).toEqual([]);
    expect(ruleFindings(cleanAgenda(), 'status-vocabulary')).toEqual([]);
  });
});
