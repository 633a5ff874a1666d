/**
 * What a .docx paragraph's properties mean once styles.xml and numbering.xml are known: its style name, heading
 * level (from the style name or an outline level, following `w:basedOn`), and list marker (bullet or the automatic
 * number Word shows, like `3.1`).
 */
import type { ParagraphProps } from './builder';
import { parseMarkup, XML_OPTIONS } from './markup';

const STYLES = 'word/styles.xml';

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

/**
 * Paragraph styles by id, parsed lazily: styles.xml is often hundreds of kB (latent styles, table styles) of which
 * a document uses a handful, so each `<w:style>` element is cut out by a linear scan and parsed only when asked for.
 * (A lazy regex here rescanned the rest of the part for every unclosed `<w:style>`: quadratic.)
 */
class StyleTable {
  /** Style id → its element's content and that content's offset in styles.xml. */
  private readonly raw = new Map<string, { body: string; offset: number }>();
  private readonly parsed = new Map<string, StyleInfo>();

  constructor(xml: string | undefined) {
    for (const { attrs, body, offset } of styleElements(xml ?? '')) {
      const id = /\bw:styleId="([^"]*)"/.exec(attrs)?.[1];
      if (id !== undefined && /\bw:type="paragraph"/.test(attrs)) this.raw.set(id, { body, offset });
    }
  }

  get(id: string): StyleInfo | undefined {
    const cached = this.parsed.get(id);
    if (cached) return cached;
    const raw = this.raw.get(id);
    if (raw === undefined) return undefined;
    const style: StyleInfo = { name: id };
    let inRunProps = 0;
    parseMarkup(
      raw.body,
      {
        open: (name, attrs) => {
          if (name === 'w:rPr') inRunProps++;
          if (inRunProps > 0) return;
          if (name === 'w:name') style.name = attrs['w:val'] ?? style.name;
          else if (name === 'w:basedOn') style.basedOn = attrs['w:val'];
          else if (name === 'w:numId') style.numId = attrs['w:val'];
          else if (name === 'w:ilvl') style.ilvl = Number(attrs['w:val']);
          else if (name === 'w:outlineLvl') style.outlineLevel = Number(attrs['w:val']);
        },
        close: (name) => {
          if (name === 'w:rPr') inRunProps--;
        },
      },
      XML_OPTIONS,
      { part: STYLES, offset: raw.offset },
    );
    this.parsed.set(id, style);
    return style;
  }
}

/** Each `<w:style ...>body</w:style>` of styles.xml, in one pass: every search starts where the last one ended. */
export function* styleElements(xml: string): Generator<{ attrs: string; body: string; offset: number }> {
  const OPEN = '<w:style';
  const CLOSE = '</w:style>';
  for (let at = xml.indexOf(OPEN); at !== -1; at = xml.indexOf(OPEN, at)) {
    const after = xml[at + OPEN.length];
    if (after !== ' ' && after !== '>' && after !== '/' && after !== '\t' && after !== '\n' && after !== '\r') {
      at += OPEN.length; // `<w:styles`, `<w:styleId` ...
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) return;
    if (xml[tagEnd - 1] === '/') {
      yield { attrs: xml.slice(at + OPEN.length, tagEnd - 1), body: '', offset: tagEnd + 1 };
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf(CLOSE, tagEnd);
    // No close tag anywhere after this one: neither this style nor any later one is complete.
    if (close === -1) return;
    yield { attrs: xml.slice(at + OPEN.length, tagEnd), body: xml.slice(tagEnd + 1, close), offset: tagEnd + 1 };
    at = close + CLOSE.length;
  }
}

function readNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { nums: new Map(), abstracts: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, LevelInfo> | null = null;
  let level: LevelInfo | null = null;
  let numId: string | null = null;
  parseMarkup(
    xml,
    {
      open: (name, attrs) => {
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
      close: (name) => {
        if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:lvl') level = null;
        else if (name === 'w:num') numId = null;
      },
    },
    XML_OPTIONS,
    { part: 'word/numbering.xml' },
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

/** Paragraph properties → ParagraphProps, through the styles and the list counters (call once per paragraph, in order). */
export class ParagraphStyles {
  private readonly styles: StyleTable;
  private readonly lists: ListCounter;

  constructor(stylesXml: string | undefined, numberingXml: string | undefined) {
    this.styles = new StyleTable(stylesXml);
    this.lists = new ListCounter(readNumbering(numberingXml));
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
