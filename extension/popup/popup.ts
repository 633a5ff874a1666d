/**
 * Popup: asks the active tab's content script for the page's references (no `tabs` permission: tabs.query
 * gives the active tab's id), shows them grouped by kind with counts and a copyable list, and switches the
 * site on or off (stored in storage.local; the content script follows the change). Offers to allow fetching ITU's
 * lists of TDs while that is off.
 */
import browser from 'webextension-polyfill';
import { h } from '../dom';
import { allowItuIndexes, ituIndexesAllowed } from '../itu-consent';
import { SUMMARY_REQUEST, type PageSummary } from '../messages';
import { readSettings, STORAGE_KEYS, withSiteEnabled } from '../settings';
import { summaryText } from '../content/summary';

const app = document.getElementById('app') as HTMLElement;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function requestSummary(): Promise<PageSummary | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  try {
    return (await browser.tabs.sendMessage(tabId, { type: SUMMARY_REQUEST })) as PageSummary;
  } catch {
    return null; // no content script here: browser pages, web stores, or a page loaded before the install
  }
}

async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const { disabledSites } = readSettings(await browser.storage.local.get(STORAGE_KEYS.disabledSites));
  await browser.storage.local.set({ [STORAGE_KEYS.disabledSites]: withSiteEnabled(disabledSites, hostname, enabled) });
}

function optionsLink(): HTMLElement {
  const link = h('a', { href: '#' }, 'Options: meeting and registers');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  return h('p', {}, link);
}

/** `Titles from ITU's lists: [Allow]` while fetching is off; one quiet line when on. */
function ituLine(allowed: boolean): HTMLElement {
  if (allowed) return h('p', { className: 'hint', id: 'itu' }, "Titles from ITU's lists: on");
  const allow = h('button', { type: 'button', id: 'itu-allow' }, 'Allow');
  allow.addEventListener('click', () => {
    // In the click itself: the browser asks the delegate (a user gesture is required).
    allowItuIndexes(browser).then(
      () => void refresh(),
      () => void refresh(),
    );
  });
  return h(
    'p',
    { className: 'hint', id: 'itu' },
    "Titles from ITU's lists (fetched from www.itu.int when a card needs one): ",
    allow,
  );
}

function render(summary: PageSummary | null, allowed: boolean): void {
  if (!summary) {
    app.replaceChildren(
      h('h1', {}, 'TD Lens'),
      h(
        'p',
        { className: 'empty' },
        'TD Lens cannot read this page (browser pages and extension stores are off limits; reload a page opened before TD Lens was installed).',
      ),
      ituLine(allowed),
      optionsLink(),
    );
    return;
  }
  const toggle = h('input', { type: 'checkbox', id: 'site-enabled' });
  toggle.checked = summary.enabled;
  toggle.addEventListener('change', () => {
    void setSiteEnabled(summary.hostname, toggle.checked).then(() => setTimeout(() => void refresh(), 150));
  });
  const site = h(
    'div',
    { className: 'site' },
    toggle,
    h('label', { for: 'site-enabled' }, `On for ${summary.hostname || 'this page'}`),
  );
  const parts: Node[] = [h('h1', {}, 'TD Lens'), site];
  if (summary.meeting) parts.push(h('p', { className: 'meeting' }, `Meeting: ${summary.meeting}`));
  const total = summary.groups.reduce((n, g) => n + g.total, 0);
  if (!summary.enabled) parts.push(h('p', { className: 'empty' }, 'Switched off on this site.'));
  else if (total === 0) parts.push(h('p', { className: 'empty' }, 'No references on this page.'));
  else {
    parts.push(
      h(
        'ul',
        { 'aria-label': 'References by kind' },
        ...summary.groups.map((g) =>
          h(
            'li',
            { 'data-kind': g.kind },
            h('span', { className: 'count' }, `${g.label}: ${g.ids.length}`),
            ` (${g.total} mentions) `,
            h('span', { className: 'ids' }, g.ids.map((e) => e.id).join(', ')),
          ),
        ),
      ),
    );
    const list = h('textarea', { readonly: true, 'aria-label': 'Reference list' });
    list.value = summaryText(summary.groups);
    const copy = h('button', { type: 'button' }, 'Copy list');
    const status = h('span', { className: 'hint', 'aria-live': 'polite' });
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(list.value).then(
        () => (status.textContent = 'Copied'),
        () => {
          list.select();
          status.textContent = document.execCommand('copy') ? 'Copied' : 'Select and copy the list';
        },
      );
    });
    parts.push(list, h('div', { className: 'row' }, copy, status));
  }
  parts.push(ituLine(allowed), optionsLink());
  app.replaceChildren(...parts);
}

async function refresh(): Promise<void> {
  const [summary, allowed] = await Promise.all([requestSummary(), ituIndexesAllowed(browser).catch(() => false)]);
  render(summary, allowed);
}

void refresh();
