import { describe, expect, it } from 'vitest';
import { cleanAgenda, excerpts, replaceOnce, ruleFindings } from '../check-text.testing';

describe('agenda-numbering', () => {
  it('fires on a skipped item', () => {
    const text = replaceOnce(cleanAgenda(), '\n5 Review of the status', '\n6 Review of the status');
    const findings = ruleFindings(text, 'agenda-numbering');
    expect(findings.map((f) => f.message)).toEqual(['item 6 follows item 4: 5 skipped', 'item 6 is numbered twice']);
  });

  it('fires on a repeated item and on a sub-item under the wrong item', () => {
    const repeated = replaceOnce(cleanAgenda(), '\n5 Review of the status', '\n4 Review of the status');
    expect(ruleFindings(repeated, 'agenda-numbering').map((f) => f.message)[0]).toBe('item 4 is numbered twice');
    const wrongParent = replaceOnce(cleanAgenda(), '3.2   TSAG RG-DT', '4.2   TSAG RG-DT');
    expect(excerpts(ruleFindings(wrongParent, 'agenda-numbering'))[0]).toBe('4.2');
  });

  it('fires on a first sub-item that is not .1', () => {
    let text = replaceOnce(cleanAgenda(), '3.1  TSAG RG-WPR', '3.2  TSAG RG-WPR');
    text = replaceOnce(text, '3.2   TSAG RG-DT', '3.3   TSAG RG-DT');
    expect(ruleFindings(text, 'agenda-numbering').map((f) => f.message)).toEqual([
      'item 3.2 is the first sub-item of 3; expected 3.1',
    ]);
  });

  it('does not fire on 1, 2, 3, 3.1, 3.2, 4.. nor on numbered table rows of the annexes', () => {
    expect(ruleFindings(cleanAgenda(), 'agenda-numbering')).toEqual([]);
  });
});
