/**
 * A register's bytes as text, decoded as agendas are (text/encoding.ts: by the byte-order mark, else by evidence),
 * whether the file came from the user or from ITU: the same bytes read the same way everywhere. Bytes the encoding
 * cannot read are read as characters and counted, for the caller to say; bytes that are no text at all (a zip, a
 * Word .docx, NUL bytes) are a RegisterError that says what the file is.
 */
import { decodeBytes } from '../text/encoding';
import { RegisterError, type RegisterStray } from './types';

export function decodeRegister(bytes: Uint8Array, fileName: string): { text: string; stray?: RegisterStray } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new RegisterError(
      fileName,
      1,
      'a zip archive (a Word .docx?), not a register: give a .csv, .json, .html or ITU .xml index',
    );
  }
  if (!utf16 && bytes.includes(0)) throw new RegisterError(fileName, 1, 'binary data (NUL bytes), not a register');
  const { text, stray } = decodeBytes(bytes);
  const count = (stray?.offsets.length ?? 0) + (stray?.oddByte ? 1 : 0);
  if (!stray || count === 0) return { text };
  const first = stray.offsets[0] ?? text.length;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < first; i = text.indexOf('\n', i + 1)) line++;
  return { text, stray: { count, line } };
}
