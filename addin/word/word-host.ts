/**
 * The task pane's document interface on Word: read, select, fix, and the fills (word-fills.ts). The same code runs
 * on Office.js in Word and on the in-memory Word document in the preview and the tests. Every operation is a
 * constant number of `context.sync()` calls whatever the document's length: loads are queued for all paragraphs at
 * once, never synced in a loop. Offsets refer to the model returned by the last `read()` (word-places.ts maps them
 * into Word); paragraphs whose text changed since then are refused. Fixes made while Track Changes is on are
 * tracked changes, and say so.
 */
import type { AgendaDocument, Paragraph } from '../../shared/document/model';
import type { Span } from '../../shared/text/spans';
import { paragraphFrom, paragraphUntil } from '../host/layout';
import { planEdits } from '../host/plan-edits';
import {
  PartialWriteError,
  type AgendaHost,
  type EditResult,
  type FillApplier,
  type ReadProgress,
  type TextEdit,
  type TrackChanges,
} from '../host/types';
import { queueLocate, type PendingRange } from './locate';
import { readWordBody, type WordRead } from './read-word';
import { ALL_CAPABILITIES, type WordCapabilities } from './requirements';
import { applyLinksInWord, applyStatusRoundInWord, applyTableInWord, type WordFillTarget } from './word-fills';
import { DOCUMENT_CHANGED_SINCE_READ, UNCERTAIN_UNDER_TRACKED_CHANGES, wordSpanOf } from './word-places';
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
  /** What this Word supports and where it runs; everything, on the desktop, when not given. */
  capabilities?: WordCapabilities;
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

  get trackChanges(): TrackChanges {
    return this.lastRead?.tracking ?? 'off';
  }

  private get capabilities(): WordCapabilities {
    return this.options.capabilities ?? ALL_CAPABILITIES;
  }

  async read(onProgress?: (progress: ReadProgress) => void): Promise<AgendaDocument> {
    const options = { reviewedText: this.capabilities.reviewedText, ...(onProgress ? { onProgress } : {}) };
    const read = await this.options.run((context) =>
      readWordBody(context, this.options.name ?? 'Word document', options),
    );
    this.lastRead = read;
    return read.doc;
  }

  async select(span: Span): Promise<void> {
    const read = this.requireRead();
    const doc = read.doc;
    const first = paragraphFrom(doc, span.start);
    const last = paragraphUntil(doc, span.end > span.start ? span.end - 1 : span.start);
    if (!first || !last) throw new Error(`Nothing to select at offset ${span.start}.`);
    const from = clamp(span.start, first.start, first.end);
    const parts: [Paragraph, number, number][] =
      first === last
        ? [[first, from, clamp(span.end, from, first.end)]]
        : [
            [first, from, first.end],
            [last, last.start, clamp(span.end, last.start, last.end)],
          ];
    await this.options.run(async (context) => {
      const items = await loadParagraphTexts(context);
      const pieces: PendingRange[] = parts.map(([paragraph, start, end]) => {
        const place = wordSpanOf(items, read, paragraph, start, end);
        if ('reason' in place)
          throw new Error(
            place.reason === DOCUMENT_CHANGED_SINCE_READ ? DOCUMENT_CHANGED : `Could not select this: ${place.reason}.`,
          );
        const range = queueLocate(place.paragraph, place.text, place.from, place.to, place.reviewed);
        if (range.uncertain) throw new Error(`Could not select this: ${UNCERTAIN_UNDER_TRACKED_CHANGES}.`);
        return range;
      });
      await context.sync();
      const [head, tail] = pieces.map((piece) => piece.resolve());
      if (!head || (pieces.length > 1 && !tail))
        throw new Error(
          `Could not find “${doc.text.slice(span.start, span.end)}” in the document. ${DOCUMENT_CHANGED}`,
        );
      (tail ? head.expandTo(tail) : head).select();
      await context.sync();
    });
  }

  async replace(edits: TextEdit[]): Promise<EditResult> {
    const read = this.requireRead();
    const doc = read.doc;
    const { planned, skipped } = planEdits(doc, edits);
    const result: EditResult = { applied: 0, skipped };
    if (planned.length === 0) return result;

    await this.options.run(async (context) => {
      const items = await loadParagraphTexts(context);
      const located = planned.flatMap(({ edit, paragraph }) => {
        const place = wordSpanOf(items, read, paragraph, edit.start, edit.end);
        const range =
          'reason' in place
            ? undefined
            : queueLocate(place.paragraph, place.text, place.from, place.to, place.reviewed);
        const reason =
          'reason' in place
            ? place.reason === DOCUMENT_CHANGED_SINCE_READ
              ? DOCUMENT_CHANGED
              : place.reason
            : range?.uncertain
              ? UNCERTAIN_UNDER_TRACKED_CHANGES
              : '';
        if (!range || reason) {
          result.skipped.push({ edit, reason });
          return [];
        }
        return [{ edit, paragraph, range }];
      });
      if (located.length === 0) return;
      await context.sync();
      for (const { edit, paragraph, range } of located) {
        const target = range.resolve();
        if (!target) {
          result.skipped.push({
            edit,
            reason: `“${doc.text.slice(edit.start, edit.end)}” was not found where expected`,
          });
          continue;
        }
        // 'Replace' keeps the character formatting of the replaced text; an empty span inserts at its point.
        target.insertText(
          wordReplacement(edit.replacement, paragraph.isListItem),
          edit.start === edit.end ? 'End' : 'Replace',
        );
        result.applied++;
      }
      if (result.applied === 0) return;
      try {
        await context.sync();
      } catch (error) {
        throw new PartialWriteError(result.applied === 1 ? 'The fix' : `The ${result.applied} fixes`, error);
      }
    });
    if (result.applied > 0 && read.tracking === 'on') result.tracked = true;
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
        else
          reject(
            new Error(`Could not save the setting ${key} with the document: ${saved.error?.message ?? saved.status}`),
          );
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
    return { run: this.options.run, read, capabilities: this.capabilities };
  }

  private requireRead(): WordRead {
    if (!this.lastRead) throw new Error('Check the document first.');
    return this.lastRead;
  }
}

/** One sync: every paragraph's current text (word-places.ts compares them with the read). */
async function loadParagraphTexts(context: WRequestContext): Promise<WParagraph[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  return paragraphs.items;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/**
 * `\n` in inserted text starts a new paragraph in Word, and the new paragraph of a list item is a list item too:
 * a bullet the fix writes after the break (`\n· `, the flat text's marker) would be doubled, so it is dropped.
 */
export function wordReplacement(replacement: string, inListItem: boolean): string {
  return inListItem ? replacement.replace(/\n[·•◦▪] ?/g, '\n') : replacement;
}
