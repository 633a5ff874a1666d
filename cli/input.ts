/**
 * Reading the files a command is given (agendas, registers) within the size limit; every failure is an InputError
 * `<file>: <cause>` on one line. Read synchronously: the command has nothing to do meanwhile, and Node starts no
 * thread pool for it.
 */
import { readFileSync, statSync } from 'node:fs';
import { DocumentError, type AgendaDocument } from '../shared/document/model';
import { readDocument } from '../shared/document/read';
import { MAX_FILE_BYTES, megabytes } from '../shared/document/limits';
import { InputError, systemCause } from './errors';

/** Reads one input file (agenda or register). */
export async function readInputFile(file: string, what = 'an agenda'): Promise<Uint8Array> {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError(`${file}: is a directory, not a file`);
    if (!info.isFile()) throw new InputError(`${file}: not a regular file`);
    if (info.size > MAX_FILE_BYTES) throw new InputError(`${file}: too large (${megabytes(info.size)}) for ${what} (the limit is ${megabytes(MAX_FILE_BYTES)})`);
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: ${systemCause(error)}`);
  }
}

/** Reads and parses one agenda file (keeping the bytes read). */
export async function loadDocument(file: string): Promise<{ doc: AgendaDocument; bytes: Uint8Array }> {
  const bytes = await readInputFile(file);
  try {
    return { doc: readDocument(bytes, file), bytes };
  } catch (error) {
    if (error instanceof DocumentError) throw new InputError(`${file}: ${error.cause_}`);
    throw new InputError(`${file}: cannot read: ${systemCause(error)}`);
  }
}
