/**
 * Fetching ITU's own index of a meeting's TDs, or of a group's contributions, and reading it as a register: one
 * module for the command line, the extension's background and the Word add-in's pane, each of which only says
 * where the bytes go (a cache file, storage.local, the document's settings). Which index, its name and URL:
 * itu-index.ts.
 *
 * What goes out is the URL and nothing else: no cookies or other credentials (`credentials: 'omit'`, so a TIES
 * login never rides along), no referrer. What comes back is read by `parseXmlRegister` (bounded, no DTD) and must
 * be the index asked for: another meeting's TD index, or a contributions index where a TD index was asked, is
 * refused rather than used (it would make every TD of the document "unknown").
 *
 * Every failure is an ItuIndexError with a reason the callers branch on and a one-line message that names the URL.
 */
import { printable } from '../text/printable';
import { parseXmlRegister } from './from-xml';
import { ituIndexUrl, type ItuIndexFailure, type ItuIndexRequest } from './itu-index';
import { registerMismatch } from './meeting-fit';
import { RegisterError, type RegisterKind, type TdRegister } from './types';

export class ItuIndexError extends Error {
  constructor(
    readonly reason: ItuIndexFailure,
    readonly url: string,
    message: string,
  ) {
    super(printable(message));
    this.name = 'ItuIndexError';
  }
}

/** How long an answer may take, headers and body together. */
export const ITU_INDEX_TIMEOUT_MS = 30_000;

/** ITU's largest indexes (a study group's contributions over a study period) are a few MB; this is far above. */
export const MAX_INDEX_BYTES = 32 * 1024 * 1024;

export interface FetchIndexOptions {
  /** Where ITU's site is (tests: a local server). */
  base?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedIndex {
  url: string;
  register: TdRegister;
  /** The index as received, for a cache. */
  bytes: Uint8Array;
}

/** Fetches the index and reads it; throws ItuIndexError. */
export async function fetchItuIndex(request: ItuIndexRequest, options: FetchIndexOptions = {}): Promise<FetchedIndex> {
  const url = ituIndexUrl(request, options.base);
  const timeoutMs = options.timeoutMs ?? ITU_INDEX_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const host = hostOf(url);
  let answered = false;
  const fail = (error: unknown): never => {
    if (error instanceof ItuIndexError) throw error;
    if (signal.aborted)
      throw new ItuIndexError('timeout', url, `${host} did not answer within ${duration(timeoutMs)}: ${url}`);
    // An answer that broke off, or that cannot be decoded (a bad gzip), came from a site that was reached.
    if (answered)
      throw new ItuIndexError('server', url, `the answer of ${host} could not be read (${causeOf(error)}): ${url}`);
    throw new ItuIndexError('offline', url, `could not reach ${host} (offline, or the request was blocked): ${url}`);
  };
  let bytes: Uint8Array;
  try {
    const init: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache', signal };
    const response = await fetchWithin(url, new URL(url).origin, options.fetch ?? globalThis.fetch, init);
    answered = true;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw statusError(response.status, url);
    }
    bytes = await readBody(response, options.maxBytes ?? MAX_INDEX_BYTES, url);
  } catch (error) {
    return fail(error);
  }
  // What the body is, not what its Content-Type says: how ITU labels its XML is not known.
  if (looksLikeHtml(bytes)) {
    throw new ItuIndexError(
      'not-an-index',
      url,
      `${host} answered with a web page, not the index (a login page, or the index is not published): ${url}`,
    );
  }
  return { url, register: readItuIndex(bytes, request, url), bytes };
}

/** Redirects followed at most (ITU's site, moving a page, needs one or two). */
const MAX_REDIRECTS = 5;

/**
 * `url` fetched, following redirects only within `origin` (scheme, host and port: https://www.itu.int, never http
 * nor another host, whose answer would be kept a day as ITU's list). Where the platform hides a redirect's target
 * (a browser's opaque redirect), the redirect is followed by the platform and where it ended is checked instead.
 */
async function fetchWithin(
  url: string,
  origin: string,
  fetchFn: typeof globalThis.fetch,
  init: RequestInit,
): Promise<Response> {
  const host = hostOf(url);
  const seen = new Set([url]);
  for (let current = url; ;) {
    const response = await fetchFn(current, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      const followed = await fetchFn(current, { ...init, redirect: 'follow' });
      if (followed.url && new URL(followed.url).origin !== origin) throw await outside(followed, followed.url);
      return followed;
    }
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return response;
    const next = new URL(location, current).href;
    if (new URL(next).origin !== origin) throw await outside(response, next);
    if (seen.has(next) || seen.size > MAX_REDIRECTS) {
      await response.body?.cancel().catch(() => undefined);
      const why = seen.has(next) ? `in a loop, back to ${next}` : `more than ${MAX_REDIRECTS} times`;
      throw new ItuIndexError('redirected', url, `${host} redirected the index ${why}: ${url}`);
    }
    await response.body?.cancel().catch(() => undefined);
    seen.add(next);
    current = next;
  }

  async function outside(response: Response, target: string): Promise<ItuIndexError> {
    await response.body?.cancel().catch(() => undefined);
    return new ItuIndexError(
      'redirected',
      url,
      `${host} redirected the index to ${target}, outside ${origin}: not followed (${url})`,
    );
  }
}

/** What went wrong reading an answer, in a few words: `incorrect header check` for a bad gzip. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause;
  const message =
    typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/**
 * Reads an index's bytes (fetched now, or kept from an earlier fetch) and checks it is the index asked for.
 * `name` names it in messages: its URL.
 */
export function readItuIndex(input: Uint8Array | string, request: ItuIndexRequest, name: string): TdRegister {
  let register: TdRegister;
  try {
    register = parseXmlRegister(input, name);
  } catch (error) {
    if (error instanceof RegisterError)
      throw new ItuIndexError('malformed', name, `not a readable ITU index: ${error.message}`);
    throw error;
  }
  if (register.kind !== request.kind) {
    const what = (kind: RegisterKind) => (kind === 'contribution' ? 'a contributions index' : 'a TD index');
    throw new ItuIndexError('other-meeting', name, `${name} is ${what(register.kind)}, not ${what(request.kind)}`);
  }
  const mismatch = registerMismatch(register, request.meeting);
  if (mismatch) throw new ItuIndexError('other-meeting', name, mismatch);
  return register;
}

function statusError(status: number, url: string): ItuIndexError {
  const host = hostOf(url);
  if (status === 404 || status === 410) {
    return new ItuIndexError(
      'not-found',
      url,
      `${host} has no index at ${url} (HTTP ${status}): not published yet, or the meeting is not the one in the header`,
    );
  }
  if (status === 401 || status === 403)
    return new ItuIndexError('refused', url, `${host} refused the index (HTTP ${status}): ${url}`);
  return new ItuIndexError('server', url, `${host} answered HTTP ${status} for ${url}`);
}

async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new ItuIndexError(
      'too-large',
      url,
      `the index at ${url} is larger than ${Math.round(maxBytes / 1048576)} MB: not an index`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A web page where XML was expected: `<!DOCTYPE html` or `<html` first (after a byte-order mark and white space). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

const duration = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
