/** Word documents in memory for tests: from body elements, or the bundled sample agenda. */
import { readFileSync } from 'node:fs';
import { readTextDocument } from '../../shared/document/from-text';
import type { AgendaDocument } from '../../shared/document/model';
import { memoryWordOf } from './memory/from-model';
import { memoryWordRun } from './memory/memory-api';
import { MemorySettings, MemoryWordDocument, type MemoryBlock, type MemoryWordOptions } from './memory/memory-document';
import { WordHost } from './word-host';
import type { WordCapabilities } from './requirements';
import type { WordRun } from './word-surface';

export interface TestWord {
  doc: MemoryWordDocument;
  settings: MemorySettings;
  run: WordRun;
  /** A Word host on this document, as the pane makes one. */
  host(options?: { capabilities?: WordCapabilities }): WordHost;
}

export function testWord(blocks: MemoryBlock[], options: Omit<MemoryWordOptions, 'settings'> = {}): TestWord {
  const settings = new MemorySettings();
  const doc = new MemoryWordDocument(blocks, { ...options, settings });
  const run = memoryWordRun(doc);
  return {
    doc,
    settings,
    run,
    host: (options = {}) => new WordHost({ run, settings, name: 'sample.docx', ...options }),
  };
}

export const sampleAgendaText = (): string =>
  readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

/** The sample (repeated `copies` times for size tests) in a fresh Word document. */
export function sampleWord(copies = 1): TestWord {
  const text = Array.from({ length: copies }, () => sampleAgendaText()).join('\n');
  return wordOf(readTextDocument(text, 'sample.txt'));
}

/** A read document (.txt, .html, .docx) in a fresh Word document, as Word opens it. */
export function wordOf(source: AgendaDocument, options: Omit<MemoryWordOptions, 'settings' | 'lists'> = {}): TestWord {
  const { blocks, lists } = memoryWordOf(source);
  return testWord(blocks, { ...options, lists });
}
