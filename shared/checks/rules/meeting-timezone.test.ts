import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('meeting-timezone', () => {
  it('fires on CET for a summer-time date and on CEST for a winter date, with fixes', () => {
    let text = replaceOnce(
      cleanAgenda(),
      '\t1 April 2026\n\t13:00 – 15:00 CEST',
      '\t1 April 2026\n\t13:00 – 15:00 CET',
    );
    text = replaceOnce(text, '\t12 November 2025\n\t13:00 – 15:00 CET', '\t12 November 2025\n\t13:00 – 15:00 CEST');
    const findings = ruleFindings(text, 'meeting-timezone');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['CEST', 'error'],
      ['CET', 'error'],
    ]);
    expect(findings[1].message).toBe('1 April 2026 is on CEST (UTC+2) in Geneva, not CET');
    expect(
      applyFixes(
        text,
        findings.flatMap((f) => (f.fix ? [f.fix] : [])),
      ).text,
    ).toBe(cleanAgenda());
  });

  it('knows the switch days: 29 March 2026 is CEST, 28 March 2026 CET', () => {
    const onSwitch = replaceOnce(cleanAgenda(), '\t1 April 2026\n', '\t29 March 2026\n');
    expect(ruleFindings(onSwitch, 'meeting-timezone')).toEqual([]);
    const before = replaceOnce(cleanAgenda(), '\t1 April 2026\n', '\t28 March 2026\n');
    expect(ruleFindings(before, 'meeting-timezone').map((f) => f.excerpt)).toEqual(['CEST']);
  });

  it('does not fire on matching labels', () => {
    expect(ruleFindings(cleanAgenda(), 'meeting-timezone')).toEqual([]);
  });
});
