import { describe, expect, it } from 'vitest';
import { KIND_LABELS, REF_KINDS, REFERENCE_KINDS } from './kinds';
import { findReferences } from './find-references';

describe('the table of reference kinds', () => {
  it('registers each kind once, in the order kinds are listed', () => {
    expect(REF_KINDS).toEqual([
      'td',
      'contribution',
      'action',
      'question',
      'study-group',
      'resolution',
      'wtsa-action',
      'plan-action',
      'recommendation',
    ]);
    expect(new Set(REF_KINDS).size).toBe(REF_KINDS.length);
  });

  it('ranks overlaps by specificity, each rank once', () => {
    const bySpecificity = [...REFERENCE_KINDS].sort((a, b) => a.specificity - b.specificity).map((k) => k.id);
    expect(bySpecificity).toEqual([
      'td',
      'action',
      'wtsa-action',
      'plan-action',
      'resolution',
      'recommendation',
      'question',
      'contribution',
      'study-group',
    ]);
    expect(new Set(REFERENCE_KINDS.map((k) => k.specificity)).size).toBe(REFERENCE_KINDS.length);
  });

  it('gives every kind a label and a trigger without flags (a global regex would keep state between tests)', () => {
    for (const k of REFERENCE_KINDS) {
      expect(KIND_LABELS[k.id]).toBe(k.label);
      expect(k.label).toMatch(/\S/);
      expect(k.trigger.flags).toBe('');
    }
  });

  it('runs only the scanners whose trigger is in the text', () => {
    expect(findReferences('nothing to see, 12 C', { kinds: ['td', 'question'] })).toEqual([]);
    expect(findReferences('TD 5 and Q3/17', { kinds: ['question'] }).map((r) => r.id)).toEqual(['Q3/17']);
  });
});
