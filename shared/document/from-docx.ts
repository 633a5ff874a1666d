/**
 * Reads a Word .docx: finds its main document part through the package's relationships (docx-package.ts), and walks
 * it with the one XML reader (xml.ts: saxes, namespace-aware, with source offsets).
 *
 * Why not mammoth (docx → HTML): we need the document's real structure, not a rendering — paragraph styles
 * (headings, List Bullet), list levels from `w:numPr/w:ilvl` and the numbering definitions (so automatic item
 * numbers like `3.1` are known), tables with `w:gridSpan` / `w:vMerge`, content controls (`w:sdt`) and
 * hyperlinks whose text must stay in place — and the same code must run in the browser preview of the add-in.
 * The zip reader and saxes are small, synchronous and run in Node and browsers alike.
 *
 * Hostile input: parts are inflated under the caps of limits.ts (zip.ts), and parsed under its nesting cap (xml.ts);
 * past either, the reader stops with a DocumentError saying which part and why.
 *
 * Text rules: `w:t` is text; `w:tab` → `\t`; `w:noBreakHyphen` → U+2011; deleted text (`w:del`, `w:delText`,
 * `w:moveFrom`) and field instructions (`w:instrText`) are skipped, field results are kept. Hyperlinks
 * (`w:hyperlink` via the document relationships, `HYPERLINK` fields) become `doc.links`. A line break
 * (`w:br` without a type, `w:cr`) ends a line: the text after it becomes a paragraph of its own (same style,
 * not a list item), because one paragraph is one line of the flat text, as in the .txt export. Page and column
 * breaks are layout and give nothing. Text boxes and drawings are skipped (they would interleave paragraphs), and
 * XML comments are no text. A table nested in a cell is flattened into that cell, wherever in the cell it starts.
 * Bullets are written as `· ` before the paragraph span and numbered items as their number (`1. `), like the .txt
 * export, so a .docx and its .txt give the same references; numbers are counted as Word counts them
 * (docx-numbering.ts), and the list definitions stay with the document (`lists`, `Paragraph.numbering`) so the
 * in-memory Word numbers a document it opens the same way. Tracked changes read as accepted: inserted text (`w:ins`)
 * is text, deleted text is not.
 *
 * What was read is kept beside the document (`docxSource`): the main part and, for each line of the flat text, its
 * paragraph properties and where each of its `w:t` texts sits in the part. The fixer (checks/docx-fixes.ts) edits
 * through it, so a fix lands in exactly the text that was read and reported, never in a look-alike elsewhere.
 */
import type { AgendaDocument, Paragraph } from './model';
import { FlatTextBuilder } from './builder';
import { BodyReader, type LineSource } from './docx-body';
import { DocxPackage, type XmlPart } from './docx-package';
import { ParagraphStyles, type PartReader } from './docx-styles';

/** The main part as read, and each line's source by the line's start offset in the flat text. */
export interface DocxSource {
  package: DocxPackage;
  main: XmlPart;
  lines: ReadonlyMap<number, LineSource>;
}

const sources = new WeakMap<AgendaDocument, DocxSource>();

/** Where a document read by `readDocxDocument` came from (undefined for any other document). */
export function docxSourceOf(doc: AgendaDocument): DocxSource | undefined {
  return sources.get(doc);
}

/** The source of one paragraph of such a document. */
export function lineSourceOf(source: DocxSource, paragraph: Paragraph): LineSource | undefined {
  return source.lines.get(paragraph.start);
}

export function readDocxDocument(bytes: Uint8Array, name: string): AgendaDocument {
  const pkg = new DocxPackage(bytes, name);
  const mainName = pkg.mainPartName();
  const related = pkg.relationships(mainName);
  const targetOf = (type: string) => related.find((r) => r.type === type && !r.external)?.target;
  // Every part this reads, refused together by their declared sizes before any is inflated.
  pkg.refuseLarge([mainName, targetOf('styles'), targetOf('numbering')]);
  const main = pkg.xmlPart(mainName)!;
  const partOf = (type: string): PartReader | undefined => {
    const target = targetOf(type);
    const part = target === undefined ? undefined : pkg.xmlPart(target);
    if (!part) return undefined;
    return {
      text: part.text,
      parse: (handlers, fragment) => pkg.parse(part, handlers, fragment?.text, fragment?.namespaces),
    };
  };
  const links = new Map(related.filter((r) => r.type === 'hyperlink').map((r) => [r.id, r.target]));
  const styles = new ParagraphStyles(partOf('styles'), partOf('numbering'));
  const out = new FlatTextBuilder();
  const body = new BodyReader(out, styles, links);
  pkg.parse(main, body);
  const doc = out.build(name, 'docx');
  if (styles.lists.instances.size > 0) doc.lists = styles.lists;
  sources.set(doc, { package: pkg, main, lines: body.lines });
  return doc;
}
