import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('status-missing', () => {
  it('fires on an action whose statuses are all from earlier meetings', () => {
    const text = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Started, CG on IoT security.\n', '');
    const findings = ruleFindings(text, 'status-missing');
    expect(findings.map((f) => f.excerpt)).toEqual(['7']);
    expect(findings[0].message).toBe('WTSA-24 action 7 has no status line for TSAG 05-2025');
  });

  it('fires on a plan action without any status line', () => {
    const text = replaceOnce(cleanAgenda(), '\tStatus and Comments:\nTSAG 05-2025: Not started\n', '');
    expect(ruleFindings(text, 'status-missing').map((f) => f.excerpt)).toEqual(['73-06']);
  });

  it('leaves untagged and future-tagged lines to status-meeting-tag', () => {
    const untagged = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Not started\n', 'Not started\n');
    expect(ruleFindings(untagged, 'status-missing')).toEqual([]);
    const future = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Not started\n', 'TSAG 09-2025: Not started\n');
    expect(ruleFindings(future, 'status-missing')).toEqual([]);
    expect(ruleFindings(cleanAgenda(), 'status-missing')).toEqual([]);
  });
});
