/**
 * What every browser test and the extension benchmark share: Debian's Chromium and its launch flags (no background
 * networking: this machine's network is closed), and a static file server on 127.0.0.1 (port 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export const contentType = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';

/** An in-memory page served instead of a file. */
export interface Route {
  type: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files under `dir` (and `routes` by path), never anything outside it; `headers` go with every file. */
export async function serveDirectory(
  dir: string,
  options: { index?: string; routes?: () => Record<string, Route>; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = options.routes?.()[path];
    if (route) {
      res.writeHead(200, { 'content-type': route.type, ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(dir, path === '/' && options.index ? options.index : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': contentType(file), ...options.headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
