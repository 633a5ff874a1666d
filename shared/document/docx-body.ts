/**
 * Walks the `w:body` of word/document.xml into a FlatTextBuilder: paragraphs and their line breaks, runs and their
 * text, hyperlinks and HYPERLINK fields, tables and their cells. See from-docx.ts for the text rules.
 */
import type { FlatTextBuilder, ParagraphProps } from './builder';
import type { ParagraphPr, ParagraphStyles } from './docx-styles';
import type { MarkupHandlers } from './markup';

/** Skipped subtrees: deleted/moved-away text, field codes, text boxes and drawings, alternate content fallbacks. */
const SKIPPED = new Set([
  // Tracked formatting changes hold the *old* properties (style, numbering): not the document's.
  'w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:tcPrChange', 'w:trPrChange', 'w:sectPrChange', 'w:numberingChange',
  'w:del', 'w:moveFrom', 'w:delText', 'w:txbxContent', 'w:drawing', 'w:pict', 'mc:Fallback', 'w:object', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

const FIELD_HYPERLINK = /^\s*HYPERLINK\s+"([^"]+)"(?:\s+\\l\s+"([^"]+)")?/i;

interface LineLink {
  url: string;
  from: number;
  to: number;
}

/**
 * Hyperlinks (`w:hyperlink`, `w:fldSimple`) and complex HYPERLINK fields of the current line, as offsets into the
 * line's text. A link still open when the line ends continues on the next line, from its start.
 */
class LineLinks {
  private done: LineLink[] = [];
  private readonly open: { url: string; from: number }[] = [];
  /** Complex fields: instruction text, then the result's offset once `separate` is seen. */
  private readonly fields: { instruction: string; resultFrom: number | null }[] = [];

  openLink(url: string, at: number): void {
    this.open.push({ url, from: at });
  }

  closeLink(at: number): void {
    const link = this.open.pop();
    if (link?.url) this.done.push({ url: link.url, from: link.from, to: at });
  }

  fieldBegin(): void {
    this.fields.push({ instruction: '', resultFrom: null });
  }

  fieldSeparate(at: number): void {
    if (this.fields.length > 0) this.fields[this.fields.length - 1].resultFrom = at;
  }

  fieldEnd(at: number): void {
    const field = this.fields.pop();
    const url = field ? fieldUrl(field) : null;
    if (field && url) this.done.push({ url, from: field.resultFrom!, to: at });
  }

  /** Instruction text (`w:instrText`) of the innermost open field. */
  instruction(text: string): void {
    if (this.fields.length > 0) this.fields[this.fields.length - 1].instruction += text;
  }

  /** The links of a line `length` long; what is still open carries on from offset 0 of the next line. */
  endLine(length: number): LineLink[] {
    const links = this.done;
    for (const l of this.open) links.push({ url: l.url, from: l.from, to: length });
    for (const f of this.fields) {
      const url = fieldUrl(f);
      if (url) links.push({ url, from: f.resultFrom!, to: length });
    }
    this.done = [];
    for (const l of this.open) l.from = 0;
    for (const f of this.fields) if (f.resultFrom !== null) f.resultFrom = 0;
    return links;
  }
}

function fieldUrl(field: { instruction: string; resultFrom: number | null }): string | null {
  if (field.resultFrom === null) return null;
  const m = FIELD_HYPERLINK.exec(field.instruction);
  return m ? m[1] + (m[2] ? `#${m[2]}` : '') : null;
}

/** Elements that start a cell's content (anything after w:tcPr). */
function startsCellContent(tag: string): boolean {
  return tag === 'w:p' || tag === 'w:tbl' || tag === 'w:sdt' || tag === 'w:customXml';
}

/**
 * Table cells, one per open `w:tc` (nested tables included). A cell opens in the builder once its properties
 * (gridSpan) are read: at its first content element, *before* that element is handled, so that a table nested at
 * the very start of a cell lands inside the cell rather than outside every cell.
 */
class Cells {
  private readonly open: { span: number; begun: boolean }[] = [];
  constructor(private readonly out: FlatTextBuilder) {}

  cell(): void {
    this.open.push({ span: 1, begun: false });
  }

  gridSpan(value: string | undefined): void {
    const top = this.open[this.open.length - 1];
    if (top) top.span = Math.max(1, Number(value ?? 1) || 1);
  }

  content(): void {
    const top = this.open[this.open.length - 1];
    if (top && !top.begun) {
      this.out.beginCell(top.span);
      top.begun = true;
    }
  }

  endCell(): void {
    const top = this.open.pop();
    if (top && !top.begun) this.out.beginCell(top.span);
    this.out.endCell();
  }
}

/** The handlers for parseMarkup over word/document.xml. */
export class BodyReader implements MarkupHandlers {
  private skipDepth = 0;
  private inBody = false;
  private inParagraph = false;
  private inParagraphProps = false;
  private inRun = false;
  private inText = false;
  private inInstruction = false;
  /** The current line's text. */
  private buffer = '';
  private pr: ParagraphPr = {};
  /** Props of the current line; after a line break, only the style carries on. */
  private lineProps: ParagraphProps | null = null;
  private readonly links = new LineLinks();
  private readonly cells: Cells;

  constructor(
    private readonly out: FlatTextBuilder,
    private readonly styles: ParagraphStyles,
    private readonly relationships: ReadonlyMap<string, string>,
  ) {
    this.cells = new Cells(out);
  }

  open(tag: string, attrs: Record<string, string>): void {
    if (tag === 'w:body') this.inBody = true;
    if (!this.inBody) return;
    if (this.skipDepth > 0 || SKIPPED.has(tag)) {
      this.skipDepth++;
      return;
    }
    if (startsCellContent(tag)) this.cells.content();
    if (this.paragraphOpen(tag, attrs) || this.runOpen(tag, attrs) || this.linkOpen(tag, attrs)) return;
    if (tag === 'w:tbl') this.out.beginTable();
    else if (tag === 'w:tr') this.out.beginRow();
    else if (tag === 'w:tc') this.cells.cell();
    else if (tag === 'w:gridSpan') this.cells.gridSpan(attrs['w:val']);
  }

  close(tag: string): void {
    if (!this.inBody) return;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    switch (tag) {
      case 'w:p':
        if (this.inParagraph) this.endLine(true);
        this.inParagraph = false;
        break;
      case 'w:pPr':
        this.inParagraphProps = false;
        break;
      case 'w:r':
        this.inRun = false;
        break;
      case 'w:t':
        this.inText = false;
        break;
      case 'w:instrText':
        this.inInstruction = false;
        break;
      case 'w:hyperlink':
      case 'w:fldSimple':
        this.links.closeLink(this.buffer.length);
        break;
      case 'w:tc':
        this.cells.endCell();
        break;
      case 'w:tr':
        this.out.endRow();
        break;
      case 'w:tbl':
        this.out.endTable();
        break;
      case 'w:body':
        this.inBody = false;
        break;
    }
  }

  text(chunk: string): void {
    if (this.skipDepth > 0) return;
    if (this.inText) this.buffer += chunk;
    else if (this.inInstruction) this.links.instruction(chunk);
  }

  /** `w:p` and its properties. */
  private paragraphOpen(tag: string, attrs: Record<string, string>): boolean {
    switch (tag) {
      case 'w:p':
        this.inParagraph = true;
        this.buffer = '';
        this.pr = {};
        this.lineProps = null;
        return true;
      case 'w:pPr':
        this.inParagraphProps = true;
        return true;
      case 'w:pStyle':
        if (this.inParagraphProps) this.pr.styleId = attrs['w:val'];
        return true;
      case 'w:numId':
        if (this.inParagraphProps) this.pr.numId = attrs['w:val'];
        return true;
      case 'w:ilvl':
        if (this.inParagraphProps) this.pr.ilvl = Number(attrs['w:val'] ?? 0);
        return true;
      case 'w:outlineLvl':
        if (this.inParagraphProps) this.pr.outlineLevel = Number(attrs['w:val'] ?? 9);
        return true;
      default:
        return false;
    }
  }

  /** Runs and what they hold: text, tabs, hyphens, line breaks, field characters. */
  private runOpen(tag: string, attrs: Record<string, string>): boolean {
    switch (tag) {
      case 'w:r':
        this.inRun = true;
        return true;
      case 'w:t':
        this.inText = this.inRun || this.inParagraph;
        return true;
      case 'w:instrText':
        this.inInstruction = true;
        return true;
      case 'w:tab':
        if (this.inRun && !this.inParagraphProps) this.buffer += '\t';
        return true;
      case 'w:noBreakHyphen':
        if (this.inRun) this.buffer += '\u2011';
        return true;
      case 'w:br':
      case 'w:cr':
        if (this.inRun && this.inParagraph && (attrs['w:type'] === undefined || attrs['w:type'] === 'textWrapping')) this.endLine(false);
        return true;
      case 'w:fldChar': {
        const type = attrs['w:fldCharType'];
        if (type === 'begin') this.links.fieldBegin();
        else if (type === 'separate') this.links.fieldSeparate(this.buffer.length);
        else if (type === 'end') this.links.fieldEnd(this.buffer.length);
        return true;
      }
      default:
        return false;
    }
  }

  /** `w:hyperlink` (through the relationships, or an anchor) and `w:fldSimple` with a HYPERLINK instruction. */
  private linkOpen(tag: string, attrs: Record<string, string>): boolean {
    if (tag === 'w:fldSimple') {
      this.links.openLink(FIELD_HYPERLINK.exec(attrs['w:instr'] ?? '')?.[1] ?? '', this.buffer.length);
      return true;
    }
    if (tag === 'w:hyperlink') {
      const target = attrs['r:id'] ? this.relationships.get(attrs['r:id']) : undefined;
      this.links.openLink(target ?? (attrs['w:anchor'] ? `#${attrs['w:anchor']}` : ''), this.buffer.length);
      return true;
    }
    return false;
  }

  private endLine(final: boolean): void {
    this.lineProps ??= this.styles.props(this.pr);
    const links = this.links.endLine(this.buffer.length);
    const start = this.out.paragraph(this.buffer, this.lineProps);
    if (start !== null) for (const l of links) this.out.link(l.url, start + l.from, start + l.to);
    this.buffer = '';
    if (!final) this.lineProps = this.lineProps.style ? { style: this.lineProps.style } : {};
  }
}
