/** Word documents in memory for tests: from body elements, or the bundled sample agenda. */
import { readFileSync } from 'node:fs';
import { readTextDocument } from '../../shared/document/from-text';
import { memoryBlocksOf } from './memory/from-model';
import { memoryWordRun } from './memory/memory-api';
import { MemorySettings, MemoryWordDocument, type MemoryBlock } from './memory/memory-document';
import { WordHost } from './word-host';
import type { WordRun } from './word-surface';

export interface TestWord {
  doc: MemoryWordDocument;
  settings: MemorySettings;
  run: WordRun;
  /** A Word host on this document, as the pane makes one. */
  host(options?: { mergeSupported?: () => boolean }): WordHost;
}

export function testWord(blocks: MemoryBlock[]): TestWord {
  const settings = new MemorySettings();
  const doc = new MemoryWordDocument(blocks, settings);
  const run = memoryWordRun(doc);
  return { doc, settings, run, host: (options = {}) => new WordHost({ run, settings, name: 'sample.docx', ...options }) };
}

export const sampleAgendaText = (): string =>
  readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

/** The sample (repeated `copies` times for size tests) in a fresh Word document. */
export function sampleWord(copies = 1): TestWord {
  const text = Array.from({ length: copies }, () => sampleAgendaText()).join('\n');
  return testWord(memoryBlocksOf(readTextDocument(text, 'sample.txt')));
}
