import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('meeting-deadline', () => {
  it('warns on a deadline off the plan\u2019s usual interval', () => {
    const text = replaceOnce(cleanAgenda(), '\t4 March 2026\n', '\t5 March 2026\n');
    const findings = ruleFindings(text, 'meeting-deadline');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([['5 March 2026', 'warning']]);
    expect(findings[0].message).toBe(
      'deadline 5 March 2026 is 6 days before the meeting of 11 March 2026; the other rows use 7',
    );
  });

  it('errs on a deadline on or after its meeting', () => {
    const text = replaceOnce(cleanAgenda(), '\t4 March 2026\n', '\t11 March 2026\n');
    const findings = ruleFindings(text, 'meeting-deadline');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([['11 March 2026', 'error']]);
    expect(findings[0].message).toBe('deadline 11 March 2026 is on the meeting date 11 March 2026');
  });

  it('counts a yearless deadline with the row\u2019s year', () => {
    const text = replaceOnce(cleanAgenda(), '\t4 March 2026\n', '\t5 March\n');
    expect(ruleFindings(text, 'meeting-deadline').map((f) => f.excerpt)).toEqual(['5 March']);
  });

  it('does not fire on a regular plan, nor without a clear usual interval', () => {
    expect(ruleFindings(cleanAgenda(), 'meeting-deadline')).toEqual([]);
    let mixed = replaceOnce(cleanAgenda(), '\t4 March 2026\n', '\t5 March 2026\n');
    mixed = replaceOnce(mixed, '\t25 March 2026\n', '\t26 March 2026\n');
    expect(ruleFindings(mixed, 'meeting-deadline')).toEqual([]);
  });
});
