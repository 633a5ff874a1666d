import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

const current = 'TSAG 05-2025: Started, CG on IoT security.\n';

describe('status-duplicate', () => {
  it('fires on the untagged copy of a tagged status', () => {
    const text = replaceOnce(
      cleanAgenda(),
      `TSAG 01-2025: Not started.\n${current}`,
      `Started, CG on IoT security\n${current}`,
    );
    const findings = ruleFindings(text, 'status-duplicate');
    expect(findings.map((f) => f.excerpt)).toEqual(['Started, CG on IoT security']);
    expect(findings[0].message).toMatch(/^status of WTSA-24 action 7 repeats line \d+ \(TSAG 05-2025\)$/);
  });

  it('fires on the same status twice for one meeting', () => {
    const text = replaceOnce(cleanAgenda(), current, `${current}${current}`);
    expect(ruleFindings(text, 'status-duplicate')).toHaveLength(1);
  });

  it('does not fire on the same words at two meetings (history) or on different statuses', () => {
    const history = replaceOnce(
      cleanAgenda(),
      'TSAG 01-2025: Not started.\n',
      'TSAG 01-2025: Started, CG on IoT security.\n',
    );
    expect(ruleFindings(history, 'status-duplicate')).toEqual([]);
    expect(ruleFindings(cleanAgenda(), 'status-duplicate')).toEqual([]);
  });
});
