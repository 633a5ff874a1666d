/**
 * Applies text fixes to a .docx through the reader's own record of what it read (from-docx.ts `docxSource`): a fix
 * falls in one line of the flat text, that line knows the `w:t` texts it was read from and where each sits in the
 * main part, and the fix is written into that `w:t` and nowhere else. Text the reader never read (a text box, the
 * moved-away copy of a tracked move, a comment) is never edited, whatever it says. Every other byte of the part is
 * kept, and the part is written back in its own encoding; every other part of the package is copied as it was
 * stored, never inflated (zip.ts).
 *
 * A fix is skipped (with the reason) when it spans several runs, when another fix edits the same run, or when it
 * would add a line break (a line break inside a run is no paragraph in Word).
 */
import { docxSourceOf, lineSourceOf, readDocxDocument } from '../document/from-docx';
import type { AgendaDocument } from '../document/model';
import { spanInParagraph } from '../document/paragraphs';
import { encodeXmlPart, escapeXmlText } from '../document/xml';
import { rewriteZip } from '../document/zip';
import type { Fix } from './rule';

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: string }[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * `bytes` with `fixes` applied. `doc` is the document the fixes were found in: read from `bytes` by
 * `readDocxDocument` (its source is used as it is), or else read again here (and then its text must be the same).
 */
export function applyDocxFixes(bytes: Uint8Array, doc: AgendaDocument, fixes: readonly Fix[]): DocxFixResult {
  const skipAll = (reason: string): DocxFixResult => ({
    bytes,
    applied: [],
    skipped: fixes.map((fix) => ({ fix, reason })),
  });
  let source = docxSourceOf(doc);
  if (!source) {
    let again: AgendaDocument;
    try {
      again = readDocxDocument(bytes, doc.name);
    } catch {
      return skipAll('the file is not a readable .docx');
    }
    if (again.text !== doc.text) return skipAll('the .docx does not hold the text that was checked');
    source = docxSourceOf(again)!;
  }
  const skipped: DocxFixResult['skipped'] = [];
  const applied: Fix[] = [];
  const edits: Edit[] = [];
  const editedRuns = new Set<number>();
  const xml = source.main.text;

  for (const fix of [...fixes].sort((a, b) => a.start - b.start)) {
    if (fix.replacement.includes('\n') || fix.replacement.includes('\r')) {
      skipped.push({ fix, reason: 'a line break cannot be written into a Word run' });
      continue;
    }
    const paragraph = spanInParagraph(doc, fix)?.paragraph;
    const line = paragraph && lineSourceOf(source, paragraph);
    if (!paragraph || !line) {
      skipped.push({ fix, reason: 'not inside one paragraph' });
      continue;
    }
    const from = fix.start - paragraph.start;
    const to = fix.end - paragraph.start;
    // An insertion at a run boundary joins the run before it (it continues that text and its formatting).
    const run = line.runs.find((r) => r.from <= from && to <= r.to && (from < r.to || from === to)) ?? null;
    if (!run) {
      skipped.push({ fix, reason: 'it spans several runs' });
      continue;
    }
    if (editedRuns.has(run.tag.start)) {
      skipped.push({ fix, reason: 'another fix edits the same run' });
      continue;
    }
    editedRuns.add(run.tag.start);
    const text = run.text.slice(0, from - run.from) + fix.replacement + run.text.slice(to - run.from);
    // Word drops leading and trailing spaces of a `w:t` unless it says to keep them.
    const preserve = run.tag.space === undefined && /^\s|\s$/.test(text);
    const openTag = xml.slice(run.tag.start, run.tag.end);
    const tag = preserve ? `<${run.tag.qname} xml:space="preserve"${openTag.slice(1 + run.tag.qname.length)}` : openTag;
    edits.push({ start: run.tag.start, end: run.content.end, text: tag + escapeXmlText(text) });
    applied.push(fix);
  }
  if (applied.length === 0) return { bytes, applied, skipped };
  try {
    const part = encodeXmlPart(spliced(xml, edits), source.main.encoding);
    return { bytes: rewriteZip(bytes, source.package.entries, new Map([[source.main.entry, part]])), applied, skipped };
  } catch (error) {
    return skipAll(`the .docx cannot be rewritten: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `text` with the edits (which never overlap: one per run) applied, in one pass. */
function spliced(text: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
