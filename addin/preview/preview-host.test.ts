// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../shared/document/from-text';
import type { AgendaDocument } from '../../shared/document/model';
import { PreviewHost } from './preview-host';

const samplePath = resolve(import.meta.dirname, '../../samples/wp2-closing-agenda-2025-05.txt');
const sample = () => readTextDocument(readFileSync(samplePath, 'utf8'), 'wp2-closing-agenda-2025-05.txt');

const memoryStorage = () => {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
};

function hostWith(doc: AgendaDocument) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const host = new PreviewHost(container, { storage: memoryStorage(), debounceMs: 1 });
  host.load(doc);
  return { host, container };
}

describe('PreviewHost', () => {
  it('renders the sample with the same paragraphs and tables as the reader', async () => {
    const original = sample();
    const { host, container } = hostWith(original);
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(original.paragraphs.map((p) => p.text));
    expect(container.querySelectorAll('table')).toHaveLength(original.blocks.filter((b) => b.type === 'table').length);
    const cells = container.querySelectorAll('td[colspan]');
    expect(cells.length).toBeGreaterThan(0);
    for (const p of doc.paragraphs) {
      const element = container.querySelector(`[data-paragraph="${p.index}"]`);
      expect(element?.textContent).toBe(p.text);
    }
  });

  it('selects the text of a span', async () => {
    const { host, container } = hostWith(sample());
    const doc = await host.read();
    const at = doc.text.indexOf('TD7R1');
    await host.select({ start: at, end: at + 5 });
    expect(document.getSelection()?.toString()).toBe('TD7R1');
    expect(container.querySelector('[data-selected]')?.textContent).toContain('TD7R1');
  });

  it('applies edits, keeps links and re-renders', async () => {
    const doc = readTextDocument('Report – TD106\nSee TD7R1 now\n', 'a.txt');
    doc.links = [{ start: doc.text.indexOf('TD7R1'), end: doc.text.indexOf('TD7R1') + 5, url: 'https://www.itu.int/md/x/en' }];
    const { host, container } = hostWith(doc);
    let changes = 0;
    host.onChange(() => changes++);
    const read = await host.read();
    const at = read.text.indexOf('TD7R1');
    const result = await host.replace([
      { start: at + 3, end: at + 5, replacement: 'R2', expected: 'R1' },
      { start: 0, end: 6, replacement: 'Rapport', expected: 'Nope' },
    ]);
    expect(result.applied).toBe(1);
    expect(result.skipped).toHaveLength(1);
    expect(container.querySelector('a')?.textContent).toBe('TD7R2');
    expect((await host.read()).text).toBe('Report – TD106\nSee TD7R2 now\n');
    await new Promise((done) => setTimeout(done, 10));
    expect(changes).toBe(1);
  });

  it('refuses edits on a stale read and keeps settings per document', async () => {
    const { host } = hostWith(readTextDocument('One\nTwo\n', 'a.txt'));
    await expect(host.replace([{ start: 0, end: 1, replacement: 'x' }])).rejects.toThrow(/Check the document first/);
    await host.read();
    await host.replace([{ start: 0, end: 3, replacement: 'Uno' }]);
    const stale = await host.replace([{ start: 0, end: 3, replacement: 'Eins' }]);
    expect(stale.applied).toBe(0);
    await host.saveSetting('meeting', { group: 'TSAG' });
    expect(await host.loadSetting('meeting')).toEqual({ group: 'TSAG' });
    expect(await host.loadSetting('register')).toBeUndefined();
  });
});

describe('PreviewHost fixes that split a paragraph', () => {
  it('turns a line break in a replacement into a new list item', async () => {
    const { host, container } = hostWith(readTextDocument('· WP2-4: Approve TD1 · WP2-5: Approve TD2\n', 'a.txt'));
    const doc = await host.read();
    const at = doc.text.indexOf(' · WP2-5');
    const result = await host.replace([{ start: at, end: at + 3, replacement: '\n· ', expected: ' · ' }]);
    expect(result.applied).toBe(1);
    const after = await host.read();
    expect(after.paragraphs.map((p) => [p.text, p.isListItem])).toEqual([
      ['WP2-4: Approve TD1', true],
      ['WP2-5: Approve TD2', true],
    ]);
    expect(container.querySelectorAll('.list-item')).toHaveLength(2);
  });

  it('keeps every edit of a paragraph when one of them splits it', async () => {
    const { host } = hostWith(readTextDocument('· WP2-4: Approve TD1 · WP2-5: Approve TD2\n', 'a.txt'));
    const doc = await host.read();
    const split = doc.text.indexOf(' · WP2-5');
    const first = doc.text.indexOf('TD1');
    const result = await host.replace([
      { start: split, end: split + 3, replacement: '\n· ', expected: ' · ' },
      { start: first, end: first + 3, replacement: 'TD10', expected: 'TD1' },
    ]);
    expect(result).toEqual({ applied: 2, skipped: [] });
    const after = await host.read();
    expect(after.paragraphs.map((p) => p.text)).toEqual(['WP2-4: Approve TD10', 'WP2-5: Approve TD2']);
  });
});
