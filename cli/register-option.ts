/**
 * `--register FILE|itu [--offline]` of `check` and `refs`: the register a document is read against. A file is
 * read once, before any document (a bad register is reported first), as CSV, JSON, an ITU listing page or ITU's
 * index XML; `itu` fetches ITU's index of each document's meeting (itu-register.ts): the one `--meeting` names, else
 * the one its header names. A register of another meeting than the document's is an error, not silently used.
 */
import { detectMeetingContext } from '../shared/meeting/context';
import { meetingId } from '../shared/meeting/id';
import type { MeetingContext } from '../shared/meeting/types';
import type { AgendaDocument } from '../shared/document/model';
import { RegisterError, parseRegisterBytes } from '../shared/register/parse-register';
import { registerMismatch } from '../shared/register/meeting-fit';
import type { TdRegister } from '../shared/register/types';
import { printable } from '../shared/text/printable';
import type { OptionValues } from './args';
import { InputError, UsageError } from './errors';
import { loadDocument, readInputFile } from './input';
import { ituRegister } from './itu-register';
import { meetingOption } from './meeting-option';
import type { CliIo } from './terminal';

/** The value of `--register` that means ITU's index. */
export const ITU_REGISTER = 'itu';

/** The options, as parseArgs declares them. */
export const REGISTER_OPTIONS = { register: { type: 'string' }, offline: { type: 'boolean' } } as const;

/** What `--register`, `--offline` and `--meeting` say, read once for every document of the run. */
export interface DocumentOptions {
  /** The register `--register FILE` names. */
  register?: TdRegister;
  /** `--register itu`: ITU's index of each document's meeting. */
  itu?: { offline: boolean; kept: Map<string, TdRegister> };
  /** The meeting `--meeting` names. */
  meeting?: MeetingContext;
}

/** A register file given with `--register FILE`. */
export async function loadRegister(file: string): Promise<TdRegister> {
  const bytes = await readInputFile(file, 'a TD register');
  try {
    return parseRegisterBytes(bytes, file);
  } catch (error) {
    if (error instanceof RegisterError) throw new InputError(error.message);
    throw error;
  }
}

/** The options checked, the register file and the named meeting read. */
export async function readDocumentOptions(values: OptionValues, io: Pick<CliIo, 'err'>): Promise<DocumentOptions> {
  const fromItu = values.register === ITU_REGISTER;
  if (values.offline && !fromItu) throw new UsageError('--offline goes with --register itu');
  const meeting = meetingOption(values.meeting);
  const register = typeof values.register === 'string' && !fromItu ? await loadRegister(values.register) : undefined;
  if (register) warnStray(register, io);
  return {
    ...(register ? { register } : {}),
    ...(fromItu ? { itu: { offline: values.offline === true, kept: new Map() } } : {}),
    ...(meeting ? { meeting } : {}),
  };
}

/** The document, the register its options name for it, and its meeting where `--meeting` or the register needed it. */
export async function documentAndRegister(
  options: DocumentOptions,
  file: string,
  io: Pick<CliIo, 'err'>,
): Promise<{ doc: AgendaDocument; bytes: Uint8Array; register?: TdRegister; meeting?: MeetingContext }> {
  const { doc, bytes } = await loadDocument(file, io.err);
  if (!options.register && !options.itu)
    return { doc, bytes, ...(options.meeting ? { meeting: options.meeting } : {}) };
  const meeting = options.meeting ?? detectMeetingContext(doc.text);
  const register = options.register ?? (await ituRegisterOf(meeting, file, options.itu!, io));
  const mismatch = registerMismatch(register, meeting);
  if (mismatch) throw new InputError(`${mismatch}; give the register of the document's meeting`);
  return { doc, bytes, register, ...(meeting ? { meeting } : {}) };
}

/** ITU's index of `meeting`, fetched (or read from the cache) once per run. */
async function ituRegisterOf(
  meeting: MeetingContext | null,
  file: string,
  itu: NonNullable<DocumentOptions['itu']>,
  io: Pick<CliIo, 'err'>,
): Promise<TdRegister> {
  const id = meeting && meetingId(meeting);
  const kept = id ? itu.kept.get(id) : undefined;
  if (kept) return kept;
  const register = await ituRegister(meeting, file, { offline: itu.offline, env: process.env, warn: io.err });
  warnStray(register, io);
  if (id) itu.kept.set(id, register);
  return register;
}

/** Bytes of a register that are not UTF-8, read as Windows-1252: said once, where the first is. */
function warnStray(register: TdRegister, io: Pick<CliIo, 'err'>): void {
  if (!register.stray) return;
  const { count, line } = register.stray;
  io.err(
    `td-lens: warning: ${printable(register.fileName)}:${line}: ${count} byte${count > 1 ? 's' : ''} not UTF-8 (the first here), read as Windows-1252\n`,
  );
}
