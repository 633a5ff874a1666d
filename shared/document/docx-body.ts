/**
 * Walks the `w:body` of the main document part into a FlatTextBuilder: paragraphs and their line breaks, runs and
 * their text, hyperlinks and HYPERLINK fields, tables and their cells. See from-docx.ts for the text rules.
 *
 * Elements are matched by namespace and local name (xml.ts), whatever prefix the part uses. Each line of the flat
 * text keeps its source (`LineSource`): the paragraph's own properties and, for each `w:t` read into it, where its
 * text sits in the line and in the part, so a fix is written into exactly the text that was read and reported.
 */
import type { FlatTextBuilder, ParagraphProps } from './builder';
import type { ParagraphPr, ParagraphStyles } from './docx-styles';
import { NS, type XmlElement, type XmlHandlers } from './xml';

/**
 * Skipped subtrees (WordprocessingML names): deleted and moved-away text, text boxes and drawings (they would
 * interleave paragraphs), note and comment marks, and tracked formatting changes, which hold the *old* properties.
 */
const SKIPPED = new Set([
  'pPrChange',
  'rPrChange',
  'tblPrChange',
  'tcPrChange',
  'trPrChange',
  'sectPrChange',
  'numberingChange',
  'del',
  'moveFrom',
  'delText',
  'delInstrText',
  'txbxContent',
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

const FIELD_HYPERLINK = /^\s*HYPERLINK\s+"([^"]+)"(?:\s+\\l\s+"([^"]+)")?/i;

/** One `w:t` read into a line: its text at `[from, to)` of the line, its start tag and content in the part. */
export interface RunText {
  from: number;
  to: number;
  text: string;
  /** The start tag `<w:t ...>`: offsets, name as written, and its `xml:space` if it has one. */
  tag: { start: number; end: number; qname: string; space: string | undefined };
  /** The raw content between the start and end tags. */
  content: { start: number; end: number };
}

/** Where a line of the flat text came from: its paragraph's properties and its `w:t` texts in order. */
export interface LineSource {
  pr: ParagraphPr;
  runs: RunText[];
}

interface LineLink {
  url: string;
  from: number;
  to: number;
}

/** An open hyperlink or field; `carry` is the innermost entry at or below it with a URL (or null). */
interface OpenLink {
  url: string | null;
  from: number;
  /** The line `from` belongs to; on a later line the link runs from 0. */
  line: number;
  carry: OpenLink | null;
  instruction: string;
  closed: boolean;
}

/**
 * Hyperlinks (`w:hyperlink`, `w:fldSimple`) and complex HYPERLINK fields of the current line, as offsets into the
 * line's text. A link still open when its line ends covers the rest of that line, and continues on the next lines
 * from their start; of links nested in each other only the innermost carries on (the one a click follows), so a line
 * costs what was opened on it, however many fields are left open above it (a field begun and never ended is no
 * reason for work on every later line).
 */
class LineLinks {
  private done: LineLink[] = [];
  private readonly links: OpenLink[] = [];
  private readonly fields: OpenLink[] = [];
  /** Links whose URL became known on this line. */
  private started: OpenLink[] = [];
  private line = 0;

  private push(stack: OpenLink[], url: string | null, at: number): void {
    const below = stack[stack.length - 1];
    const entry: OpenLink = { url, from: at, line: this.line, carry: null, instruction: '', closed: false };
    entry.carry = url ? entry : (below?.carry ?? null);
    stack.push(entry);
    if (url) this.started.push(entry);
  }

  private finish(entry: OpenLink | undefined, at: number): void {
    if (!entry) return;
    entry.closed = true;
    if (entry.url) this.done.push({ url: entry.url, from: entry.line === this.line ? entry.from : 0, to: at });
  }

  openLink(url: string, at: number): void {
    this.push(this.links, url || null, at);
  }

  closeLink(at: number): void {
    this.finish(this.links.pop(), at);
  }

  fieldBegin(at: number): void {
    this.push(this.fields, null, at);
  }

  /** The field's result starts: its URL is known now, from its instruction. */
  fieldSeparate(at: number): void {
    const top = this.fields[this.fields.length - 1];
    if (!top || top.url) return;
    const m = FIELD_HYPERLINK.exec(top.instruction);
    if (!m) return;
    top.url = m[1] + (m[2] ? `#${m[2]}` : '');
    top.from = at;
    top.line = this.line;
    top.carry = top;
    this.started.push(top);
  }

  fieldEnd(at: number): void {
    this.finish(this.fields.pop(), at);
  }

  /** Instruction text (`w:instrText`) of the innermost open field, before its result starts. */
  instruction(text: string): void {
    const top = this.fields[this.fields.length - 1];
    if (top && !top.url) top.instruction += text;
  }

  /** The links of a line `length` long; what is still open carries on from offset 0 of the next line. */
  endLine(length: number): LineLink[] {
    const links = this.done;
    for (const open of this.started) if (!open.closed) links.push({ url: open.url!, from: open.from, to: length });
    for (const stack of [this.links, this.fields]) {
      const open = stack[stack.length - 1]?.carry;
      if (open && open.line < this.line) links.push({ url: open.url!, from: 0, to: length });
    }
    this.done = [];
    this.started = [];
    this.line++;
    return links;
  }
}

/** Elements that start a cell's content (anything after w:tcPr). */
function startsCellContent(local: string): boolean {
  return local === 'p' || local === 'tbl' || local === 'sdt' || local === 'customXml';
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

const val = (el: XmlElement) => el.attr(NS.w, 'val');

/** The handlers for readXml over the main document part. */
export class BodyReader implements XmlHandlers {
  /** Each line of the flat text by its start offset. */
  readonly lines = new Map<number, LineSource>();
  private skipDepth = 0;
  private inBody = false;
  private inParagraph = false;
  private inParagraphProps = false;
  private inRun = false;
  private inInstruction = false;
  /** The `w:t` being read, if any. */
  private openText: Omit<RunText, 'to' | 'text' | 'content'> | null = null;
  /** The current line's text and its `w:t` texts. */
  private buffer = '';
  /**
   * The open `w:t`'s text, in the chunks read: joined when it closes. A slice of the line's text, which grows by
   * concatenation, would copy the whole line for each run (20,000 runs in one paragraph: minutes).
   */
  private openChunks: string[] = [];
  private runs: RunText[] = [];
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

  open(el: XmlElement): void {
    const w = el.ns === NS.w;
    if (w && el.local === 'body') this.inBody = true;
    if (!this.inBody) return;
    if (this.skipDepth > 0 || (w && SKIPPED.has(el.local)) || (el.ns === NS.mc && el.local === 'Fallback')) {
      this.skipDepth++;
      return;
    }
    if (!w) return;
    const tag = el.local;
    if (startsCellContent(tag)) this.cells.content();
    if (this.paragraphOpen(el) || this.runOpen(el) || this.linkOpen(el)) return;
    if (tag === 'tbl') this.out.beginTable();
    else if (tag === 'tr') this.out.beginRow();
    else if (tag === 'tc') this.cells.cell();
    else if (tag === 'gridSpan') this.cells.gridSpan(val(el));
  }

  close(el: XmlElement): void {
    if (!this.inBody) return;
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (el.ns !== NS.w) return;
    switch (el.local) {
      case 'p':
        if (this.inParagraph) this.endLine(true);
        this.inParagraph = false;
        break;
      case 'pPr':
        this.inParagraphProps = false;
        break;
      case 'r':
        this.inRun = false;
        break;
      case 't':
        this.endText(el);
        break;
      case 'instrText':
        this.inInstruction = false;
        break;
      case 'hyperlink':
      case 'fldSimple':
        this.links.closeLink(this.buffer.length);
        break;
      case 'tc':
        this.cells.endCell();
        break;
      case 'tr':
        this.out.endRow();
        break;
      case 'tbl':
        this.out.endTable();
        break;
      case 'body':
        this.inBody = false;
        break;
    }
  }

  text(chunk: string): void {
    if (this.skipDepth > 0 || !this.inBody) return;
    if (this.openText) {
      this.buffer += chunk;
      this.openChunks.push(chunk);
    } else if (this.inInstruction) this.links.instruction(chunk);
  }

  /** `w:p` and its properties. */
  private paragraphOpen(el: XmlElement): boolean {
    switch (el.local) {
      case 'p':
        this.inParagraph = true;
        this.buffer = '';
        this.runs = [];
        this.pr = {};
        this.lineProps = null;
        return true;
      case 'pPr':
        this.inParagraphProps = true;
        return true;
      case 'pStyle':
        if (this.inParagraphProps) this.pr.styleId = val(el);
        return true;
      case 'numId':
        if (this.inParagraphProps) this.pr.numId = val(el);
        return true;
      case 'ilvl':
        if (this.inParagraphProps) this.pr.ilvl = Number(val(el) ?? 0);
        return true;
      case 'outlineLvl':
        if (this.inParagraphProps) this.pr.outlineLevel = Number(val(el) ?? 9);
        return true;
      default:
        return false;
    }
  }

  /** Runs and what they hold: text, tabs, hyphens, line breaks, field characters. */
  private runOpen(el: XmlElement): boolean {
    switch (el.local) {
      case 'r':
        this.inRun = true;
        return true;
      case 't':
        if ((this.inRun || this.inParagraph) && !el.selfClosing) {
          this.openText = {
            from: this.buffer.length,
            tag: { start: el.start, end: el.end, qname: el.qname, space: el.attr(NS.xml, 'space') },
          };
          this.openChunks = [];
        }
        return true;
      case 'instrText':
        this.inInstruction = true;
        return true;
      case 'tab':
        if (this.inRun && !this.inParagraphProps) this.buffer += '\t';
        return true;
      case 'noBreakHyphen':
        if (this.inRun) this.buffer += '\u2011';
        return true;
      case 'br':
      case 'cr': {
        const type = el.attr(NS.w, 'type');
        if (this.inRun && this.inParagraph && (type === undefined || type === 'textWrapping')) this.endLine(false);
        return true;
      }
      case 'fldChar': {
        const type = el.attr(NS.w, 'fldCharType');
        if (type === 'begin') this.links.fieldBegin(this.buffer.length);
        else if (type === 'separate') this.links.fieldSeparate(this.buffer.length);
        else if (type === 'end') this.links.fieldEnd(this.buffer.length);
        return true;
      }
      default:
        return false;
    }
  }

  private endText(close: XmlElement): void {
    const open = this.openText;
    if (!open) return;
    this.openText = null;
    const to = this.buffer.length;
    this.runs.push({ ...open, to, text: this.openChunks.join(''), content: { start: open.tag.end, end: close.start } });
    this.openChunks = [];
  }

  /** `w:hyperlink` (through the relationships, or an anchor) and `w:fldSimple` with a HYPERLINK instruction. */
  private linkOpen(el: XmlElement): boolean {
    if (el.local === 'fldSimple') {
      this.links.openLink(FIELD_HYPERLINK.exec(el.attr(NS.w, 'instr') ?? '')?.[1] ?? '', this.buffer.length);
      return true;
    }
    if (el.local === 'hyperlink') {
      const id = el.attr(NS.r, 'id');
      const anchor = el.attr(NS.w, 'anchor');
      const target = id ? this.relationships.get(id) : undefined;
      this.links.openLink(target ?? (anchor ? `#${anchor}` : ''), this.buffer.length);
      return true;
    }
    return false;
  }

  private endLine(final: boolean): void {
    this.lineProps ??= this.styles.props(this.pr);
    const links = this.links.endLine(this.buffer.length);
    const start = this.out.paragraph(this.buffer, this.lineProps);
    if (start !== null) {
      for (const l of links) this.out.link(l.url, start + l.from, start + l.to);
      this.lines.set(start, { pr: this.pr, runs: this.runs });
    }
    this.buffer = '';
    this.runs = [];
    // The text after a line break: a paragraph of its own with the style, marked as such (Word keeps one paragraph).
    if (!final)
      this.lineProps = { ...(this.lineProps.style ? { style: this.lineProps.style } : {}), afterLineBreak: true };
  }
}
