import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('meeting-order', () => {
  it('fires on a skipped or repeated row number', () => {
    const skipped = replaceOnce(cleanAgenda(), '\t3\u00a0\n\t11 March 2026', '\t4\u00a0\n\t11 March 2026');
    expect(ruleFindings(skipped, 'meeting-order').map((f) => f.message)).toEqual([
      'row 4 follows row 2',
      'row 4 is numbered twice',
    ]);
  });

  it('fires on a meeting dated before the row above it', () => {
    let text = replaceOnce(cleanAgenda(), '\t11 March 2026\n', '\t11 March 2025\n');
    text = replaceOnce(text, '\t4 March 2026\n', '\t4 March 2025\n');
    const findings = ruleFindings(text, 'meeting-order');
    expect(findings.map((f) => [f.excerpt, f.message])).toEqual([
      ['11 March 2025', 'meeting of 11 March 2025 is before the row above (12 November 2025)'],
    ]);
  });

  it('does not fire on a plan numbered and dated in order', () => {
    expect(ruleFindings(cleanAgenda(), 'meeting-order')).toEqual([]);
  });
});
