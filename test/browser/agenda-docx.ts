/**
 * Agenda .docx files as Word lays them out, for the LibreOffice round trip: a complete package (content types,
 * relationships, styles, bullet numbering) with headings, bulleted items, tables, hyperlinks (`w:hyperlink` with an
 * external relationship) and content controls (`w:sdt`, around blocks, around a table and inside a paragraph, as
 * the add-in's fills leave them).
 */
import { strToU8, zipSync } from 'fflate';

export type Inline = string | { text: string; link?: string; bold?: boolean } | { control: string; runs: Inline[] };

export type Block =
  | { p: Inline[]; style?: 'Heading1' | 'Normal'; bullet?: boolean }
  | { table: Block[][][] }
  | { control: string; blocks: Block[] };

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const p = (...runs: Inline[]): Block => ({ p: runs });
export const bullet = (...runs: Inline[]): Block => ({ p: runs, bullet: true });
export const heading = (text: string): Block => ({ p: [text], style: 'Heading1' });
/** A table from cell texts; `\n` separates a cell's paragraphs. */
export const table = (rows: (string | Block[])[][]): Block => ({
  table: rows.map((cells) =>
    cells.map((cell) => (typeof cell === 'string' ? cell.split('\n').map((line) => p(line)) : cell)),
  ),
});

export function agendaDocx(blocks: Block[]): Uint8Array {
  const links: string[] = [];
  let controlId = 100;
  const sdtPr = (tag: string) =>
    `<w:sdtPr><w:alias w:val="${escape(tag)}"/><w:tag w:val="${escape(tag)}"/><w:id w:val="${controlId++}"/></w:sdtPr>`;

  const run = (text: string, bold = false) =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${text
      .split('\t')
      .map((piece, i) => `${i > 0 ? '<w:tab/>' : ''}<w:t xml:space="preserve">${escape(piece)}</w:t>`)
      .join('')}</w:r>`;
  const inline = (item: Inline): string => {
    if (typeof item === 'string') return run(item);
    if ('control' in item)
      return `<w:sdt>${sdtPr(item.control)}<w:sdtContent>${item.runs.map(inline).join('')}</w:sdtContent></w:sdt>`;
    if (!item.link) return run(item.text, item.bold);
    links.push(item.link);
    return `<w:hyperlink r:id="rIdLink${links.length}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">${escape(item.text)}</w:t></w:r></w:hyperlink>`;
  };
  const block = (b: Block): string => {
    if ('p' in b) {
      const props = [
        b.style && b.style !== 'Normal' ? `<w:pStyle w:val="${b.style}"/>` : '',
        b.bullet ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '',
      ].join('');
      return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${b.p.map(inline).join('')}</w:p>`;
    }
    if ('control' in b)
      return `<w:sdt>${sdtPr(b.control)}<w:sdtContent>${b.blocks.map(block).join('')}</w:sdtContent></w:sdt>`;
    const columns = Math.max(...b.table.map((row) => row.length));
    const grid = `<w:tblGrid>${'<w:gridCol w:w="1800"/>'.repeat(columns)}</w:tblGrid>`;
    const rows = b.table.map(
      (row) =>
        `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${cell.map(block).join('')}</w:tc>`).join('')}</w:tr>`,
    );
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
  };

  const body = blocks.map(block).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const documentRels = [
    `<Relationship Id="rIdStyles" Type="${R_NS}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${R_NS}/numbering" Target="numbering.xml"/>`,
    ...links.map(
      (url, i) =>
        `<Relationship Id="rIdLink${i + 1}" Type="${R_NS}/hyperlink" Target="${escape(url)}" TargetMode="External"/>`,
    ),
  ].join('');
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${R_NS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}">${documentRels}</Relationships>`,
    ),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
  });
}
