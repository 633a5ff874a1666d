/** `td-lens refs FILE [--format json|text]`: every reference of an agenda with its line. */
import type { Reference } from '../shared/refs/types';
import type { AgendaDocument } from '../shared/document/model';
import { documentReferences } from '../shared/agenda/document-references';
import { lineIndex } from '../shared/text/lines';
import { clip, columnLines, paint, runReportCommand, type CliIo, type Color } from './io';
import { printable } from '../shared/text/printable';
import { jsonOutput } from './output';

export const REFS_USAGE = `Usage: td-lens refs FILE [--format json|text]

List the references in an agenda (.txt, .docx, .html): TDs, contributions, action codes, Questions, study
groups, resolutions, WTSA actions, action-plan items, Recommendations; also the action numbers and plan ids
of the WTSA action tables. Line numbers count lines of the document's flat text: the file itself for .txt;
one line per paragraph or table cell for .docx and .html.

Options:
  --format json|text   output format (default: text)
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

export type ReferenceWithLine = Reference & { line: number };

export function referencesWithLines(doc: AgendaDocument): ReferenceWithLine[] {
  const lines = lineIndex(doc.text);
  return documentReferences(doc).map((ref) => ({ ...ref, line: lines.lineOf(ref.start) }));
}

/** The references as aligned columns, one line at a time (rows are made on the fly: the list may be millions long). */
export function* formatReferencesText(file: string, refs: ReferenceWithLine[], color: boolean): Generator<string> {
  if (refs.length === 0) {
    yield `${printable(file)}: no references\n`;
    return;
  }
  const header = ['line', 'kind', 'id', 'text'].map((h) => paint(h, 'bold', color));
  const row = (r: ReferenceWithLine) => [String(r.line), paint(r.kind, KIND_COLOR[r.kind] ?? 'gray', color), r.id, r.text === r.id ? '' : paint(clip(r.text, 60), 'dim', color)];
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
  return runReportCommand(argv, io, 'refs', REFS_USAGE, function* (file, doc, format) {
    const refs = referencesWithLines(doc);
    if (format === 'text') return yield* formatReferencesText(file, refs, io.color);
    yield* jsonOutput({ file, references: refs });
  });
}
