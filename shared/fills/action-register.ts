/**
 * A register of actions: the WTSA-24 actions and action-plan items with their status lines, read from the
 * previous meeting's agenda (parsed with the same parser) or from a small JSON or CSV file.
 *
 * JSON:
 *   { "wtsaActions": [ { "number": 2, "text": "WTSA-24 instructs ...", "statuses": ["TSAG 05-2025: Started, LS in TD142."] } ],
 *     "planActions": [ { "id": "73-06", "group": "WPR", "resolution": 73, "resolutionTitle": "Information and ...",
 *                        "description": "TSAG to coordinate ...", "statuses": ["TSAG 05-2025: Not started"] } ] }
 * CSV (header row required, RFC 4180 quoting): `kind,id,group,resolution_title,text,status`. `kind` is `wtsa` or
 * `plan`; `id` is the action number (`2`) or plan id (`73-06`). A row repeating the kind and id of an earlier row
 * adds one more status line (its other fields may be empty).
 */
import type { AgendaStructure, StatusLine } from '../agenda/types';
import { CsvSyntaxError, parseCsv } from '../register/csv';

export interface WtsaActionEntry {
  number: number;
  text: string;
  /** Status lines as written (`TSAG 05-2025: Started, LS in TD142.`), oldest first. */
  statuses: string[];
}

export interface PlanActionEntry {
  /** `73-06`. */
  id: string;
  /** Rapporteur-group row it sits under (`WPR`), null before any. */
  group: string | null;
  resolution: number | null;
  resolutionTitle: string;
  description: string;
  statuses: string[];
}

export interface ActionRegister {
  /** File name, for messages. */
  source: string;
  wtsaActions: WtsaActionEntry[];
  planActions: PlanActionEntry[];
}

/** A register of actions that cannot be read: names the file, the line when known and the cause. */
export class ActionRegisterError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'ActionRegisterError';
  }
}

const STATUS_PREFIX = /^\s*Status\s+and\s+Comments\s*:\s*/i;

/** A status line's text without the row's `Status and Comments:` label, whitespace tidied. */
function statusLineText(line: StatusLine): string {
  return line.text.replace(STATUS_PREFIX, '').replace(/\s+/g, ' ').trim();
}

const tidy = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').trim();

/** The actions of a parsed agenda (the previous meeting's, or the document's own). */
export function actionsFromAgenda(source: string, agenda: AgendaStructure): ActionRegister {
  return {
    source,
    wtsaActions: agenda.wtsaActions.map((a) => ({
      number: a.number,
      text: tidy(a.text),
      statuses: a.statuses.map(statusLineText).filter(Boolean),
    })),
    planActions: agenda.planActions.map((a) => ({
      id: a.id,
      group: a.group,
      resolution: a.resolution,
      resolutionTitle: tidy(a.resolutionTitle),
      description: tidy(a.description),
      statuses: a.statuses.map(statusLineText).filter(Boolean),
    })),
  };
}

function stringField(file: string, value: unknown, what: string, required = false): string {
  if (value === undefined || value === null) {
    if (required) throw new ActionRegisterError(file, `${what} is missing`);
    return '';
  }
  if (typeof value !== 'string') throw new ActionRegisterError(file, `${what} is not a string`);
  return value;
}

function statusesField(file: string, value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) {
    throw new ActionRegisterError(file, `${what}.statuses is not a list of strings`);
  }
  return (value as string[]).map((s) => s.trim()).filter(Boolean);
}

const PLAN_ID = /^\d{1,3}-\d{2}$/;

function planEntry(
  file: string,
  id: string,
  group: string,
  resolutionTitle: string,
  description: string,
  statuses: string[],
  where: string,
  line?: number,
): PlanActionEntry {
  if (!PLAN_ID.test(id)) throw new ActionRegisterError(file, `${where}: plan id "${id}" is not like 73-06`, line);
  return {
    id,
    group: group.trim() || null,
    resolution: Number(id.split('-')[0]),
    resolutionTitle: tidy(resolutionTitle),
    description: tidy(description),
    statuses,
  };
}

function wtsaEntry(
  file: string,
  number: unknown,
  text: string,
  statuses: string[],
  where: string,
  line?: number,
): WtsaActionEntry {
  const n = typeof number === 'string' && /^\d+$/.test(number.trim()) ? Number(number) : number;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new ActionRegisterError(
      file,
      `${where}: action number ${JSON.stringify(number)} is not a positive whole number`,
      line,
    );
  }
  return { number: n, text: tidy(text), statuses };
}

function fromJson(file: string, content: string): ActionRegister {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new ActionRegisterError(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ActionRegisterError(file, 'expected an object with "wtsaActions" and/or "planActions"');
  }
  const record = data as Record<string, unknown>;
  const list = (key: string): Record<string, unknown>[] => {
    const value = record[key] ?? [];
    if (!Array.isArray(value) || value.some((v) => !v || typeof v !== 'object')) {
      throw new ActionRegisterError(file, `"${key}" is not a list of objects`);
    }
    return value as Record<string, unknown>[];
  };
  return {
    source: file,
    wtsaActions: list('wtsaActions').map((a, i) =>
      wtsaEntry(
        file,
        a.number,
        stringField(file, a.text, `wtsaActions[${i}].text`),
        statusesField(file, a.statuses, `wtsaActions[${i}]`),
        `wtsaActions[${i}]`,
      ),
    ),
    planActions: list('planActions').map((a, i) => {
      const where = `planActions[${i}]`;
      return planEntry(
        file,
        stringField(file, a.id, `${where}.id`, true).trim(),
        stringField(file, a.group, `${where}.group`),
        stringField(file, a.resolutionTitle, `${where}.resolutionTitle`),
        stringField(file, a.description, `${where}.description`),
        statusesField(file, a.statuses, where),
        where,
      );
    }),
  };
}

const CSV_COLUMNS = ['kind', 'id', 'group', 'resolution_title', 'text', 'status'];

function fromCsv(file: string, content: string): ActionRegister {
  let records;
  try {
    records = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ActionRegisterError(file, error.reason, error.line);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new ActionRegisterError(file, 'empty file');
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new ActionRegisterError(file, `missing column(s) ${missing.join(', ')}`, header.line);
  const at = (fields: string[], column: string) => fields[names.indexOf(column)] ?? '';
  const register: ActionRegister = { source: file, wtsaActions: [], planActions: [] };
  for (const { fields, line } of rows) {
    const kind = at(fields, 'kind').trim().toLowerCase();
    const id = at(fields, 'id').trim();
    const status = at(fields, 'status').trim();
    if (kind === 'wtsa') {
      const known = register.wtsaActions.find((a) => String(a.number) === id);
      if (known) {
        if (status) known.statuses.push(status);
        continue;
      }
      register.wtsaActions.push(wtsaEntry(file, id, at(fields, 'text'), status ? [status] : [], `row ${line}`, line));
    } else if (kind === 'plan') {
      const known = register.planActions.find((a) => a.id === id);
      if (known) {
        if (status) known.statuses.push(status);
        continue;
      }
      register.planActions.push(
        planEntry(
          file,
          id,
          at(fields, 'group'),
          at(fields, 'resolution_title'),
          at(fields, 'text'),
          status ? [status] : [],
          `row ${line}`,
          line,
        ),
      );
    } else {
      throw new ActionRegisterError(file, `kind "${kind}" is not wtsa or plan`, line);
    }
  }
  return register;
}

/** Reads a JSON or CSV register of actions (by extension, else by content). */
export function parseActionRegister(content: string, fileName: string): ActionRegister {
  const lower = fileName.toLowerCase();
  const looksJson = lower.endsWith('.json') || (!lower.endsWith('.csv') && content.trimStart().startsWith('{'));
  const register = looksJson ? fromJson(fileName, content) : fromCsv(fileName, content);
  if (register.wtsaActions.length + register.planActions.length === 0) {
    throw new ActionRegisterError(fileName, 'no actions found');
  }
  return register;
}
