import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('date-invalid', () => {
  it('fires on dates that do not exist', () => {
    let text = replaceOnce(cleanAgenda(), '\t1 April 2026\n', '\t31 September 2026\n');
    text = replaceOnce(text, '6 Any other business', '6 Any other business (29 February 2025)');
    const findings = ruleFindings(text, 'date-invalid');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([
      ['29 February 2025', 'error'],
      ['31 September 2026', 'error'],
    ]);
    expect(findings[1].message).toBe('31 September 2026 does not exist');
  });

  it('does not fire on real dates (29 February 2028 is a leap day)', () => {
    expect(ruleFindings(cleanAgenda(), 'date-invalid')).toEqual([]);
    const leap = replaceOnce(cleanAgenda(), '6 Any other business', '6 Any other business (29 February 2028)');
    expect(ruleFindings(leap, 'date-invalid')).toEqual([]);
  });
});
