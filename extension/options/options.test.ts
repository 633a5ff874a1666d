// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ stored: {} as Record<string, unknown> }));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async () => structuredClone(fake.stored),
        set: async (items: Record<string, unknown>) => void Object.assign(fake.stored, structuredClone(items)),
        remove: async (key: string) => void delete fake.stored[key],
      },
    },
  },
}));

const html = readFileSync(join(import.meta.dirname, 'options.html'), 'utf8');

async function openOptions(): Promise<void> {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.children].filter((el) => el.tagName !== 'SCRIPT').map((el) => document.adoptNode(el)));
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
    await vi.waitFor(() => expect(fake.stored.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25, subGroup: 'GEN' }));
  });

  it('imports a register under the meeting and names the line of a bad one', async () => {
    fake.stored = { meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 } };
    await openOptions();
    chooseFile('tsag.csv', 'id,title,source\nTD7R2,ToR,TSAG Chair\n');
    await vi.waitFor(() => expect(document.getElementById('registers')!.textContent).toContain('TSAG, meeting starting 2025-05-26: 1 TDs (csv'));
    expect(document.getElementById('register-status')!.textContent).toBe('Imported 1 TDs from tsag.csv for TSAG, meeting starting 2025-05-26.');
    chooseFile('bad.csv', 'id,title\nTDx,y\n');
    await vi.waitFor(() => expect(document.getElementById('register-status')!.className).toBe('error'));
    expect(document.getElementById('register-status')!.textContent).toMatch(/^Could not import bad\.csv: bad\.csv:2: /);
  });

  it("imports ITU's TD and contributions indexes under their meeting and group, with the index date", async () => {
    fake.stored = {};
    await openOptions();
    const read = (path: string) => readFileSync(join(import.meta.dirname, '../..', path), 'utf8');
    chooseFile('T25-TSAG-250526-TD.xml', read('samples/itu-td-index-T25-TSAG-250526.xml'));
    await vi.waitFor(() => expect(document.getElementById('registers')!.textContent).toContain('TSAG, meeting starting 2025-05-26: 8 TDs (xml, index of 2025-05-29, updated '));
    expect(document.getElementById('register-status')!.textContent).toBe('Imported 8 TDs from T25-TSAG-250526-TD.xml for TSAG, meeting starting 2025-05-26.');
    chooseFile('T25-SG12-C.xml', read('test/fixtures/T25-SG12-C.xml'));
    await vi.waitFor(() => expect(document.getElementById('registers')!.textContent).toContain('SG12 contributions, study period T25: 3 contributions (xml, index of 2025-09-02, updated '));
    chooseFile('T25-SG12-250909-TD.xml', read('test/fixtures/register-sg12-2509.xml'));
    await vi.waitFor(() =>
      expect(document.getElementById('register-status')!.textContent).toBe(
        'Imported 3 TDs from T25-SG12-250909-TD.xml for SG12, meeting starting 2025-09-09; skipped unknown records: announcement (1), folder (doc_type R) (1).',
      ),
    );
  });
});
