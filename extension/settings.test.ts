import { describe, expect, it } from 'vitest';
import { isSiteEnabled, readSettings, withSiteEnabled } from './settings';

describe('settings', () => {
  it('reads stored values and drops malformed ones', () => {
    const meeting = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
    expect(
      readSettings({
        disabledSites: ['a.org', 3],
        meeting,
        registers: [{ key: 'k', fileName: 'f', entries: [] }, { nope: 1 }],
      }),
    ).toEqual({
      disabledSites: ['a.org'],
      meeting,
      registers: [{ key: 'k', fileName: 'f', entries: [] }],
    });
    expect(readSettings({ disabledSites: 'x', meeting: { group: 'TSAG', start: 'May' }, registers: {} })).toEqual({
      disabledSites: [],
      meeting: null,
      registers: [],
    });
  });

  it('switches sites on and off', () => {
    const off = withSiteEnabled([], 'example.org', false);
    expect(off).toEqual(['example.org']);
    expect(isSiteEnabled({ disabledSites: off }, 'example.org')).toBe(false);
    expect(withSiteEnabled(withSiteEnabled(off, 'example.org', false), 'example.org', true)).toEqual([]);
  });
});
