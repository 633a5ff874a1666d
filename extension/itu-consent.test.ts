import { describe, expect, it } from 'vitest';
import { ITU_ORIGINS, ituIndexesAllowedNow, stopItuIndexes, type ConsentApi } from './itu-consent';
import { LEDGER_KEY, listKey } from './itu-store';

/** Storage with a kept list and its ledger, consent given; `granted` is whether the browser still grants www.itu.int. */
function world(granted: boolean) {
  const stored: Record<string, unknown> = {
    ituFetchAllowed: true,
    [listKey('T25-TSAG-250526-TD.xml')]: {
      url: 'u',
      fetched: '2025-05-30T08:15:00.000Z',
      register: { key: 'k', entries: [] },
    },
    [LEDGER_KEY]: {
      kept: { 'T25-TSAG-250526-TD.xml': { kind: 'td', fetched: '2025-05-30T08:15:00.000Z', bytes: 10, entries: 0 } },
    },
    ituIndexes: { old: {} },
    registers: [],
  };
  let origins = granted ? [...ITU_ORIGINS.origins] : [];
  const api: ConsentApi = {
    permissions: {
      request: async () => true,
      contains: async (p) => p.origins.every((o) => origins.includes(o)),
      remove: async (p) => {
        origins = origins.filter((o) => !p.origins.includes(o));
        return true;
      },
    },
    storage: {
      local: {
        get: async (keys) =>
          Object.fromEntries(
            Object.entries(stored).filter(
              ([k]) => keys === null || k === keys || (Array.isArray(keys) && keys.includes(k)),
            ),
          ),
        set: async (items) => void Object.assign(stored, items),
        remove: async (keys) => {
          for (const key of typeof keys === 'string' ? [keys] : keys) delete stored[key];
        },
      },
    },
  };
  return { api, stored, origins: () => origins };
}

describe("consent to ITU's lists", () => {
  it('holds while the flag and the permission do', async () => {
    const { api, stored } = world(true);
    expect(await ituIndexesAllowedNow(api)).toBe(true);
    expect(stored[listKey('T25-TSAG-250526-TD.xml')]).toBeDefined();
  });

  it('is withdrawn when the permission was taken back in the browser: the lists are forgotten', async () => {
    const { api, stored } = world(false);
    expect(await ituIndexesAllowedNow(api)).toBe(false);
    expect(stored.ituFetchAllowed).toBe(false);
    expect(Object.keys(stored)).toEqual(['ituFetchAllowed', 'registers']);
  });

  it('is withdrawn by Stop, which also gives the permission back', async () => {
    const { api, stored, origins } = world(true);
    await stopItuIndexes(api);
    expect(Object.keys(stored)).toEqual(['ituFetchAllowed', 'registers']);
    expect(origins()).toEqual([]);
  });
});
