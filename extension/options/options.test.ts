// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  stored: {} as Record<string, unknown>,
  granted: [] as string[],
  /** What the browser's permission prompt answers. */
  grant: true,
  asked: [] as string[][],
  listeners: [] as ((changes: Record<string, { newValue?: unknown }>, area: string) => void)[],
  /** Stores `items` as another part of the extension would (the background), telling the listeners. */
  storeFromElsewhere(items: Record<string, unknown>) {
    Object.assign(this.stored, items);
    const changes = Object.fromEntries(Object.entries(items).map(([key, newValue]) => [key, { newValue }]));
    for (const listener of this.listeners) listener(changes, 'local');
  },
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (keys: string | string[] | null) => {
          const wanted = keys === null ? Object.keys(fake.stored) : typeof keys === 'string' ? [keys] : keys;
          return structuredClone(
            Object.fromEntries(wanted.filter((k) => k in fake.stored).map((k) => [k, fake.stored[k]])),
          );
        },
        set: async (items: Record<string, unknown>) => void Object.assign(fake.stored, structuredClone(items)),
        remove: async (keys: string | string[]) => {
          for (const key of typeof keys === 'string' ? [keys] : keys) delete fake.stored[key];
        },
      },
      onChanged: { addListener: (listener: (typeof fake.listeners)[number]) => void fake.listeners.push(listener) },
    },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        fake.asked.push(origins);
        if (fake.grant) fake.granted.push(...origins);
        return fake.grant;
      },
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.includes(o)),
      remove: async ({ origins }: { origins: string[] }) => {
        fake.granted = fake.granted.filter((o) => !origins.includes(o));
        return true;
      },
    },
  },
}));

const html = readFileSync(join(import.meta.dirname, 'options.html'), 'utf8');

async function openOptions(): Promise<void> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.children].filter((el) => el.tagName !== 'SCRIPT').map((el) => document.adoptNode(el)),
  );
  vi.resetModules();
  await import('./options');
  await vi.waitFor(() => expect(document.getElementById('meeting-status')!.textContent).not.toBe(''));
}

function chooseFile(name: string, content: string): void {
  const input = document.getElementById('register-file') as HTMLInputElement;
  const file = new File([content], name);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

beforeEach(() => {
  fake.stored = {};
  fake.granted = [];
  fake.grant = true;
  fake.asked = [];
  fake.listeners = [];
});

describe('options page', () => {
  it('saves the meeting with its study period and refuses a bad group', async () => {
    await openOptions();
    const form = document.getElementById('meeting-form') as HTMLFormElement;
    (form.elements.namedItem('group') as HTMLInputElement).value = 'WP2';
    (form.elements.namedItem('start') as HTMLInputElement).value = '2025-05-26';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(document.getElementById('meeting-status')!.className).toBe('error'));
    expect(fake.stored.meeting).toBeUndefined();
    (form.elements.namedItem('group') as HTMLInputElement).value = 'tsag';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() =>
      expect(fake.stored.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25, subGroup: 'GEN' }),
    );
  });

  it('imports a register under the meeting and names the line of a bad one', async () => {
    fake.stored = { meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 } };
    await openOptions();
    chooseFile('tsag.csv', 'id,title,source\nTD7R2,ToR,TSAG Chair\n');
    await vi.waitFor(() =>
      expect(document.getElementById('registers')!.textContent).toContain(
        'TSAG, meeting starting 2025-05-26: 1 TDs (csv',
      ),
    );
    expect(document.getElementById('register-status')!.textContent).toBe(
      'Imported 1 TDs from tsag.csv for TSAG, meeting starting 2025-05-26.',
    );
    chooseFile('bad.csv', 'id,title\nTDx,y\n');
    await vi.waitFor(() => expect(document.getElementById('register-status')!.className).toBe('error'));
    expect(document.getElementById('register-status')!.textContent).toMatch(/^Could not import bad\.csv: bad\.csv:2: /);
  });

  it("says when the browser's storage is full", async () => {
    await openOptions();
    const { default: browser } = await import('webextension-polyfill');
    const set = vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    chooseFile('tsag.csv', 'id,title,source\nTD7R2,ToR,TSAG Chair\n');
    await vi.waitFor(() => expect(document.getElementById('register-status')!.className).toBe('error'));
    expect(document.getElementById('register-status')!.textContent).toBe(
      "Could not import tsag.csv: the browser's storage for TD Lens is full (remove a register, or stop ITU's lists, to make room)",
    );
    set.mockRestore();
  });

  it("imports ITU's TD and contributions indexes under their meeting and group, with the index date", async () => {
    fake.stored = {};
    await openOptions();
    const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
    chooseFile('T25-TSAG-250526-TD.xml', read('samples/itu-td-index-T25-TSAG-250526.xml'));
    await vi.waitFor(() =>
      expect(document.getElementById('registers')!.textContent).toContain(
        'TSAG, meeting starting 2025-05-26: 8 TDs (xml, index of 2025-05-29, updated ',
      ),
    );
    expect(document.getElementById('register-status')!.textContent).toBe(
      'Imported 8 TDs from T25-TSAG-250526-TD.xml for TSAG, meeting starting 2025-05-26.',
    );
    chooseFile('T25-SG12-C.xml', read('test/fixtures/T25-SG12-C.xml'));
    await vi.waitFor(() =>
      expect(document.getElementById('registers')!.textContent).toContain(
        'SG12 contributions, study period T25: 3 contributions (xml, index of 2025-09-02, updated ',
      ),
    );
    chooseFile('T25-SG12-250909-TD.xml', read('test/fixtures/register-sg12-2509.xml'));
    await vi.waitFor(() =>
      expect(document.getElementById('register-status')!.textContent).toBe(
        'Imported 3 TDs from T25-SG12-250909-TD.xml for SG12, meeting starting 2025-09-09; skipped unknown records: announcement (1), folder (doc_type R) (1).',
      ),
    );
  });

  it('asks for www.itu.int only on a click, records the consent, lists the kept lists, and forgets them on Stop', async () => {
    await openOptions();
    const status = () => document.getElementById('itu-status')!.textContent;
    const allow = document.getElementById('itu-allow') as HTMLButtonElement;
    const stop = document.getElementById('itu-stop') as HTMLButtonElement;
    await vi.waitFor(() => expect(status()).toBe('Off: nothing is fetched from ITU.'));
    expect([allow.hidden, stop.hidden]).toEqual([false, true]);
    expect(fake.asked).toEqual([]);

    fake.grant = false;
    allow.click();
    await vi.waitFor(() =>
      expect(status()).toBe('Not allowed: the browser did not give TD Lens access to www.itu.int.'),
    );
    expect(fake.stored.ituFetchAllowed).toBeUndefined();

    fake.grant = true;
    allow.click();
    await vi.waitFor(() => expect(status()).toBe('On: cards fetch the list of their meeting when they need it.'));
    expect(fake.asked).toEqual([['https://www.itu.int/*'], ['https://www.itu.int/*']]);
    expect(fake.stored.ituFetchAllowed).toBe(true);
    expect([allow.hidden, stop.hidden]).toEqual([true, false]);

    // As the background keeps a list: under a key of its own, and in the ledger the options page reads.
    fake.storeFromElsewhere({
      'ituIndex:T25-TSAG-250526-TD.xml': {
        url: 'https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml',
        fetched: '2025-05-30T08:15:00.000Z',
        register: {
          key: 'TSAG 2025-05-26',
          fileName: 'T25-TSAG-250526-TD.xml',
          format: 'xml',
          entries: [{ id: 'TD7', number: 7 }],
          updated: '2025-05-30T08:15:00.000Z',
          indexUpdated: '2025-05-29',
        },
      },
      ituLedger: {
        kept: {
          'T25-TSAG-250526-TD.xml': {
            kind: 'td',
            fetched: '2025-05-30T08:15:00.000Z',
            bytes: 400,
            entries: 1,
            indexUpdated: '2025-05-29',
          },
        },
        fetched: { 'T25-TSAG-250526-TD.xml': Date.parse('2025-05-30T08:15:00.000Z') },
        notKept: {},
        requests: [Date.parse('2025-05-30T08:15:00.000Z')],
      },
    });
    await vi.waitFor(() =>
      expect(document.getElementById('itu-indexes')!.textContent).toBe(
        "T25-TSAG-250526-TD.xml: 1 TDs, ITU's date 2025-05-29, fetched 2025-05-30 08:15 UTC",
      ),
    );

    stop.click();
    await vi.waitFor(() => expect(status()).toBe('Off: nothing is fetched from ITU.'));
    expect(fake.stored.ituFetchAllowed).toBe(false);
    expect(Object.keys(fake.stored).filter((k) => k.startsWith('itu') && k !== 'ituFetchAllowed')).toEqual([]);
    expect(fake.granted).toEqual([]);
    expect(document.getElementById('itu-indexes')!.textContent).toBe('No list kept.');
  });
});
