import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('resolution-mismatch', () => {
  it('fires on an action-plan id under another resolution (22-03 under Resolution 2)', () => {
    const text = replaceOnce(cleanAgenda(), '\t73-06\n\tResolution 73\n', '\t22-03\n\tResolution 2\n');
    const findings = ruleFindings(text, 'resolution-mismatch');
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([['22-03', 'error']]);
    expect(findings[0].message).toBe('action 22-03 belongs to Resolution 22 but sits under Resolution 2');
  });

  it('does not fire when the id and the resolution agree', () => {
    expect(ruleFindings(cleanAgenda(), 'resolution-mismatch')).toEqual([]);
  });
});
