/**
 * ITU's per-meeting index files as registers: the TD index of a meeting
 * (`dms_pages/itu-t/md/25/SG12/td/T25-SG12-250909-TD.xml`) and the contributions index of a study group
 * (`.../SG12/c/T25-SG12-C.xml`). The layout, as ITU writes it:
 *
 *   index           = page_content ;
 *   page_content    = page_param , group_desc , [ meeting_desc ] , folder_list ;
 *   page_param      = { type | sector | study_period | group | doc_type | updated } ;   group T25-SG12, doc_type TD | C
 *   group_desc      = { object_name | friendly_name | ltitle_e | ... } ;                 object_name T25-SG12: the group
 *   meeting_desc    = { object_name | ltitle_e | start_date | end_date | ... } ;         T25-SG12-250909, Switzerland [Geneva]
 *   folder_list     = { folder } ;
 *   folder          = { subgroup | object_name | friendly_name | doc_number | doc_type | main_source
 *                     | reception_date | ltitle_e | study_questions | access_type | ... } ;  one document
 *   study_questions = { rvalue } ;                                                       one Question each: Q2/12
 *
 * Only `<folder>` records are documents: the group and meeting records carry an `object_name` too. Record kinds
 * this reader does not know are skipped and counted, never fatal; fields it does not use are ignored.
 *
 * Well-formedness is saxes' (a strict, streaming XML parser): the five predefined entities and character
 * references are the only ones it knows, and nothing external is ever loaded. A DOCTYPE is refused before the
 * parser sees it. Nesting stops at MAX_NESTING_DEPTH. Everything is one pass over the text: linear time.
 *
 * `parseXmlRegister` is a pure function of the text (or its bytes, decoded as every register's are: decode.ts), so a
 * fetcher can hand it what it got.
 */
import { SaxesParser } from 'saxes';
import { groupId, meetingId, parseGroupId, parseMeetingId } from '../meeting/id';
import type { MeetingContext } from '../meeting/types';
import { parseDocumentId } from '../meeting/urls';
import { printableExcerpt } from '../text/printable';
import { decodeRegister } from './decode';
import { createRegister, type EntryInput } from './register';
import { MAX_NESTING_DEPTH, nestingError, RegisterError, type RegisterKind, type TdRegister } from './types';

/** One record of the index: its element name, line and fields (text, and lists of `<rvalue>` items). */
interface IndexRecord {
  kind: string;
  line: number;
  fields: Map<string, string>;
  lists: Map<string, string[]>;
}

const RECORD_KINDS = new Set(['page_param', 'group_desc', 'meeting_desc']);
const DOCUMENT_KINDS: Record<string, RegisterKind> = { TD: 'td', C: 'contribution' };
const KIND_NAMES: Record<RegisterKind, string> = { td: 'TD', contribution: 'contribution' };

export function parseXmlRegister(input: string | Uint8Array, fileName: string): TdRegister {
  const decoded =
    typeof input === 'string'
      ? { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input }
      : decodeRegister(input, fileName);
  const content = decoded.text;
  const { records, skipped } = readRecords(content, fileName);
  const param = records.find((r) => r.kind === 'page_param');
  const groupDesc = records.find((r) => r.kind === 'group_desc');
  const meetingDesc = records.find((r) => r.kind === 'meeting_desc');
  const folders = records.filter((r) => r.kind === 'folder');
  if (!param && !groupDesc && !meetingDesc && folders.length === 0) {
    throw new RegisterError(
      fileName,
      1,
      'not an ITU index: expected <page_content> with <folder_list> and <folder> records',
    );
  }

  const docType = (field(param, 'doc_type') || field(folders[0], 'doc_type') || 'TD').toUpperCase();
  const kind = DOCUMENT_KINDS[docType];
  if (!kind)
    throw new RegisterError(
      fileName,
      param?.line ?? 1,
      `an index of ${quote(docType)} documents: TD Lens reads TD and contribution (C) indexes`,
    );
  // The index says its meeting (TDs) and group; without those records, the first document says them.
  let meeting = kind === 'td' ? meetingOf(meetingDesc, fileName) : undefined;
  let studyGroup =
    parseGroupId(field(param, 'group')) ??
    parseGroupId(field(groupDesc, 'object_name')) ??
    (meeting && { group: meeting.group, studyPeriod: meeting.studyPeriod });

  const inputs: EntryInput[] = [];
  for (const folder of folders) {
    const type = (field(folder, 'doc_type') || docType).toUpperCase();
    if (type !== docType) {
      count(skipped, `folder (doc_type ${printableExcerpt(type, 12)})`);
      continue;
    }
    const objectName = field(folder, 'object_name');
    const name = parseDocumentId(objectName);
    if (!name || name.kind !== kind) {
      throw new RegisterError(
        fileName,
        folder.line,
        `object_name ${quote(objectName)} is not a ${KIND_NAMES[kind]} id`,
      );
    }
    studyGroup ??= { group: name.group, studyPeriod: name.studyPeriod };
    if (kind === 'td' && name.meetingStart)
      meeting ??= { group: name.group, start: name.meetingStart, studyPeriod: name.studyPeriod };
    // One index, one meeting (TDs) or one group and study period (contributions): a stray record means a broken file.
    const scope = meeting ? meetingId(meeting) : groupId(studyGroup);
    if (!name.documentId.toUpperCase().startsWith(`${scope}-`)) {
      throw new RegisterError(
        fileName,
        folder.line,
        `${name.documentId} is not of this index's ${meeting ? 'meeting' : 'group'} (${scope})`,
      );
    }
    const docNumber = field(folder, 'doc_number');
    if (/^\d+$/.test(docNumber) && Number(docNumber) !== name.number) {
      throw new RegisterError(
        fileName,
        folder.line,
        `doc_number ${quote(docNumber)} does not match object_name ${quote(objectName)}`,
      );
    }
    const date = isoDate(field(folder, 'reception_date'));
    const questions = questionsOf(folder);
    const accessType = field(folder, 'access_type');
    inputs.push({
      number: name.number,
      revision: revisionOf(folder, name.revision),
      title: field(folder, 'ltitle_e') || field(folder, 'ltitle_f') || field(folder, 'ltitle_s'),
      source: field(folder, 'main_source'),
      ...(name.subGroup ? { subGroup: name.subGroup } : {}),
      objectName: name.documentId,
      ...(date ? { date } : {}),
      ...(questions.length ? { questions } : {}),
      ...(accessType ? { accessType } : {}),
      line: folder.line,
    });
  }

  const updated = isoDate(field(param, 'updated'));
  const register = createRegister(
    {
      fileName,
      format: 'xml',
      kind,
      ...(meeting ? { meeting } : {}),
      ...(studyGroup ? { studyGroup } : {}),
      ...(updated ? { updated } : {}),
      ...(Object.keys(skipped).length ? { skipped } : {}),
    },
    inputs,
  );
  return decoded.stray ? Object.assign(register, { stray: decoded.stray }) : register;
}

/** The records of the index in one streaming pass: children of the root, and of `<folder_list>`. */
function readRecords(content: string, fileName: string): { records: IndexRecord[]; skipped: Record<string, number> } {
  refuseDoctype(content, fileName);
  const parser = new SaxesParser({ position: true });
  const records: IndexRecord[] = [];
  const skipped: Record<string, number> = {};
  // Open elements by depth: 1 the root, 2 a record or <folder_list>, then fields and their items.
  const path: { name: string; line: number }[] = [];
  let record: IndexRecord | null = null;
  let recordDepth = 0;
  let field: { name: string; text: string; items: string[] } | null = null;
  let item: string | null = null;
  // saxes closes the open element before it reports a close tag that does not match it.
  let lastClosed: { name: string; line: number } | undefined;

  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const expected =
      reason.startsWith('unexpected close tag') && lastClosed
        ? ` (expected </${lastClosed.name}> of line ${lastClosed.line})`
        : '';
    throw new RegisterError(fileName, parser.line, `malformed XML: ${reason}${expected}`);
  });
  parser.on('opentag', (tag) => {
    path.push({ name: tag.name, line: parser.line });
    const depth = path.length;
    if (depth > MAX_NESTING_DEPTH) throw nestingError(fileName, parser.line);
    if (record) {
      if (depth === recordDepth + 1) field = { name: tag.name.toLowerCase(), text: '', items: [] };
      else if (depth === recordDepth + 2 && tag.name === 'rvalue') item = '';
      return;
    }
    const inFolderList = depth === 3 && path[1].name === 'folder_list';
    if (depth === 2 && tag.name === 'folder_list') return;
    if ((depth === 2 && RECORD_KINDS.has(tag.name)) || (inFolderList && tag.name === 'folder')) {
      record = { kind: tag.name, line: parser.line, fields: new Map(), lists: new Map() };
      recordDepth = depth;
    } else if (depth === 2 || inFolderList) {
      count(skipped, tag.name);
    }
  });
  parser.on('text', (text) => {
    if (item !== null) item += text;
    else if (field) field.text += text;
  });
  parser.on('cdata', (text) => {
    if (item !== null) item += text;
    else if (field) field.text += text;
  });
  parser.on('closetag', () => {
    const depth = path.length;
    lastClosed = path.pop();
    if (!record) return;
    if (item !== null && depth === recordDepth + 2) {
      const value = clean(item);
      if (value && field) field.items.push(value);
      item = null;
    } else if (field && depth === recordDepth + 1) {
      record.fields.set(field.name, clean(field.text));
      if (field.items.length) record.lists.set(field.name, field.items);
      field = null;
    } else if (depth === recordDepth) {
      records.push(record);
      record = null;
    }
  });
  parser.write(content).close();
  return { records, skipped };
}

/**
 * Registers have no DOCTYPE, and a DTD is never read: refuse one before the parser sees it (its internal subset
 * is the one part of XML a parser may take superlinear time over). Walks the prolog only: declaration,
 * processing instructions, comments and white space, each skipped with one forward search.
 */
function refuseDoctype(content: string, fileName: string): void {
  let i = 0;
  for (;;) {
    while (i < content.length && /\s/.test(content[i])) i++;
    const close = content.startsWith('<?', i) ? '?>' : content.startsWith('<!--', i) ? '-->' : null;
    const end = close ? content.indexOf(close, i + 2) : -1;
    if (close && end >= 0) {
      i = end + close.length;
      continue;
    }
    if (content.startsWith('<!DOCTYPE', i)) {
      const line = content.slice(0, i).split('\n').length;
      throw new RegisterError(fileName, line, 'a DOCTYPE: ITU indexes have none, and TD Lens reads no DTD');
    }
    return;
  }
}

/** The meeting record: `T25-SG12-250909`, `Switzerland [Geneva]`, first and last day. */
function meetingOf(desc: IndexRecord | undefined, fileName: string): MeetingContext | undefined {
  if (!desc) return undefined;
  const id = field(desc, 'object_name');
  const meeting = parseMeetingId(id);
  if (!meeting)
    throw new RegisterError(
      fileName,
      desc.line,
      `meeting object_name ${quote(id)} is not a meeting id (T25-SG12-250909)`,
    );
  const start = isoDate(field(desc, 'start_date'));
  const end = isoDate(field(desc, 'end_date'));
  const title = field(desc, 'ltitle_e');
  // `Switzerland [Geneva]`: the city in brackets; a title without brackets is the place itself.
  const place = /\[([^\]]+)\]/.exec(title)?.[1]?.trim() ?? title;
  if (start && start !== meeting.start) {
    throw new RegisterError(fileName, desc.line, `start_date ${start} is not the first day in the meeting id ${id}`);
  }
  return { ...meeting, ...(place ? { place } : {}), ...(end && end >= meeting.start ? { end } : {}) };
}

/** `<rvalue>` items; older files write the Questions as text (`Q14/12, Q19/12`). */
function questionsOf(folder: IndexRecord): string[] {
  const items = folder.lists.get('study_questions');
  if (items) return items;
  return field(folder, 'study_questions')
    .split(/[,;\s]+/)
    .filter((q) => q !== '');
}

/** No revision field was seen in ITU's indexes; a friendly name `301R1-PLEN` or a file suffix `!R1!` says one. */
function revisionOf(folder: IndexRecord, fromName: number | undefined): number {
  const friendly = /^\d+R(\d{1,2})\b/i.exec(field(folder, 'friendly_name'));
  return friendly ? Number(friendly[1]) : (fromName ?? 0);
}

function field(record: IndexRecord | undefined, name: string): string {
  return record?.fields.get(name) ?? '';
}

function isoDate(text: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
}

/** White space collapsed, control characters (which XML 1.0 allows from U+007F to U+009F) as spaces. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

function quote(value: string): string {
  return `"${printableExcerpt(value)}"`;
}

function count(skipped: Record<string, number>, kind: string): void {
  skipped[kind] = (skipped[kind] ?? 0) + 1;
}
