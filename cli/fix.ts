/**
 * `check --fix`: the sure fixes written into a new copy (`NAME.fixed.txt`, `NAME.fixed.docx`; write-copy.ts), in the
 * original's text encoding, never over the original nor over an existing copy unless `--force`; what it changed is
 * listed, a line each.
 */
import { applyFixes } from '../shared/checks/apply-fixes';
import { applyDocxFixes } from '../shared/checks/docx-fixes';
import type { Finding, Fix } from '../shared/checks/types';
import type { AgendaDocument } from '../shared/document/model';
import { spliceBytes, unencodable } from '../shared/text/encoding';
import { lineIndex } from '../shared/text/lines';
import { printable } from '../shared/text/printable';
import { writeCopy } from './write-copy';

/** `dir/agenda.txt` → `dir/agenda.fixed.txt`. */
export function fixedCopyName(file: string, ext: 'txt' | 'docx'): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  const dot = file.lastIndexOf('.');
  const stem = dot > slash + 1 ? file.slice(0, dot) : file;
  return `${stem}.fixed.${ext}`;
}

/**
 * The original's bytes with the fixes written in its encoding; every byte outside them stays as it was (stray bytes
 * the encoding cannot read included). Fixes the encoding cannot write are skipped with the reason.
 */
export function fixText(
  doc: AgendaDocument,
  bytes: Uint8Array,
  fixes: Fix[],
): { bytes: Uint8Array; applied: Fix[]; skipped: { fix: Fix; reason: string }[] } {
  const encoding = doc.encoding ?? 'utf-8';
  const skipped: { fix: Fix; reason: string }[] = [];
  const writable = fixes.filter((fix) => {
    const bad = unencodable(fix.replacement, encoding);
    if (bad.length > 0) skipped.push({ fix, reason: `${bad.join('')} cannot be written in ${encoding}` });
    return bad.length === 0;
  });
  const result = applyFixes(doc.text, writable);
  const copy = spliceBytes(
    bytes,
    { text: doc.text, encoding, ...(doc.stray ? { stray: doc.stray } : {}) },
    result.applied,
  );
  return { bytes: copy, applied: result.applied, skipped: [...skipped, ...result.skipped] };
}

export async function writeFixed(
  file: string,
  { doc, bytes }: { doc: AgendaDocument; bytes: Uint8Array },
  findings: readonly Finding[],
  { say, force }: { say: (text: string) => void; force: boolean },
): Promise<void> {
  const fixes = findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined);
  if (fixes.length === 0) {
    say('--fix: nothing to fix\n');
    return;
  }
  if (doc.format !== 'txt' && doc.format !== 'docx') {
    say(`--fix: fixes for .${doc.format} files are not supported; nothing written\n`);
    return;
  }
  // The bytes already read: the copy is made from exactly what was checked.
  const result = doc.format === 'txt' ? fixText(doc, bytes, fixes) : applyDocxFixes(bytes, doc, fixes);
  const target = fixedCopyName(file, doc.format);
  if (result.applied.length > 0) await writeCopy(target, result.bytes, { force });
  const lineOf = lineIndex(doc.text).lineOf;
  const name = printable(file);
  for (const fix of result.applied) say(`fixed ${name}:${lineOf(fix.start)}: ${printable(fix.description)}\n`);
  for (const { fix, reason } of result.skipped)
    say(`skipped ${name}:${lineOf(fix.start)}: ${printable(fix.description)} (${printable(reason)})\n`);
  const count = result.applied.length;
  // "unchanged" holds by construction: the original is only ever read (write-copy.ts writes a new file).
  say(
    count > 0
      ? `wrote ${printable(target)} (${count} fix${count === 1 ? '' : 'es'}; ${name} unchanged)\n`
      : 'no fix could be applied; nothing written\n',
  );
}
