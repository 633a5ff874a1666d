/**
 * What a .docx paragraph's properties mean once the styles and numbering parts are known: its style name, heading
 * level (from the style name or an outline level, following `w:basedOn`), and list marker (bullet or the automatic
 * number Word shows, like `3.1`: counted by docx-numbering.ts from numbering.xml's definitions, read here). Elements
 * are matched by namespace (xml.ts), whatever prefix the parts use.
 */
import type { ParagraphProps } from './builder';
import {
  listMarkText,
  ListNumbering,
  type AbstractList,
  type ListDefinitions,
  type ListInstance,
  type ListLevel,
} from './docx-numbering';
import { NS, rootNamespaces, type XmlElement, type XmlHandlers } from './xml';

/** Parses a part (or a fragment of it, with the part's root namespace bindings) through the package's reader. */
export type ParsePart = (
  handlers: XmlHandlers,
  fragment?: { text: string; namespaces: Record<string, string> },
) => void;

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

/**
 * numbering.xml as list definitions (ECMA-376 Part 1, §17.9): each `w:abstractNum`'s levels (start, numFmt,
 * lvlText, lvlRestart, isLgl, pStyle), and each `w:num`'s abstract list and level overrides (startOverride, lvl).
 * A list that takes its levels from a list style (`w:numStyleLink`) is the abstract list defining that style
 * (`w:styleLink`), and counts with it (§17.9.21, §17.9.27).
 */
export function readNumbering(part: PartReader | undefined): ListDefinitions {
  const abstracts = new Map<string, AbstractList>();
  const instances = new Map<string, ListInstance>();
  if (!part) return { abstracts, instances };
  /** abstractNumId → the list style it takes its levels from; list style → the abstractNumId defining it. */
  const usesStyle = new Map<string, string>();
  const definesStyle = new Map<string, string>();
  let abstractId: string | null = null;
  let levels: Map<number, ListLevel> | null = null;
  let level: ListLevel | null = null;
  let num: {
    id: string;
    instance: ListInstance;
    overrides: Map<number, { start?: number; level?: ListLevel }>;
  } | null = null;
  let override: { start?: number; level?: ListLevel } | null = null;
  // Numbers are held to 0..32767: enough for any list, and a hostile part cannot make labels grow without bound.
  const number = (el: XmlElement, fallback: number) => {
    const n = Math.trunc(Number(val(el)));
    return Number.isFinite(n) ? Math.min(Math.max(n, 0), 32767) : fallback;
  };
  part.parse({
    open: (el) => {
      if (el.ns !== NS.w) return;
      const name = el.local;
      if (name === 'abstractNum') {
        levels = new Map();
        abstractId = el.attr(NS.w, 'abstractNumId') ?? '';
        abstracts.set(abstractId, levels);
      } else if (abstractId !== null && name === 'numStyleLink') usesStyle.set(abstractId, val(el) ?? '');
      else if (abstractId !== null && name === 'styleLink') definesStyle.set(val(el) ?? '', abstractId);
      else if (name === 'lvl') {
        level = { format: 'decimal', text: '', start: 1 };
        const ilvl = Math.min(Math.max(Number(el.attr(NS.w, 'ilvl') ?? 0) || 0, 0), 8);
        if (override) override.level = level;
        else levels?.set(ilvl, level);
      } else if (level && name === 'numFmt') level.format = val(el) ?? 'decimal';
      else if (level && name === 'lvlText') level.text = val(el) ?? '';
      else if (level && name === 'start') level.start = number(el, 1);
      else if (level && name === 'lvlRestart') level.restartAfter = number(el, 1);
      else if (level && name === 'isLgl') level.legal = val(el) !== '0' && val(el) !== 'false';
      else if (level && name === 'pStyle') level.style = val(el);
      else if (name === 'num') {
        const overrides = new Map<number, { start?: number; level?: ListLevel }>();
        num = { id: el.attr(NS.w, 'numId') ?? '', instance: { abstractId: '', overrides }, overrides };
        instances.set(num.id, num.instance);
      } else if (num && name === 'abstractNumId') num.instance.abstractId = val(el) ?? '';
      else if (num && name === 'lvlOverride') {
        override = {};
        num.overrides.set(Number(el.attr(NS.w, 'ilvl') ?? 0), override);
      } else if (override && name === 'startOverride') override.start = number(el, 1);
    },
    close: (el) => {
      if (el.ns !== NS.w) return;
      if (el.local === 'abstractNum') {
        levels = null;
        abstractId = null;
      } else if (el.local === 'lvl') level = null;
      else if (el.local === 'lvlOverride') override = null;
      else if (el.local === 'num') num = null;
    },
  });
  for (const instance of instances.values()) {
    const style = usesStyle.get(instance.abstractId);
    const defining = style === undefined ? undefined : definesStyle.get(style);
    if (defining !== undefined) instance.abstractId = defining;
  }
  return { abstracts, instances };
}

const BULLET_BY_LEVEL = ['·', '◦', '▪'];

/** Paragraph properties → ParagraphProps, through the styles and the list numbers (call once per paragraph, in order). */
export class ParagraphStyles {
  private readonly styles: StyleTable;
  /** numbering.xml's list definitions, which the document keeps (`AgendaDocument.lists`). */
  readonly lists: ListDefinitions;
  private readonly numbering: ListNumbering;

  constructor(styles: PartReader | undefined, numbering: PartReader | undefined) {
    this.styles = new StyleTable(styles);
    this.lists = readNumbering(numbering);
    this.numbering = new ListNumbering(this.lists);
  }

  props(pr: ParagraphPr): ParagraphProps {
    const style = pr.styleId ? this.styles.get(pr.styleId) : undefined;
    const props: ParagraphProps = {};
    if (style) props.style = style.name;
    const level =
      pr.outlineLevel !== undefined && pr.outlineLevel < 9 ? pr.outlineLevel + 1 : this.headingLevelOf(style);
    if (level !== undefined) props.headingLevel = level;
    const numbering = pr.numId !== undefined ? { numId: pr.numId, ilvl: pr.ilvl ?? 0 } : this.styleNumbering(style, pr);
    const mark = numbering ? this.numbering.next(numbering.numId, numbering.ilvl) : null;
    if (numbering && mark) {
      Object.assign(
        props,
        { listLevel: mark.level, numbering: { numId: numbering.numId, level: mark.level } },
        listMarkText(mark),
      );
    } else if (!numbering && style && /^List (?:Bullet|Number)(?: (\d))?$/i.test(style.name)) {
      const depth = Number(/(\d)$/.exec(style.name)?.[1] ?? 1) - 1;
      Object.assign(props, { listLevel: depth, marker: `${BULLET_BY_LEVEL[Math.min(depth, 2)]} ` });
    }
    return props;
  }

  /** The style and those it is based on, nearest first (at most ten: `basedOn` may loop). */
  private *chain(style: StyleInfo | undefined): Generator<StyleInfo> {
    for (let s = style, depth = 0; s && depth < 10; s = s.basedOn ? this.styles.get(s.basedOn) : undefined, depth++)
      yield s;
  }

  private headingLevelOf(style: StyleInfo | undefined): number | undefined {
    for (const s of this.chain(style)) {
      const named = /^heading\s*(\d)$/i.exec(s.name);
      if (named) return Number(named[1]);
      if (s.outlineLevel !== undefined && s.outlineLevel < 9) return s.outlineLevel + 1;
    }
    return undefined;
  }

  /**
   * Numbering carried by the paragraph's style (or one it is based on): its numId, and the level the paragraph
   * gives, else the style, else the list level whose `w:pStyle` names the style (§17.9.23).
   */
  private styleNumbering(style: StyleInfo | undefined, pr: ParagraphPr): { numId: string; ilvl: number } | null {
    for (const s of this.chain(style)) {
      if (s.numId === undefined) continue;
      return {
        numId: s.numId,
        ilvl: pr.ilvl ?? s.ilvl ?? (pr.styleId ? this.numbering.levelOfStyle(s.numId, pr.styleId) : 0),
      };
    }
    return null;
  }
}
