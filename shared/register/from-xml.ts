/**
 * The ITU TD index XML of a meeting (`.../td/T25-SG12-260609-TD.xml`): one record a document with fields
 * object_name (`T25-SG12-250909-TD-GEN-0292`), friendly_name (`292-GEN`), doc_number, doc_type, main_source,
 * reception_date, ltitle_e, study_questions. Fields may be child elements or attributes.
 */
import { findAll, localName, parseMarkup, textOf, type MarkupElement } from './markup-tree';
import { meetingOf } from './from-html';
import { createRegister, type EntryInput } from './register';
import { lineIndex } from '../text/lines';
import { parseObjectName, type ObjectName } from './td-id';
import { RegisterError, type TdRegister } from './types';

export function parseXmlRegister(content: string, fileName: string): TdRegister {
  checkWellFormed(content, fileName);
  const root = parseMarkup(content, true);
  const records = findAll(root, (e) => fieldsOf(e).has('object_name'));
  const inputs: EntryInput[] = [];
  const lineOf = lineIndex(content).lineOf;
  let firstName: ObjectName | null = null;
  for (const record of records) {
    const fields = fieldsOf(record);
    const line = lineOf(record.start);
    const docType = (fields.get('doc_type') ?? 'TD').trim().toUpperCase();
    if (docType !== 'TD') continue;
    const objectName = (fields.get('object_name') ?? '').trim();
    const name = parseObjectName(objectName);
    if (!name) throw new RegisterError(fileName, line, `object_name "${objectName}" is not a TD id`);
    firstName ??= name;
    const docNumber = fields.get('doc_number');
    if (docNumber && /^\d+$/.test(docNumber.trim()) && Number(docNumber) !== name.number) {
      throw new RegisterError(fileName, line, `doc_number "${docNumber.trim()}" does not match object_name "${objectName}"`);
    }
    const questions = (fields.get('study_questions') ?? '').split(/[,;\s]+/).filter((q) => /^Q\d+\/\d+$/.test(q));
    const date = /^\d{4}-\d{2}-\d{2}/.exec((fields.get('reception_date') ?? '').trim())?.[0];
    inputs.push({
      number: name.number,
      revision: revisionOf(fields),
      title: (fields.get('ltitle_e') ?? fields.get('title') ?? '').trim(),
      source: (fields.get('main_source') ?? fields.get('source') ?? '').trim(),
      subGroup: name.subGroup,
      objectName: /^\S+/.exec(objectName)?.[0],
      ...(date ? { date } : {}),
      ...(questions.length ? { questions } : {}),
      line,
    });
  }
  if (inputs.length === 0) throw new RegisterError(fileName, 1, 'no TD records found (expected <object_name>T25-...-TD-...</object_name>)');
  return createRegister(fileName, 'xml', inputs, firstName ? meetingOf(firstName) : undefined);
}

/** An element's fields: its attributes and the text of its leaf children, by lower-case local name. */
function fieldsOf(element: MarkupElement): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(element.attribs)) fields.set(key.toLowerCase(), value);
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.children.every((c) => typeof c === 'string')) fields.set(localName(child), textOf(child));
  }
  return fields;
}

function revisionOf(fields: Map<string, string>): number {
  for (const key of ['revision', 'doc_revision', 'rev']) {
    const m = /(\d{1,2})/.exec(fields.get(key) ?? '');
    if (m) return Number(m[1]);
  }
  const friendly = /R(\d{1,2})\b/i.exec(fields.get('friendly_name') ?? '');
  if (friendly) return Number(friendly[1]);
  const fromName = /(?:!|%21)R(\d{1,2})/i.exec(fields.get('object_name') ?? '');
  return fromName ? Number(fromName[1]) : 0;
}

/** htmlparser2 forgives broken XML; a register should not be read half: check tags balance and name the line. */
function checkWellFormed(content: string, fileName: string): void {
  const stack: { name: string; offset: number }[] = [];
  const lineOf = (offset: number) => lineIndex(content).lineOf(offset);
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;
  for (const m of content.matchAll(tag)) {
    const [, closing, name, selfClosing] = m;
    if (!name) continue;
    const offset = m.index ?? 0;
    if (selfClosing) continue;
    if (!closing) {
      stack.push({ name, offset });
      continue;
    }
    const open = stack.pop();
    if (!open) throw new RegisterError(fileName, lineOf(offset), `closing tag </${name}> without an opening tag`);
    if (open.name !== name) {
      throw new RegisterError(fileName, lineOf(offset), `closing tag </${name}> does not match <${open.name}> (line ${lineOf(open.offset)})`);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new RegisterError(fileName, lineOf(unclosed.offset), `<${unclosed.name}> is never closed`);
}
