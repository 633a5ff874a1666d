import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../shared/document/from-text';
import { planEdits } from './plan-edits';

const doc = readTextDocument('First paragraph here.\n\nSecond one.\n', 'edits.txt');
const second = doc.paragraphs[1];

describe('planEdits', () => {
  it('plans edits inside one paragraph, last first', () => {
    const edits = [
      { start: 0, end: 5, replacement: '1st', expected: 'First' },
      { start: second.start, end: second.start + 6, replacement: 'Other', expected: 'Second' },
    ];
    const { planned, skipped } = planEdits(doc, edits);
    expect(skipped).toEqual([]);
    expect(planned.map(({ edit, paragraph }) => [edit.replacement, paragraph.index])).toEqual([
      ['Other', 1],
      ['1st', 0],
    ]);
  });

  it('skips edits across paragraphs, with stale expected text, overlapping, or starting between paragraphs', () => {
    const across = { start: 6, end: second.start + 2, replacement: '' };
    const stale = { start: 0, end: 5, replacement: 'x', expected: 'Fifth' };
    const kept = { start: 6, end: 15, replacement: 'para', expected: 'paragraph' };
    const overlapping = { start: 2, end: 8, replacement: 'y' };
    const between = { start: second.start - 1, end: second.start + 1, replacement: 'z' };
    const { planned, skipped } = planEdits(doc, [across, stale, kept, overlapping, between]);
    expect(planned.map((p) => p.edit)).toEqual([kept]);
    expect(new Map(skipped.map((s) => [s.edit, s.reason]))).toEqual(
      new Map([
        [between, 'the edit starts outside the paragraph text'],
        [overlapping, 'overlaps another edit'],
        [across, 'the edit spans more than one paragraph'],
        [stale, 'expected “Fifth”, found “First”'],
      ]),
    );
  });
});
