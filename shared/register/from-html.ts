/**
 * ITU document listing pages saved as HTML (`meetingdoc.asp?lang=en&parent=T25-TSAG-250526-TD`): one table row a
 * document, its number linking to `/md/T25-TSAG-250526-TD-GEN-0106/en`, `(Rev.1)` beside revised ones, then
 * title and source cells.
 */
import { findAll, parseMarkup, textOf, type MarkupElement } from './markup-tree';
import { createRegister, type EntryInput } from './register';
import { lineIndex } from '../text/lines';
import { OBJECT_NAME, parseObjectName, type ObjectName } from './td-id';
import { RegisterError, type TdRegister } from './types';
import type { MeetingContext } from '../meeting/types';

interface Columns {
  title: number;
  source: number;
}

export function parseHtmlRegister(content: string, fileName: string): TdRegister {
  const root = parseMarkup(content, false);
  const inputs: EntryInput[] = [];
  const lineOf = lineIndex(content).lineOf;
  let firstName: ObjectName | null = null;
  for (const table of findAll(root, (e) => e.name === 'table')) {
    let columns: Columns | null = null;
    for (const row of rowsOf(table)) {
      const cells = row.children.filter((c): c is MarkupElement => typeof c !== 'string' && (c.name === 'td' || c.name === 'th'));
      const texts = cells.map(textOf);
      const header = headerColumns(texts);
      if (header) {
        columns = header;
        continue;
      }
      const link = findAll(row, (e) => e.name === 'a' && OBJECT_NAME.test(e.attribs.href ?? ''))[0];
      if (!link) continue;
      const name = parseObjectName(link.attribs.href);
      if (!name) continue;
      firstName ??= name;
      const line = lineOf(row.start);
      const idCell = cells.findIndex((cell) => findAll(cell, (e) => e === link).length > 0);
      const title = pick(texts, columns?.title, () => longestOther(texts, idCell));
      const titleIndex = columns?.title ?? texts.indexOf(title);
      const source = pick(texts, columns?.source, () => (titleIndex >= 0 ? texts[titleIndex + 1] ?? '' : ''));
      inputs.push({
        number: name.number,
        revision: revisionOf(row),
        title: stripRevision(title),
        source,
        subGroup: name.subGroup,
        objectName: link.attribs.href.match(OBJECT_NAME)?.[0],
        line,
      });
    }
  }
  if (inputs.length === 0) {
    throw new RegisterError(fileName, 1, 'no TD rows found (expected links to /md/T25-...-TD-...)');
  }
  return createRegister(fileName, 'html', inputs, firstName ? meetingOf(firstName) : undefined);
}

export function meetingOf(name: ObjectName): MeetingContext {
  return { group: name.group, start: name.meetingStart, studyPeriod: name.studyPeriod };
}

function rowsOf(table: MarkupElement): MarkupElement[] {
  // Rows of this table only, not of tables nested in its cells.
  const rows: MarkupElement[] = [];
  const walk = (node: MarkupElement) => {
    for (const child of node.children) {
      if (typeof child === 'string' || child.name === 'table') continue;
      if (child.name === 'tr') rows.push(child);
      else walk(child);
    }
  };
  walk(table);
  return rows;
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

function revisionOf(row: MarkupElement): number {
  let revision = 0;
  for (const m of textOf(row).matchAll(/\(Rev\.?\s?(\d{1,2})\)/gi)) revision = Math.max(revision, Number(m[1]));
  for (const a of findAll(row, (e) => e.name === 'a')) {
    const m = /(?:!|%21)R(\d{1,2})(?:!|%21)/i.exec(a.attribs.href ?? '');
    if (m) revision = Math.max(revision, Number(m[1]));
  }
  return revision;
}

function stripRevision(title: string): string {
  return title.replace(/\s*\(Rev\.?\s?\d{1,2}\)\s*/gi, ' ').trim();
}
