// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSummary } from '../messages';

const fake = vi.hoisted(() => ({
  answer: null as unknown,
  stored: {} as Record<string, unknown>,
  sent: [] as unknown[],
  granted: [] as string[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      query: async () => [{ id: 7, active: true }],
      sendMessage: async (_id: number, message: unknown) => {
        fake.sent.push(message);
        if (fake.answer === null) throw new Error('Could not establish connection. Receiving end does not exist.');
        return fake.answer;
      },
    },
    storage: {
      local: {
        get: async () => ({ ...fake.stored }),
        set: async (items: Record<string, unknown>) => void Object.assign(fake.stored, items),
      },
    },
    runtime: { openOptionsPage: async () => {} },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        fake.granted.push(...origins);
        return true;
      },
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => fake.granted.includes(o)),
    },
  },
}));

const summary: PageSummary = {
  hostname: 'example.org',
  enabled: true,
  meeting: 'TSAG, meeting starting 2025-05-26 (from the options)',
  groups: [
    {
      kind: 'td',
      label: 'temporary document',
      ids: [
        { id: 'TD106', count: 2 },
        { id: 'TD7R1', count: 1 },
      ],
      total: 3,
    },
    { kind: 'question', label: 'Question', ids: [{ id: 'Q3/17', count: 1 }], total: 1 },
  ],
};

async function openPopup(): Promise<HTMLElement> {
  document.body.replaceChildren();
  const main = document.createElement('main');
  main.id = 'app';
  document.body.append(main);
  vi.resetModules();
  await import('./popup');
  await vi.waitFor(() => expect(main.querySelector('h1')).not.toBeNull());
  return main;
}

beforeEach(() => {
  fake.answer = null;
  fake.stored = {};
  fake.sent = [];
  fake.granted = [];
});

describe('popup', () => {
  it('lists the page references by kind with counts and a copyable list', async () => {
    fake.answer = summary;
    const app = await openPopup();
    expect(fake.sent).toEqual([{ type: 'td-lens:summary' }]);
    expect([...app.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'temporary document: 2 (3 mentions) TD106, TD7R1',
      'Question: 1 (1 mentions) Q3/17',
    ]);
    expect(app.querySelector('textarea')!.value).toBe('temporary document (2): TD106, TD7R1\nQuestion (1): Q3/17');
    expect(app.textContent).toContain('Meeting: TSAG, meeting starting 2025-05-26');
  });

  it('switches the site off in storage', async () => {
    fake.answer = summary;
    fake.stored = { disabledSites: ['other.org'] };
    const app = await openPopup();
    const toggle = app.querySelector<HTMLInputElement>('#site-enabled')!;
    expect(toggle.checked).toBe(true);
    toggle.checked = false;
    toggle.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(fake.stored.disabledSites).toEqual(['other.org', 'example.org']));
    // The popup asks the page again 150 ms later: wait for it, or its render outlives the test environment.
    await vi.waitFor(() => expect(fake.sent).toHaveLength(2), { timeout: 2000 });
  });

  it('says so when the page has no content script', async () => {
    const app = await openPopup();
    expect(app.textContent).toContain('TD Lens cannot read this page');
  });

  it("offers to allow ITU's lists while that is off, and says it is on after the click", async () => {
    fake.answer = summary;
    const app = await openPopup();
    expect(app.querySelector('#itu')!.textContent).toBe(
      "Titles from ITU's lists (fetched from www.itu.int when a card needs one): Allow",
    );
    expect(fake.granted).toEqual([]);
    app.querySelector<HTMLButtonElement>('#itu-allow')!.click();
    await vi.waitFor(() => expect(app.querySelector('#itu')!.textContent).toBe("Titles from ITU's lists: on"));
    expect(fake.granted).toEqual(['https://www.itu.int/*']);
    expect(fake.stored.ituFetchAllowed).toBe(true);
  });
});
