/**
 * "Get TD list from ITU" in the register panel: ITU's TD index of the document's meeting, fetched by the pane
 * itself where the browser lets it (ITU answering with CORS headers, online), handed to the panel as a file to
 * import like any other. Where it cannot be fetched, the answer carries the exact URL, for the delegate to download
 * and import.
 *
 * Tests point the fetch at a stand-in of ITU's site with the localStorage key below; the pane never offers it.
 */
import type { MeetingContext } from '../../shared/meeting/types';
import { ITU_BASE } from '../../shared/meeting/urls';
import { fetchItuIndex, ItuIndexError } from '../../shared/register/itu-fetch';
import {
  ituIndexFileName,
  ituIndexUrl,
  type ItuIndexFailure,
  type ItuIndexRequest,
} from '../../shared/register/itu-index';

/** Test only: another site than ITU's (`http://127.0.0.1:PORT`). */
export const TEST_ITU_BASE_KEY = 'td-lens:test-itu-base';

export type TdListResult =
  { ok: true; file: File } | { ok: false; url: string; fileName: string; reason: ItuIndexFailure; message: string };

function siteBase(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    const base = storage?.getItem(TEST_ITU_BASE_KEY);
    return base && /^https?:\/\/[^/\s]+$/.test(base) ? base : ITU_BASE;
  } catch {
    return ITU_BASE;
  }
}

/** The meeting's TD index as a file named as ITU names it (`T25-TSAG-250526-TD.xml`), or why not and where it is. */
export async function getItuTdList(
  meeting: MeetingContext,
  options: { fetch?: typeof globalThis.fetch; storage?: Pick<Storage, 'getItem'> } = {},
): Promise<TdListResult> {
  const request: ItuIndexRequest = { kind: 'td', meeting };
  const base = siteBase(options.storage ?? safeLocalStorage());
  const fileName = ituIndexFileName(request);
  try {
    const { bytes } = await fetchItuIndex(request, { base, ...(options.fetch ? { fetch: options.fetch } : {}) });
    return { ok: true, file: new File([bytes as Uint8Array<ArrayBuffer>], fileName, { type: 'text/xml' }) };
  } catch (error) {
    if (!(error instanceof ItuIndexError)) throw error;
    // In a browser, "blocked" is CORS as often as being offline: the pane cannot tell them apart.
    const message =
      error.reason === 'offline'
        ? `This pane could not fetch ${fileName} (offline, or ITU's site does not let it)`
        : error.message;
    return { ok: false, url: ituIndexUrl(request, base), fileName, reason: error.reason, message };
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
