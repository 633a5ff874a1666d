/**
 * Reads a Word .docx: unzips with fflate and walks `word/document.xml` with htmlparser2 in xmlMode.
 *
 * Why not mammoth (docx → HTML): we need the document's real structure, not a rendering — paragraph styles
 * (headings, List Bullet), list levels from `w:numPr/w:ilvl` and the numbering definitions (so automatic item
 * numbers like `3.1` are known), tables with `w:gridSpan` / `w:vMerge`, content controls (`w:sdt`) and
 * hyperlinks whose text must stay in place — and the same code must run in the browser preview of the add-in.
 * fflate + htmlparser2 are small, synchronous and run in Node and browsers alike.
 *
 * Text rules: `w:t` is text; `w:tab` → `\t`; `w:noBreakHyphen` → U+2011; deleted text (`w:del`, `w:delText`,
 * `w:moveFrom`) and field instructions (`w:instrText`) are skipped, field results are kept. Hyperlinks
 * (`w:hyperlink` via the document relationships, `HYPERLINK` fields) become `doc.links`. A line break
 * (`w:br` without a type, `w:cr`) ends a line: the text after it becomes a paragraph of its own (same style,
 * not a list item), because one paragraph is one line of the flat text, as in the .txt export. Page and column
 * breaks are layout and give nothing. Text boxes and drawings are skipped (they would interleave paragraphs).
 * Bullets are written as `· ` before the paragraph span and numbered items as their number (`1. `), like the
 * .txt export, so a .docx and its .txt give the same references.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { DocumentError, type AgendaDocument } from './model';
import { FlatTextBuilder, type ParagraphProps } from './builder';

interface StyleInfo {
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

interface LevelInfo {
  format: string;
  text: string;
  start: number;
}

interface Numbering {
  /** numId → abstractNumId. */
  nums: Map<string, string>;
  /** abstractNumId → levels. */
  abstracts: Map<string, Map<number, LevelInfo>>;
}

const decoder = new TextDecoder('utf-8');

/**
 * Streams `xml` through the callbacks. htmlparser2 is lenient: it closes what is left open at the end of the input
 * instead of failing, so a part cut short would read as a shorter document. Returns false when that happened (or no
 * element was seen), so the caller can call the file corrupt rather than lose text silently.
 */
function parseXml(xml: string, onOpen: (name: string, attrs: Record<string, string>) => void, onClose?: (name: string) => void, onText?: (text: string) => void): boolean {
  let sawElement = false;
  let ending = false;
  let closedAtEnd = false;
  const parser = new Parser(
    {
      onopentag: (name, attrs) => {
        sawElement = true;
        onOpen(name, attrs);
      },
      onclosetag: (name) => {
        if (ending) closedAtEnd = true;
        onClose?.(name);
      },
      ontext: onText,
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  ending = true;
  parser.end();
  return sawElement && !closedAtEnd;
}

/**
 * Paragraph styles by id, parsed lazily: styles.xml is often hundreds of kB (latent styles, table styles) of which
 * a document uses a handful, so each `<w:style>` element is cut out with a regex and parsed only when asked for.
 */
class StyleTable {
  private readonly raw = new Map<string, string>();
  private readonly parsed = new Map<string, StyleInfo>();

  constructor(xml: string | undefined) {
    for (const m of (xml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
      const id = /\bw:styleId="([^"]*)"/.exec(m[1])?.[1];
      if (id !== undefined && /\bw:type="paragraph"/.test(m[1])) this.raw.set(id, m[2]);
    }
  }

  get(id: string): StyleInfo | undefined {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const xml = this.raw.get(id);
    if (xml === undefined) return undefined;
    const style: StyleInfo = { name: id };
    let inRunProps = 0;
    parseXml(
      xml,
      (name, attrs) => {
        if (name === 'w:rPr') inRunProps++;
        if (inRunProps > 0) return;
        if (name === 'w:name') style.name = attrs['w:val'] ?? style.name;
        else if (name === 'w:basedOn') style.basedOn = attrs['w:val'];
        else if (name === 'w:numId') style.numId = attrs['w:val'];
        else if (name === 'w:ilvl') style.ilvl = Number(attrs['w:val']);
        else if (name === 'w:outlineLvl') style.outlineLevel = Number(attrs['w:val']);
      },
      (name) => {
        if (name === 'w:rPr') inRunProps--;
      },
    );
    this.parsed.set(id, style);
    return style;
  }
}

function readNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, LevelInfo> | null = null;
  let level: LevelInfo | null = null;
  let numId: string | null = null;
  parseXml(
    xml,
    (name, attrs) => {
      if (name === 'w:abstractNum') {
        abstract = new Map();
        numbering.abstracts.set(attrs['w:abstractNumId'] ?? '', abstract);
      } else if (name === 'w:lvl' && abstract) {
        level = { format: 'decimal', text: '', start: 1 };
        abstract.set(Number(attrs['w:ilvl'] ?? 0), level);
      } else if (level && name === 'w:numFmt') level.format = attrs['w:val'] ?? 'decimal';
      else if (level && name === 'w:lvlText') level.text = attrs['w:val'] ?? '';
      else if (level && name === 'w:start') level.start = Number(attrs['w:val'] ?? 1);
      else if (name === 'w:num') numId = attrs['w:numId'] ?? null;
      else if (name === 'w:abstractNumId' && numId !== null) numbering.nums.set(numId, attrs['w:val'] ?? '');
    },
    (name) => {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') numId = null;
    },
  );
  return numbering;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, digits] of table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return String.fromCharCode(97 + ((n - 1) % 26));
    case 'upperLetter':
      return String.fromCharCode(65 + ((n - 1) % 26));
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

const BULLET_BY_LEVEL = ['·', '◦', '▪'];

/** Counts list numbers as Word shows them (per list, deeper levels restart when a shallower one advances). */
class ListCounter {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  /** The props of a list paragraph: bullet or number marker. Null when the list is unknown or numbering is off. */
  next(numId: string, ilvl: number): ParagraphProps | null {
    if (numId === '0') return null;
    const abstractId = this.numbering.nums.get(numId);
    const levels = abstractId !== undefined ? this.numbering.abstracts.get(abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!level || level.format === 'bullet' || level.format === 'none') {
      if (level?.format === 'none') return { listLevel: ilvl };
      return { listLevel: ilvl, marker: `${BULLET_BY_LEVEL[Math.min(ilvl, 2)]} ` };
    }
    const key = abstractId ?? numId;
    const counts = this.counters.get(key) ?? [];
    for (let i = 0; i < ilvl; i++) if (counts[i] === undefined) counts[i] = levels?.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    this.counters.set(key, counts);
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? 1, levels?.get(i)?.format ?? 'decimal');
    });
    return label.trim() ? { listLevel: ilvl, marker: `${label} `, listLabel: label } : { listLevel: ilvl };
  }
}

/** Skipped subtrees: deleted/moved-away text, field codes, text boxes and drawings, alternate content fallbacks. */
const SKIPPED = new Set([
  // Tracked formatting changes hold the *old* properties (style, numbering): not the document's.
  'w:pPrChange', 'w:rPrChange', 'w:tblPrChange', 'w:tcPrChange', 'w:trPrChange', 'w:sectPrChange', 'w:numberingChange',
  'w:del', 'w:moveFrom', 'w:delText', 'w:txbxContent', 'w:drawing', 'w:pict', 'mc:Fallback', 'w:object', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

/** Relationship id → target (hyperlink URLs). */
function readRelationships(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!xml) return targets;
  parseXml(xml, (name, attrs) => {
    if (name === 'Relationship' && attrs.Id && attrs.Target) targets.set(attrs.Id, attrs.Target);
  });
  return targets;
}

const FIELD_HYPERLINK = /^\s*HYPERLINK\s+"([^"]+)"(?:\s+\\l\s+"([^"]+)")?/i;

function headingLevelOf(style: StyleInfo | undefined, styles: StyleTable): number | undefined {
  for (let s = style, depth = 0; s && depth < 10; s = s.basedOn ? styles.get(s.basedOn) : undefined, depth++) {
    const named = /^heading\s*(\d)$/i.exec(s.name);
    if (named) return Number(named[1]);
    if (s.outlineLevel !== undefined && s.outlineLevel < 9) return s.outlineLevel + 1;
  }
  return undefined;
}

function styleNumbering(style: StyleInfo | undefined, styles: StyleTable): { numId: string; ilvl: number } | null {
  for (let s = style, depth = 0; s && depth < 10; s = s.basedOn ? styles.get(s.basedOn) : undefined, depth++) {
    if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? 0 };
  }
  return null;
}

/** The package parts the reader uses; the rest (themes, fonts, images, stylesWithEffects) is never inflated. */
const NEEDED_PARTS = new Set(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels']);

function unzip(bytes: Uint8Array, name: string): Record<string, Uint8Array> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw new DocumentError(name, 'not a Word .docx file (not a zip archive)');
  try {
    return unzipSync(bytes, { filter: (file) => NEEDED_PARTS.has(file.name) });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DocumentError(name, `corrupt .docx (cannot unzip: ${why})`);
  }
}

export function readDocxDocument(bytes: Uint8Array, name: string): AgendaDocument {
  const files = unzip(bytes, name);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new DocumentError(name, 'corrupt .docx: word/document.xml is missing');
  const text = (path: string) => (files[path] ? decoder.decode(files[path]) : undefined);
  const styles = new StyleTable(text('word/styles.xml'));
  const lists = new ListCounter(readNumbering(text('word/numbering.xml')));
  const relationships = readRelationships(text('word/_rels/document.xml.rels'));
  const out = new FlatTextBuilder();

  let skipDepth = 0;
  let inBody = false;
  let inParagraph = false;
  let inParagraphProps = false;
  let inRun = false;
  let inText = false;
  let inInstruction = false;
  /** Links of the current line as offsets into `buffer`; open ones continue on the next line. */
  let lineLinks: { url: string; from: number; to: number }[] = [];
  const openLinks: { url: string; from: number }[] = [];
  /** Complex fields (`HYPERLINK "url"`): instruction text, then the result offset in `buffer` after `separate`. */
  const fields: { instruction: string; resultFrom: number | null }[] = [];
  let buffer = '';
  let styleId: string | undefined;
  let numId: string | undefined;
  let ilvl: number | undefined;
  let outlineLevel: number | undefined;
  /** The open cell's gridSpan; the cell opens at its first content element, once its properties are read. */
  let cellSpan = 1;
  let cellOpen = true;
  /** Props of the current line; after a line break, only the style carries on. */
  let lineProps: ParagraphProps | null = null;

  const paragraphProps = (): ParagraphProps => {
    const style = styleId ? styles.get(styleId) : undefined;
    const props: ParagraphProps = {};
    if (style) props.style = style.name;
    const level = outlineLevel !== undefined && outlineLevel < 9 ? outlineLevel + 1 : headingLevelOf(style, styles);
    if (level !== undefined) props.headingLevel = level;
    const numbering = numId !== undefined ? { numId, ilvl: ilvl ?? 0 } : styleNumbering(style, styles);
    const list = numbering ? lists.next(numbering.numId, numbering.ilvl) : null;
    if (list) Object.assign(props, list);
    else if (!numbering && style && /^List (?:Bullet|Number)(?: (\d))?$/i.test(style.name)) {
      const depth = Number(/(\d)$/.exec(style.name)?.[1] ?? 1) - 1;
      Object.assign(props, { listLevel: depth, marker: `${BULLET_BY_LEVEL[Math.min(depth, 2)]} ` });
    }
    return props;
  };

  const fieldLink = (field: { instruction: string }): string | null => {
    const m = FIELD_HYPERLINK.exec(field.instruction);
    return m ? m[1] + (m[2] ? `#${m[2]}` : '') : null;
  };

  const endLine = (final: boolean) => {
    lineProps ??= paragraphProps();
    for (const l of openLinks) lineLinks.push({ url: l.url, from: l.from, to: buffer.length });
    for (const f of fields) {
      const url = f.resultFrom !== null ? fieldLink(f) : null;
      if (url) lineLinks.push({ url, from: f.resultFrom!, to: buffer.length });
    }
    const start = out.paragraph(buffer, lineProps);
    if (start !== null) for (const l of lineLinks) out.link(l.url, start + l.from, start + l.to);
    lineLinks = [];
    for (const l of openLinks) l.from = 0;
    for (const f of fields) if (f.resultFrom !== null) f.resultFrom = 0;
    buffer = '';
    if (!final) lineProps = lineProps.style ? { style: lineProps.style } : {};
  };

  const wellFormed = parseXml(
    decoder.decode(documentXml),
    (tag, attrs) => {
      if (tag === 'w:body') inBody = true;
      if (!inBody) return;
      if (skipDepth > 0 || SKIPPED.has(tag)) {
        skipDepth++;
        return;
      }
      switch (tag) {
        case 'w:p':
          inParagraph = true;
          buffer = '';
          styleId = numId = undefined;
          ilvl = outlineLevel = undefined;
          lineProps = null;
          break;
        case 'w:pPr':
          inParagraphProps = true;
          break;
        case 'w:pStyle':
          if (inParagraphProps) styleId = attrs['w:val'];
          break;
        case 'w:numId':
          if (inParagraphProps) numId = attrs['w:val'];
          break;
        case 'w:ilvl':
          if (inParagraphProps) ilvl = Number(attrs['w:val'] ?? 0);
          break;
        case 'w:outlineLvl':
          if (inParagraphProps) outlineLevel = Number(attrs['w:val'] ?? 9);
          break;
        case 'w:r':
          inRun = true;
          break;
        case 'w:t':
          inText = inRun || inParagraph;
          break;
        case 'w:instrText':
          inInstruction = true;
          break;
        case 'w:fldChar': {
          const type = attrs['w:fldCharType'];
          if (type === 'begin') fields.push({ instruction: '', resultFrom: null });
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1].resultFrom = buffer.length;
          else if (type === 'end') {
            const field = fields.pop();
            const url = field && field.resultFrom !== null ? fieldLink(field) : null;
            if (field && url) lineLinks.push({ url, from: field.resultFrom!, to: buffer.length });
          }
          break;
        }
        case 'w:fldSimple': {
          const m = FIELD_HYPERLINK.exec(attrs['w:instr'] ?? '');
          openLinks.push({ url: m ? m[1] : '', from: buffer.length });
          break;
        }
        case 'w:hyperlink': {
          const target = attrs['r:id'] ? relationships.get(attrs['r:id']) : undefined;
          const url = target ?? (attrs['w:anchor'] ? `#${attrs['w:anchor']}` : '');
          openLinks.push({ url, from: buffer.length });
          break;
        }
        case 'w:tab':
          if (inRun && !inParagraphProps) buffer += '\t';
          break;
        case 'w:noBreakHyphen':
          if (inRun) buffer += '\u2011';
          break;
        case 'w:br':
        case 'w:cr':
          if (inRun && inParagraph && (attrs['w:type'] === undefined || attrs['w:type'] === 'textWrapping')) endLine(false);
          break;
        case 'w:tbl':
          out.beginTable();
          break;
        case 'w:tr':
          out.beginRow();
          break;
        case 'w:tc':
          cellSpan = 1;
          cellOpen = false;
          break;
        case 'w:gridSpan':
          cellSpan = Math.max(1, Number(attrs['w:val'] ?? 1) || 1);
          break;
      }
      // The cell opens once its properties (gridSpan) are known: at its first content element.
      if (tag !== 'w:tc' && !cellOpen && startsCellContent(tag)) {
        out.beginCell(cellSpan);
        cellOpen = true;
      }
    },
    (tag) => {
      if (!inBody) return;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (tag) {
        case 'w:p':
          if (inParagraph) endLine(true);
          inParagraph = false;
          break;
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:r':
          inRun = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:instrText':
          inInstruction = false;
          break;
        case 'w:hyperlink':
        case 'w:fldSimple': {
          const link = openLinks.pop();
          if (link?.url) lineLinks.push({ url: link.url, from: link.from, to: buffer.length });
          break;
        }
        case 'w:tc':
          if (!cellOpen) out.beginCell(cellSpan);
          out.endCell();
          cellOpen = true;
          break;
        case 'w:tr':
          out.endRow();
          break;
        case 'w:tbl':
          out.endTable();
          break;
        case 'w:body':
          inBody = false;
          break;
      }
    },
    (chunk) => {
      if (skipDepth > 0) return;
      if (inText) buffer += chunk;
      else if (inInstruction && fields.length > 0) fields[fields.length - 1].instruction += chunk;
    },
  );
  if (!wellFormed) throw new DocumentError(name, 'corrupt .docx: word/document.xml is cut short or not well-formed XML');
  return out.build(name, 'docx');
}

/** Elements that start a cell's content (anything after w:tcPr). */
function startsCellContent(tag: string): boolean {
  return tag === 'w:p' || tag === 'w:tbl' || tag === 'w:sdt' || tag === 'w:customXml';
}
