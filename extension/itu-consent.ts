/**
 * The delegate's consent to fetching ITU's indexes. Nothing is fetched until the delegate allows it once, from the
 * options page or the popup (a click: the browser asks for the optional host permission `https://www.itu.int/*`).
 * Consent is both that permission and a stored flag: Firefox grants `<all_urls>` with the content scripts at
 * install, so there the permission alone would say nothing about what the delegate wants.
 */
import { ITU_BASE } from '../shared/meeting/urls';
import { ITU_STORAGE_KEYS } from './itu-index';
import { forgetLists, type StorageArea } from './itu-store';

/** The host permission pattern of a site: `https://www.itu.int/*` (ports are not part of match patterns). */
export function originPattern(base: string): string {
  const url = new URL(base);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The permission to ask for. */
export const ITU_ORIGINS = { origins: [originPattern(ITU_BASE)] };

export interface ConsentApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  storage: { local: StorageArea };
}

/**
 * Asks for the permission and, when granted, records the consent. Call it straight from a click handler: browsers
 * grant permission requests only to a user gesture.
 */
export async function allowItuIndexes(api: ConsentApi): Promise<boolean> {
  const granted = await api.permissions.request(ITU_ORIGINS);
  if (granted) await api.storage.local.set({ [ITU_STORAGE_KEYS.allowed]: true });
  return granted;
}

/** Consent withdrawn, wherever (Stop, or the permission taken back in the browser): the flag off, the lists forgotten. */
export async function withdrawItuIndexes(api: Pick<ConsentApi, 'storage'>): Promise<void> {
  await api.storage.local.set({ [ITU_STORAGE_KEYS.allowed]: false });
  await forgetLists(api.storage.local);
}

/** Switches fetching off: consent withdrawn, fetched indexes forgotten, the permission given back where it can be. */
export async function stopItuIndexes(api: ConsentApi): Promise<void> {
  await withdrawItuIndexes(api);
  // Firefox cannot take back an origin the content scripts' `<all_urls>` also grants; the flag above still holds.
  await api.permissions.remove(ITU_ORIGINS).catch(() => false);
}

/**
 * Whether fetching is allowed (the background asks before each fetch). The flag set without the permission means
 * the permission was taken back while no background ran to hear it: a withdrawal, and the lists are forgotten.
 */
export async function ituIndexesAllowedNow(api: Pick<ConsentApi, 'permissions' | 'storage'>): Promise<boolean> {
  if (await ituIndexesAllowed(api)) return true;
  if ((await api.storage.local.get(ITU_STORAGE_KEYS.allowed))[ITU_STORAGE_KEYS.allowed] === true)
    await withdrawItuIndexes(api);
  return false;
}

/** Whether fetching is allowed: the consent flag and the permission. */
export async function ituIndexesAllowed(api: Pick<ConsentApi, 'permissions' | 'storage'>): Promise<boolean> {
  const stored = await api.storage.local.get(ITU_STORAGE_KEYS.allowed);
  return stored[ITU_STORAGE_KEYS.allowed] === true && (await api.permissions.contains(ITU_ORIGINS));
}
