/**
 * The content script of every page (from `document_start`), and all that most pages ever run of TD Lens. It looks for
 * a candidate (candidates.ts): while the page loads, in what was parsed so far, every 16 ms; at DOMContentLoaded, the
 * rest; then in what the page adds. It reads one setting, whether this site is switched off, once it found one, and
 * follows that key alone from then on. Only a page with a candidate, or whose popup asks, gets the rest: `content/page.js`, a module
 * of the extension's own files (marks, cards, the popup's answer), imported then and handed the page at
 * DOMContentLoaded. A page whose first candidate is parsed early has it before its DOM is complete, so its first
 * screen is marked before its first frame; a small page gets it right after.
 */
import type { PageSummary } from '../messages';
import { isSiteEnabled, readSettings, STORAGE_KEYS } from '../settings';
import { candidateTest, createCandidateScan, holdsCandidate, type CandidateScan } from './candidates';
import { contentApi as api } from './content-api';
import type { PageControl } from './page';

/** The marked kinds' pretest (kinds.ts MARKED_PRETEST), written in by the build: this script must not carry the parser. */
declare const __TD_LENS_MARKED_PRETEST__: string;

const SUMMARY_REQUEST = 'td-lens:summary';
/** While the page loads, the scan looks at what was parsed this often, and for this long at most. */
const POLL_MS = 16;
const SLICE_MS = 5;

const test = candidateTest(new RegExp(__TD_LENS_MARKED_PRETEST__));

let enabled = true;
let settingsRead: Promise<void> | null = null;
/**
 * Whether this site is switched off, read when first needed (a candidate found, the popup asking): most pages never
 * touch the extension's storage. From then on that key is followed.
 */
const readSettingsOnce = (): Promise<void> =>
  (settingsRead ??= api.storage.local.get(STORAGE_KEYS.disabledSites).then(
    (raw) => {
      enabled = isSiteEnabled(readSettings(raw), location.hostname);
      api.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local' || !(STORAGE_KEYS.disabledSites in changes)) return;
        enabled = isSiteEnabled(
          readSettings({ disabledSites: changes[STORAGE_KEYS.disabledSites].newValue }),
          location.hostname,
        );
        apply();
      });
    },
    () => undefined,
  ));
/** A candidate was found (or the popup asked): the page is TD Lens's. */
let wanted = false;
let page: Promise<PageControl> | null = null;
let scan: CandidateScan | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let observer: MutationObserver | null = null;

const loading = () => document.readyState === 'loading';
/**
 * The rest, imported from the extension's own files. Written as `chrome.runtime.getURL` with the file named in place
 * (both browsers give content scripts `chrome.runtime`): the one form of a dynamic import that addons.mozilla.org's
 * linter takes as sanitized.
 */
declare const chrome: { runtime: { getURL(path: string): string } };
const load = (): Promise<PageControl> =>
  (page ??= (
    import(/* @vite-ignore */ chrome.runtime.getURL('content/page.js')) as Promise<typeof import('./page')>
  ).then((m) => m.createPage()));

const whenDomReady = (then: () => void) => {
  if (loading()) document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
};
const whenDomComplete = () => new Promise<void>((done) => whenDomReady(done));

function stopWatching(): void {
  clearTimeout(timer);
  observer?.disconnect();
  observer = null;
  scan = null;
}

/** The page has something for TD Lens: the rest is loaded, warmed up while the page loads, started once its DOM is. */
function take(): void {
  wanted = true;
  stopWatching();
  // The setting and the rest are asked for at once (each takes a round trip to the browser); a site switched off
  // keeps the rest unused.
  void Promise.all([readSettingsOnce(), load()]).then(([, control]) => {
    if (!enabled) return;
    if (loading()) control.warmUp();
    whenDomReady(() => enabled && control.start());
  });
}

/** After the page was read whole, what it adds or rewrites is looked at as it comes. */
function watchLater(): void {
  scan = null;
  if (observer) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      const found =
        record.type === 'characterData'
          ? test.text((record.target as Text).data)
          : [...record.addedNodes].some((node) => holdsCandidate(node, test));
      if (found) return take();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

function poll(): void {
  if (!scan) return;
  const seen = scan.next(performance.now() + SLICE_MS);
  if (seen === 'found') return take();
  if (seen === 'more') timer = setTimeout(poll, 0);
  else if (loading()) timer = setTimeout(poll, POLL_MS);
  else if (scan.links()) take();
  else watchLater();
}

/** Looks for a candidate, from the start of the document. */
function watch(): void {
  if (scan || observer) return;
  scan = createCandidateScan(document, test);
  poll();
  // The DOM complete: the rest of the scan now, not at the next poll.
  whenDomReady(() => {
    clearTimeout(timer);
    poll();
  });
}

/** The site was switched off or on. */
function apply(): void {
  if (!enabled) {
    stopWatching();
    void page?.then((control) => control.stop());
  } else if (wanted) {
    take();
  } else {
    watch();
  }
}

api.runtime.onMessage.addListener((message, _sender, respond) => {
  if ((message as { type?: unknown } | null)?.type !== SUMMARY_REQUEST) return undefined;
  const off: PageSummary = { hostname: location.hostname, enabled: false, groups: [], meeting: null };
  void readSettingsOnce()
    .then(() => {
      if (!enabled) return off;
      if (!wanted) take();
      return load().then((control) => whenDomComplete().then(() => control.summary()));
    })
    .then(respond, () => respond(undefined));
  return true;
});

watch();
