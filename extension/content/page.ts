/**
 * Everything TD Lens does on a page that has something for it: the lens (marks), the card, the popup's answer.
 * Loaded by boot.ts (content.js) only on such a page, as a module of the extension's own (content/page.js).
 * The card's settings (the options' meeting, the registers) are read the first time a card or the popup needs
 * them, and those keys are followed after; ITU's lists are asked of the background by the card that needs one.
 */
import { contentApi as browser } from './content-api';
import { detectMeetingContext } from '../../shared/meeting/context';
import type { MeetingContext } from '../../shared/meeting/types';
import type { PageSummary } from '../messages';
import { isExpired, isLearned, type RegisterUse, type StoredRegister } from '../register-store';
import { readRegisterUse, readSettings, STORAGE_KEYS } from '../settings';
import { createCard, type CardController } from './card';
import { buildCardModel } from './card-model';
import { ituDocumentUrls } from './document-urls';
import { browserIndexRequests } from './index-requests';
import { findMarked } from './kinds';
import { parseItuLink } from './itu-link';
import { createLens, type Lens } from './lens';
import { textAround } from './mark-context';
import { describePageMeeting, PAGE_TEXT_LIMIT, resolvePageMeeting, type PageMeeting } from './page-context';
import { groupReferences } from './summary';
import { browserTitleNotes } from './title-notes';
import { headText } from './walk';

/** One reference of each marked kind, in the forms pages use. */
const WARM_UP = 'TD12, TD 13R1, SG17-TD123/GEN, C 45 Rev.1, WP2-4, RG-WPR-2, 3, Q3/17, Questions 2 and 4/16';

/** What boot.ts drives. */
export interface PageControl {
  /** Pays the parser's first calls (expressions compiled, code warmed up) while the page still loads. */
  warmUp(): void;
  /** Marks the page (its DOM complete), shows cards. */
  start(): void;
  /** Puts the page back as it was. */
  stop(): void;
  /** The popup's answer: the page's references, counted by the parser, and its meeting. */
  summary(): Promise<PageSummary>;
}

interface CardSettings {
  meeting: MeetingContext | null;
  registers: StoredRegister[];
  use: RegisterUse;
}

const CARD_KEYS = [STORAGE_KEYS.meeting, STORAGE_KEYS.registers, STORAGE_KEYS.registerUse];
const today = () => new Date().toISOString().slice(0, 10);

/** The card's settings: read once when first needed, then kept up to date from `storage.onChanged` (its keys only). */
function cardSettingsReader(onChange: () => void): () => Promise<CardSettings> {
  const settings: CardSettings = { meeting: null, registers: [], use: {} };
  const apply = (raw: Record<string, unknown>) => {
    if (STORAGE_KEYS.meeting in raw) settings.meeting = readSettings({ meeting: raw[STORAGE_KEYS.meeting] }).meeting;
    if (STORAGE_KEYS.registers in raw)
      settings.registers = readSettings({ registers: raw[STORAGE_KEYS.registers] }).registers;
    if (STORAGE_KEYS.registerUse in raw) settings.use = readRegisterUse(raw[STORAGE_KEYS.registerUse]);
  };
  let read: Promise<CardSettings> | null = null;
  return () =>
    (read ??= browser.storage.local.get(CARD_KEYS).then((raw) => {
      apply(raw);
      browser.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local' || !CARD_KEYS.some((key) => key in changes)) return;
        apply(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
        onChange();
      });
      return settings;
    }));
}

export function createPage(): PageControl {
  let lens: Lens | null = null;
  let card: CardController | null = null;
  let meetingCache: { links: number; found: PageMeeting | null } | null = null;
  const cardSettings = cardSettingsReader(() => card?.refresh());
  /** Settings once read (cards are built only after `cardSettings()` resolved). */
  let settings: CardSettings = { meeting: null, registers: [], use: {} };
  // ITU's index of a card's meeting, asked of the background when a card needs it; its answer rebuilds the card.
  const ituIndexes = browserIndexRequests(() => card?.refresh());
  // Whether a TD's surrounding text fits its title, asked of the background when a card opens; its answer rebuilds the card.
  const titleNotes = browserTitleNotes(() => card?.refresh());

  const pageMeeting = (): PageMeeting | null => {
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
  };

  /** A learned register shown on a card is in use: noted once a day, so it is not the next to leave. */
  const noteUse = (register: StoredRegister) => {
    if (!isLearned(register) || settings.use[register.key] === today()) return;
    settings.use = { ...settings.use, [register.key]: today() };
    void browser.storage.local.set({ [STORAGE_KEYS.registerUse]: settings.use }).catch(() => undefined);
  };

  const modelFor = (active: Lens, mark: Element) => {
    const ref = active.refOf(mark);
    if (!ref) return null;
    const link = active.linkOf(mark);
    const now = Date.now();
    // The text around the mark, for the card's quiet line on a number that does not fit its text.
    const context = textAround(mark);
    return buildCardModel({
      ref,
      meeting: link?.meeting ?? pageMeeting()?.meeting ?? null,
      registers: settings.registers.filter((r) => !isExpired(r, settings.use, now)),
      urls: ituDocumentUrls,
      indexFor: ituIndexes.viewFor,
      onRegisterUsed: noteUse,
      ...(link?.pageUrl ? { linkHref: link.pageUrl } : {}),
      ...(context ? { context } : {}),
      titleNoteFor: titleNotes.noteFor,
    });
  };

  const start = () => {
    if (lens || !document.body) return;
    const active = createLens({
      root: document.body,
      find: findMarked,
      parseLink: parseItuLink,
      // Visible in the browser's performance tools (and to the benchmark): when the first screen is marked, and
      // when the whole page is read, with the slices so far (the longest is the longest task TD Lens ran).
      onPhase: (phase) => performance.mark(`td-lens:${phase}`, { detail: active.stats() }),
      // After the page removed content: how many runs the lens still holds (a page that replaces its content keeps
      // this bounded; the browser tests read it in both browsers).
      onSwept: ({ tracked }) => performance.mark('td-lens:swept', { detail: { tracked } }),
    });
    lens = active;
    meetingCache = null;
    card = createCard({
      doc: document,
      prepare: () => cardSettings().then((read) => void (settings = read)),
      modelFor: (mark) => modelFor(active, mark),
    });
    void active.start();
  };

  return {
    warmUp: () => void findMarked(WARM_UP),
    start,
    stop() {
      card?.destroy();
      lens?.stop();
      card = null;
      lens = null;
    },
    async summary() {
      settings = await cardSettings();
      start();
      await lens?.idle();
      return {
        hostname: location.hostname,
        enabled: true,
        // Counted from what the parser read, so far-away references the lens has not marked yet are included.
        groups: lens ? groupReferences(lens.references()) : [],
        meeting: describePageMeeting(pageMeeting()),
      };
    },
  };
}
