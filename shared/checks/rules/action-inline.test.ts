import { describe, expect, it } from 'vitest';
import { applyFixes } from '../apply-fixes';
import { readTextDocument } from '../../document/from-text';
import { runChecks } from '../run-checks';
import { cleanAgenda, excerpts, replaceOnce, ruleFindings } from '../check-text.testing';

const glued = () =>
  replaceOnce(
    cleanAgenda(),
    '(IoT Security) – TD144',
    '(IoT Security) – TD144 RG-WPR-5: Approve the LS on smart communities, TD138R1',
  );

describe('action-inline', () => {
  it('fires on a code glued into another entry, with a fix that starts a new bullet line', () => {
    const text = glued();
    const findings = ruleFindings(text, 'action-inline');
    expect(excerpts(findings)).toEqual(['RG-WPR-5']);
    const fix = findings[0].fix;
    expect(fix).toMatchObject({ replacement: '\n· ' });
    const fixed = applyFixes(text, fix ? [fix] : []).text;
    expect(fixed).toContain('– TD144\n· RG-WPR-5: Approve the LS');
    // Once fixed, the rule is quiet and the new entry is an action of its own.
    expect(ruleFindings(fixed, 'action-inline')).toEqual([]);
  });

  it('offers no fix outside plain text (a line break in a Word run is no paragraph)', () => {
    const doc = { ...readTextDocument(glued(), 'agenda.docx'), format: 'docx' as const };
    const findings = runChecks(doc, { rules: ['action-inline'] });
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
    // In Word itself (the add-in), an inserted line break is a new paragraph: the fix is offered.
    const inWord = runChecks({ ...doc, format: 'word' }, { rules: ['action-inline'] });
    expect(inWord[0].fix).toMatchObject({ replacement: '\n· ' });
  });

  it('does not fire on codes starting their own entries or on list continuations', () => {
    expect(ruleFindings(cleanAgenda(), 'action-inline')).toEqual([]);
  });
});

describe('action-inline: mentions are not definitions', () => {
  it('does not fire on a code with a colon in running text outside the action lists', () => {
    const text = replaceOnce(
      cleanAgenda(),
      '6 Any other business',
      '6 Any other business, as agreed in WP2-4: see the report',
    );
    expect(ruleFindings(text, 'action-inline')).toEqual([]);
    expect(ruleFindings(text, 'action-duplicate')).toEqual([]);
  });
});
