/** `td-lens refs FILE [--format json|text]`: every reference of an agenda with its line. */
import type { Reference } from '../shared/refs/types';
import type { AgendaDocument } from '../shared/document/model';
import { documentReferences } from '../shared/agenda/document-references';
import { lineIndex } from '../shared/text/lines';
import { clip, formatColumns, paint, runReportCommand, type CliIo, type Color } from './io';

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

export function formatReferencesText(file: string, refs: ReferenceWithLine[], color: boolean): string {
  if (refs.length === 0) return `${file}: no references\n`;
  const rows = [
    ['line', 'kind', 'id', 'text'].map((h) => paint(h, 'bold', color)),
    ...refs.map((r) => [
      String(r.line),
      paint(r.kind, KIND_COLOR[r.kind] ?? 'gray', color),
      r.id,
      r.text === r.id ? '' : paint(clip(r.text, 60), 'dim', color),
    ]),
  ];
  return formatColumns(rows) + `${refs.length} reference${refs.length === 1 ? '' : 's'} in ${file}\n`;
}

export async function refsCommand(argv: string[], io: CliIo): Promise<number> {
  return runReportCommand(argv, io, 'refs', REFS_USAGE, (file, doc, format) => {
    const refs = referencesWithLines(doc);
    return format === 'json' ? JSON.stringify({ file, references: refs }, null, 2) + '\n' : formatReferencesText(file, refs, io.color);
  });
}
