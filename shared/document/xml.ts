/**
 * The one way TD Lens reads XML (.docx parts, ITU's index files): saxes, a strict streaming parser, with namespaces
 * resolved, so an element is known by its namespace URI and local name, never by the prefix a writer chose
 * (`w:p`, `x:p` and a default-namespace `p` are the same paragraph), and with the source offsets of every tag, so a
 * writer can edit exactly what was read.
 *
 * Hostile input: a DOCTYPE is refused before the parser sees it (a DTD's internal subset is the one part of XML a
 * parser may take superlinear time over, and no DTD or external entity is ever read); nesting stops at
 * MAX_NESTING_DEPTH; everything else is one pass over the text.
 *
 * Bytes become text in `decodeXmlPart` (BOM and declaration, XML 1.0 appendix F): UTF-8 or UTF-16, as ECMA-376
 * part 2 requires of package parts; the byte-order mark stays in the text, so offsets are the text's and encoding
 * the text again gives the same bytes.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_NESTING_DEPTH } from './limits';

/** Namespaces by what they are: ISO/IEC 29500 Strict's URIs are read as their Transitional twins. */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const STRICT: Record<string, string> = {
  'http://purl.oclc.org/ooxml/wordprocessingml/main': NS.w,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': NS.r,
};

const canonical = (uri: string): string => STRICT[uri] ?? uri;

/** Well-formedness, encoding or nesting: `message` says what, `line` where. */
export class XmlError extends Error {
  constructor(
    message: string,
    /** Where: line (from 1) and column (from 1, in characters), when known. */
    readonly line: number,
    readonly column: number | undefined,
    readonly kind: 'malformed' | 'cut' | 'nesting' | 'doctype' | 'encoding' = 'malformed',
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

/** An element as read: its namespace and local name, attributes, and where its tag is in the text. */
export interface XmlElement {
  ns: string;
  local: string;
  /** The tag as written (`w:t`), for a writer that edits it. */
  qname: string;
  /** Offsets of `<` and just after `>` of the start tag (or the close tag, for `close`). */
  start: number;
  end: number;
  selfClosing: boolean;
  /** The value of the attribute `local` in namespace `ns` ('' for an unqualified attribute). */
  attr(ns: string, local: string): string | undefined;
}

export interface XmlHandlers {
  open(element: XmlElement): void;
  close?(element: XmlElement): void;
  /** Character data (entities decoded, CDATA included). */
  text?(text: string): void;
}

export interface XmlSource {
  /** For messages: the part (`word/document.xml`) or file. */
  name: string;
  /** Prefixes bound before the text starts (a fragment cut out of a part: its root's declarations). */
  namespaces?: Record<string, string>;
}

/**
 * Streams `text` through the handlers. Throws XmlError on anything not well-formed (a part cut short included), a
 * DOCTYPE, or nesting past MAX_NESTING_DEPTH; errors the handlers throw pass through as they are.
 */
export function readXml(text: string, handlers: XmlHandlers, source: XmlSource): void {
  refuseDoctype(text);
  const fragment = source.namespaces !== undefined;
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    fragment,
    ...(fragment ? { additionalNamespaces: source.namespaces } : {}),
  });
  let depth = 0;
  let ending = false;
  const element = (tag: SaxesTagNS, close: boolean): XmlElement => {
    const end = parser.position;
    // No `<` can occur inside a tag (attribute values may not hold one): the last one before `>` starts it.
    const start = text.lastIndexOf('<', end - 1);
    return {
      ns: canonical(tag.uri),
      local: tag.local,
      qname: tag.name,
      start: close && tag.isSelfClosing ? end : start,
      end,
      selfClosing: tag.isSelfClosing,
      attr: (ns, local) => attribute(tag, ns, local),
    };
  };
  parser.on('error', (error) => {
    const reason = error.message.replace(/^(?:undefined)?:?\d+:\d+: /, '').replace(/\.$/, '');
    // At the end of the text, what is still open was cut off.
    if (ending) throw new XmlError(`cut short (${reason})`, parser.line, parser.column + 1, 'cut');
    throw new XmlError(`not well-formed XML: ${reason}`, parser.line, parser.column + 1);
  });
  parser.on('opentag', (tag) => {
    if (++depth > MAX_NESTING_DEPTH)
      throw new XmlError(
        `elements nested deeper than ${MAX_NESTING_DEPTH} levels`,
        parser.line,
        parser.column + 1,
        'nesting',
      );
    handlers.open(element(tag, false));
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close?.(element(tag, true));
  });
  if (handlers.text) {
    const onText = (text: string) => handlers.text!(text);
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  parser.write(text);
  ending = true;
  parser.close();
}

function attribute(tag: SaxesTagNS, ns: string, local: string): string | undefined {
  for (const name in tag.attributes) {
    const a = tag.attributes[name];
    if (a.local === local && canonical(a.uri) === ns) return a.value;
  }
  return undefined;
}

/**
 * The namespace declarations of the root element (prefix → URI; '' the default) and where its start tag ends, read
 * without parsing further, so a fragment cut out of the part can be parsed with them. Nothing found: no bindings.
 */
export function rootNamespaces(text: string): { namespaces: Record<string, string>; end: number } {
  const found = { namespaces: {} as Record<string, string>, end: 0 };
  const stop = new Error('root read');
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', () => {
    throw stop;
  });
  parser.on('opentag', (tag) => {
    for (const [prefix, uri] of Object.entries(tag.ns)) found.namespaces[prefix] = canonical(uri);
    found.end = parser.position;
    throw stop;
  });
  try {
    refuseDoctype(text);
    parser.write(text).close();
  } catch (error) {
    if (error !== stop && !(error instanceof XmlError)) throw error;
  }
  return found;
}

/** The line of offset `at` (for messages on a prolog that saxes never reads). */
const lineAt = (text: string, at: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * A DOCTYPE is refused before the parser sees it. Walks the prolog only: declaration, processing instructions,
 * comments and white space, each skipped with one forward search.
 */
export function refuseDoctype(text: string): void {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++;
    const close = text.startsWith('<?', i) ? '?>' : text.startsWith('<!--', i) ? '-->' : null;
    const end = close ? text.indexOf(close, i + 2) : -1;
    if (close && end >= 0) {
      i = end + close.length;
      continue;
    }
    if (text.startsWith('<!DOCTYPE', i))
      throw new XmlError('a DOCTYPE: TD Lens reads no DTD', lineAt(text, i), undefined, 'doctype');
    return;
  }
}

/** How an XML part was encoded, so that an edited copy is written the same way. */
export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The text of an XML part: UTF-16 by its byte-order mark (or, without one, by `<?` in UTF-16 as XML 1.0's appendix
 * F reads it), else UTF-8. Strict: bytes that are not valid in that encoding, or a declaration naming another
 * encoding, are an XmlError, as they are to Word. The BOM stays in the text (saxes skips it).
 */
export function decodeXmlPart(bytes: Uint8Array): { text: string; encoding: XmlEncoding } {
  const [a, b, c, d] = bytes;
  const encoding: XmlEncoding =
    (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0)
      ? 'utf-16le'
      : (a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)
        ? 'utf-16be'
        : 'utf-8';
  let text: string;
  try {
    if (encoding !== 'utf-8' && bytes.length % 2 !== 0) throw new TypeError('odd length');
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new XmlError(`not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text`, 1, undefined, 'encoding');
  }
  const declared = /^\uFEFF?<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(text.slice(0, 200))?.[1];
  const family =
    declared === undefined
      ? null
      : /^utf-?8$/i.test(declared)
        ? 'utf-8'
        : /^utf-?16(?:le|be)?$/i.test(declared)
          ? 'utf-16'
          : 'other';
  if (family === 'other')
    throw new XmlError(`declared as "${declared}" (a .docx part is UTF-8 or UTF-16)`, 1, undefined, 'encoding');
  return { text, encoding };
}

/** `text` in `encoding` (the inverse of decodeXmlPart: the same bytes for an unchanged text). */
export function encodeXmlPart(text: string, encoding: XmlEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), encoding === 'utf-16le');
  return out;
}

/** `&`, `<` and `>` escaped: text as element content. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
