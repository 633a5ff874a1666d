/**
 * What a .docx paragraph's properties mean once the styles and numbering parts are known: its style name, heading
 * level (from the style name or an outline level, following `w:basedOn`), and list marker (bullet or the automatic
 * number Word shows, like `3.1`). Elements are matched by namespace (xml.ts), whatever prefix the parts use.
 */
import type { ParagraphProps } from './builder';
import { NS, rootNamespaces, type XmlElement, type XmlHandlers } from './xml';

/** Parses a part (or a fragment of it, with the part's root namespace bindings) through the package's reader. */
export type ParsePart = (handlers: XmlHandlers, fragment?: { text: string; namespaces: Record<string, string> }) => void;

/** A part to read: its text, and how to parse it. */
export interface PartReader {
  text: string;
  parse: ParsePart;
}

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

/** A paragraph's own properties, as read from its `w:pPr`. */
export interface ParagraphPr {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

const isW = (el: XmlElement, local: string) => el.ns === NS.w && el.local === local;
const val = (el: XmlElement) => el.attr(NS.w, 'val');

/** Reads `w:style` elements in order (null for a style that is not a paragraph style): id and what TD Lens uses. */
class StyleReader implements XmlHandlers {
  readonly styles: ({ id: string; info: StyleInfo } | null)[] = [];
  private current: StyleInfo | null = null;
  private inRunProps = 0;

  open(el: XmlElement): void {
    if (isW(el, 'style')) {
      const id = el.attr(NS.w, 'styleId');
      this.current = id !== undefined && el.attr(NS.w, 'type') === 'paragraph' ? { name: id } : null;
      this.styles.push(this.current && { id: id!, info: this.current });
      return;
    }
    const style = this.current;
    if (!style || el.ns !== NS.w) return;
    if (el.local === 'rPr') this.inRunProps++;
    if (this.inRunProps > 0) return;
    if (el.local === 'name') style.name = val(el) ?? style.name;
    else if (el.local === 'basedOn') style.basedOn = val(el);
    else if (el.local === 'numId') style.numId = val(el);
    else if (el.local === 'ilvl') style.ilvl = Number(val(el));
    else if (el.local === 'outlineLvl') style.outlineLevel = Number(val(el));
  }

  close(el: XmlElement): void {
    if (isW(el, 'style')) this.current = null;
    else if (isW(el, 'rPr')) this.inRunProps--;
  }
}

/**
 * Paragraph styles by id, read lazily: styles.xml is often hundreds of kB (latent styles, table styles) of which a
 * document uses a handful, so each style element is cut out by a linear scan (by the prefix the part's root binds to
 * WordprocessingML), and only its start tag is parsed up front (all of them in one fragment); its content is parsed
 * when the style is asked for, with the root's namespace bindings. A part that declares namespaces below its root
 * (a prefix could mean something else there) is parsed whole instead.
 */
class StyleTable {
  private readonly parsed = new Map<string, StyleInfo>();
  /** Style id → its element's source, until it is parsed. */
  private readonly raw = new Map<string, string>();
  private namespaces: Record<string, string> = {};
  private readonly parse: ParsePart = () => undefined;

  constructor(part: PartReader | undefined) {
    if (!part) return;
    const { text, parse } = part;
    this.parse = parse;
    const root = rootNamespaces(text);
    this.namespaces = root.namespaces;
    const prefix = Object.keys(root.namespaces).find((p) => root.namespaces[p] === NS.w);
    if (prefix === undefined || text.indexOf('xmlns', root.end) !== -1) {
      const reader = new StyleReader();
      parse(reader);
      for (const style of reader.styles) if (style && !this.parsed.has(style.id)) this.parsed.set(style.id, style.info);
      return;
    }
    const elements = [...styleElements(text, prefix, root.end)];
    if (elements.length === 0) return;
    const heads = new StyleReader();
    const selfClosed = (e: StyleElement) => `${text.slice(e.start, e.headEnd - 1).replace(/\/$/, '')}/>`;
    parse(heads, { text: elements.map(selfClosed).join(''), namespaces: this.namespaces });
    heads.styles.forEach((style, i) => {
      if (style && !this.raw.has(style.id)) this.raw.set(style.id, text.slice(elements[i].start, elements[i].end));
    });
  }

  get(id: string): StyleInfo | undefined {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const raw = this.raw.get(id);
    if (raw === undefined) return undefined;
    this.raw.delete(id);
    const reader = new StyleReader();
    this.parse(reader, { text: raw, namespaces: this.namespaces });
    const style = reader.styles[0]?.info ?? { name: id };
    this.parsed.set(id, style);
    return style;
  }
}

interface StyleElement {
  start: number;
  /** Just after the start tag's `>`. */
  headEnd: number;
  end: number;
}

/**
 * Each `<P:style ...>...</P:style>` of styles.xml after `from` (P the prefix, '' for the default namespace), in one
 * pass: every search starts where the last one ended. A style never closed ends the scan (no later one is whole).
 */
export function* styleElements(xml: string, prefix: string, from = 0): Generator<StyleElement> {
  const open = prefix ? `<${prefix}:style` : '<style';
  const close = prefix ? `</${prefix}:style>` : '</style>';
  for (let at = xml.indexOf(open, from); at !== -1; at = xml.indexOf(open, at)) {
    const after = xml[at + open.length];
    if (after !== ' ' && after !== '>' && after !== '/' && after !== '\t' && after !== '\n' && after !== '\r') {
      at += open.length; // `<w:styles`, `<w:styleId` ...
      continue;
    }
    const headEnd = tagEnd(xml, at);
    if (headEnd === -1) return;
    if (xml[headEnd - 2] === '/') {
      yield { start: at, headEnd, end: headEnd };
      at = headEnd;
      continue;
    }
    const closeAt = xml.indexOf(close, headEnd);
    if (closeAt === -1) return;
    yield { start: at, headEnd, end: closeAt + close.length };
    at = closeAt + close.length;
  }
}

/** Just after the `>` that ends the tag starting at `at` (not one inside a quoted attribute value), or -1. */
function tagEnd(xml: string, at: number): number {
  let quote = '';
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
    else if (c === '<') return -1;
  }
  return -1;
}

/** numbering.xml: each list's abstract definition and the levels' formats, texts and starts. */
function readNumbering(part: PartReader | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!part) return numbering;
  let abstract: Map<number, LevelInfo> | null = null;
  let level: LevelInfo | null = null;
  let numId: string | null = null;
  part.parse({
    open: (el) => {
      if (el.ns !== NS.w) return;
      const name = el.local;
      if (name === 'abstractNum') {
        abstract = new Map();
        numbering.abstracts.set(el.attr(NS.w, 'abstractNumId') ?? '', abstract);
      } else if (name === 'lvl' && abstract) {
        level = { format: 'decimal', text: '', start: 1 };
        abstract.set(Number(el.attr(NS.w, 'ilvl') ?? 0), level);
      } else if (level && name === 'numFmt') level.format = val(el) ?? 'decimal';
      else if (level && name === 'lvlText') level.text = val(el) ?? '';
      else if (level && name === 'start') level.start = Number(val(el) ?? 1);
      else if (name === 'num') numId = el.attr(NS.w, 'numId') ?? null;
      else if (name === 'abstractNumId' && numId !== null) numbering.nums.set(numId, val(el) ?? '');
    },
    close: (el) => {
      if (el.ns !== NS.w) return;
      if (el.local === 'abstractNum') abstract = null;
      else if (el.local === 'lvl') level = null;
      else if (el.local === 'num') numId = null;
    },
  });
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

/** Paragraph properties → ParagraphProps, through the styles and the list counters (call once per paragraph, in order). */
export class ParagraphStyles {
  private readonly styles: StyleTable;
  private readonly lists: ListCounter;

  constructor(styles: PartReader | undefined, numbering: PartReader | undefined) {
    this.styles = new StyleTable(styles);
    this.lists = new ListCounter(readNumbering(numbering));
  }
  props(pr: ParagraphPr): ParagraphProps {
    const style = pr.styleId ? this.styles.get(pr.styleId) : undefined;
    const props: ParagraphProps = {};
    if (style) props.style = style.name;
    const level = pr.outlineLevel !== undefined && pr.outlineLevel < 9 ? pr.outlineLevel + 1 : this.headingLevelOf(style);
    if (level !== undefined) props.headingLevel = level;
    const numbering = pr.numId !== undefined ? { numId: pr.numId, ilvl: pr.ilvl ?? 0 } : this.styleNumbering(style);
    const list = numbering ? this.lists.next(numbering.numId, numbering.ilvl) : null;
    if (list) Object.assign(props, list);
    else if (!numbering && style && /^List (?:Bullet|Number)(?: (\d))?$/i.test(style.name)) {
      const depth = Number(/(\d)$/.exec(style.name)?.[1] ?? 1) - 1;
      Object.assign(props, { listLevel: depth, marker: `${BULLET_BY_LEVEL[Math.min(depth, 2)]} ` });
    }
    return props;
  }

  /** The style and those it is based on, nearest first (at most ten: `basedOn` may loop). */
  private *chain(style: StyleInfo | undefined): Generator<StyleInfo> {
    for (let s = style, depth = 0; s && depth < 10; s = s.basedOn ? this.styles.get(s.basedOn) : undefined, depth++) yield s;
  }

  private headingLevelOf(style: StyleInfo | undefined): number | undefined {
    for (const s of this.chain(style)) {
      const named = /^heading\s*(\d)$/i.exec(s.name);
      if (named) return Number(named[1]);
      if (s.outlineLevel !== undefined && s.outlineLevel < 9) return s.outlineLevel + 1;
    }
    return undefined;
  }

  private styleNumbering(style: StyleInfo | undefined): { numId: string; ilvl: number } | null {
    for (const s of this.chain(style)) if (s.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? 0 };
    return null;
  }
}
