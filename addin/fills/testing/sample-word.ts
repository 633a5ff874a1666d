/** The shared sample agenda as a fake Word document (paragraphs, list items, tables), for fill tests. */
import { readFileSync } from 'node:fs';
import { readTextDocument } from '../../../shared/document/from-text';
import type { AgendaDocument, Paragraph } from '../../../shared/document/model';
import { fakeParagraph, fakeTable, type FakeBodyElement, type FakeParagraphState } from '../../word/testing/fake-word';
import { FillFakeWordDocument } from './fake-word-fills';

export const sampleAgendaText = (): string =>
  readFileSync(new URL('../../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

const paragraphOf = (p: Paragraph): FakeParagraphState =>
  fakeParagraph(p.text, { ...(p.style ? { style: p.style } : {}), ...(p.isListItem ? { listLevel: p.listLevel ?? 0 } : {}) });

function fakeBodyOf(doc: AgendaDocument): FakeBodyElement[] {
  return doc.blocks.map((block): FakeBodyElement => {
    if (block.type === 'paragraph') return paragraphOf(block);
    const table = fakeTable(block.rows.map((row) => row.cells.map(() => '')));
    block.rows.forEach((row, r) => row.cells.forEach((cell, c) => (table.rows[r].cells[c].paragraphs = cell.paragraphs.map(paragraphOf))));
    return table;
  });
}

/** The sample (repeated `copies` times for size tests) in a fresh fake Word document. */
export function sampleWordDocument(copies = 1): FillFakeWordDocument {
  const text = sampleAgendaText();
  return new FillFakeWordDocument(fakeBodyOf(readTextDocument(Array.from({ length: copies }, () => text).join('\n'), 'sample.txt')));
}
