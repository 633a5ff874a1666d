import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { readDocxDocument } from './from-docx';
import { readTextDocument } from './from-text';
import { DocumentError, type AgendaDocument, type Table } from './model';
import { documentXml, makeDocx, p, rawZip, repeatedDeflate } from './docx.testing';
import { expectLinearGrowth } from '../text/growth.testing';
import { paragraphAt } from './paragraphs';

const SAMPLE = new Uint8Array(readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.docx', import.meta.url)));
const tables = (doc: AgendaDocument) => doc.blocks.filter((b): b is Table => b.type === 'table');
const shape = (doc: AgendaDocument) =>
  tables(doc).map((t) =>
    t.rows.map((r) => r.cells.map((c) => [c.colSpan, c.paragraphs.map((q) => q.text.replace(/\s+/g, ' ').trim())])),
  );

describe('readDocxDocument on the sample', () => {
  const doc = readDocxDocument(SAMPLE, 'sample.docx');

  it('builds consistent paragraphs with styles, headings and bullets', () => {
    expect(doc.format).toBe('docx');
    doc.paragraphs.forEach((q, i) => {
      expect(q.index).toBe(i);
      expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    });
    const heading = doc.paragraphs.find((q) => q.text.startsWith('Annex 2a'))!;
    expect(heading).toMatchObject({ style: 'heading 1', headingLevel: 1 });
    const bullet = doc.paragraphs.find((q) => q.text.startsWith('WP2-4'))!;
    expect(bullet).toMatchObject({ style: 'List Bullet', isListItem: true, listLevel: 0 });
    expect(doc.text.slice(bullet.start - 2, bullet.start)).toBe('· ');
  });

  it('reads three tables with the merged status rows spanning three columns', () => {
    const ts = tables(doc);
    expect(ts.map((t) => t.rows.length)).toEqual([7, 15, 27]);
    expect(ts[2].rows[3].cells).toHaveLength(1);
    expect(ts[2].rows[3].cells[0].colSpan).toBe(3);
  });

  it('lays out the flat text like the .txt export, so the .txt reader gives the same tables back', () => {
    expect(doc.text).toContain('\n\t#\n\tDate\n\tTime\n(Geneva time)\n\tObjectives\n');
    expect(shape(readTextDocument(doc.text, 'again.txt'))).toEqual(shape(doc));
  });
});

describe('readDocxDocument rules', () => {
  it('skips deleted text and field instructions, keeps field results, tabs and hyperlinks', () => {
    const doc = readDocxDocument(
      makeDocx(
        '<w:p><w:r><w:t>Keep</w:t></w:r><w:del><w:r><w:delText>GONE</w:delText></w:r></w:del><w:ins><w:r><w:t xml:space="preserve"> new</w:t></w:r></w:ins>' +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> TD106</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:r><w:tab/><w:t>after&amp;tab</w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:t xml:space="preserve"> link</w:t></w:r></w:hyperlink></w:p>',
      ),
      'f.docx',
    );
    expect(doc.paragraphs.map((q) => q.text)).toEqual(['Keep new TD106\tafter&tab link']);
  });

  it('reads hyperlinks (relationships, anchors and HYPERLINK fields) into doc.links', () => {
    const doc = readDocxDocument(
      makeDocx(
        '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId7"><w:r><w:t>TD106</w:t></w:r></w:hyperlink>' +
          '<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0108/en" </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>TD108</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:r><w:t xml:space="preserve">, </w:t></w:r><w:hyperlink w:anchor="annex1"><w:r><w:t>Annex 1</w:t></w:r></w:hyperlink></w:p>',
        {
          rels: '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en" TargetMode="External"/>',
        },
      ),
      'links.docx',
    );
    expect(doc.paragraphs[0].text).toBe('See TD106 and TD108, Annex 1');
    expect(doc.links!.map((l) => [doc.text.slice(l.start, l.end), l.url])).toEqual([
      ['TD106', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en'],
      ['TD108', 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0108/en'],
      ['Annex 1', '#annex1'],
    ]);
  });

  it('carries a link open at a line break onto the next line, the innermost of nested ones only', () => {
    const field = (url: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "${url}"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const doc = readDocxDocument(
      makeDocx(
        `<w:p>${field('https://a')}<w:r><w:t>TD1</w:t></w:r>${field('https://b')}<w:r><w:t>TD2</w:t><w:br/><w:t>TD3</w:t></w:r>${end}<w:r><w:t>TD4</w:t></w:r>${end}</w:p>`,
      ),
      'l.docx',
    );
    expect(doc.links!.map((l) => [doc.text.slice(l.start, l.end), l.url])).toEqual([
      ['TD1TD2', 'https://a'],
      ['TD2', 'https://b'],
      ['TD3', 'https://b'],
      ['TD3TD4', 'https://a'],
    ]);
  });

  it('splits a paragraph at a line break, ignores page breaks', () => {
    const doc = readDocxDocument(
      makeDocx(
        '<w:p><w:r><w:t>Status and Comments:</w:t><w:br/><w:t>TSAG 05-2025: Started</w:t><w:br w:type="page"/></w:r></w:p>',
      ),
      'br.docx',
    );
    expect(doc.paragraphs.map((q) => q.text)).toEqual(['Status and Comments:', 'TSAG 05-2025: Started']);
  });

  it('numbers list items from numbering.xml and keeps the number outside the span', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="6"/></w:num>';
    const num = (id: number, lvl: number) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const doc = readDocxDocument(
      makeDocx(
        p('Opening', num(1, 0)) +
          p('Approval', num(1, 0)) +
          p('Sub item', num(1, 1)) +
          p('Other sub', num(1, 1)) +
          p('Point', num(2, 0)) +
          p('Closure', num(1, 0)),
        { numbering },
      ),
      'n.docx',
    );
    expect(doc.paragraphs.map((q) => q.listLabel ?? null)).toEqual(['1', '2', '2.1', '2.2', null, '3']);
    expect(doc.text).toBe('1 Opening\n2 Approval\n2.1 Sub item\n2.2 Other sub\n· Point\n3 Closure\n');
    expect(doc.paragraphs[2]).toMatchObject({ isListItem: true, listLevel: 1, text: 'Sub item' });
  });

  it('takes headings from style names and outline levels, lists from the style numbering', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="AnnexTitle"><w:name w:val="Annex_title"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="LB"><w:name w:val="List Bullet 2"/></w:style>';
    const doc = readDocxDocument(
      makeDocx(
        p('Sub', '<w:pStyle w:val="H2"/>') +
          p('Annex 1', '<w:pStyle w:val="AnnexTitle"/>') +
          p('item', '<w:pStyle w:val="LB"/>'),
        { styles },
      ),
      's.docx',
    );
    expect(doc.paragraphs.map((q) => [q.headingLevel, q.listLevel])).toEqual([
      [2, undefined],
      [1, undefined],
      [undefined, 1],
    ]);
  });

  it('reads content controls, gridSpan and nested tables (flattened into the cell)', () => {
    const tc = (inner: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;
    const doc = readDocxDocument(
      makeDocx(
        '<w:tbl><w:tr>' +
          tc(p('A')) +
          tc('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + p('B') + '</w:sdtContent></w:sdt>') +
          '</w:tr>' +
          '<w:tr>' +
          tc(p('C') + '<w:tbl><w:tr>' + tc(p('inner')) + '</w:tr></w:tbl>' + p('D'), '<w:gridSpan w:val="2"/>') +
          '</w:tr></w:tbl>' +
          p('After'),
      ),
      't.docx',
    );
    expect(shape(doc)).toEqual([
      [
        [
          [1, ['A']],
          [1, ['B']],
        ],
        [[2, ['C', 'inner', 'D']]],
      ],
    ]);
    expect(doc.paragraphs.at(-1)!.text).toBe('After');
    expect(doc.text).toBe('\tA\n\tB\n\n\tC\ninner\nD\n\nAfter\n');
  });

  it('throws DocumentErrors for a non-zip, a corrupt zip and a zip without word/document.xml', () => {
    expect(() => readDocxDocument(strToU8('hello'), 'a.docx')).toThrow(/not a zip/);
    const zip = makeDocx(p('x'));
    expect(() => readDocxDocument(zip.slice(0, 60), 'cut.docx')).toThrow(DocumentError);
    const other = zipSync({ 'readme.txt': strToU8('hi') });
    expect(() => readDocxDocument(other, 'other.docx')).toThrow(/word\/document\.xml is missing/);
  });

  it('calls a document.xml cut short corrupt instead of reading part of it', () => {
    const whole = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('First')}${p('Second')}</w:body></w:document>`;
    const cut = zipSync({ 'word/document.xml': strToU8(whole.slice(0, whole.indexOf('Second'))) });
    expect(() => readDocxDocument(cut, 'cut.docx')).toThrow(
      /^cut\.docx: corrupt \.docx: word\/document\.xml is cut short/,
    );
    const empty = zipSync({ 'word/document.xml': strToU8('') });
    expect(() => readDocxDocument(empty, 'empty.docx')).toThrow(
      /^empty\.docx: corrupt \.docx: word\/document\.xml is cut short/,
    );
    expect(
      readDocxDocument(zipSync({ 'word/document.xml': strToU8(whole) }), 'whole.docx').paragraphs.map((q) => q.text),
    ).toEqual(['First', 'Second']);
  });
});

describe('readDocxDocument and readTextDocument agree', () => {
  // Random documents of paragraphs and tables (two rows or more, two cells or more: what the .txt rules call a
  // table), with a paragraph between tables as Word requires.
  const word = fc
    .stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.:()-]{0,20}$/)
    .filter((s) => !/^(?:Annex|Appendix|Agenda)/i.test(s));
  const cell = fc.record({
    paragraphs: fc.array(word, { minLength: 1, maxLength: 3 }),
    span: fc.integer({ min: 1, max: 2 }),
  });
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 4 });
  const documentGen = fc.array(
    fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.option(table, { nil: undefined })),
    { maxLength: 4 },
  );

  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  it('the flat text of a .docx read as .txt gives the same paragraphs and tables', () => {
    fc.assert(
      fc.property(documentGen, (blocks) => {
        const xml = blocks
          .map(([paragraphs, rows]) => {
            const ps = paragraphs.map((t) => p(esc(t))).join('');
            const tbl = rows
              ? '<w:tbl>' +
                rows
                  .map(
                    (cells) =>
                      '<w:tr>' +
                      cells
                        .map(
                          (c) =>
                            `<w:tc><w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr>${c.paragraphs.map((t) => p(esc(t))).join('')}</w:tc>`,
                        )
                        .join('') +
                      '</w:tr>',
                  )
                  .join('') +
                '</w:tbl>'
              : '';
            return ps + tbl;
          })
          .join('');
        const docx = readDocxDocument(makeDocx(xml), 'r.docx');
        const txt = readTextDocument(docx.text, 'r.txt');
        const rowsOnly = (doc: AgendaDocument) => shape(doc).map((t) => t.map((r) => r.map(([, texts]) => texts)));
        expect(rowsOnly(txt)).toEqual(rowsOnly(docx));
        expect(txt.paragraphs.map((q) => q.text.trim())).toEqual(docx.paragraphs.map((q) => q.text.trim()));
      }),
      { numRuns: 150 },
    );
  });
});

describe('readDocxDocument keeps every text', () => {
  it('keeps a table nested at the very start of a cell (inside the cell, in order)', () => {
    const tc = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>${inner}</w:tc>`;
    const inner = `<w:tbl><w:tr>${tc(p('Inner TD106'))}${tc(p('Inner TD108'))}</w:tr></w:tbl>`;
    const doc = readDocxDocument(
      makeDocx(
        `<w:tbl><w:tr>${tc(inner + '<w:p/>')}${tc(p('Outer TD107'))}</w:tr><w:tr>${tc(p('A'))}${tc(p('B'))}</w:tr></w:tbl>`,
      ),
      'n.docx',
    );
    expect(shape(doc)).toEqual([
      [
        [
          [1, ['Inner TD106', 'Inner TD108']],
          [1, ['Outer TD107']],
        ],
        [
          [1, ['A']],
          [1, ['B']],
        ],
      ],
    ]);
  });

  // Random documents: paragraphs, tables nested anywhere in cells, content controls around blocks, rows, cells and
  // runs, hyperlinks, simple and complex fields, insertions and line breaks; every w:t holds a numbered token.
  type Inline =
    { kind: 'run' | 'break' | 'deleted' } | { kind: 'link' | 'sdt' | 'simple' | 'field' | 'ins'; children: Inline[] };
  type Cell = { blocks: Block[]; span: number; trailingParagraph: boolean; sdt: boolean };
  type Block =
    | { kind: 'p'; inlines: Inline[] }
    | { kind: 'sdt'; blocks: Block[] }
    | { kind: 'table'; rows: { cells: Cell[]; sdt: boolean }[] };
  const { block } = fc.letrec<{ inline: Inline; block: Block; cell: Cell }>((tie) => ({
    inline: fc.oneof(
      { maxDepth: 4, withCrossShrink: true },
      fc.record({ kind: fc.constantFrom('run', 'run', 'break', 'deleted') }),
      fc.record({
        kind: fc.constantFrom('link', 'sdt', 'simple', 'field', 'ins'),
        children: fc.array(tie('inline'), { maxLength: 2 }),
      }),
    ) as fc.Arbitrary<Inline>,
    block: fc.oneof(
      { maxDepth: 4, withCrossShrink: true },
      fc.record({ kind: fc.constant('p'), inlines: fc.array(tie('inline'), { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('sdt'), blocks: fc.array(tie('block'), { minLength: 1, maxLength: 2 }) }),
      fc.record({
        kind: fc.constant('table'),
        rows: fc.array(fc.record({ cells: fc.array(tie('cell'), { minLength: 1, maxLength: 2 }), sdt: fc.boolean() }), {
          minLength: 1,
          maxLength: 2,
        }),
      }),
    ) as fc.Arbitrary<Block>,
    cell: fc.record({
      blocks: fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
      span: fc.integer({ min: 1, max: 3 }),
      trailingParagraph: fc.boolean(),
      sdt: fc.boolean(),
    }),
  }));

  function render(blocks: Block[]): { xml: string; tokens: string[] } {
    const tokens: string[] = [];
    const run = () => {
      const token = `[${tokens.length}]`;
      tokens.push(token);
      return `<w:r><w:t xml:space="preserve">${token} </w:t></w:r>`;
    };
    const sdt = (content: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="c"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const inline = (i: Inline): string => {
      if (!('children' in i)) {
        if (i.kind === 'break') return '<w:r><w:br/></w:r>';
        return i.kind === 'run' ? run() : '<w:del w:id="1"><w:r><w:delText>GONE</w:delText></w:r></w:del>';
      }
      const inner = i.children.map(inline).join('');
      switch (i.kind) {
        case 'link':
          return `<w:hyperlink w:anchor="a">${inner}</w:hyperlink>`;
        case 'sdt':
          return sdt(inner);
        case 'simple':
          return `<w:fldSimple w:instr=" HYPERLINK &quot;https://x.example/&quot; ">${inner}</w:fldSimple>`;
        case 'ins':
          return `<w:ins w:id="2">${inner}</w:ins>`;
        case 'field':
          return (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://y.example/" GONE </w:instrText></w:r>' +
            `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${inner}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
          );
      }
    };
    const blockXml = (b: Block): string => {
      if (b.kind === 'p') return `<w:p>${b.inlines.map(inline).join('')}</w:p>`;
      if (b.kind === 'sdt') return sdt(b.blocks.map(blockXml).join(''));
      const cell = (c: Cell) => {
        const xml = `<w:tc><w:tcPr><w:gridSpan w:val="${c.span}"/></w:tcPr>${c.blocks.map(blockXml).join('')}${c.trailingParagraph ? '<w:p/>' : ''}</w:tc>`;
        return c.sdt ? sdt(xml) : xml;
      };
      const row = (r: { cells: Cell[]; sdt: boolean }) => {
        const xml = `<w:tr>${r.cells.map(cell).join('')}</w:tr>`;
        return r.sdt ? sdt(xml) : xml;
      };
      return `<w:tbl><w:tblPr/>${b.rows.map(row).join('')}</w:tbl>`;
    };
    // Word ends a body with a paragraph; a table is never the last block.
    const xml = blocks.map(blockXml).join('') + '<w:p/>';
    return { xml, tokens };
  }

  it('every w:t text of a generated document is in the flat text, inside a paragraph, in document order', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const { xml, tokens } = render(blocks);
        const doc = readDocxDocument(makeDocx(xml), 'g.docx');
        let from = 0;
        for (const token of tokens) {
          const at = doc.text.indexOf(token, from);
          expect(at, `${token} missing after ${from} in ${JSON.stringify(doc.text)}`).toBeGreaterThanOrEqual(0);
          expect(paragraphAt(doc, at)?.text).toContain(token);
          from = at + token.length;
        }
        expect(doc.text).not.toContain('GONE');
      }),
      { numRuns: 200 },
    );
  });
});

describe('readDocxDocument on hostile input: a clear error or a result, in time linear in the input', () => {
  const MB = 1024 * 1024;
  const spaces = new Uint8Array(MB).fill(0x20);
  const errorOf = (bytes: Uint8Array) => {
    try {
      readDocxDocument(bytes, 'h.docx');
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      return (error as DocumentError).message;
    }
    throw new Error('read without error');
  };
  const bomb = (gigabytes: number, declared = gigabytes * 1024 * MB) => {
    const [head, tail] = documentXml(
      '<w:p><w:r><w:t xml:space="preserve">TD106 </w:t></w:r></w:p><w:p><w:r><w:t>|</w:t></w:r></w:p>',
    ).split('|');
    return rawZip([
      { name: 'word/document.xml', data: repeatedDeflate(head, spaces, gigabytes * 1024, tail), size: declared },
    ]);
  };

  it('refuses a document.xml that inflates to 3 GB, by its declared size', () => {
    expect(errorOf(bomb(3))).toBe(
      'h.docx: word/document.xml is too large: 3072 MB inflated (the limit is 64 MB per part)',
    );
  });

  it('stops a document.xml that inflates to 1 GB while declaring 10 kB', () => {
    expect(errorOf(bomb(1, 10_000))).toBe(
      'h.docx: corrupt .docx (cannot unzip: word/document.xml inflates beyond its declared size)',
    );
  });

  it('refuses parts that together inflate past the total limit', () => {
    const part = (name: string) => ({ name, data: new Uint8Array(10), size: 60 * MB });
    const related = unzipSync(makeDocx(p('x'), { styles: 'x', numbering: 'x' }))['word/_rels/document.xml.rels'];
    const rels = { name: 'word/_rels/document.xml.rels', data: related, size: related.length, method: 0 };
    expect(
      errorOf(rawZip([rels, part('word/document.xml'), part('word/styles.xml'), part('word/numbering.xml')])),
    ).toBe('h.docx: too large: its text parts inflate to 180 MB (the limit is 128 MB)');
  });

  const nestedSdt = (n: number) =>
    makeDocx('<w:sdt><w:sdtContent>'.repeat(n) + p('x') + '</w:sdtContent></w:sdt>'.repeat(n));
  const nestedTables = (n: number) =>
    makeDocx('<w:tbl><w:tr><w:tc>'.repeat(n) + p('x') + '</w:tc></w:tr></w:tbl>'.repeat(n));
  const sampleBody = (n: number) => {
    const xml = new TextDecoder().decode(unzipSync(SAMPLE)['word/document.xml']);
    const [start, end] = [xml.indexOf('<w:body>') + 8, xml.lastIndexOf('<w:sectPr')];
    return zipSync({
      ...unzipSync(SAMPLE),
      'word/document.xml': strToU8(xml.slice(0, start) + xml.slice(start, end).repeat(n) + xml.slice(end)),
    });
  };
  const openFields = (n: number) =>
    makeDocx(
      `<w:p>${'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'.repeat(n)}</w:p>` +
        p('TD1').repeat(n),
    );
  const unclosedStyles = (n: number) =>
    makeDocx(p('TD106', '<w:pStyle w:val="a"/>'), { styles: '<w:style w:type="paragraph" w:styleId="a">'.repeat(n) });

  it('stops at the nesting limit with where it happened (nested w:sdt, nested tables)', () => {
    expect(errorOf(nestedSdt(30_000))).toMatch(
      /^h\.docx: elements nested deeper than 256 levels \(word\/document\.xml, line 1, column \d+\); not read$/,
    );
    expect(errorOf(nestedTables(10_000))).toMatch(
      /^h\.docx: elements nested deeper than 256 levels \(word\/document\.xml, line 1, column \d+\); not read$/,
    );
    // Within the limit, a deeply nested table still gives its text.
    expect(readDocxDocument(nestedTables(60), 'ok.docx').text).toContain('x');
  });

  it('reads a styles.xml of 100k unclosed w:style elements (they are no styles)', () => {
    expect(readDocxDocument(unclosedStyles(100_000), 'u.docx').paragraphs.map((q) => [q.text, q.style])).toEqual([
      ['TD106', undefined],
    ]);
  });

  it.each([
    ['nested w:sdt', nestedSdt, 20_000],
    ['nested tables', nestedTables, 20_000],
    ['unclosed styles', unclosedStyles, 20_000],
    ['a lying bomb', (n: number) => bomb(n / 1024, 10_000), 1],
    ['HYPERLINK fields left open over many paragraphs', openFields, 2_000],
    [
      'runs in one paragraph',
      (n: number) => makeDocx(`<w:p>${'<w:r><w:t xml:space="preserve">TD106 </w:t></w:r>'.repeat(n)}</w:p>`),
      5_000,
    ],
    [
      'line breaks in one run',
      (n: number) => makeDocx(`<w:p><w:r>${'<w:t>TD1</w:t><w:br/>'.repeat(n)}</w:r></w:p>`),
      5_000,
    ],
    ['the sample body repeated', sampleBody, 4],
  ] as const)('doubling %s at most about doubles the time', (_name, make, n) => {
    expectLinearGrowth(make, (bytes) => readDocxDocument(bytes, 'g.docx'), n);
  });
});
