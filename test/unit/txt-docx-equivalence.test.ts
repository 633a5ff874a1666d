// The .txt export and the .docx of the sample agenda must give the same references, tables and agenda structures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/document/read';
import { readTextDocument } from '../../shared/document/from-text';
import type { AgendaDocument, Table } from '../../shared/document/model';
import { findReferences } from '../../shared/refs/find-references';
import { parseAgenda } from '../../shared/agenda/parse-agenda';

const load = (ext: string) => {
  const name = `wp2-closing-agenda-2025-05.${ext}`;
  return readDocument(new Uint8Array(readFileSync(new URL(`../../samples/${name}`, import.meta.url))), name);
};
const txt = load('txt');
const docx = load('docx');

/** White space (no-break and narrow spaces included) differs between the two exports; nothing else may. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const tableShape = (doc: AgendaDocument) =>
  doc.blocks
    .filter((b): b is Table => b.type === 'table')
    .map((t) =>
      t.rows.map((r) =>
        r.cells.map((c) => ({ colSpan: c.colSpan, text: c.paragraphs.map((p) => squash(p.text)).filter(Boolean) })),
      ),
    );
const SPANS = new Set([
  'start',
  'end',
  'paragraphIndex',
  'numberSpan',
  'idSpan',
  'resolutionSpan',
  'statusSpan',
  'zoneSpan',
]);
const withoutOffsets = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, v) => (SPANS.has(key) ? undefined : typeof v === 'string' ? squash(v) : v)));

describe('sample .txt and .docx give the same results', () => {
  it('same references (kind + id, in order) and the same texts', () => {
    const refs = (doc: AgendaDocument) => findReferences(doc.text).map((r) => `${r.kind} ${r.id} ${squash(r.text)}`);
    expect(refs(docx)).toEqual(refs(txt));
    expect(refs(txt).length).toBeGreaterThan(80);
  });

  it('same tables: rows, cells, spans and cell paragraphs', () => {
    expect(tableShape(docx)).toEqual(tableShape(txt));
    expect(tableShape(txt)).toHaveLength(3);
  });

  it('same agenda structures', () => {
    const a = withoutOffsets(parseAgenda(txt));
    const b = withoutOffsets(parseAgenda(docx));
    for (const key of Object.keys(a)) expect({ key, value: b[key] }).toEqual({ key, value: a[key] });
  });

  it('the .docx flat text read as .txt gives the .docx tables back', () => {
    expect(tableShape(readTextDocument(docx.text, 'flat.txt'))).toEqual(tableShape(docx));
  });

  it('same paragraph texts outside tables, bookmarks and the tab-indented header aside', () => {
    const body = (doc: AgendaDocument) =>
      doc.paragraphs
        .filter((p) => !p.table)
        .map((p) => squash(p.text))
        .filter(Boolean);
    expect(body(docx).map((t) => t.replace(/\s+/g, ' '))).toEqual(body(txt).map((t) => t.replace(/\s+/g, ' ')));
  });
});
