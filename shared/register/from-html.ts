/**
 * ITU document listing pages saved as HTML (`meetingdoc.asp?lang=en&parent=T25-TSAG-250526-TD`): one table row a
 * document, its number linking to `/md/T25-TSAG-250526-TD-GEN-0106/en`, `(Rev.1)` beside revised ones, then
 * title and source cells. The tree is htmlparser2's own (domhandler), searched with domutils.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, Text, type Element } from 'domhandler';
import { findAll, findOne, replaceElement, textContent } from 'domutils';
import { parseItuUrl, type ParsedItuUrl } from '../meeting/urls';
import type { MeetingContext } from '../meeting/types';
import { lineIndex } from '../text/lines';
import { createRegister, type EntryInput } from './register';
import { MAX_NESTING_DEPTH, nestingError, RegisterError, type TdRegister } from './types';

interface Columns {
  title: number;
  source: number;
}

/** domhandler, stopped past MAX_NESTING_DEPTH (its own stack is an array, but every walk after it would recurse). */
class BoundedHandler extends DomHandler {
  private at: { startIndex: number | null } | null = null;

  constructor(private readonly tooDeep: (offset: number) => Error) {
    super(undefined, { withStartIndices: true });
  }

  override onparserinit(parser: { startIndex: number | null; endIndex: number | null }): void {
    this.at = parser;
    super.onparserinit(parser);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.tagStack.length > MAX_NESTING_DEPTH) throw this.tooDeep(this.at?.startIndex ?? 0);
    super.onopentag(name, attribs);
  }
}

function parseHtml(content: string, fileName: string, lineOf: (offset: number) => number): Element[] {
  const handler = new BoundedHandler((offset) => nestingError(fileName, lineOf(offset)));
  new Parser(handler, { decodeEntities: true }).end(content);
  // Line breaks separate what they separate: `a<br>b` is two words.
  for (const br of findAll((e) => e.name === 'br', handler.dom)) replaceElement(br, new Text(' '));
  return findAll((e) => e.name === 'table', handler.dom);
}

/** Text content with whitespace collapsed. */
const textOf = (node: Element): string =>
  textContent(node)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

const ITU = 'https://www.itu.int/';

function ituLink(href: string | undefined): ParsedItuUrl | null {
  if (!href) return null;
  try {
    return parseItuUrl(new URL(href, ITU).href);
  } catch {
    return null;
  }
}

export function parseHtmlRegister(content: string, fileName: string): TdRegister {
  const lineOf = lineIndex(content).lineOf;
  const inputs: EntryInput[] = [];
  let meeting: MeetingContext | undefined;
  for (const table of parseHtml(content, fileName, lineOf)) {
    let columns: Columns | null = null;
    for (const row of rowsOf(table)) {
      const cells = row.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
      const texts = cells.map(textOf);
      const header = headerColumns(texts);
      if (header) {
        columns = header;
        continue;
      }
      const links = findAll((e) => e.name === 'a', row.children).map((a) => ({ a, name: ituLink(a.attribs.href) }));
      const found = links.find((l) => l.name?.kind === 'td');
      const link = found?.a;
      const name = found?.name;
      if (!link || !name || name.meetingStart === undefined) continue;
      meeting ??= { group: name.group, start: name.meetingStart, studyPeriod: name.studyPeriod };
      const idCell = cells.findIndex((cell) => findOne((e) => e === link, cell.children) !== null);
      const title = pick(texts, columns?.title, () => longestOther(texts, idCell));
      const titleIndex = columns?.title ?? texts.indexOf(title);
      const source = pick(texts, columns?.source, () => (titleIndex >= 0 ? (texts[titleIndex + 1] ?? '') : ''));
      inputs.push({
        number: name.number,
        revision: revisionOf(
          texts.join(' '),
          links.map((l) => l.name),
        ),
        title: stripRevision(title),
        source,
        ...(name.subGroup ? { subGroup: name.subGroup } : {}),
        objectName: name.documentId,
        line: lineOf(row.startIndex ?? 0),
      });
    }
  }
  if (inputs.length === 0) {
    throw new RegisterError(fileName, 1, 'no TD rows found (expected links to /md/T25-...-TD-...)');
  }
  return createRegister({ fileName, format: 'html', meeting }, inputs);
}

/** Rows of this table only, not of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: Element[] = [table];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'tag' || child.name === 'table') continue;
      if (child.name === 'tr') rows.push(child);
      else stack.push(child);
    }
  }
  return rows.sort((a, b) => (a.startIndex ?? 0) - (b.startIndex ?? 0));
}

function headerColumns(texts: string[]): Columns | null {
  const lower = texts.map((t) => t.toLowerCase());
  const title = lower.findIndex((t) => t === 'title' || t === 'titre');
  if (title < 0) return null;
  return { title, source: lower.findIndex((t) => t === 'source' || t === 'sources') };
}

function pick(texts: string[], column: number | undefined, fallback: () => string): string {
  if (column !== undefined && column >= 0 && column < texts.length) return texts[column];
  return fallback();
}

function longestOther(texts: string[], skip: number): string {
  let best = '';
  texts.forEach((t, i) => {
    if (i !== skip && t.length > best.length) best = t;
  });
  return best;
}

/** `(Rev.1)` written in the row, or `!R1!` in the name of a file it links to. */
function revisionOf(rowText: string, links: (ParsedItuUrl | null)[]): number {
  let revision = 0;
  for (const m of rowText.matchAll(/\(Rev\.?\s?(\d{1,2})\)/gi)) revision = Math.max(revision, Number(m[1]));
  for (const name of links) revision = Math.max(revision, name?.revision ?? 0);
  return revision;
}

function stripRevision(title: string): string {
  return title.replace(/\s*\(Rev\.?\s?\d{1,2}\)\s*/gi, ' ').trim();
}
