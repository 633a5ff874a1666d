/**
 * Options page: the fallback meeting, the stored registers (import, list, remove), fetching ITU's lists (allow,
 * stop, what is kept) and the sites switched off.
 */
import browser from 'webextension-polyfill';
import { studyGroupsOf } from '../../shared/meeting/study-groups';
import { h } from '../dom';
import { allowItuIndexes, ituIndexesAllowed, stopItuIndexes } from '../itu-consent';
import { ITU_STORAGE_KEYS } from '../itu-index';
import { LEDGER_KEY, loadLedger, isQuotaError } from '../itu-store';
import { importRegisterFile } from '../register-learn';
import type { StoredRegister } from '../register-store';
import { describeSkipped } from '../../shared/register/meeting-fit';
import { printable } from '../../shared/text/printable';
import { readSettings, STORAGE_KEYS, withSiteEnabled, type Settings } from '../settings';
import { meetingFromForm, SUB_GROUPS } from './meeting-form';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('meeting-form');
const meetingStatus = byId<HTMLParagraphElement>('meeting-status');
const registerStatus = byId<HTMLParagraphElement>('register-status');
const fileInput = byId<HTMLInputElement>('register-file');

const load = async (): Promise<Settings> => readSettings(await browser.storage.local.get(Object.values(STORAGE_KEYS)));

function say(target: HTMLElement, text: string, kind: 'ok' | 'error'): void {
  target.textContent = text;
  target.className = kind;
}

function fillMeetingForm(settings: Settings): void {
  const groups = byId<HTMLDataListElement>('groups');
  groups.replaceChildren(...studyGroupsOf(25).map((g) => h('option', { value: g })));
  const sub = form.elements.namedItem('subGroup') as HTMLSelectElement;
  sub.replaceChildren(...SUB_GROUPS.map((s) => h('option', { value: s }, s)));
  const m = settings.meeting;
  (form.elements.namedItem('group') as HTMLInputElement).value = m?.group ?? '';
  (form.elements.namedItem('start') as HTMLInputElement).value = m?.start ?? '';
  sub.value = m?.subGroup ?? 'GEN';
  meetingStatus.textContent = m
    ? `Saved: ${m.group}, first day ${m.start} (study period T${m.studyPeriod}).`
    : 'No meeting set.';
  meetingStatus.className = 'hint';
}

/** Fills the list `id` with one item per entry, or with `empty` when there is none. */
function renderList<T>(id: string, items: readonly T[], empty: string, item: (entry: T) => HTMLLIElement): void {
  const list = byId<HTMLUListElement>(id);
  list.replaceChildren(...(items.length === 0 ? [h('li', { className: 'empty' }, empty)] : items.map(item)));
}

/** `TSAG, meeting starting 2025-05-26`, or `SG12 contributions, study period T25`, when the register says. */
function scopeOf(r: StoredRegister): string | null {
  if (r.studyGroup) return `${r.studyGroup.group} contributions, study period T${r.studyGroup.studyPeriod}`;
  return r.meeting ? `${r.meeting.group}, meeting starting ${r.meeting.start}` : null;
}

const countOf = (r: StoredRegister) => `${r.entries.length} ${r.kind === 'contribution' ? 'contributions' : 'TDs'}`;

function renderRegisters(settings: Settings): void {
  renderList('registers', settings.registers, 'No register yet.', (r) => {
    const remove = h('button', { type: 'button' }, 'Remove');
    remove.addEventListener('click', async () => {
      const now = await load();
      await browser.storage.local.set({ [STORAGE_KEYS.registers]: now.registers.filter((x) => x.key !== r.key) });
      await refresh();
    });
    const index = r.indexUpdated ? `, index of ${r.indexUpdated}` : '';
    return h(
      'li',
      {},
      `${scopeOf(r) ?? r.fileName}: ${countOf(r)} (${r.format}${index}, updated ${r.updated.slice(0, 10)}) `,
      remove,
    );
  });
}

function renderSites(settings: Settings): void {
  renderList('sites', settings.disabledSites, 'None: TD Lens works on every site.', (site) => {
    const on = h('button', { type: 'button' }, 'Switch on');
    on.addEventListener('click', async () => {
      const now = await load();
      await browser.storage.local.set({ [STORAGE_KEYS.disabledSites]: withSiteEnabled(now.disabledSites, site, true) });
      await refresh();
    });
    return h('li', {}, `${site} `, on);
  });
}

const ituStatus = byId<HTMLParagraphElement>('itu-status');
const ituAllow = byId<HTMLButtonElement>('itu-allow');
const ituStop = byId<HTMLButtonElement>('itu-stop');

/** Whether fetching is on, and the lists kept (`T25-TSAG-250526-TD.xml: 8 TDs, ITU's date 2025-05-29, fetched …`). */
async function renderItu(): Promise<void> {
  // Both read before either is shown: the status and the list never disagree on screen.
  const [allowed, ledger] = await Promise.all([ituIndexesAllowed(browser), loadLedger(browser.storage.local)]);
  ituAllow.hidden = allowed;
  ituStop.hidden = !allowed;
  ituStatus.className = 'hint';
  ituStatus.textContent = allowed
    ? 'On: cards fetch the list of their meeting when they need it.'
    : 'Off: nothing is fetched from ITU.';
  renderList(
    'itu-indexes',
    Object.entries(ledger.kept),
    allowed ? 'No list fetched yet.' : 'No list kept.',
    ([name, list]) => {
      const count = `${list.entries} ${list.kind === 'contribution' ? 'contributions' : 'TDs'}`;
      const date = list.indexUpdated ?? list.fetched.slice(0, 10);
      return h(
        'li',
        {},
        printable(`${name}: ${count}, ITU's date ${date}, fetched ${list.fetched.slice(0, 16).replace('T', ' ')} UTC`),
      );
    },
  );
}

// The permission request must run in the click itself: browsers grant them only to a user gesture.
ituAllow.addEventListener('click', () => {
  allowItuIndexes(browser).then(
    (granted) => {
      if (!granted) say(ituStatus, 'Not allowed: the browser did not give TD Lens access to www.itu.int.', 'error');
      else void renderItu();
    },
    (error: unknown) =>
      say(
        ituStatus,
        `Could not ask for access to www.itu.int: ${error instanceof Error ? error.message : String(error)}`,
        'error',
      ),
  );
});

ituStop.addEventListener('click', () => {
  void stopItuIndexes(browser).then(renderItu);
});

// A card's fetch (or the popup's Allow) while this page is open shows here at once.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (ITU_STORAGE_KEYS.allowed in changes || LEDGER_KEY in changes)) void renderItu();
});

async function refresh(): Promise<void> {
  const settings = await load();
  renderRegisters(settings);
  renderSites(settings);
  await renderItu();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const result = meetingFromForm({
    group: String(data.get('group') ?? ''),
    start: String(data.get('start') ?? ''),
    subGroup: String(data.get('subGroup') ?? 'GEN'),
  });
  if ('error' in result) {
    say(meetingStatus, result.error, 'error');
    return;
  }
  await browser.storage.local.set({ [STORAGE_KEYS.meeting]: result.meeting });
  fillMeetingForm(await load());
});

byId<HTMLButtonElement>('meeting-clear').addEventListener('click', async () => {
  await browser.storage.local.remove(STORAGE_KEYS.meeting);
  fillMeetingForm(await load());
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  try {
    const settings = await load();
    const { registers, added, skipped } = importRegisterFile(
      await file.text(),
      file.name,
      settings.meeting,
      settings.registers,
    );
    await browser.storage.local.set({ [STORAGE_KEYS.registers]: registers });
    const scope = scopeOf(added);
    const where = scope ? ` for ${scope}` : ' (no meeting: used only while it is the only register)';
    say(
      registerStatus,
      printable(`Imported ${countOf(added)} from ${file.name}${where}${describeSkipped(skipped)}.`),
      'ok',
    );
  } catch (error) {
    const why = isQuotaError(error)
      ? "the browser's storage for TD Lens is full (remove a register, or stop ITU's lists, to make room)"
      : error instanceof Error
        ? error.message
        : String(error);
    say(registerStatus, `Could not import ${file.name}: ${why}`, 'error');
  }
  fileInput.value = '';
  await refresh();
});

void load().then((settings) => {
  fillMeetingForm(settings);
  renderRegisters(settings);
  renderSites(settings);
  void renderItu();
});
