import { describe, expect, it } from 'vitest';
import { cleanAgenda, replaceOnce, ruleFindings } from '../check-text.testing';

describe('status-meeting-tag', () => {
  it('fires on a status line without its meeting tag', () => {
    const text = replaceOnce(
      cleanAgenda(),
      '\tStatus and Comments:\nTSAG 05-2025: Not started\n',
      '\tStatus and Comments: Not started.\n',
    );
    const findings = ruleFindings(text, 'status-meeting-tag');
    expect(findings.map((f) => f.excerpt)).toEqual(['Not started.']);
    expect(findings[0].message).toBe('status of action 73-06 has no meeting tag (`TSAG 05-2025: ...`)');
    expect(findings[0].fix).toBeUndefined();
  });

  it('fires on a tag after the document\u2019s meeting', () => {
    const text = replaceOnce(cleanAgenda(), 'TSAG 05-2025: Not started\n', 'TSAG 09-2025: Not started\n');
    const findings = ruleFindings(text, 'status-meeting-tag');
    expect(findings.map((f) => f.excerpt)).toEqual(['TSAG 09-2025']);
    expect(findings[0].message).toBe(
      'status of action 73-06 is tagged TSAG 09-2025, after this meeting (TSAG 05-2025)',
    );
  });

  it('does not fire on tagged lines of this or earlier meetings', () => {
    expect(ruleFindings(cleanAgenda(), 'status-meeting-tag')).toEqual([]);
  });
});
