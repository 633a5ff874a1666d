import { describe, expect, it } from 'vitest';
import { groupReferences, summaryText } from './summary';

describe('page summary', () => {
  it('groups references by kind with counts, ids in page order', () => {
    const groups = groupReferences([
      { kind: 'action', id: 'WP2-4' },
      { kind: 'td', id: 'TD106' },
      { kind: 'td', id: 'TD106' },
      { kind: 'td', id: 'TD7R1' },
    ]);
    expect(groups).toEqual([
      {
        kind: 'td',
        label: 'temporary document',
        ids: [
          { id: 'TD106', count: 2 },
          { id: 'TD7R1', count: 1 },
        ],
        total: 3,
      },
      { kind: 'action', label: 'action code', ids: [{ id: 'WP2-4', count: 1 }], total: 1 },
    ]);
    expect(summaryText(groups)).toBe('temporary document (2): TD106, TD7R1\naction code (1): WP2-4');
    expect(groupReferences([])).toEqual([]);
  });
});
