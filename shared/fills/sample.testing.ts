/** The shared sample agenda, read and parsed once for the fill tests. */
import { readFileSync } from 'node:fs';
import { parseAgenda } from '../agenda/parse-agenda';
import type { AgendaStructure } from '../agenda/types';
import { readTextDocument } from '../document/from-text';
import type { AgendaDocument } from '../document/model';

const SAMPLE_TXT_PATH = new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url);

export const sampleText = (): string => readFileSync(SAMPLE_TXT_PATH, 'utf8');

export function readSample(
  text = sampleText(),
  name = 'wp2-closing-agenda-2025-05.txt',
): { doc: AgendaDocument; agenda: AgendaStructure } {
  const doc = readTextDocument(text, name);
  return { doc, agenda: parseAgenda(doc) };
}
