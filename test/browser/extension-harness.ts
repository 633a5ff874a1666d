/**
 * Shared by the extension's browser tests and benchmark: a static server for fixture pages (and the sample
 * agenda rendered as HTML), Chromium launch options, and a reader for the card's closed shadow root (CDP pierces it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDirectory, type Route, type StaticServer } from './static-server';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const pagesDir = join(repoRoot, 'test/fixtures/pages');
export const chromeExtensionDir = join(repoRoot, 'dist/extension-chrome');
export { CHROMIUM, CHROMIUM_ARGS, type Route, type StaticServer } from './static-server';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sample agenda as a web page: one paragraph a line, text escaped. */
export function agendaHtml(): string {
  const text = readFileSync(resolve(repoRoot, 'samples/wp2-closing-agenda-2025-05.txt'), 'utf8');
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WP2/TSAG closing agenda</title></head><body>\n${paragraphs}\n</body></html>`;
}

/** Serves `test/fixtures/pages`, `/agenda.html`, and extra in-memory routes, on 127.0.0.1 (port 0). */
export function serveFixtures(extra: Record<string, Route> = {}): Promise<StaticServer> {
  return serveDirectory(pagesDir, {
    routes: () => ({ '/agenda.html': { type: 'text/html; charset=utf-8', body: agendaHtml() }, ...extra }),
  });
}

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a-p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export interface CardSnapshot {
  visible: boolean;
  text: string;
  links: { text: string; href: string }[];
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The card's words and links, read through its closed shadow root with CDP (the page itself cannot). */
export async function readCard(page: Page): Promise<CardSnapshot> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | null => {
      if (node.nodeName === 'TD-LENS-CARD') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const host = find(root);
    if (!host) return { visible: false, text: '', links: [] };
    const attr = (node: CdpNode, name: string) => {
      const a = node.attributes ?? [];
      const i = a.indexOf(name);
      return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
    };
    const links: CardSnapshot['links'] = [];
    // The card's words are generated content (`data-text`), as the delegate sees them; text nodes, if any, too.
    const textOf = (node: CdpNode): string => {
      if (node.nodeType === 3) return node.nodeValue ?? '';
      if (node.nodeName === 'STYLE') return '';
      const inner = [
        attr(node, 'data-text') ?? '',
        ...[...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf),
      ].join(' ');
      if (node.nodeName === 'A') links.push({ text: inner.trim(), href: attr(node, 'href') ?? '' });
      return inner;
    };
    const text = textOf(host).replace(/\s+/g, ' ').trim();
    const visible = !/display:\s*none/.test(attr(host, 'style') ?? '');
    return { visible, text, links };
  } finally {
    await cdp.detach();
  }
}

/** Computed style of the card's box (`.card` inside the closed shadow root), through CDP. */
export async function cardStyle(page: Page, properties: string[]): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | null => {
      const cls = node.attributes?.[node.attributes.indexOf('class') + 1];
      if (node.nodeName === 'DIV' && node.attributes?.includes('class') && cls === 'card') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const hit = find(child);
        if (hit) return hit;
      }
      return null;
    };
    const card = find(root);
    if (!card) return {};
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: card.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(computedStyle.filter((p) => properties.includes(p.name)).map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}
