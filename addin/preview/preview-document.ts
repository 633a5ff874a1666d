/**
 * A document opened in the preview: an in-memory Word document (../word/memory/) shown in the page, with the same
 * Word host the pane uses in Word. Everything the pane does runs the Word code path (read, select, fix, fill) over
 * it; the page re-renders after each Word batch that changed the document and shows the selection Word would show.
 * The reader can type in it, as in Word: the host hears of the change and the pane re-checks.
 */
import type { AgendaDocument } from '../../shared/document/model';
import { memoryWordOf } from '../word/memory/from-model';
import { memoryWordRun } from '../word/memory/memory-api';
import {
  MemorySettings,
  MemoryWordDocument,
  paragraphText,
  type MemoryChange,
  type MemoryWordOptions,
} from '../word/memory/memory-document';
import { ALL_CAPABILITIES } from '../word/requirements';
import { WordHost } from '../word/word-host';
import type { WordRun } from '../word/word-surface';
import { domRangeOf, renderWordDocument, type Rendered } from './render';

const HIGHLIGHT_NAME = 'td-lens-selection';

export interface PreviewDocumentOptions {
  /** Where settings are kept, per document name (localStorage by default). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  debounceMs?: number;
  /** Called with the number of syncs of each Word batch (`Word.run`) once it is done. */
  onBatch?: (syncs: number) => void;
  /** Which Word to imitate: on the desktop or on the web, Track Changes on or off. */
  word?: Pick<MemoryWordOptions, 'platform' | 'changeTrackingMode'>;
}

export class PreviewDocument {
  readonly word: MemoryWordDocument;
  readonly host: WordHost;
  readonly name: string;
  private rendered: Rendered;
  private typing = false;
  private readonly stop: () => void;
  private readonly onInput = (event: Event) => this.typed(event);

  constructor(
    readonly container: HTMLElement,
    source: AgendaDocument,
    options: PreviewDocumentOptions = {},
  ) {
    this.name = source.name;
    const { blocks, lists } = memoryWordOf(source);
    const settings = new MemorySettings(documentStorage(source.name, options.storage));
    this.word = new MemoryWordDocument(blocks, { ...options.word, settings, lists });
    const memoryRun = memoryWordRun(this.word);
    const run: WordRun = async (batch) => {
      const before = this.word.syncCount;
      try {
        return await memoryRun(batch);
      } finally {
        options.onBatch?.(this.word.syncCount - before);
      }
    };
    this.host = new WordHost({
      run,
      settings: this.word.settings,
      name: source.name,
      debounceMs: options.debounceMs ?? 500,
      subscribe: (notify) => this.word.subscribe((change) => change.content && notify()),
      capabilities: { ...ALL_CAPABILITIES, onTheWeb: this.word.platform === 'web' },
    });
    this.rendered = renderWordDocument(container, this.word, { editable: true });
    this.stop = this.word.subscribe((change) => this.changed(change));
    container.addEventListener('input', this.onInput);
  }

  /** Stops listening to the page (another document is opened in the same container). */
  dispose(): void {
    this.stop();
    this.container.removeEventListener('input', this.onInput);
  }

  private changed(change: MemoryChange): void {
    // Typing already shows its text; render again only when paragraphs came or went (the caret is then lost).
    if (
      change.content &&
      !(this.typing && this.container.querySelectorAll('[data-paragraph]').length === this.word.allParagraphs().length)
    ) {
      this.rendered = renderWordDocument(this.container, this.word, { editable: true });
    }
    if (change.selection || change.content) this.showSelection(change.selection);
  }

  private showSelection(scroll: boolean): void {
    const selection = this.word.selection;
    const range = selection && domRangeOf(this.rendered, selection.start, selection.end);
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    if (highlights) {
      if (range && typeof Highlight !== 'undefined') highlights.set(HIGHLIGHT_NAME, new Highlight(range));
      else highlights.delete(HIGHLIGHT_NAME);
    } else if (range) {
      const domSelection = this.container.ownerDocument.getSelection();
      domSelection?.removeAllRanges();
      domSelection?.addRange(range);
    }
    this.container.querySelectorAll('[data-selected]').forEach((element) => element.removeAttribute('data-selected'));
    const element = selection && this.rendered.elementOf.get(selection.start.paragraph);
    element?.setAttribute('data-selected', '');
    if (scroll) element?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  /** Typing in a paragraph: the same edit in the Word document (runs and links kept), then a change notice. */
  private typed(event: Event): void {
    const element = (event.target as Element | null)?.closest('[data-paragraph]');
    const paragraph = element && this.rendered.paragraphOf.get(element);
    if (!element || !paragraph) return;
    const before = paragraphText(paragraph);
    // A line feed in the page is a manual line break in Word (render.ts shows `\v` so).
    const after = (element.textContent ?? '').replaceAll('\n', '\v');
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < before.length - prefix &&
      suffix < after.length - prefix &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    )
      suffix++;
    this.word.replaceText(paragraph, prefix, before.length - suffix, after.slice(prefix, after.length - suffix));
    this.typing = true;
    try {
      this.word.notify({ content: true, selection: false });
    } finally {
      this.typing = false;
    }
  }
}

/** Settings of one document: localStorage entries prefixed with its name (a Map when storage is unavailable). */
function documentStorage(
  name: string,
  storage?: Pick<Storage, 'getItem' | 'setItem'>,
): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  let store = storage;
  try {
    store ??= globalThis.localStorage;
  } catch {
    return undefined;
  }
  if (!store) return undefined;
  const backing = store;
  const key = (setting: string) => `td-lens:${name}:${setting}`;
  return {
    getItem: (setting) => backing.getItem(key(setting)),
    setItem: (setting, value) => backing.setItem(key(setting), value),
  };
}
