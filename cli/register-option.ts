/**
 * `--register FILE|itu [--offline]` of `check` and `refs`: the register a document is read against. A file is
 * read (before the document, so a bad register is reported first) as CSV, JSON, an ITU listing page or ITU's index
 * XML; `itu` fetches ITU's index of the meeting in the document's header (itu-register.ts). A register of another
 * meeting than the document's is an error, not silently used.
 */
import { detectMeetingContext } from '../shared/meeting/context';
import type { AgendaDocument } from '../shared/document/model';
import { RegisterError, parseRegister } from '../shared/register/parse-register';
import { registerMismatch } from '../shared/register/meeting-fit';
import type { TdRegister } from '../shared/register/types';
import { decodeBytes } from '../shared/text/encoding';
import type { OptionValues } from './args';
import { InputError, UsageError } from './errors';
import { loadDocument, readInputFile } from './input';
import { ituRegister } from './itu-register';
import type { CliIo } from './terminal';

/** The value of `--register` that means ITU's index. */
export const ITU_REGISTER = 'itu';

/** The options, as parseArgs declares them. */
export const REGISTER_OPTIONS = { register: { type: 'string' }, offline: { type: 'boolean' } } as const;

/** A register file given with `--register FILE`. */
export async function loadRegister(file: string): Promise<TdRegister> {
  const content = decodeBytes(await readInputFile(file, 'a TD register')).text;
  try {
    return parseRegister(content, file);
  } catch (error) {
    if (error instanceof RegisterError) throw new InputError(error.message);
    throw error;
  }
}

/** The document and the register its options name. */
export async function documentAndRegister(
  values: OptionValues,
  file: string,
  io: Pick<CliIo, 'err'>,
): Promise<{ doc: AgendaDocument; bytes: Uint8Array; register?: TdRegister }> {
  const fromItu = values.register === ITU_REGISTER;
  if (values.offline && !fromItu) throw new UsageError('--offline goes with --register itu');
  const fromFile = typeof values.register === 'string' && !fromItu ? await loadRegister(values.register) : undefined;
  const { doc, bytes } = await loadDocument(file);
  const register = fromItu ? await ituRegister(doc, file, { offline: values.offline === true, env: process.env, warn: io.err }) : fromFile;
  const mismatch = register && registerMismatch(register, detectMeetingContext(doc.text));
  if (mismatch) throw new InputError(`${mismatch}; give the register of the document's meeting`);
  return register ? { doc, bytes, register } : { doc, bytes };
}
