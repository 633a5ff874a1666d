import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('wtsa-action-unknown', () => {
  it('fires on a WTSA-24 action the actions table lacks', () => {
    const text = replaceOnce(cleanAgenda(), 'WTSA-24 Action 7 (IoT Security)', 'WTSA-24 Action 11 (IoT Security)');
    const findings = ruleFindings(text, 'wtsa-action-unknown');
    expect(findings.map((f) => f.excerpt)).toEqual(['WTSA-24 Action 11']);
    expect(findings[0].message).toBe('WTSA-24 Action 11 is not in the WTSA actions table (2, 7)');
  });

  it('does not fire for listed actions or when the document has no WTSA actions table', () => {
    expect(ruleFindings(cleanAgenda(), 'wtsa-action-unknown')).toEqual([]);
    const noTable = cleanAgenda()
      .slice(0, cleanAgenda().indexOf('Annex 2 - WTSA Actions'))
      .replace('WTSA-24 Action 7', 'WTSA-24 Action 11');
    expect(ruleFindings(noTable, 'wtsa-action-unknown')).toEqual([]);
  });
});
