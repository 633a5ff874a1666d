/**
 * `td-lens refs FILE [--format json|text] [--register FILE|itu] [--meeting ID]`: every reference of an agenda with its line; with
 * a register, what it says of each TD (or contribution): title, source, date, or that it does not list it; with the
 * meeting known (`--meeting`, or the meeting whose register was read), each TD's and contribution's ITU page.
 */
import type { Reference } from '../shared/refs/types';
import type { AgendaDocument } from '../shared/document/model';
import { documentReferences } from '../shared/agenda/document-references';
import type { TdRegister } from '../shared/register/types';
import type { MeetingContext } from '../shared/meeting/types';
import { contributionPageUrl, tdPageUrl } from '../shared/meeting/urls';
import { lineIndex } from '../shared/text/lines';
import { printable } from '../shared/text/printable';
import { formatOption, runCommand, singleFile } from './args';
import { jsonOutput, writeOutput } from './output';
import { MEETING_OPTION } from './meeting-option';
import { documentAndRegister, readDocumentOptions, REGISTER_OPTIONS } from './register-option';
import { clip, columnLines, paint, type CliIo, type Color } from './terminal';

export const REFS_USAGE = `Usage: td-lens refs FILE [--format json|text] [--register FILE|itu [--offline]] [--meeting ID]

List the references in an agenda (.txt, .docx, .html): TDs, contributions, action codes, Questions, study
groups, resolutions, WTSA actions, action-plan items, Recommendations; also the action numbers and plan ids
of the WTSA action tables. Line numbers count lines of the document's flat text: the file itself for .txt;
one line per paragraph or table cell for .docx and .html.

Options:
  --format json|text   output format (default: text)
  --register FILE      a register of the agenda's meeting (as for check): each TD gets its title, source
                       and date, or "not in the register"
  --register itu       ITU's TD index of the agenda's meeting (fetched, kept a day in the user's cache
                       folder)
  --offline            with --register itu: use the kept copy only, never the network
  --meeting ID         the agenda's meeting, over what its header says: ITU's id (T25-SG12-250909) or the
                       group and first day ("SG12, Geneva, 9-18 September 2025", "TSAG 2026-01-12");
                       each TD and contribution then gets its ITU page (url), as with a register
  -h, --help           show this help
`;

const KIND_COLOR: Partial<Record<Reference['kind'], Color>> = {
  td: 'cyan',
  contribution: 'blue',
  action: 'yellow',
  question: 'magenta',
  'plan-action': 'green',
  'wtsa-action': 'green',
};

/** What the register says of a cited document: its entry, or null when it does not list it. */
export interface RegisterFacts {
  id: string;
  title: string;
  source: string;
  date?: string;
  questions?: string[];
}

export type ReferenceWithLine = Reference & { line: number; url?: string; register?: RegisterFacts | null };

export function referencesWithLines(
  doc: AgendaDocument,
  register?: TdRegister,
  meeting?: MeetingContext,
): ReferenceWithLine[] {
  const lines = lineIndex(doc.text);
  // Each reference is fresh from the parser: its line (and register facts) are added in place, not copied into a
  // second object per reference (on a file of millions of references, that copy was hundreds of megabytes).
  return documentReferences(doc).map((ref) => {
    const out = ref as ReferenceWithLine;
    out.line = lines.lineOf(ref.start);
    if (meeting) {
      const url = pageUrl(ref, meeting);
      if (url) out.url = url;
    }
    if (
      register &&
      (ref.kind === 'td' || ref.kind === 'contribution') &&
      ref.kind === register.kind &&
      sameGroup(ref.group, register)
    ) {
      out.register = factsOf(register, ref.number);
    }
    return out;
  });
}

/**
 * The ITU page of a TD of the meeting (not of a TD another group's prefix names: `SG12-TD648` in a TSAG agenda is of
 * a meeting whose date the agenda does not give) or of a contribution (its own group's, where it names one).
 */
function pageUrl(ref: Reference, meeting: MeetingContext): string | undefined {
  if (ref.kind === 'td')
    return !ref.group || ref.group.toUpperCase() === meeting.group.toUpperCase() ? tdPageUrl(ref, meeting) : undefined;
  if (ref.kind === 'contribution') return contributionPageUrl(ref, meeting);
  return undefined;
}

/** `SG12-TD648` in a TSAG agenda is another meeting's TD: the TSAG register says nothing of it. */
function sameGroup(cited: string | undefined, register: TdRegister): boolean {
  const own = register.meeting?.group ?? register.studyGroup?.group;
  return !cited || !own || cited.toUpperCase() === own.toUpperCase();
}

function factsOf(register: TdRegister, number: number): RegisterFacts | null {
  const entry = register.get(number);
  if (!entry) return null;
  return {
    id: entry.id,
    title: entry.title,
    source: entry.source,
    ...(entry.date ? { date: entry.date } : {}),
    ...(entry.questions ? { questions: entry.questions } : {}),
  };
}

/** The references as aligned columns, one line at a time (rows are made on the fly: the list may be millions long). */
export function* formatReferencesText(
  file: string,
  refs: ReferenceWithLine[],
  color: boolean,
  withRegister = false,
): Generator<string> {
  if (refs.length === 0) {
    yield `${printable(file)}: no references\n`;
    return;
  }
  const registerCell = (r: ReferenceWithLine) =>
    r.register === undefined
      ? ''
      : r.register === null
        ? paint('not in the register', 'red', color)
        : clip(r.register.title || r.register.source, 60);
  const header = [...['line', 'kind', 'id', 'text'], ...(withRegister ? ['register'] : [])].map((h) =>
    paint(h, 'bold', color),
  );
  const row = (r: ReferenceWithLine) => [
    String(r.line),
    paint(r.kind, KIND_COLOR[r.kind] ?? 'gray', color),
    r.id,
    r.text === r.id ? '' : paint(clip(r.text, 60), 'dim', color),
    ...(withRegister ? [registerCell(r)] : []),
  ];
  const rows = {
    *[Symbol.iterator]() {
      yield header;
      for (const r of refs) yield row(r);
    },
  };
  yield* columnLines(rows);
  yield `${refs.length} reference${refs.length === 1 ? '' : 's'} in ${printable(file)}\n`;
}

export async function refsCommand(argv: string[], io: CliIo): Promise<number> {
  const options = { format: { type: 'string' }, ...REGISTER_OPTIONS, ...MEETING_OPTION } as const;
  return runCommand(argv, io, REFS_USAGE, options, async ({ values, positionals }) => {
    const format = formatOption(values.format, ['json', 'text'] as const, 'text');
    const file = singleFile(positionals, 'refs');
    const documents = await readDocumentOptions(values, io);
    const { doc, register, meeting } = await documentAndRegister(documents, file, io);
    const refs = referencesWithLines(doc, register, meeting);
    await writeOutput(
      io,
      format === 'json'
        ? jsonOutput({ file, references: refs })
        : formatReferencesText(file, refs, io.color, register !== undefined),
    );
    return 0;
  });
}
