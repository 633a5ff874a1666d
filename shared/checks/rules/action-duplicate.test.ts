import { describe, expect, it } from 'vitest';
import { cleanAgenda, excerpts, replaceOnce, ruleFindings } from '../check-text.testing';

describe('action-duplicate', () => {
  it('fires on the second action carrying a code', () => {
    const text = replaceOnce(cleanAgenda(), 'WP2-7: Agree', 'WP2-6: Agree');
    const findings = ruleFindings(text, 'action-duplicate');
    expect(excerpts(findings)).toEqual(['WP2-6']);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    expect(findings[0]).toMatchObject({ severity: 'error', line: lineOf('WP2-6: Agree') });
    expect(findings[0].message).toBe(`WP2-6 is already the code of another action (line ${lineOf('WP2-6: Approve')})`);
  });

  it('fires on a code repeated in a list', () => {
    const text = replaceOnce(cleanAgenda(), 'RG-WPR-2, 3:', 'RG-WPR-2, 3, 2:');
    expect(excerpts(ruleFindings(text, 'action-duplicate'))).toEqual(['2']);
  });

  it('does not fire on distinct codes, nor on a code mentioned again in running text', () => {
    expect(ruleFindings(cleanAgenda(), 'action-duplicate')).toEqual([]);
    const text = replaceOnce(cleanAgenda(), '6 Any other business', '6 Any other business (follow-up of WP2-4)');
    expect(ruleFindings(text, 'action-duplicate')).toEqual([]);
  });
});
