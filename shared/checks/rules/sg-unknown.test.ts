import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

const withLine = (line: string) => replaceOnce(cleanAgenda(), '6 Any other business', `6 Any other business: ${line}`);

describe('sg-unknown', () => {
  it('fires on merged groups and their Questions in a 2025+ document', () => {
    const findings = ruleFindings(withLine('coordination with SG16 on Q7/16 and SG9'), 'sg-unknown');
    expect(findings.map((f) => f.excerpt)).toEqual(['SG16', 'Q7/16', 'SG9']);
    expect(findings[0].message).toBe('SG16 no longer exists in the 2025-2028 study period: its work moved to SG21');
    expect(findings[1].message).toBe(
      'Q7/16 is a Question of SG16, which no longer exists in the 2025-2028 study period: its work moved to SG21',
    );
  });

  it('fires on a group that never existed in the period', () => {
    expect(ruleFindings(withLine('input from SG4'), 'sg-unknown').map((f) => f.message)).toEqual([
      'SG4 does not exist in the 2025-2028 study period',
    ]);
  });

  it('does not fire on current groups or historical mentions', () => {
    expect(ruleFindings(cleanAgenda(), 'sg-unknown')).toEqual([]);
    expect(
      ruleFindings(withLine('Study Group 16 (now ITU-T Study Group 21); the former SG9 work'), 'sg-unknown'),
    ).toEqual([]);
    expect(ruleFindings(withLine('SG9 and SG16 were merged into SG21'), 'sg-unknown')).toEqual([]);
  });

  it('does not fire when the study period is unknown', () => {
    const noMeeting = cleanAgenda().replace('(Geneva, 29 May 2025)', '').replace(' (Geneva, 26-30 May 2025)', '');
    expect(ruleFindings(`${noMeeting}\nSG16\n`, 'sg-unknown')).toEqual([]);
  });
});
