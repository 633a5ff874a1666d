// The in-memory Word document keeps the Office.js rules the add-in's code must respect (see memory-api.ts).
import { describe, expect, it } from 'vitest';
import { testWord } from '../sample-word.testing';
import { PropertyNotLoadedError } from './memory-api';
import {
  memoryParagraph,
  memoryTable,
  paragraphText,
  type MemoryControl,
  type MemoryParagraph,
} from './memory-document';

const word = () =>
  testWord([
    memoryParagraph('Agenda', { style: 'Heading 1' }),
    memoryParagraph('See TD7 and TD7R1, td7.', {
      listLevel: 0,
      runs: [{ text: 'See ' }, { text: 'TD7', hyperlink: 'https://a.example' }, { text: ' and TD7R1, td7.' }],
    }),
    memoryTable([
      ['#', 'Date'],
      ['1', '10 September 2025'],
    ]),
  ]);

describe('the in-memory Word document', () => {
  it('runs queued work at sync, counts syncs, and throws on reads of what was not loaded', async () => {
    const w = word();
    await w.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(PropertyNotLoadedError);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual([
        'Agenda',
        'See TD7 and TD7R1, td7.',
        '#',
        'Date',
        '1',
        '10 September 2025',
      ]);
      expect(() => paragraphs.items[0].style).toThrow(PropertyNotLoadedError);
      paragraphs.items[0].insertText('Draft ', 'Start');
      // Nothing changes before the sync.
      expect(paragraphText(w.doc.allParagraphs()[0])).toBe('Agenda');
    });
    expect(w.doc.syncCount).toBe(2);
    expect(paragraphText(w.doc.allParagraphs()[0])).toBe('Draft Agenda');
  });

  it('gives table paragraphs their nesting level and cell, and other paragraphs null objects', async () => {
    const w = word();
    await w.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load(
        'items/tableNestingLevel,items/styleBuiltIn,items/isListItem',
      );
      await context.sync();
      expect(paragraphs.items.map((p) => p.tableNestingLevel)).toEqual([0, 0, 1, 1, 1, 1]);
      expect(paragraphs.items.map((p) => p.styleBuiltIn).slice(0, 2)).toEqual(['Heading1', 'Normal']);
      const cell = paragraphs.items[5].parentTableCellOrNullObject.load('rowIndex,cellIndex');
      const none = paragraphs.items[0].parentTableCellOrNullObject.load('rowIndex');
      const list = paragraphs.items[1].listItemOrNullObject.load('level');
      await context.sync();
      expect([cell.isNullObject, cell.rowIndex, cell.cellIndex]).toEqual([false, 1, 1]);
      expect(none.isNullObject).toBe(true);
      expect([list.isNullObject, list.level]).toEqual([false, 0]);
    });
  });

  it('searches like Word: case unless matchCase, non-overlapping, special codes, at most 255 characters', async () => {
    const w = word();
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const anyCase = p.items[1].search('td7').load('items/text,items/hyperlink');
      const exact = p.items[1].search('TD7', { matchCase: true, matchWholeWord: true }).load('items');
      await context.sync();
      expect(anyCase.items.map((r) => r.text)).toEqual(['TD7', 'TD7', 'td7']);
      expect(anyCase.items[0].hyperlink).toBe('https://a.example');
      expect(exact.items).toHaveLength(1);
      p.items[1].search('x'.repeat(256));
      await expect(context.sync()).rejects.toThrow(/SearchStringInvalidOrTooLong/);
    });
  });

  it('moves the ranges a batch holds when text before them changes, and splits paragraphs at inserted line breaks', async () => {
    const w = word();
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const hits = p.items[1].search('TD7R1', { matchCase: true }).load('items');
      const first = p.items[1].search('See', { matchCase: true }).load('items');
      await context.sync();
      first.items[0].insertText('Read\nthe list:', 'Replace');
      hits.items[0].insertText('TD7R2', 'Replace');
      hits.items[0].select();
      await context.sync();
    });
    const paragraphs = w.doc.allParagraphs();
    expect(paragraphs.slice(1, 3).map((p) => [paragraphText(p), p.listLevel])).toEqual([
      ['Read', 0],
      ['the list: TD7 and TD7R2, td7.', 0],
    ]);
    expect(w.doc.rangeText(w.doc.selection!)).toBe('TD7R2');
  });

  it('wraps paragraphs in tagged content controls, finds them by tag (nested too) and deletes them with or without content', async () => {
    const w = word();
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const control = p.items[0].insertContentControl();
      control.tag = 'td-lens:x';
      const table = control.insertTable(1, 2, 'End', [['a', 'b']]);
      table.headerRowCount = 1;
      const inCell = p.items[4].insertContentControl();
      inCell.tag = 'td-lens:x';
      await context.sync();
      const found = context.document.body.contentControls.getByTag('td-lens:x').load('items/tag');
      await context.sync();
      expect(found.items).toHaveLength(2);
      found.items[1].delete(true);
      found.items[0].delete(false);
      await context.sync();
    });
    expect(w.doc.controlsIn(w.doc.root)).toEqual([]);
    expect(w.doc.allParagraphs().map(paragraphText)).toEqual([
      'See TD7 and TD7R1, td7.',
      '#',
      'Date',
      '1',
      '10 September 2025',
    ]);
    expect(w.doc.body.some((b) => b.kind === 'control')).toBe(false);
  });

  it('merges cells of a row, keeping their text, and keeps a paragraph in every cell', async () => {
    const w = testWord([
      memoryTable([
        ['a', 'b', ''],
        ['c', 'd', 'e'],
      ]),
    ]);
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const table = p.items[0].parentTableOrNullObject;
      table.mergeCells(0, 0, 0, 2);
      table.getCell(1, 2).body.getRange('Whole').font.bold = true;
      await context.sync();
    });
    const table = w.doc.tables()[0];
    expect(table.rows[1].cells[2].blocks[0]).toMatchObject({ runs: [{ text: 'e', bold: true }] });
    expect(
      table.rows[0].cells.map((c) => [
        c.columnSpan,
        c.blocks.map((b) => (b.kind === 'paragraph' ? paragraphText(b) : '')),
      ]),
    ).toEqual([[3, ['a', 'b']]]);
    const control: MemoryControl = { kind: 'control', tag: 't', title: '', color: '', blocks: [] };
    w.doc.wrap(table.rows[1].cells[2].blocks[0], control);
    w.doc.unwrap(control, false);
    expect(table.rows[1].cells[2].blocks).toEqual([memoryParagraph('')]);
  });
});

/** A list as LibreOffice saves one: `1`, `1.1`, `a)` (numbering.xml's abstractNum 1, numId 1). */
const agendaLists = {
  abstracts: new Map([
    [
      '1',
      new Map([
        [0, { format: 'decimal', text: '%1', start: 1 }],
        [1, { format: 'decimal', text: '%1.%2', start: 1 }],
        [2, { format: 'lowerLetter', text: '%3)', start: 1 }],
      ]),
    ],
  ]),
  instances: new Map([['1', { abstractId: '1' }]]),
};

describe('the in-memory Word document, as Word documents it', () => {
  it('reports list items’ numbers (listString) and level types, counted in document order', async () => {
    const w = testWord(
      [
        memoryParagraph('Opening', { numId: '1', listLevel: 0 }),
        memoryParagraph('Results', { numId: '1', listLevel: 0 }),
        memoryParagraph('Report – TD106', { listLevel: 0 }),
        memoryParagraph('RG-WM', { numId: '1', listLevel: 1 }),
        memoryParagraph('letter', { numId: '1', listLevel: 2 }),
        memoryParagraph('Closure', { numId: '1', listLevel: 0 }),
      ],
      { lists: agendaLists },
    );
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const items = p.items.map((paragraph) => paragraph.listItemOrNullObject.load('level,listString'));
      const lists = p.items.map((paragraph) => paragraph.listOrNullObject.load('levelTypes'));
      await context.sync();
      expect(items.map((item) => item.listString)).toEqual(['1', '2', '•', '2.1', 'a)', '3']);
      expect(lists.map((list, i) => list.levelTypes[items[i].level])).toEqual([
        'Number',
        'Number',
        'Bullet',
        'Number',
        'Number',
        'Number',
      ]);
      // A new item renumbers those after it, as Word does.
      p.items[0].insertText('Opening\nWelcome', 'Replace');
      await context.sync();
      const again = context.document.body.paragraphs.load('items');
      await context.sync();
      const strings = again.items.map((paragraph) => paragraph.listItemOrNullObject.load('listString'));
      await context.sync();
      expect(strings.map((s) => s.listString)).toEqual(['1', '2', '3', '•', '3.1', 'a)', '4']);
    });
  });

  it('keeps tracked changes: text shows deletions, getReviewedText gives the text with changes accepted or rejected', async () => {
    const w = testWord([memoryParagraph('TSAG 05-2025: No Started'), memoryTable([['x']])], {
      changeTrackingMode: 'TrackAll',
    });
    await w.run(async (context) => {
      context.document.load('changeTrackingMode');
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      expect(context.document.changeTrackingMode).toBe('TrackAll');
      const hit = p.items[0].search('No Started', { matchCase: true }).load('items');
      await context.sync();
      hit.items[0].insertText('Not started', 'Replace');
      p.items[1].parentTableOrNullObject.delete();
      await context.sync();
      const texts = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const current = texts.items.map((paragraph) => paragraph.getReviewedText('Current'));
      const original = texts.items.map((paragraph) => paragraph.getReviewedText('Original'));
      await context.sync();
      expect(texts.items.map((paragraph) => paragraph.text)).toEqual(['TSAG 05-2025: No StartedNot started', 'x']);
      expect(current.map((r) => r.value)).toEqual(['TSAG 05-2025: Not started', '']);
      expect(original.map((r) => r.value)).toEqual(['TSAG 05-2025: No Started', 'x']);
    });
    expect(w.doc.allParagraphs()[0].runs).toEqual([
      { text: 'TSAG 05-2025: ' },
      { text: 'No Started', revision: 'deleted' },
      { text: 'Not started', revision: 'inserted' },
    ]);
  });

  it('gives the hyperlinks of a range, and a range’s first hyperlink even when it starts before it', async () => {
    const w = testWord([
      memoryParagraph('', {
        runs: [
          { text: 'See ' },
          { text: 'TD7', hyperlink: 'https://a.example' },
          { text: ' and ' },
          { text: 'TD8 here', hyperlink: 'https://b.example' },
        ],
      }),
    ]);
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      const links = p.items[0].getRange('Whole').getHyperlinkRanges().load('items/text,items/hyperlink');
      const around = p.items[0].search('See TD7', { matchCase: true }).load('items/hyperlink');
      const inside = p.items[0].search('TD8', { matchCase: true }).load('items/hyperlink');
      await context.sync();
      expect(links.items.map((r) => [r.text, r.hyperlink])).toEqual([
        ['TD7', 'https://a.example'],
        ['TD8 here', 'https://b.example'],
      ]);
      expect([around.items[0].hyperlink, inside.items[0].hyperlink]).toEqual([
        'https://a.example',
        'https://b.example',
      ]);
    });
  });

  it('refuses on the web what Word on the web refuses: a content control in a table cell, ContentControl.insertParagraph, clearing a control with a table', async () => {
    const w = testWord([memoryParagraph('Agenda'), memoryTable([['a']])], { platform: 'web' });
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      p.items[1].insertContentControl();
      await expect(context.sync()).rejects.toThrow(/GeneralException/);
      const control = p.items[0].insertContentControl();
      await context.sync();
      control.insertParagraph('more', 'After');
      await expect(context.sync()).rejects.toThrow(/NotAllowed/);
      control.insertTable(1, 1, 'End', [['b']]);
      const tables = control.tables.load('items');
      await context.sync();
      expect(tables.items).toHaveLength(1);
      control.clear();
      await expect(context.sync()).rejects.toThrow(/GeneralException.*3183/);
      // What the web allows instead: delete the table, and insert a new one after a paragraph of the control.
      tables.items[0].delete();
      control.paragraphs.getFirst().insertTable(1, 1, 'After', [['c']]);
      await context.sync();
    });
    expect(w.doc.controlsIn(w.doc.root)).toHaveLength(1);
    expect(
      w.doc
        .tablesIn(w.doc.controlsIn(w.doc.root)[0])
        .map((t) => paragraphText(t.rows[0].cells[0].blocks[0] as MemoryParagraph)),
    ).toEqual(['c']);
  });

  it('leaves the operations before a failing one applied, and drops those after it', async () => {
    const w = testWord([memoryParagraph('one'), memoryParagraph('two'), memoryParagraph('three')]);
    w.doc.failure = { sync: 2, after: 1, message: 'GeneralException: imitated' };
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.load('items');
      await context.sync();
      p.items[0].insertText('ONE', 'Replace');
      p.items[1].insertText('TWO', 'Replace');
      await expect(context.sync()).rejects.toThrow(/imitated/);
    });
    expect(w.doc.allParagraphs().map(paragraphText)).toEqual(['ONE', 'two', 'three']);
  });
});
