/**
 * The content script's side of ITU's indexes: when a card of a TD (or contribution) of a known meeting opens, ask
 * the background for that meeting's index, once, and say what the card can show meanwhile: "getting the list", the
 * index, or the failure in one line (keeping an index had before).
 *
 * Asks nothing until a card opens, and nothing at all while the delegate has not allowed fetching (the consent flag
 * is read on the first card and followed after). An index is asked for again when it is older than a day and a
 * card needs it; after a failure, not before a minute has passed.
 */
import { contentApi as browser } from './content-api';
import type { MeetingContext } from '../../shared/meeting/types';
import { indexLabel, ituIndexFileName } from '../../shared/register/itu-index';
import type { RegisterKind } from '../../shared/register/types';
import {
  ITU_STORAGE_KEYS,
  isFresh,
  isStoredIndex,
  shortFailure,
  type IndexAnswer,
  type NotKept,
  type StoredIndex,
} from '../itu-index';
import { isPlausibleMeeting, ITU_INDEX_REQUEST, type IndexRequestMessage } from '../messages';

/** Why an index a card shows was not kept by the background (it was fetched for this card all the same). */
export type Unkept = Exclude<NotKept, 'evicted'>;

/** What a card shows of the index. */
export type IndexView =
  | { state: 'loading' }
  | { state: 'ready'; index: StoredIndex; unkept?: Unkept }
  | { state: 'failed'; message: string; index?: StoredIndex };

export interface IndexRequests {
  /** The view of the index of `kind` for `meeting`, asking the background when it is missing or old. */
  viewFor(kind: RegisterKind, meeting: MeetingContext): IndexView | undefined;
}

export interface IndexRequestsDeps {
  send(message: IndexRequestMessage): Promise<unknown>;
  /** Reads the consent flag, calls back with it, and again on each change. */
  watchAllowed(callback: (allowed: boolean) => void): void;
  /** An answer (or the consent) arrived: the open card should be built again. */
  onChange(): void;
  now?: () => number;
}

/** After a failure, a card asks again only after this long. */
export const RETRY_AFTER_MS = 60_000;

interface IndexState {
  index?: StoredIndex;
  unkept?: Unkept;
  pending: boolean;
  failure?: { message: string; at: number };
}

export function createIndexRequests(deps: IndexRequestsDeps): IndexRequests {
  const now = deps.now ?? Date.now;
  const states = new Map<string, IndexState>();
  let allowed: boolean | undefined;
  let watching = false;

  const settle = (state: IndexState, kind: RegisterKind, answer: unknown) => {
    const a = answer as IndexAnswer | undefined;
    if (a?.state === 'ready' && isStoredIndex(a.index)) {
      state.index = a.index;
      state.unkept = a.unkept === 'quota' || a.unkept === 'too-big-to-keep' ? a.unkept : undefined;
      state.failure = undefined;
    } else if (a?.state === 'not-allowed') {
      allowed = false;
    } else {
      const reason = a?.state === 'failed' ? shortFailure(a.reason) : "TD Lens's background did not answer";
      state.failure = { message: `${indexLabel(kind)}: ${reason}`, at: now() };
      if (a?.state === 'failed' && isStoredIndex(a.index)) state.index ??= a.index;
    }
    state.pending = false;
    deps.onChange();
  };

  return {
    viewFor(kind, meeting) {
      if (!watching) {
        watching = true;
        deps.watchAllowed((value) => {
          const changed = value !== allowed;
          allowed = value;
          if (changed && value) deps.onChange();
        });
      }
      // Meetings ITU cannot have a list for are not asked about (the background would refuse them too).
      if (!allowed || !isPlausibleMeeting(meeting)) return undefined;
      const request = { kind, meeting };
      const name = ituIndexFileName(request);
      let state = states.get(name);
      if (!state) states.set(name, (state = { pending: false }));
      const current = state;
      const failedRecently = current.failure !== undefined && now() - current.failure.at < RETRY_AFTER_MS;
      if (!current.pending && !failedRecently && !(current.index && isFresh(current.index, now()))) {
        current.pending = true;
        deps.send({ type: ITU_INDEX_REQUEST, kind, meeting }).then(
          (answer) => settle(current, kind, answer),
          () => settle(current, kind, undefined),
        );
      }
      if (current.failure)
        return {
          state: 'failed',
          message: current.failure.message,
          ...(current.index ? { index: current.index } : {}),
        };
      if (current.index)
        return { state: 'ready', index: current.index, ...(current.unkept ? { unkept: current.unkept } : {}) };
      return current.pending ? { state: 'loading' } : undefined;
    },
  };
}

/** The requests of the page's content script, over the extension's messaging and storage. */
export function browserIndexRequests(onChange: () => void): IndexRequests {
  const key = ITU_STORAGE_KEYS.allowed;
  return createIndexRequests({
    send: (message) => browser.runtime.sendMessage(message),
    watchAllowed(callback) {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && key in changes) callback(changes[key].newValue === true);
      });
      browser.storage.local.get(key).then(
        (stored) => callback(stored[key] === true),
        () => callback(false),
      );
    },
    onChange,
  });
}
