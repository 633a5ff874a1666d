import { describe, expect, it } from 'vitest';
import { PropertyNotLoadedError } from './memory/memory-api';
import { memoryParagraph, memoryTable, paragraphText, type MemoryBlock } from './memory/memory-document';
import { testWord, type TestWord } from './sample-word.testing';
import { WordHost, wordReplacement } from './word-host';
import { readTextDocument } from '../../shared/document/from-text';
import type { AgendaDocument } from '../../shared/document/model';

const agenda = (): MemoryBlock[] => [
  memoryParagraph('Agenda for the closing plenary', { style: 'Heading 1' }),
  memoryParagraph(''),
  memoryParagraph('Report – TD106', { listLevel: 0 }),
  memoryParagraph('WP2-4: Approve the report, TD106.', {
    listLevel: 1,
    runs: [{ text: 'WP2-4', bold: true }, { text: ': Approve the report, TD106.' }],
  }),
  memoryTable([
    ['#', 'Date', 'Time\n(Geneva time)'],
    ['1', '10 September 2025', '13:00 – 15:00 CEST'],
  ]),
  memoryParagraph('Closure'),
];

const hostFor = (word: TestWord) => new WordHost({ run: word.run, settings: word.settings, name: 'agenda.docx' });

const longDocument = (paragraphs: number): MemoryBlock[] =>
  Array.from({ length: paragraphs }, (_, i) =>
    memoryParagraph(`Item ${i}: approve TD${i} and TD${i}.`, i % 3 === 0 ? { listLevel: 0 } : {}),
  );

/** The syncs `act` costs after a read, on a 10- and on a 2,000-paragraph document. */
async function syncsAt10And2000(
  act: (host: WordHost, doc: AgendaDocument, fake: TestWord) => Promise<void>,
): Promise<number[]> {
  const counts: number[] = [];
  for (const size of [10, 2000]) {
    const fake = testWord(longDocument(size));
    const host = hostFor(fake);
    const doc = await host.read();
    const before = fake.doc.syncCount;
    await act(host, doc, fake);
    counts.push(fake.doc.syncCount - before);
  }
  return counts;
}

describe('WordHost.read', () => {
  it('reads paragraphs, list items and table cells into the shared flat-text layout', async () => {
    const doc = await hostFor(testWord(agenda())).read();
    expect(doc.format).toBe('word');
    expect(doc.text).toBe(
      'Agenda for the closing plenary\n· Report – TD106\n◦ WP2-4: Approve the report, TD106.\n' +
        '\t#\n\tDate\n\tTime\n(Geneva time)\n\n\t1\n\t10 September 2025\n\t13:00 – 15:00 CEST\n\nClosure\n',
    );
    expect(doc.paragraphs).toHaveLength(11);
    expect(doc.paragraphs[0]).toMatchObject({ style: 'Heading 1', headingLevel: 1, isListItem: false });
    expect(doc.paragraphs[2]).toMatchObject({ isListItem: true, listLevel: 1 });
    const table = doc.blocks[3];
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((p) => p.text).join('|')))).toEqual([
      ['#', 'Date', 'Time|(Geneva time)'],
      ['1', '10 September 2025', '13:00 – 15:00 CEST'],
    ]);
    expect(doc.paragraphs[6].table).toEqual({ table: 0, row: 0, cell: 2 });
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    // The same layout as the text reader: reading the flat text back gives the same paragraphs and tables.
    const again = readTextDocument(doc.text, 'again.txt');
    expect(again.paragraphs.map((p) => [p.text, p.isListItem, p.table])).toEqual(
      doc.paragraphs.map((p) => [p.text, p.isListItem, p.table]),
    );
  });

  it('reports progress', async () => {
    const seen: number[] = [];
    await hostFor(testWord(agenda())).read((progress) => seen.push(progress.done));
    expect(seen).toEqual([0, 12]);
  });

  it('uses the same number of syncs for 10 and 2,000 paragraphs', async () => {
    const small = testWord(longDocument(10));
    const large = testWord(longDocument(2000));
    await hostFor(small).read();
    await hostFor(large).read();
    expect(small.doc.syncCount).toBe(large.doc.syncCount);
    expect(small.doc.syncCount).toBeLessThanOrEqual(2);
  });
});

describe('the in-memory Word document behaves like Office', () => {
  it('throws on reads of properties not loaded and synced', async () => {
    const fake = testWord(agenda());
    await fake.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(PropertyNotLoadedError);
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(PropertyNotLoadedError);
      await context.sync();
      expect(paragraphs.items[0].text).toBe('Agenda for the closing plenary');
      expect(() => paragraphs.items[0].style).toThrow(PropertyNotLoadedError);
    });
  });
});

describe('WordHost.select', () => {
  it('selects the exact occurrence at the offset', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    const doc = await host.read();
    const second = doc.text.indexOf('TD106', doc.text.indexOf('WP2-4'));
    await host.select({ start: second, end: second + 5 });
    expect(fake.doc.selection && fake.doc.rangeText(fake.doc.selection)).toBe('TD106');
    expect(fake.doc.selection?.start.offset).toBe('WP2-4: Approve the report, '.length);
  });

  it('selects in table cells and across paragraphs', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    const doc = await host.read();
    const at = doc.text.indexOf('CEST');
    await host.select({ start: at, end: at + 4 });
    expect(fake.doc.rangeText(fake.doc.selection!)).toBe('CEST');
    const from = doc.text.indexOf('TD106.');
    const to = doc.text.indexOf('Date') + 4;
    await host.select({ start: from, end: to });
    expect(fake.doc.rangeText(fake.doc.selection!)).toBe('TD106.\r#\rDate');
  });

  it('finds excerpts longer than Word’s 255-character search limit', async () => {
    const long = `${'x'.repeat(150)} TD106 ^ ${'y'.repeat(200)} end`;
    const fake = testWord([memoryParagraph('intro'), memoryParagraph(long)]);
    const host = hostFor(fake);
    const doc = await host.read();
    const start = doc.text.indexOf('x');
    await host.select({ start: start + 10, end: start + long.length - 1 });
    expect(fake.doc.rangeText(fake.doc.selection!)).toBe(long.slice(10, -1));
  });

  it('uses the same number of syncs for 10 and 2,000 paragraphs', async () => {
    const counts = await syncsAt10And2000(async (host, doc, fake) => {
      const at = doc.text.indexOf('TD7 ');
      await host.select({ start: at, end: at + 3 });
      expect(fake.doc.rangeText(fake.doc.selection!)).toBe('TD7');
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('refuses when the paragraph changed since the read', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    const doc = await host.read();
    fake.doc.replaceText(fake.doc.allParagraphs()[2], 0, 6, 'Rapport');
    const at = doc.text.indexOf('TD106');
    await expect(host.select({ start: at, end: at + 5 })).rejects.toThrow(/changed/);
  });
});

describe('WordHost.replace', () => {
  it('replaces the exact occurrences, keeps formatting and skips stale edits', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    const doc = await host.read();
    const line = doc.paragraphs[2];
    const code = line.start;
    const td = doc.text.indexOf('TD106', line.start);
    const result = await host.replace([
      { start: code, end: code + 5, replacement: 'WP2-10', expected: 'WP2-4' },
      { start: td, end: td + 5, replacement: 'TD 106', expected: 'TD106' },
      { start: td, end: td + 1, replacement: 'X', expected: 'Q' },
      { start: line.end, end: line.end, replacement: ' (P)' },
    ]);
    expect(result.applied).toBe(3);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringContaining('expected “Q”')]);
    const edited = fake.doc.allParagraphs()[3];
    expect(paragraphText(edited)).toBe('WP2-10: Approve the report, TD 106. (P)');
    expect(edited.runs[0]).toEqual({ text: 'WP2-10', bold: true });
    expect(paragraphText(fake.doc.allParagraphs()[2])).toBe('Report – TD106');
  });

  it('splits a list item where a fix inserts a line break, as Word does, without doubling the bullet', async () => {
    const fake = testWord([
      memoryParagraph('RG-WPR-5: Adopt Q10/20 (TD48) RG-WPR-6: Approve the LS, TD142', { listLevel: 0 }),
    ]);
    const host = hostFor(fake);
    const doc = await host.read();
    const at = doc.text.indexOf(' RG-WPR-6');
    expect(await host.replace([{ start: at, end: at + 1, replacement: '\n· ', expected: ' ' }])).toEqual({
      applied: 1,
      skipped: [],
    });
    expect(fake.doc.allParagraphs().map((p) => [paragraphText(p), p.listLevel])).toEqual([
      ['RG-WPR-5: Adopt Q10/20 (TD48)', 0],
      ['RG-WPR-6: Approve the LS, TD142', 0],
    ]);
  });

  it('uses the same number of syncs for 10 and 2,000 paragraphs', async () => {
    const counts = await syncsAt10And2000(async (host, doc, fake) => {
      const edits = [3, 7, 9].map((n) => {
        const at = doc.text.indexOf(`TD${n}.`);
        return { start: at, end: at + `TD${n}`.length, replacement: `TD ${n}`, expected: `TD${n}` };
      });
      const result = await host.replace(edits);
      expect(result.applied).toBe(3);
      expect(paragraphText(fake.doc.allParagraphs()[7])).toBe('Item 7: approve TD7 and TD 7.');
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('refuses edits across paragraphs and before a read', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    await expect(host.replace([{ start: 0, end: 1, replacement: 'a' }])).rejects.toThrow(/Check the document first/);
    const doc = await host.read();
    const result = await host.replace([
      { start: doc.paragraphs[0].start, end: doc.paragraphs[1].end, replacement: 'x' },
    ]);
    expect(result).toEqual({
      applied: 0,
      skipped: [expect.objectContaining({ reason: expect.stringContaining('more than one paragraph') })],
    });
  });
});

describe('WordHost settings and changes', () => {
  it('saves settings with the document', async () => {
    const fake = testWord(agenda());
    const host = hostFor(fake);
    expect(await host.loadSetting('meeting')).toBeUndefined();
    await host.saveSetting('meeting', { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
    expect(await host.loadSetting('meeting')).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
    expect(fake.settings.saves).toBe(1);
  });

  it('debounces change notifications', async () => {
    let notify: () => void = () => undefined;
    const fake = testWord(agenda());
    const host = new WordHost({
      run: fake.run,
      settings: fake.settings,
      debounceMs: 5,
      subscribe: (n) => ((notify = n), () => undefined),
    });
    let calls = 0;
    const stop = host.onChange(() => calls++);
    notify();
    notify();
    notify();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(1);
    stop();
  });
});

describe('wordReplacement', () => {
  it('drops the bullet a fix writes after a paragraph break in a list item', () => {
    expect(wordReplacement('\n· ', true)).toBe('\n');
    expect(wordReplacement('\n· ', false)).toBe('\n· ');
    expect(wordReplacement('TD 7', true)).toBe('TD 7');
  });
});
