/**
 * Background entry (a service worker in Chrome, a background script in Firefox): fetches ITU's indexes for the
 * cards (index-service.ts), tells a card whether the text around its mark fits the TD's title (title-fit.ts), and
 * follows the permission when the delegate grants or withdraws it in the browser's own extension settings.
 * Listeners are registered at the top level, as both browsers require of event pages.
 */
import browser from 'webextension-polyfill';
import { ITU_BASE } from '../../shared/meeting/urls';
import { fetchItuIndex } from '../../shared/register/itu-fetch';
import { ITU_ORIGINS, ituIndexesAllowedNow, withdrawItuIndexes } from '../itu-consent';
import { ITU_STORAGE_KEYS } from '../itu-index';
import { LEGACY_LISTS_KEY } from '../itu-store';
import { isIndexRequest, isTitleFitRequest } from '../messages';
import { createIndexService } from './index-service';
import { answerTitleFit } from './title-fit';

const storage = browser.storage.local;
const allowed = () => ituIndexesAllowedNow(browser);

const service = createIndexService({
  storage,
  allowed,
  fetchIndex: (request) => fetchItuIndex(request, { base: ITU_BASE }),
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (isTitleFitRequest(message)) return Promise.resolve(answerTitleFit(message));
  if (!isIndexRequest(message)) return undefined;
  return service.request({ kind: message.kind, meeting: message.meeting });
});

const isItu = (origins: string[] | undefined) => (origins ?? []).some((o) => ITU_ORIGINS.origins.includes(o));

// Granting the permission from the browser's settings (Chrome's site access, Firefox's add-on page) is consent too;
// withdrawing it there switches fetching off and forgets the lists.
browser.permissions.onAdded.addListener((permissions) => {
  if (isItu(permissions.origins)) void storage.set({ [ITU_STORAGE_KEYS.allowed]: true });
});
browser.permissions.onRemoved.addListener((permissions) => {
  if (isItu(permissions.origins)) void withdrawItuIndexes(browser);
});

// Versions before 0.2 kept every list in one value, read whole by every tab: gone (lists are fetched again on need).
void storage.remove(LEGACY_LISTS_KEY);
void allowed();
