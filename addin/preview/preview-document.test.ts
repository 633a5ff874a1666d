// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../../shared/document/from-text';
import type { AgendaDocument } from '../../shared/document/model';
import { paragraphText } from '../word/memory/memory-document';
import { PreviewDocument } from './preview-document';

const samplePath = resolve(import.meta.dirname, '../../samples/wp2-closing-agenda-2025-05.txt');
const sample = () => readTextDocument(readFileSync(samplePath, 'utf8'), 'wp2-closing-agenda-2025-05.txt');

const memoryStorage = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    values,
  };
};

function open(doc: AgendaDocument, storage = memoryStorage()) {
  const container = document.createElement('article');
  document.body.replaceChildren(container);
  const batches: number[] = [];
  const preview = new PreviewDocument(container, doc, {
    storage,
    debounceMs: 1,
    onBatch: (syncs) => batches.push(syncs),
  });
  return { preview, container, batches, storage };
}

describe('PreviewDocument', () => {
  it('shows the document as Word reads it: the same paragraphs and tables as the reader', async () => {
    const original = sample();
    const { preview, container, batches } = open(original);
    const doc = await preview.host.read();
    expect(batches).toEqual([2]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(original.paragraphs.map((p) => p.text));
    expect(container.querySelectorAll('table')).toHaveLength(original.blocks.filter((b) => b.type === 'table').length);
    expect(container.querySelectorAll('td[colspan]').length).toBeGreaterThan(0);
    const shown = [...container.querySelectorAll('[data-paragraph]')].map((e) => e.textContent);
    expect(shown).toEqual(original.paragraphs.map((p) => p.text));
  });

  it('shows the selection Word makes', async () => {
    const { preview, container } = open(sample());
    const doc = await preview.host.read();
    const at = doc.text.indexOf('TD7R1');
    await preview.host.select({ start: at, end: at + 5 });
    expect(document.getSelection()?.toString()).toBe('TD7R1');
    expect(container.querySelector('[data-selected]')?.textContent).toContain('TD7R1');
  });

  it('renders a fix, keeps links, and tells the pane the document changed', async () => {
    const doc = readTextDocument('Report – TD106\nSee TD7R1 now\n', 'a.txt');
    doc.links = [
      { start: doc.text.indexOf('TD7R1'), end: doc.text.indexOf('TD7R1') + 5, url: 'https://www.itu.int/md/x/en' },
    ];
    const { preview, container, batches } = open(doc);
    let changes = 0;
    preview.host.onChange(() => changes++);
    const read = await preview.host.read();
    const at = read.text.indexOf('TD7R1');
    const result = await preview.host.replace([
      { start: at + 3, end: at + 5, replacement: 'R2', expected: 'R1' },
      { start: 0, end: 6, replacement: 'Rapport', expected: 'Nope' },
    ]);
    expect(result.applied).toBe(1);
    expect(batches).toEqual([2, 3]);
    expect(container.querySelector('a')?.textContent).toBe('TD7R2');
    expect((await preview.host.read()).text).toBe('Report – TD106\nSee TD7R2 now\n');
    await new Promise((done) => setTimeout(done, 10));
    expect(changes).toBe(1);
  });

  it('takes typing into the Word document, links kept, and a stale fix is refused', async () => {
    const doc = readTextDocument('See TD7R1 now\n', 'a.txt');
    doc.links = [{ start: 4, end: 9, url: 'https://www.itu.int/md/x/en' }];
    const { preview, container } = open(doc);
    const read = await preview.host.read();
    const element = container.querySelector('[data-paragraph]')!;
    element.lastChild!.textContent = ' now, please';
    element.dispatchEvent(new Event('input', { bubbles: true }));
    expect(preview.word.allParagraphs().map(paragraphText)).toEqual(['See TD7R1 now, please']);
    expect(preview.word.allParagraphs()[0].runs).toEqual([
      { text: 'See ' },
      { text: 'TD7R1', hyperlink: 'https://www.itu.int/md/x/en' },
      { text: ' now, please' },
    ]);
    const at = read.text.indexOf('TD7R1');
    const stale = await preview.host.replace([{ start: at, end: at + 5, replacement: 'TD7R2' }]);
    expect(stale.applied).toBe(0);
  });

  it('keeps settings per document name', async () => {
    const storage = memoryStorage();
    const first = open(readTextDocument('One\n', 'a.txt'), storage);
    await first.preview.host.saveSetting('meeting', { group: 'TSAG' });
    expect(await open(readTextDocument('One\n', 'a.txt'), storage).preview.host.loadSetting('meeting')).toEqual({
      group: 'TSAG',
    });
    expect(await open(readTextDocument('Two\n', 'b.txt'), storage).preview.host.loadSetting('meeting')).toBeUndefined();
  });
});
