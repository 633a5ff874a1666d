import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('action-td-missing', () => {
  it('fires (info) on an action that cites no TD, contribution or annex', () => {
    const text = replaceOnce(cleanAgenda(), 'to all ITU-T study groups – TD150', 'to all ITU-T study groups');
    const findings = ruleFindings(text, 'action-td-missing');
    expect(findings.map((f) => [f.excerpt, f.severity, f.message])).toEqual([
      ['RG-WPR-1', 'info', 'RG-WPR-1 cites no TD, contribution or annex'],
    ]);
  });

  it('does not fire on actions citing a TD, a contribution or an annex', () => {
    expect(ruleFindings(cleanAgenda(), 'action-td-missing')).toEqual([]);
    const contribution = replaceOnce(
      cleanAgenda(),
      'to all ITU-T study groups – TD150',
      'to all ITU-T study groups (C 12)',
    );
    expect(ruleFindings(contribution, 'action-td-missing')).toEqual([]);
  });
});
