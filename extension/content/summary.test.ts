// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.test-helper';
import { groupReferences, summarizeMarks, summaryText } from './summary';

describe('page summary', () => {
  it('groups marks by kind with counts, in page order', () => {
    const root = fixture(
      '<span data-td-lens-ref="WP2-4" data-td-lens-kind="action">WP2-4</span>' +
        '<span data-td-lens-ref="TD106" data-td-lens-kind="td">TD106</span>' +
        '<a data-td-lens-ref="TD106" data-td-lens-kind="td" href="#">x</a>' +
        '<span data-td-lens-ref="TD7R1" data-td-lens-kind="td">TD 7R1</span>' +
        '<span data-td-lens-ref="X" data-td-lens-kind="bogus">X</span>',
    );
    const groups = summarizeMarks(root);
    expect(groups).toEqual([
      { kind: 'td', label: 'temporary document', ids: [{ id: 'TD106', count: 2 }, { id: 'TD7R1', count: 1 }], total: 3 },
      { kind: 'action', label: 'action code', ids: [{ id: 'WP2-4', count: 1 }], total: 1 },
    ]);
    expect(summaryText(groups)).toBe('temporary document (2): TD106, TD7R1\naction code (1): WP2-4');
    expect(groupReferences([])).toEqual([]);
  });
});
