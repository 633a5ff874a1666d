/**
 * The files a command is given (agendas, registers, the agendas of a folder), read within the size limit; every failure is an InputError
 * `<file>: <cause>` on one line. Read synchronously: the command has nothing to do meanwhile, and Node starts no
 * thread pool for it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentError, type AgendaDocument } from '../shared/document/model';
import { readDocument } from '../shared/document/read';
import { MAX_FILE_BYTES, megabytes, sizeOver } from '../shared/document/limits';
import type { StrayBytes, TextEncodingName } from '../shared/text/encoding';
import { lineIndex } from '../shared/text/lines';
import { printable } from '../shared/text/printable';
import { InputError, systemCause, UsageError } from './errors';

/** Reads one input file (agenda or register). */
export async function readInputFile(file: string, what = 'an agenda'): Promise<Uint8Array> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
    if (info.size > MAX_FILE_BYTES)
      throw new InputError(
        `${file}: too large (${sizeOver(info.size, MAX_FILE_BYTES)}) for ${what} (the limit is ${megabytes(MAX_FILE_BYTES)})`,
      );
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: ${systemCause(error)}`);
  }
}

/**
 * Reads and parses one agenda file (keeping the bytes read). Bytes its encoding cannot read are said through `warn`
 * (one line: they are read as characters and kept, not lost). Anything but bad input is an internal error.
 */
export async function loadDocument(
  file: string,
  warn: (line: string) => void,
): Promise<{ doc: AgendaDocument; bytes: Uint8Array }> {
  const bytes = await readInputFile(file);
  let doc: AgendaDocument;
  try {
    doc = readDocument(bytes, file);
  } catch (error) {
    if (error instanceof DocumentError) throw new InputError(`${file}: ${error.cause_}`);
    throw error;
  }
  if (doc.stray)
    warn(
      `td-lens: warning: ${printable(file)}: ${strayNote(doc.stray, doc.encoding ?? 'utf-8', lineIndex(doc.text).lineOf)}\n`,
    );
  return { doc, bytes };
}

/** What became of the bytes a text file's encoding cannot read: `2 bytes not UTF-8 (first on line 12): ...`. */
export function strayNote(stray: StrayBytes, encoding: TextEncodingName, lineOf: (offset: number) => number): string {
  const count = stray.offsets.length;
  const where = count > 0 ? ` (${count > 1 ? 'first ' : ''}on line ${lineOf(stray.offsets[0])})` : '';
  const kept = (n: number) => `kept as ${n > 1 ? 'they were' : 'it was'} in a fixed copy`;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const what = [
      count > 0 ? `${count} lone surrogate${count > 1 ? 's' : ''}${where}` : '',
      stray.oddByte ? 'an odd last byte' : '',
    ].filter(Boolean);
    return `UTF-16 with ${what.join(' and ')}: ${kept(count + (stray.oddByte ? 1 : 0))}`;
  }
  return `${count} byte${count > 1 ? 's' : ''} not UTF-8${where}: read as Windows-1252, and ${kept(count)}`;
}

/** The agendas a folder holds: what `readDocument` reads, not hidden files, Word's lock files (`~$…`) or our own fixed copies. */
const AGENDA_FILE = /^(?![.~])(?!.*\.fixed\.[^.]+$).*\.(?:docx|txt|html?)$/i;

/**
 * The files of a command that takes several: each FILE argument, and for a folder the agendas in it (sorted by
 * name; not its subfolders). `several` when more than one argument or a folder was given: the output then says
 * which file each finding is of. A folder that cannot be listed, or holds no agenda, is `unlisted`.
 */
export function agendaFiles(
  args: string[],
  command: string,
): { files: string[]; several: boolean; unlisted: { file: string; error: string }[] } {
  if (args.length === 0) throw new UsageError(`${command}: missing FILE`);
  const files: string[] = [];
  const unlisted: { file: string; error: string }[] = [];
  let folders = 0;
  for (const arg of args) {
    if (!statSync(arg, { throwIfNoEntry: false })?.isDirectory()) {
      files.push(arg);
      continue;
    }
    folders++;
    try {
      const names = readdirSync(arg, { withFileTypes: true })
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && AGENDA_FILE.test(e.name))
        .map((e) => e.name);
      if (names.length === 0)
        unlisted.push({ file: arg, error: `${arg}: no .docx, .txt or .html files in this folder` });
      for (const name of names.sort()) files.push(join(arg, name));
    } catch (error) {
      unlisted.push({ file: arg, error: `${arg}: ${systemCause(error)}` });
    }
  }
  return { files, several: args.length > 1 || folders > 0, unlisted };
}
