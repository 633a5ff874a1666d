/** `td-lens tables FILE [--format json|text]`: the WTSA actions, action-plan items and e-meeting plans of an agenda. */
import type { EMeetingPlan, PlanAction, StatusLine, WtsaAction } from '../shared/agenda/types';
import type { DateValue } from '../shared/dates/dates';
import { parseAgenda } from '../shared/agenda/parse-agenda';
import { lineIndex, type LineIndex } from '../shared/text/lines';
import { printable } from '../shared/text/printable';
import { formatOption, runCommand, singleFile } from './args';
import { loadDocument } from './input';
import { jsonOutput, writeOutput } from './output';
import { clip, columnLines, paint, type CliIo } from './terminal';

export const TABLES_USAGE = `Usage: td-lens tables FILE [--format json|text]

Show the action tables of an agenda: WTSA-24 actions and their status lines, WTSA action-plan items
(with their rapporteur group), and interim e-meeting plans (dates ISO YYYY-MM-DD, null when not written).

Options:
  --format json|text   output format (default: text)
  -h, --help           show this help
`;

export interface StatusJson {
  meeting: string | null;
  status: string | null;
  canonicalStatus: string | null;
  comment: string;
  line: number;
}

export interface TablesJson {
  file: string;
  wtsaActions: { number: number; text: string; line: number; statuses: StatusJson[] }[];
  planActions: {
    id: string;
    resolution: number | null;
    resolutionTitle: string;
    group: string | null;
    description: string;
    line: number;
    statuses: StatusJson[];
  }[];
  emeetings: {
    group: string | null;
    line: number;
    rows: {
      index: number | null;
      date: string | null;
      start: string | null;
      end: string | null;
      zone: string | null;
      objectives: string;
      deadline: string | null;
      /** The deadline as written (`5 November`), for dates without a year. */
      deadlineText: string | null;
      line: number;
    }[];
  }[];
}

const statusJson = (s: StatusLine, lines: LineIndex): StatusJson => ({
  meeting: s.meeting?.id ?? null,
  status: s.status,
  canonicalStatus: s.canonicalStatus,
  comment: s.comment,
  line: lines.lineOf(s.start),
});

const iso = (d: DateValue | null) => d?.iso ?? null;

export function tablesJson(
  file: string,
  text: string,
  wtsa: WtsaAction[],
  plan: PlanAction[],
  emeetings: EMeetingPlan[],
): TablesJson {
  const lines = lineIndex(text);
  return {
    file,
    wtsaActions: wtsa.map((a) => ({
      number: a.number,
      text: a.text,
      line: lines.lineOf(a.start),
      statuses: a.statuses.map((s) => statusJson(s, lines)),
    })),
    planActions: plan.map((a) => ({
      id: a.id,
      resolution: a.resolution,
      resolutionTitle: a.resolutionTitle,
      group: a.group,
      description: a.description,
      line: lines.lineOf(a.start),
      statuses: a.statuses.map((s) => statusJson(s, lines)),
    })),
    emeetings: emeetings.map((e) => ({
      group: e.group,
      line: lines.lineOf(e.start),
      rows: e.rows.map((r) => ({
        index: r.index,
        date: iso(r.date),
        start: r.startTime,
        end: r.endTime,
        zone: r.zone,
        objectives: r.objectives,
        deadline: iso(r.deadline),
        deadlineText: r.deadline?.text ?? null,
        line: lines.lineOf(r.start),
      })),
    })),
  };
}

function statusText(statuses: StatusJson[], color: boolean): string {
  if (statuses.length === 0) return paint('(no status)', 'red', color);
  return statuses
    .map((s) => {
      const word =
        s.status === null
          ? paint('?', 'red', color)
          : s.canonicalStatus !== s.status &&
              s.canonicalStatus &&
              s.status.toLowerCase() !== s.canonicalStatus.toLowerCase()
            ? paint(`${s.status} (${s.canonicalStatus}?)`, 'yellow', color)
            : paint(s.status, 'green', color);
      return `${s.meeting ? s.meeting + ': ' : ''}${word}${s.comment ? ' – ' + clip(s.comment, 50) : ''}`;
    })
    .join('; ');
}

/** The tables as aligned columns, yielded a line at a time. */
export function* formatTablesText(data: TablesJson, color: boolean): Generator<string> {
  const bold = (t: string) => paint(t, 'bold', color);
  const parts: Iterable<string>[] = [];
  if (data.wtsaActions.length > 0) {
    parts.push([bold(`WTSA-24 actions (${data.wtsaActions.length})`) + '\n']);
    parts.push(
      columnLines([
        ['line', 'action', 'status'].map(bold),
        ...data.wtsaActions.map((a) => [String(a.line), String(a.number), statusText(a.statuses, color)]),
      ]),
    );
  }
  if (data.planActions.length > 0) {
    parts.push([bold(`WTSA action plan (${data.planActions.length})`) + '\n']);
    parts.push(
      columnLines([
        ['line', 'group', 'id', 'resolution', 'status'].map(bold),
        ...data.planActions.map((a) => [
          String(a.line),
          a.group ?? '-',
          a.id,
          a.resolution === null ? '-' : `Res. ${a.resolution}`,
          statusText(a.statuses, color),
        ]),
      ]),
    );
  }
  for (const plan of data.emeetings) {
    parts.push([bold(`E-meetings ${plan.group ?? '(group unknown)'} (${plan.rows.length})`) + '\n']);
    parts.push(
      columnLines([
        ['line', '#', 'date', 'time', 'deadline'].map(bold),
        ...plan.rows.map((r) => [
          String(r.line),
          r.index === null ? '-' : String(r.index),
          r.date ?? paint('?', 'red', color),
          r.start ? `${r.start}–${r.end ?? '?'}${r.zone ? ' ' + r.zone : ''}` : paint('?', 'red', color),
          r.deadline ??
            (r.deadlineText ? `${r.deadlineText} ${paint('(no year)', 'yellow', color)}` : paint('?', 'red', color)),
        ]),
      ]),
    );
  }
  if (parts.length === 0) yield `${printable(data.file)}: no action tables or e-meeting plans\n`;
  for (const [i, part] of parts.entries()) {
    if (i > 0) yield '\n';
    yield* part;
  }
}

export async function tablesCommand(argv: string[], io: CliIo): Promise<number> {
  return runCommand(argv, io, TABLES_USAGE, { format: { type: 'string' } }, async ({ values, positionals }) => {
    const format = formatOption(values.format, ['json', 'text'] as const, 'text');
    const file = singleFile(positionals, 'tables');
    const { doc } = await loadDocument(file, io.err);
    const agenda = parseAgenda(doc);
    const data = tablesJson(file, doc.text, agenda.wtsaActions, agenda.planActions, agenda.emeetings);
    await writeOutput(io, format === 'text' ? formatTablesText(data, io.color) : jsonOutput(data));
    return 0;
  });
}
