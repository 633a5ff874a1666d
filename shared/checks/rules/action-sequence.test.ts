import { describe, expect, it } from 'vitest';
import { cleanAgenda, excerpts, replaceOnce, ruleFindings } from '../check-text.testing';

describe('action-sequence', () => {
  it('fires on a hole in a series, at the code after it', () => {
    const text = replaceOnce(cleanAgenda(), 'RG-WPR-4: Approve', 'RG-WPR-5: Approve');
    const findings = ruleFindings(text, 'action-sequence');
    expect(excerpts(findings)).toEqual(['RG-WPR-5']);
    expect(findings[0].message).toBe('RG-WPR-4 is missing: RG-WPR-3 is followed by RG-WPR-5');
  });

  it('names a range for a long hole', () => {
    const text = replaceOnce(cleanAgenda(), 'RG-WPR-4: Approve', 'RG-WPR-9: Approve');
    expect(ruleFindings(text, 'action-sequence')[0].message).toBe(
      'RG-WPR-4 to RG-WPR-8 are missing: RG-WPR-3 is followed by RG-WPR-9',
    );
  });

  it('fires on codes out of order', () => {
    let text = replaceOnce(cleanAgenda(), 'WP2-6: Approve', 'WP2-X: Approve');
    text = replaceOnce(text, 'WP2-7: Agree', 'WP2-6: Agree');
    text = replaceOnce(text, 'WP2-X: Approve', 'WP2-7: Approve');
    const findings = ruleFindings(text, 'action-sequence');
    expect(excerpts(findings)).toEqual(['WP2-6']);
    expect(findings[0].message).toBe('WP2-6 comes after WP2-7: codes of WP2 are out of order');
  });

  it('does not fire on a series that starts above 1 (WP2-4..7) or runs in order', () => {
    expect(ruleFindings(cleanAgenda(), 'action-sequence')).toEqual([]);
  });
});
