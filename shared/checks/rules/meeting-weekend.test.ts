import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('meeting-weekend', () => {
  it('fires on an e-meeting or a deadline on a Saturday or Sunday', () => {
    let text = replaceOnce(cleanAgenda(), '\t11 March 2026\n', '\t14 March 2026\n');
    text = replaceOnce(text, '\t4 March 2026\n', '\t8 March 2026\n');
    const findings = ruleFindings(text, 'meeting-weekend');
    expect(findings.map((f) => [f.excerpt, f.message])).toEqual([
      ['14 March 2026', 'e-meeting on 14 March 2026, a Saturday'],
      ['8 March 2026', 'deadline 8 March 2026 is a Sunday'],
    ]);
  });

  it('does not fire on working days', () => {
    expect(ruleFindings(cleanAgenda(), 'meeting-weekend')).toEqual([]);
  });
});
