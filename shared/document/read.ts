/** Reads any supported agenda file (bytes + name) into an AgendaDocument; bad input throws a DocumentError. */
import { DocumentError, type AgendaDocument } from './model';
import { readTextDocument } from './from-text';
import { readHtmlDocument } from './from-html';
import { readDocxDocument } from './from-docx';
import { decodeBytes, type DecodedText } from '../text/encoding';

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.docx'] as const;

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|h[1-6]|table|div)[\s>])/i.test(text.slice(0, 1000));
}

/**
 * The text of a text file (encoding.ts: by its BOM, else by evidence, UTF-8 or Windows-1252), or a DocumentError naming why
 * the bytes are not text.
 */
function decodeText(bytes: Uint8Array, name: string): DecodedText {
  // UTF-16 has NUL bytes as high halves; in anything else they mean binary data.
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && bytes.includes(0)) {
    throw new DocumentError(
      name,
      isZip(bytes) ? 'a zip archive (Word .docx?), not text' : 'binary data (NUL bytes), not text',
    );
  }
  const decoded = decodeBytes(bytes);
  if (decoded.text.includes('\u0000')) throw new DocumentError(name, 'binary data (NUL characters), not text');
  return decoded;
}

/** A text reader's document, with the encoding it was read in. */
function fromText(
  bytes: Uint8Array,
  name: string,
  read: (text: string, name: string) => AgendaDocument,
): AgendaDocument {
  const { text, encoding, stray } = decodeText(bytes, name);
  return { ...read(text, name), encoding, ...(stray ? { stray } : {}) };
}

/**
 * Dispatches on the extension, checked against the content: a .docx must be a zip, a .txt must not be binary.
 * Files without a known extension are sniffed (zip → docx, markup → html, else text). An empty file is an empty doc.
 */
export function readDocument(bytes: Uint8Array, name: string): AgendaDocument {
  const ext = extensionOf(name);
  if (bytes.length === 0) {
    if (ext === '.docx') throw new DocumentError(name, 'empty file, not a Word .docx document');
    return readTextDocument('', name);
  }
  switch (ext) {
    case '.docx':
      return readDocxDocument(bytes, name);
    case '.html':
    case '.htm':
      return fromText(bytes, name, readHtmlDocument);
    case '.txt':
    case '.text':
    case '.md':
      return fromText(bytes, name, readTextDocument);
    case '.doc':
      throw new DocumentError(name, 'old Word .doc format is not supported; save it as .docx');
    case '.pdf':
      throw new DocumentError(name, 'PDF is not supported; use the .docx or a .txt export');
    case '':
      break;
    default:
      throw new DocumentError(name, `unsupported file type "${ext}" (use ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  if (isZip(bytes)) return readDocxDocument(bytes, name);
  return fromText(bytes, name, (text) =>
    looksLikeHtml(text) ? readHtmlDocument(text, name) : readTextDocument(text, name),
  );
}
