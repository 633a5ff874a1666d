/**
 * A stand-in for ITU's `dms_pages` on 127.0.0.1 (port 0): the index URLs TD Lens builds, answered from fixture
 * files in ITU's layout, and the ways the real site can answer badly: slowly, 404, a login page, a malformed or
 * another meeting's index. Every request is logged, so a test can tell exactly what was fetched, and when nothing was.
 * Tests point TD Lens at it (`TD_LENS_ITU_BASE` for the command line, a test build for the extension, a storage
 * key for the pane); nothing here ever reaches the network.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..');
const fixture = (path: string) => readFileSync(resolve(repoRoot, path));

/** The TSAG meeting of the sample agenda (26-30 May 2025): its TD index. */
export const TSAG_TD_INDEX = '/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml';
/** SG12's contributions index for the 2025-2028 period. */
export const SG12_C_INDEX = '/dms_pages/itu-t/md/25/SG12/c/T25-SG12-C.xml';
/** SG12's meeting of 9-18 September 2025: its TD index. */
export const SG12_TD_INDEX = '/dms_pages/itu-t/md/25/SG12/td/T25-SG12-250909-TD.xml';

export interface IndexAnswer {
  status?: number;
  body: string | Uint8Array;
  type?: string;
  /** Wait this long before answering (a slow site). */
  delayMs?: number;
  /** Close the connection without an answer (the network failing on the way). */
  drop?: boolean;
  /** More headers: a redirect's `location`, a `content-encoding` the body does not have. */
  headers?: Record<string, string>;
}

/** The fixture indexes in ITU's layout, by path. */
export function fixtureIndexes(): Record<string, IndexAnswer> {
  return {
    [TSAG_TD_INDEX]: { body: fixture('samples/itu-td-index-T25-TSAG-250526.xml') },
    [SG12_C_INDEX]: { body: fixture('test/fixtures/T25-SG12-C.xml') },
    [SG12_TD_INDEX]: { body: fixture('test/fixtures/register-sg12-2509.xml') },
  };
}

export interface ItuSite {
  /** `http://127.0.0.1:PORT`: the base TD Lens builds index URLs on. */
  base: string;
  /** What was asked for, in order (every request, answered or not): path and query as sent. */
  requests: string[];
  /** The headers of each request, in the same order (to show no cookie or referrer goes out). */
  headers: Record<string, string | string[] | undefined>[];
  /** Answers by path; tests change them between steps. */
  answers: Record<string, IndexAnswer>;
  close(): Promise<void>;
}

/**
 * Starts the stand-in. `cors` adds `Access-Control-Allow-Origin: *` (whether ITU sends it is not known; the pane
 * needs it, the extension does not).
 */
export async function startItuSite(
  options: { answers?: Record<string, IndexAnswer>; cors?: boolean } = {},
): Promise<ItuSite> {
  const site: Omit<ItuSite, 'base' | 'close'> = {
    requests: [],
    headers: [],
    answers: options.answers ?? fixtureIndexes(),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    site.requests.push(req.url ?? '');
    site.headers.push({ ...req.headers });
    const answer = site.answers[path];
    const headers: Record<string, string> = options.cors ? { 'access-control-allow-origin': '*' } : {};
    const send = () => {
      if (res.destroyed) return;
      if (answer?.drop) {
        req.socket.destroy();
        return;
      }
      if (!answer) {
        res
          .writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>404</title><p>Not found');
        return;
      }
      res
        .writeHead(answer.status ?? 200, {
          ...headers,
          'content-type': answer.type ?? 'text/xml; charset=utf-8',
          ...answer.headers,
        })
        .end(answer.body);
    };
    if (answer?.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(site, {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  });
}
