/**
 * `--register itu`: ITU's TD index of the document's meeting (`--meeting`, else its header), fetched from ITU and kept in the
 * user's cache folder (`$XDG_CACHE_HOME/td-lens/itu`, else `~/.cache/td-lens/itu`; on Windows
 * `%LOCALAPPDATA%\td-lens\cache\itu`).
 *
 * A copy younger than a day is used as it is; an older one is fetched again, and kept when ITU cannot be reached
 * (with a warning). `--offline` uses the cache only. Every failure is an InputError (exit 2) on one line: no meeting
 * in the header, no index at ITU, offline without a copy, a malformed index or one of another meeting.
 *
 * `TD_LENS_ITU_BASE` points the fetch at another site; only the tests use it (a stand-in on 127.0.0.1).
 */
import { constants } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ITU_BASE } from '../shared/meeting/urls';
import type { MeetingContext } from '../shared/meeting/types';
import { fetchItuIndex, ItuIndexError, MAX_INDEX_BYTES, readItuIndex } from '../shared/register/itu-fetch';
import { ituIndexFileName, ituIndexUrl, type ItuIndexRequest } from '../shared/register/itu-index';
import type { TdRegister } from '../shared/register/types';
import { printableExcerpt } from '../shared/text/printable';
import { megabytes } from '../shared/document/limits';
import { InputError, systemCause } from './errors';
import { MEETING_HINT } from './meeting-option';
import { writeCopy } from './write-copy';

/** A kept index is used without asking ITU again for this long. */
export const CACHE_FRESH_MS = 24 * 60 * 60 * 1000;

export interface ItuRegisterOptions {
  offline: boolean;
  env: NodeJS.ProcessEnv;
  /** Warnings (a stale copy used): stderr. */
  warn(text: string): void;
}

/** Where kept indexes go; null when the environment names no home or cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'td-lens', 'cache', 'itu') : null;
  // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && xdg.startsWith('/')) return join(xdg, 'td-lens', 'itu');
  const home = env.HOME || homedir();
  return home ? join(home, '.cache', 'td-lens', 'itu') : null;
}

function siteBase(env: NodeJS.ProcessEnv): string {
  const base = env.TD_LENS_ITU_BASE;
  if (!base) return ITU_BASE;
  if (!/^https?:\/\/[^/\s]+$/.test(base))
    throw new InputError(`TD_LENS_ITU_BASE must be a site like https://www.itu.int (got "${printableExcerpt(base)}")`);
  return base;
}

/** The cache file of `request`; a site other than ITU's gets its own file name prefix, so a test never fills ITU's. */
function cacheFile(dir: string, request: ItuIndexRequest, base: string): string {
  const site = base === ITU_BASE ? '' : `${new URL(base).host.replace(/[^A-Za-z0-9.-]/g, '_')}-`;
  return join(dir, `${site}${ituIndexFileName(request)}`);
}

/** The register from ITU's TD index of `meeting` (the document's, from `--meeting` or its header). */
export async function ituRegister(
  meeting: MeetingContext | null,
  file: string,
  options: ItuRegisterOptions,
): Promise<TdRegister> {
  if (!meeting) {
    throw new InputError(
      `${file}: no meeting in its header (a group such as TSAG, SG12, WP3/12 or Q4/12 and a 'Place, dates' line such as 'Geneva, 26-30 May 2025'): --register itu needs one; name it with ${MEETING_HINT}`,
    );
  }
  const request: ItuIndexRequest = { kind: 'td', meeting };
  const base = siteBase(options.env);
  const url = ituIndexUrl(request, base);
  const dir = cacheDir(options.env);
  const path = dir && cacheFile(dir, request, base);
  const found = path ? await readKept(path) : null;
  const kept = found && 'bytes' in found ? found : null;
  const read = (bytes: Uint8Array) => readItuIndex(bytes, request, url);

  if (options.offline) {
    if (found && 'refused' in found)
      throw new InputError(`--offline: the kept copy ${path} is ${found.refused}: not read; delete it`);
    if (!kept)
      throw new InputError(
        `--offline: no kept copy of ${url}${path ? ` (looked for ${path})` : ''}; run once without --offline`,
      );
    return readOrRefuse(() => read(kept.bytes), path);
  }
  if (kept && Date.now() - kept.mtime.getTime() < CACHE_FRESH_MS) return readOrRefuse(() => read(kept.bytes), path);
  try {
    const fetched = await fetchItuIndex(request, { base });
    if (path) await keep(path, fetched.bytes);
    return fetched.register;
  } catch (error) {
    if (!(error instanceof ItuIndexError)) throw error;
    const unreachable = error.reason === 'offline' || error.reason === 'timeout' || error.reason === 'server';
    if (kept && unreachable) {
      options.warn(
        `td-lens: ${error.message}; using the copy kept on ${kept.mtime.toISOString().slice(0, 10)} (${path})\n`,
      );
      return readOrRefuse(() => read(kept.bytes), path);
    }
    throw new InputError(error.message);
  }
}

/**
 * The kept copy, read only when it is what TD Lens writes there: a regular file (not a link, a FIFO or a device:
 * opened without following a link and without waiting for a writer) no larger than an index may be. Anything else
 * is `refused`, with what it is; no copy at all is null.
 */
async function readKept(path: string): Promise<{ bytes: Uint8Array; mtime: Date } | { refused: string } | null> {
  let file;
  try {
    file = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return { refused: code === 'ELOOP' ? 'a symbolic link' : systemCause(error) };
  }
  try {
    const info = await file.stat();
    if (!info.isFile())
      return { refused: info.isDirectory() ? 'a directory' : 'not a regular file (a FIFO or a device)' };
    if (info.size > MAX_INDEX_BYTES)
      return { refused: `larger (${megabytes(info.size)}) than an index may be (${megabytes(MAX_INDEX_BYTES)})` };
    const bytes = new Uint8Array(info.size);
    const { bytesRead } = await file.read(bytes, 0, info.size, 0);
    return { bytes: bytes.subarray(0, bytesRead), mtime: info.mtime };
  } catch (error) {
    return { refused: systemCause(error) };
  } finally {
    await file.close();
  }
}

/** A kept copy that no longer reads (edited by hand, disk trouble) is an error that says where it is. */
function readOrRefuse(read: () => TdRegister, path: string | null): TdRegister {
  try {
    return read();
  } catch (error) {
    if (error instanceof ItuIndexError)
      throw new InputError(`${error.message} (kept copy ${path}; delete it to fetch again)`);
    throw error;
  }
}

/**
 * Writes the copy whole or not at all, never through a link: write-copy.ts's new temporary file (created exclusively,
 * under a name no one can guess), then a rename over whatever had the name.
 */
async function keep(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeCopy(path, bytes, { force: true });
  } catch {
    // A cache that cannot be written costs a fetch next time, nothing else.
  }
}
