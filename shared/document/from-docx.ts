/**
 * Reads a Word .docx: unzips the parts it needs (zip.ts: Node's zlib, or fflate in a browser) and walks
 * `word/document.xml` with htmlparser2 in xmlMode.
 *
 * Why not mammoth (docx → HTML): we need the document's real structure, not a rendering — paragraph styles
 * (headings, List Bullet), list levels from `w:numPr/w:ilvl` and the numbering definitions (so automatic item
 * numbers like `3.1` are known), tables with `w:gridSpan` / `w:vMerge`, content controls (`w:sdt`) and
 * hyperlinks whose text must stay in place — and the same code must run in the browser preview of the add-in.
 * The zip reader and htmlparser2 are small, synchronous and run in Node and browsers alike.
 *
 * Hostile input: parts are inflated under the caps of limits.ts (zip.ts), and parsed under its nesting cap
 * (markup.ts); past either, the reader stops with a DocumentError saying which part and why.
 *
 * Text rules: `w:t` is text; `w:tab` → `\t`; `w:noBreakHyphen` → U+2011; deleted text (`w:del`, `w:delText`,
 * `w:moveFrom`) and field instructions (`w:instrText`) are skipped, field results are kept. Hyperlinks
 * (`w:hyperlink` via the document relationships, `HYPERLINK` fields) become `doc.links`. A line break
 * (`w:br` without a type, `w:cr`) ends a line: the text after it becomes a paragraph of its own (same style,
 * not a list item), because one paragraph is one line of the flat text, as in the .txt export. Page and column
 * breaks are layout and give nothing. Text boxes and drawings are skipped (they would interleave paragraphs).
 * A table nested in a cell is flattened into that cell, wherever in the cell it starts. Bullets are written as
 * `· ` before the paragraph span and numbered items as their number (`1. `), like the .txt export, so a .docx and
 * its .txt give the same references.
 */
import { DocumentError, type AgendaDocument } from './model';
import { FlatTextBuilder } from './builder';
import { BodyReader } from './docx-body';
import { ParagraphStyles } from './docx-styles';
import { MAX_INFLATED_BYTES, MAX_PART_BYTES, megabytes } from './limits';
import { NestingError, parseMarkup, XML_OPTIONS } from './markup';
import { inflateEntry, readZipDirectory, ZipError } from './zip';

const DOCUMENT = 'word/document.xml';
/** The package parts the reader uses; the rest (themes, fonts, images, stylesWithEffects) is never inflated. */
const NEEDED_PARTS = [DOCUMENT, 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels'] as const;
type Part = (typeof NEEDED_PARTS)[number];

const decoder = new TextDecoder('utf-8');

/** The needed parts as text, each inflated under MAX_PART_BYTES and all of them under MAX_INFLATED_BYTES. */
function readParts(bytes: Uint8Array, name: string): Partial<Record<Part, string>> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw new DocumentError(name, 'not a Word .docx file (not a zip archive)');
  try {
    const entries = readZipDirectory(bytes).filter((e) => (NEEDED_PARTS as readonly string[]).includes(e.name));
    // Sizes as declared, before anything is inflated; inflateEntry holds each part to its declared size.
    const tooLarge = entries.find((e) => e.size > MAX_PART_BYTES);
    if (tooLarge) throw new DocumentError(name, `${tooLarge.name} is too large: ${megabytes(tooLarge.size)} inflated (the limit is ${megabytes(MAX_PART_BYTES)} per part)`);
    const declared = entries.reduce((n, e) => n + e.size, 0);
    if (declared > MAX_INFLATED_BYTES) {
      throw new DocumentError(name, `too large: its text parts inflate to ${megabytes(declared)} (the limit is ${megabytes(MAX_INFLATED_BYTES)})`);
    }
    const parts: Partial<Record<Part, string>> = {};
    for (const entry of entries) {
      const part = entry.name as Part;
      if (parts[part] !== undefined) throw new ZipError(`two entries named ${part}`);
      parts[part] = decoder.decode(inflateEntry(bytes, entry, MAX_PART_BYTES));
    }
    return parts;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new DocumentError(name, `corrupt .docx (cannot unzip: ${why})`);
  }
}

/** Relationship id → target (hyperlink URLs). */
function readRelationships(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml) {
    const open = (tag: string, attrs: Record<string, string>) => {
      if (tag === 'Relationship' && attrs.Id && attrs.Target) targets.set(attrs.Id, attrs.Target);
    };
    parseMarkup(xml, { open }, XML_OPTIONS, { part: 'word/_rels/document.xml.rels' });
  }
  return targets;
}

export function readDocxDocument(bytes: Uint8Array, name: string): AgendaDocument {
  const parts = readParts(bytes, name);
  const documentXml = parts[DOCUMENT];
  if (documentXml === undefined) throw new DocumentError(name, `corrupt .docx: ${DOCUMENT} is missing`);
  try {
    const styles = new ParagraphStyles(parts['word/styles.xml'], parts['word/numbering.xml']);
    const out = new FlatTextBuilder();
    const body = new BodyReader(out, styles, readRelationships(parts['word/_rels/document.xml.rels']));
    if (!parseMarkup(documentXml, body, XML_OPTIONS, { part: DOCUMENT })) {
      throw new DocumentError(name, `corrupt .docx: ${DOCUMENT} is cut short or not well-formed XML`);
    }
    return out.build(name, 'docx');
  } catch (error) {
    if (error instanceof NestingError) throw new DocumentError(name, `${error.message}; not read`);
    throw error;
  }
}
