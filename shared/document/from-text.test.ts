import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinearGrowth } from '../text/growth.testing';
import fc from 'fast-check';
import { readTextDocument } from './from-text';
import type { AgendaDocument, Table } from './model';

const SAMPLE = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');
const tables = (doc: AgendaDocument) => doc.blocks.filter((b): b is Table => b.type === 'table');
const cellTexts = (t: Table) =>
  t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text.trim()).join(' / ')));

function expectConsistent(doc: AgendaDocument): void {
  doc.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(p.text).not.toContain('\n');
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(doc.paragraphs[i - 1].end);
  });
}

describe('readTextDocument on the sample', () => {
  const doc = readTextDocument(SAMPLE, 'sample.txt');

  it('keeps the file text as the flat text and paragraph spans consistent', () => {
    expect(doc.text).toBe(SAMPLE);
    expect(doc.format).toBe('txt');
    expectConsistent(doc);
  });

  it('finds exactly the three tables (e-meetings, WTSA actions, action plan)', () => {
    const ts = tables(doc);
    expect(ts.map((t) => t.rows.length)).toEqual([7, 15, 27]);
    expect(ts.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(cellTexts(ts[0])[0]).toEqual(['#', 'Date', 'Time / (Geneva time)', 'Objectives', 'Contribution Deadline']);
    expect(cellTexts(ts[1])[2]).toEqual(['', 'Status and Comments: / TSAG 05-2025: Started, LS in TD142.']);
  });

  it('reads the tab-indented Abstract lines and the lone tab after Closure as no table', () => {
    expect(doc.paragraphs[0].text).toBe('Abstract:');
    expect(doc.paragraphs[0].table).toBeUndefined();
    expect(doc.paragraphs[1].text.startsWith('This TD contains')).toBe(true);
    const closure = doc.paragraphs.find((p) => p.text === '8 Closure')!;
    expect(doc.paragraphs[closure.index + 1].text).toMatch(/^Annex 1 – /);
  });

  it('ends the WTSA table at the Annex 2a heading that follows a status line directly', () => {
    const annex2a = doc.paragraphs.find((p) => p.text.startsWith('Annex 2a'))!;
    expect(annex2a.table).toBeUndefined();
    expect(annex2a.headingLevel).toBe(1);
    const last = tables(doc)[1].rows.at(-1)!;
    expect(last.cells[1].paragraphs.at(-1)!.text).toMatch(/^TSAG 05-2025: Started, Liaison sent/);
    expect(doc.paragraphs[annex2a.index + 1]).toMatchObject({
      text: '(extract from TD10R1 with status/comment line added)',
    });
  });

  it('gives the merged status row of the action plan the full width', () => {
    const plan = tables(doc)[2];
    expect(plan.rows[1].cells.map((c) => c.colSpan)).toEqual([1, 1, 1]);
    expect(plan.rows[3].cells).toHaveLength(1);
    expect(plan.rows[3].cells[0].colSpan).toBe(3);
  });

  it('makes list items of bullets and keeps bullets and bookmarks outside the span', () => {
    const wp24 = doc.paragraphs.find((p) => p.text.startsWith('WP2-4'))!;
    expect(wp24).toMatchObject({ isListItem: true, listLevel: 0 });
    expect(SAMPLE.slice(wp24.start - 30, wp24.start)).toContain('[bookmark: _Hlk173430768]');
    const status = tables(doc)[1].rows.at(-1)!.cells[1].paragraphs[0];
    expect(status.text.trim()).toBe('Status and Comments:');
    expect(doc.paragraphs.some((p) => p.text.includes('[bookmark'))).toBe(false);
  });

  it('guesses headings', () => {
    const headings = doc.paragraphs.filter((p) => p.headingLevel === 1).map((p) => p.text.trim());
    expect(headings).toEqual([
      'Agenda for the closing plenary of Working Party 2/TSAG',
      'Annex 1 – WP2 Rapporteur Groups interim e-meetings plan',
      'Annex 2 - WTSA Actions',
      'Annex 2a - Actions for WP2 from the WTSA Action plan',
    ]);
  });

  it('marks table paragraphs with their table, row and cell', () => {
    const deadline = doc.paragraphs.find((p) => p.text === '5 November')!;
    expect(deadline.table).toEqual({ table: 0, row: 2, cell: 4 });
  });
});

describe('readTextDocument rules', () => {
  it('ends a table at an Appendix heading too', () => {
    const doc = readTextDocument('\tA\n\tB\n\n\tC\n\tD\nAppendix I – Contacts\n', 'x.txt');
    expect(doc.paragraphs.at(-1)).toMatchObject({ text: 'Appendix I – Contacts', headingLevel: 1 });
    expect(cellTexts(tables(doc)[0])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it('reads an empty text as an empty document', () => {
    expect(readTextDocument('', 'e.txt')).toMatchObject({ text: '', blocks: [], paragraphs: [] });
  });

  it('handles CRLF line ends', () => {
    const doc = readTextDocument('1 Opening\r\n\tA\r\n\tB\r\n\r\n\tC\r\n\tD\r\n', 'crlf.txt');
    expect(doc.paragraphs[0].text).toBe('1 Opening');
    expect(cellTexts(tables(doc)[0])).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expectConsistent(doc);
  });

  it('continues a table across several blank lines and ends it at a plain line', () => {
    const doc = readTextDocument('\tA\n\tB\n\n\n\n\tC\n\tD\n\n\nAfter\n', 'x.txt');
    expect(tables(doc)[0].rows).toHaveLength(2);
    expect(doc.paragraphs.at(-1)!.text).toBe('After');
    expect(doc.paragraphs.at(-1)!.table).toBeUndefined();
  });

  it('reads list levels from the bullet character', () => {
    const doc = readTextDocument('· one\n◦ two\n▪ three\no\tfour\no five\n', 'l.txt');
    expect(doc.paragraphs.map((p) => p.listLevel)).toEqual([0, 1, 2, 1, undefined]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['one', 'two', 'three', 'four', 'o five']);
  });

  it('never throws and keeps spans consistent on any text', () => {
    const pieces = fc.constantFrom(
      '\t',
      '\n',
      '\r\n',
      ' ',
      '· ',
      'Annex 1 – x',
      '[bookmark: _Hlk1]',
      'TD106',
      '\u00a0',
      'a',
      '3.1 Item',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const doc = readTextDocument(parts.join(''), 'p.txt');
        expectConsistent(doc);
        for (const t of tables(doc))
          for (const r of t.rows) for (const c of r.cells) expect(c.paragraphs.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readTextDocument line ends', () => {
  it('treats a lone CR as a line end', () => {
    const doc = readTextDocument('1 Opening\r2 Closure\r', 'mac.txt');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['1 Opening', '2 Closure']);
  });
});

describe('readTextDocument on long runs', () => {
  it('reads a line of blanks then a word in time linear in the blanks (no regex backtracking)', () => {
    expect(readTextDocument(`${' '.repeat(100_000)}x`, 'b.txt').paragraphs.map((p) => p.text)).toEqual(['x']);
    expectLinearGrowth(
      (n) => `${' '.repeat(n)}x`,
      (text) => readTextDocument(text, 'b.txt'),
      500_000,
    );
    expectLinearGrowth(
      (n) => ` \t\u00a0`.repeat(n) + 'Annex',
      (text) => readTextDocument(text, 'b.txt'),
      100_000,
    );
  });

  it('never looks past a line for the end of a bookmark', () => {
    expect(readTextDocument('[bookmark: a\nAnnex 1 - Plan\n', 'b.txt').paragraphs.map((p) => p.text)).toEqual([
      '[bookmark: a',
      'Annex 1 - Plan',
    ]);
    expectLinearGrowth(
      (n) => '[bookmark: x\n'.repeat(n),
      (text) => readTextDocument(text, 'b.txt'),
      5_000,
    );
  });
});
