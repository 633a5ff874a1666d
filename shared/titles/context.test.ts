import { describe, expect, it } from 'vitest';
import { contextDisagreement } from './context';

const report = { title: 'Report of the RG-DT meeting', source: 'Rapporteur RG-DT' };
const ls = { title: 'LS/o on Q9/21 (metaverse)', source: 'TSAG' };

function around(text: string, id: string, entry: typeof report) {
  const start = text.indexOf(id);
  return contextDisagreement(text, { start, end: start + id.length }, entry, 'TSAG');
}

describe('contextDisagreement', () => {
  it('says what the text is about when it names another group or kind than the title', () => {
    expect(around('WP2-4: Approve the RG-WPR meeting report, TD108.', 'TD108', report)).toBe("RG-WPR's report");
    expect(around('Please review the draft agenda in TD142 before Monday.', 'TD142', ls)).toBe('an agenda');
  });

  it('reads only the sentence and line of the reference', () => {
    expect(around('The RG-WPR report is out.\nApprove the RG-DT meeting report, TD108.', 'TD108', report)).toBeNull();
    expect(around('The RG-WPR report is out. See TD108 for RG-DT.', 'TD108', report)).toBeNull();
  });

  it('says nothing where they agree, where the text cannot tell, or on words alone', () => {
    expect(around('Approve the RG-DT meeting report, TD108.', 'TD108', report)).toBeNull();
    expect(around('See TD108.', 'TD108', report)).toBeNull();
    expect(around('Approve the LS on lead SG role, TD142', 'TD142', ls)).toBeNull();
    expect(around('Approve the RG-DT meeting report, TD108.', 'TD108', { title: '', source: '' })).toBeNull();
  });
});
