/**
 * The task pane's document interface on Word: read, select, fix, and the fills (word-fills.ts). The same
 * code runs on Office.js in Word and on the in-memory Word document in the preview and the tests. Every operation
 * is a constant number of `context.sync()` calls whatever the document's length: loads are queued for all
 * paragraphs at once, never synced in a loop. Offsets refer to the model returned by the last `read()`; paragraphs
 * whose text changed since then are refused.
 */
import type { AgendaDocument, Paragraph } from '../../shared/document/model';
import type { Span } from '../../shared/refs/types';
import type { AgendaHost, EditResult, FillApplier, ReadProgress, TextEdit } from '../host/types';
import { applyLinksInWord, applyStatusRoundInWord, applyTableInWord, DOCUMENT_CHANGED_SINCE_READ, type WordFillTarget } from './word-fills';
import { queueLocate, type PendingRange } from './locate';
import { readWordBody, wordParagraphOf, type WordRead } from './read-word';
import { paragraphFrom, paragraphUntil } from '../host/layout';
import { planEdits } from '../host/plan-edits';
import type { SettingsStore, WordRun, WParagraph, WRequestContext } from './word-surface';

export interface WordHostOptions {
  run: WordRun;
  settings: SettingsStore;
  /** Document name for messages. */
  name?: string;
  /** Subscribes to Word's change events; returns an unsubscribe function. */
  subscribe?: (notify: () => void) => () => void;
  /** Quiet time before change listeners are called. */
  debounceMs?: number;
  /** Whether Word can merge table cells (WordApi 1.4); yes when not given. */
  mergeSupported?: () => boolean;
}

const DOCUMENT_CHANGED = 'The document changed since it was checked: check it again.';
const SETTING_PREFIX = 'td-lens.';

export class WordHost implements AgendaHost {
  private lastRead: WordRead | undefined;

  constructor(private readonly options: WordHostOptions) {}

  readonly fills: FillApplier = {
    links: (plan) => applyLinksInWord(this.fillTarget(), plan),
    table: (plan) => applyTableInWord(this.fillTarget(), plan),
    statusRound: (plan) => applyStatusRoundInWord(this.fillTarget(), plan),
  };

  async read(onProgress?: (progress: ReadProgress) => void): Promise<AgendaDocument> {
    const read = await this.options.run((context) => readWordBody(context, this.options.name ?? 'Word document', onProgress));
    this.lastRead = read;
    return read.doc;
  }

  async select(span: Span): Promise<void> {
    const doc = this.requireRead();
    const first = paragraphFrom(doc, span.start);
    const last = paragraphUntil(doc, span.end > span.start ? span.end - 1 : span.start);
    if (!first || !last) throw new Error(`Nothing to select at offset ${span.start}.`);
    await this.options.run(async (context) => {
      const paragraphs = await this.loadParagraphTexts(context);
      const firstWord = paragraphs?.(first);
      const lastWord = paragraphs?.(last);
      if (!firstWord || !lastWord) throw new Error(DOCUMENT_CHANGED);
      const from = clamp(span.start - first.start, 0, first.text.length);
      const pieces: PendingRange[] = [];
      if (first === last) {
        pieces.push(queueLocate(firstWord, first.text, from, clamp(span.end - first.start, from, first.text.length)));
      } else {
        pieces.push(queueLocate(firstWord, first.text, from, first.text.length));
        pieces.push(queueLocate(lastWord, last.text, 0, clamp(span.end - last.start, 0, last.text.length)));
      }
      await context.sync();
      const [head, tail] = pieces.map((piece) => piece.resolve());
      if (!head || (pieces.length > 1 && !tail)) throw new Error(`Could not find “${doc.text.slice(span.start, span.end)}” in the document. ${DOCUMENT_CHANGED}`);
      (tail ? head.expandTo(tail) : head).select();
      await context.sync();
    });
  }

  async replace(edits: TextEdit[]): Promise<EditResult> {
    const doc = this.requireRead();
    const { planned, skipped } = planEdits(doc, edits);
    const result: EditResult = { applied: 0, skipped };
    if (planned.length === 0) return result;

    await this.options.run(async (context) => {
      const paragraphs = await this.loadParagraphTexts(context);
      const located = planned.flatMap(({ edit, paragraph }) => {
        const word = paragraphs?.(paragraph);
        if (!word) {
          result.skipped.push({ edit, reason: DOCUMENT_CHANGED });
          return [];
        }
        const from = edit.start - paragraph.start;
        return [{ edit, paragraph, range: queueLocate(word, paragraph.text, from, edit.end - paragraph.start) }];
      });
      if (located.length === 0) return;
      await context.sync();
      for (const { edit, paragraph, range } of located) {
        const target = range.resolve();
        if (!target) {
          result.skipped.push({ edit, reason: `“${doc.text.slice(edit.start, edit.end)}” was not found where expected` });
          continue;
        }
        // 'Replace' keeps the character formatting of the replaced text; an empty span inserts at its point.
        target.insertText(wordReplacement(edit.replacement, paragraph.isListItem), edit.start === edit.end ? 'End' : 'Replace');
        result.applied++;
      }
      await context.sync();
    });
    return result;
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const value = this.options.settings.get(SETTING_PREFIX + key);
    return value === null || value === undefined ? undefined : (value as T);
  }

  saveSetting(key: string, value: unknown): Promise<void> {
    this.options.settings.set(SETTING_PREFIX + key, value);
    return new Promise((resolve, reject) => {
      this.options.settings.saveAsync((saved) => {
        if (saved.status === 'succeeded') resolve();
        else reject(new Error(`Could not save the setting ${key} with the document: ${saved.error?.message ?? saved.status}`));
      });
    });
  }

  onChange(listener: () => void): () => void {
    if (!this.options.subscribe) return () => undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const notify = () => {
      clearTimeout(timer);
      timer = setTimeout(listener, this.options.debounceMs ?? 800);
    };
    const unsubscribe = this.options.subscribe(notify);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }

  private fillTarget(): WordFillTarget {
    const read = this.lastRead;
    if (!read) throw new Error(`Fill: ${DOCUMENT_CHANGED_SINCE_READ}`);
    return { run: this.options.run, read, mergeSupported: this.options.mergeSupported ?? (() => true) };
  }

  private requireRead(): AgendaDocument {
    if (!this.lastRead) throw new Error('Check the document first.');
    return this.lastRead.doc;
  }

  /**
   * One sync: every paragraph's current text, as model paragraph index → Word paragraph (undefined when the
   * paragraph count changed since the read, or the paragraph's text did).
   */
  private async loadParagraphTexts(context: WRequestContext): Promise<((p: Paragraph) => WParagraph | undefined) | undefined> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const read = this.lastRead;
    if (!read || paragraphs.items.length !== read.wordParagraphCount) return undefined;
    return (p: Paragraph) => wordParagraphOf(paragraphs.items, read, p);
  }
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);


/**
 * `\n` in inserted text starts a new paragraph in Word, and the new paragraph of a list item is a list item too:
 * a bullet the fix writes after the break (`\n· `, the flat text's marker) would be doubled, so it is dropped.
 */
export function wordReplacement(replacement: string, inListItem: boolean): string {
  return inListItem ? replacement.replace(/\n[·•◦▪] ?/g, '\n') : replacement;
}
