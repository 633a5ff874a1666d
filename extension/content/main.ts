/**
 * Content script entry (every page, from `document_start`): reads the settings while the page loads, annotates the
 * page once its DOM is complete unless the delegate switched this site off, shows cards, answers the popup, and
 * follows settings changes.
 */
import browser from 'webextension-polyfill';
import { detectMeetingContext } from '../../shared/meeting/context';
import { isSummaryRequest, type PageSummary } from '../messages';
import { DEFAULT_SETTINGS, isSiteEnabled, readSettings, STORAGE_KEYS, type Settings } from '../settings';
import { createCard, type CardController } from './card';
import { buildCardModel } from './card-model';
import { ituDocumentUrls } from './document-urls';
import { browserIndexRequests } from './index-requests';
import { findMarked } from './kinds';
import { parseItuLink } from './itu-link';
import { createLens, type Lens } from './lens';
import { describePageMeeting, PAGE_TEXT_LIMIT, resolvePageMeeting, type PageMeeting } from './page-context';
import { textAround, type MarkContext } from './mark-context';
import { groupReferences } from './summary';
import { browserTitleNotes } from './title-notes';
import { headText } from './walk';

/** One reference of each marked kind, in the forms pages use. */
const WARM_UP = 'TD12, TD 13R1, SG17-TD123/GEN, C 45 Rev.1, WP2-4, RG-WPR-2, 3, Q3/17, Questions 2 and 4/16';

let settings: Settings = DEFAULT_SETTINGS;
let lens: Lens | null = null;
let card: CardController | null = null;
let meetingCache: { links: number; found: PageMeeting | null } | null = null;
// ITU's index of a card's meeting, asked of the background when a card needs it; its answer rebuilds the card.
const ituIndexes = browserIndexRequests(() => card?.refresh());
// Whether a TD's surrounding text fits its title, asked of the background when a card opens; its answer rebuilds the card.
const titleNotes = browserTitleNotes(() => card?.refresh());

function pageMeeting(): PageMeeting | null {
  const linkMeetings = lens?.linkMeetings() ?? [];
  if (meetingCache?.links !== linkMeetings.length) {
    meetingCache = {
      links: linkMeetings.length,
      found: resolvePageMeeting({
        linkMeetings,
        pageText: () => (document.body ? headText(document.body, PAGE_TEXT_LIMIT) : ''),
        detect: detectMeetingContext,
        options: null,
      }),
    };
  }
  // The options' meeting applies last and may change at any time, so it is not cached.
  return meetingCache.found ?? (settings.meeting ? { meeting: settings.meeting, from: 'options' } : null);
}

/** The text around a mark, for the card's quiet line on a number that does not fit its text. */
function withContext(mark: Element): { context?: MarkContext } {
  const context = textAround(mark);
  return context ? { context } : {};
}

function start(): void {
  if (lens || !document.body) return;
  const active = createLens({
    root: document.body,
    find: findMarked,
    parseLink: parseItuLink,
    // Visible in the browser's performance tools (and to the benchmark): when the first screen is marked, and
    // when the whole page is read, with the slices so far (the longest is the longest task TD Lens ran).
    onPhase: (phase) => performance.mark(`td-lens:${phase}`, { detail: active.stats() }),
  });
  lens = active;
  meetingCache = null;
  card = createCard({
    doc: document,
    modelFor(mark) {
      const ref = active.refOf(mark);
      if (!ref) return null;
      const link = active.linkOf(mark);
      return buildCardModel({
        ref,
        meeting: link?.meeting ?? pageMeeting()?.meeting ?? null,
        registers: settings.registers,
        urls: ituDocumentUrls,
        indexFor: ituIndexes.viewFor,
        ...(link?.pageUrl ? { linkHref: link.pageUrl } : {}),
        ...withContext(mark),
        titleNoteFor: titleNotes.noteFor,
      });
    },
  });
  void active.start();
}

function stop(): void {
  card?.destroy();
  lens?.stop();
  card = null;
  lens = null;
}

function applySettings(): void {
  if (isSiteEnabled(settings, location.hostname)) start();
  else stop();
}

function summary(): PageSummary {
  return {
    hostname: location.hostname,
    enabled: lens !== null,
    // Counted from what the parser read, so far-away references the lens has not marked yet are included.
    groups: lens ? groupReferences(lens.references()) : [],
    meeting: lens ? describePageMeeting(pageMeeting()) : null,
  };
}

async function main(): Promise<void> {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isSummaryRequest(message)) return undefined;
    const answer = lens ? lens.idle().then(summary) : Promise.resolve(summary());
    return answer;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const raw: Record<string, unknown> = {
      [STORAGE_KEYS.disabledSites]: settings.disabledSites,
      [STORAGE_KEYS.meeting]: settings.meeting,
      [STORAGE_KEYS.registers]: settings.registers,
    };
    for (const [key, change] of Object.entries(changes)) raw[key] = change.newValue;
    settings = readSettings(raw);
    applySettings();
  });
  // The settings are read while the page loads; the lens starts when the DOM is complete, before the page's first
  // frame after it, so the first screen's marks are laid out with that frame rather than in a relayout of their own.
  const stored = browser.storage.local.get(null);
  if (document.readyState === 'loading') {
    // Meanwhile the parser's first calls (its expressions compiled, its code warmed up) are paid here, not in the
    // slice that marks the first screen before the page's first frame.
    findMarked(WARM_UP);
    await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  }
  settings = readSettings(await stored);
  applySettings();
}

void main();
