/** Reads a TD register in any supported format, chosen by file extension, else by content. */
import { parseCsvRegister } from './from-csv';
import { parseHtmlRegister } from './from-html';
import { parseJsonRegister } from './from-json';
import { parseXmlRegister } from './from-xml';
import { decodeRegister } from './decode';
import { RegisterError, type RegisterFormat, type TdRegister } from './types';

export function detectRegisterFormat(content: string, fileName: string): RegisterFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'asp') return 'html';
  if (ext === 'xml') return 'xml';
  const head = content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  if (head.startsWith('<?xml')) return /<html/.test(head) ? 'html' : 'xml';
  if (head.startsWith('<')) return /<(!doctype html|html|table|body|head)/.test(head) ? 'html' : 'xml';
  return 'csv';
}

export function parseRegister(content: string, fileName: string): TdRegister {
  if (content.trim() === '') throw new RegisterError(fileName, 1, 'empty register');
  switch (detectRegisterFormat(content, fileName)) {
    case 'csv':
      return parseCsvRegister(content, fileName);
    case 'json':
      return parseJsonRegister(content, fileName);
    case 'html':
      return parseHtmlRegister(content, fileName);
    case 'xml':
      return parseXmlRegister(content, fileName);
  }
}

/** A register file's bytes, decoded as ITU's indexes and agendas are (decode.ts), then parsed. */
export function parseRegisterBytes(bytes: Uint8Array, fileName: string): TdRegister {
  const { text, stray } = decodeRegister(bytes, fileName);
  const register = parseRegister(text, fileName);
  return stray ? Object.assign(register, { stray }) : register;
}

export { RegisterError } from './types';
export type { TdEntry, TdRegister, RegisterFormat } from './types';
