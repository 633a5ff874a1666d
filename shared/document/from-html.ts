/**
 * Reads an HTML agenda (saved web page, ITU HTML export) with htmlparser2, which runs unchanged in Node and in
 * browsers. Block elements (p, h1-h6, li, div, td/th ...) become paragraphs; `<br>` ends a line, so the text after
 * it is a paragraph of its own (one paragraph = one line of the flat text); white space collapses as a browser
 * would, no-break spaces stay; script, style and template content is ignored. Elements nested deeper than
 * MAX_NESTING_DEPTH (limits.ts) stop the reader with a DocumentError.
 */
import { DocumentError, type AgendaDocument } from './model';
import { FlatTextBuilder, type ParagraphProps } from './builder';
import { NestingError, parseMarkup } from './markup';

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'figure',
  'figcaption',
  'caption',
  'hr',
  'ul',
  'ol',
  'dl',
  'title',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
]);
const IGNORED = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object']);

export function readHtmlDocument(html: string, name: string): AgendaDocument {
  const out = new FlatTextBuilder();
  /** The current line, white space already collapsed (never a leading space). */
  let buffer = '';
  let props: ParagraphProps = {};
  /** Links of the current line, as offsets into `buffer`; `open` is the `<a href>` being read. */
  let lineLinks: { url: string; from: number; to: number }[] = [];
  let open: { url: string; from: number } | null = null;
  const append = (text: string) => {
    let t = text.replace(/[ \t\r\n\f]+/g, ' ');
    if (buffer === '' || buffer.endsWith(' ')) t = t.replace(/^ /, '');
    buffer += t;
  };
  let ignoredDepth = 0;
  let listDepth = 0;
  const orderedCounters: number[] = [];
  const listKinds: ('ul' | 'ol')[] = [];

  /** A list item's props until its first line is written (`<li><p>Text</p></li>` keeps the item's bullet). */
  let pendingItem: ParagraphProps | null = null;

  const flush = () => {
    const content = buffer.replace(/ $/, '');
    if (open) lineLinks.push({ url: open.url, from: open.from, to: buffer.length });
    const start = content !== '' ? out.paragraph(content, props) : null;
    if (content !== '') pendingItem = null;
    if (start !== null)
      for (const l of lineLinks)
        out.link(l.url, start + Math.min(l.from, content.length), start + Math.min(l.to, content.length));
    lineLinks = [];
    if (open) open = { url: open.url, from: 0 };
    buffer = '';
    // Text after a <br> or a nested block inside a list item is a plain continuation line.
    props = {};
  };

  const handlers = {
    open(tag: string, attribs: Record<string, string>) {
      if (ignoredDepth > 0 || IGNORED.has(tag)) {
        if (IGNORED.has(tag)) ignoredDepth++;
        return;
      }
      if (tag === 'a' && attribs.href) {
        open = { url: attribs.href, from: buffer.length };
        return;
      }
      if (tag === 'br') {
        const keep = props;
        flush();
        props = keep.style ? { style: keep.style } : {};
        return;
      }
      if (tag === 'table') {
        flush();
        out.beginTable();
        return;
      }
      if (tag === 'tr') {
        flush();
        out.beginRow();
        return;
      }
      if (tag === 'td' || tag === 'th') {
        flush();
        const span = Number.parseInt(attribs.colspan ?? '1', 10);
        out.beginCell(Number.isFinite(span) ? span : 1);
        return;
      }
      if (tag === 'ul' || tag === 'ol') {
        flush();
        listDepth++;
        listKinds.push(tag);
        orderedCounters.push(Number.parseInt(attribs.start ?? '1', 10) - 1 || 0);
        return;
      }
      if (BLOCKS.has(tag)) {
        flush();
        const heading = /^h([1-6])$/.exec(tag);
        if (heading) props = { headingLevel: Number(heading[1]), style: `Heading ${heading[1]}` };
        else if (pendingItem) props = pendingItem;
        if (tag === 'li') {
          const level = Math.max(0, listDepth - 1);
          const kind = listKinds[listKinds.length - 1] ?? 'ul';
          if (kind === 'ol') {
            const n = ++orderedCounters[orderedCounters.length - 1];
            props = { listLevel: level, marker: `${n}. `, listLabel: `${n}.`, style: 'List Number' };
          } else {
            props = { listLevel: level, marker: '· ', style: 'List Bullet' };
          }
          pendingItem = props;
        }
      }
    },
    text(text: string) {
      if (ignoredDepth === 0) append(text);
    },
    close(tag: string) {
      if (IGNORED.has(tag)) {
        if (ignoredDepth > 0) ignoredDepth--;
        return;
      }
      if (ignoredDepth > 0) return;
      if (tag === 'a' && open) {
        lineLinks.push({ url: open.url, from: open.from, to: buffer.length });
        open = null;
        return;
      }
      if (tag === 'td' || tag === 'th') {
        flush();
        out.endCell();
      } else if (tag === 'tr') {
        flush();
        out.endRow();
      } else if (tag === 'table') {
        flush();
        out.endTable();
      } else if (tag === 'ul' || tag === 'ol') {
        flush();
        pendingItem = null;
        listDepth = Math.max(0, listDepth - 1);
        listKinds.pop();
        orderedCounters.pop();
      } else if (BLOCKS.has(tag)) {
        flush();
        if (tag === 'li') pendingItem = null;
      }
    },
  };
  try {
    parseMarkup(html, handlers, { decodeEntities: true, lowerCaseTags: true });
  } catch (error) {
    if (error instanceof NestingError) throw new DocumentError(name, error.message);
    throw error;
  }
  flush();
  return out.build(name, 'html');
}
