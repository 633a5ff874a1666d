/**
 * From offsets of the model (the host's last read) to places in Word: the Word paragraph a model paragraph came
 * from, and the span of its text there. A model paragraph is a line of a Word paragraph (text after a manual line
 * break is a paragraph of its own), read with tracked changes accepted, so its offsets are moved by the line's
 * start and carried over deleted text (reviewed-text.ts). A paragraph whose text changed since the read is not
 * placed; neither is a span whose place tracked changes make uncertain.
 */
import type { Paragraph } from '../../shared/document/model';
import type { Reviewed } from './locate';
import type { WordRead } from './read-word';
import { reviewedMap, type ReviewedMap } from './reviewed-text';

export const DOCUMENT_CHANGED_SINCE_READ = 'the document changed since it was read: read it again and retry';
export const UNCERTAIN_UNDER_TRACKED_CHANGES =
  'tracked changes in this paragraph make the place uncertain: accept or reject them there first';

/** A span of a model paragraph in Word: the Word paragraph, its text in Word, and the span in that text. */
export interface WordSpan<T> {
  paragraph: T;
  text: string;
  from: number;
  to: number;
  /** Set when the paragraph has tracked changes (for locate.ts). */
  reviewed?: Reviewed;
}

const maps = new WeakMap<WordRead, Map<number, ReviewedMap | undefined>>();

function mapOf(read: WordRead, word: number): ReviewedMap | undefined {
  let perRead = maps.get(read);
  if (!perRead) maps.set(read, (perRead = new Map()));
  if (!perRead.has(word)) perRead.set(word, reviewedMap(read.words[word].text, read.words[word].reviewed));
  return perRead.get(word);
}

/** The Word paragraph of a model paragraph: undefined when Word's paragraph count or that paragraph's text changed since the read. */
export function wordParagraphOf<T extends { readonly text: string }>(
  items: readonly T[],
  read: WordRead,
  paragraph: Paragraph | undefined,
): T | undefined {
  const place = paragraph && read.places[paragraph.index];
  if (!place || items.length !== read.words.length) return undefined;
  const word = items[place.word];
  return word && word.text === read.words[place.word].text ? word : undefined;
}

/** Where `[start, end)` of the model (inside `paragraph`) is in Word, or why it cannot be placed. */
export function wordSpanOf<T extends { readonly text: string }>(
  items: readonly T[],
  read: WordRead,
  paragraph: Paragraph,
  start: number,
  end: number,
): WordSpan<T> | { reason: string } {
  const word = wordParagraphOf(items, read, paragraph);
  const place = read.places[paragraph.index];
  if (!word || !place) return { reason: DOCUMENT_CHANGED_SINCE_READ };
  const { text, reviewed } = read.words[place.word];
  const from = place.offset + start - paragraph.start;
  const to = place.offset + end - paragraph.start;
  const map = mapOf(read, place.word);
  const span = map?.toWord(from, to);
  if (!map || !span) return { reason: UNCERTAIN_UNDER_TRACKED_CHANGES };
  return { paragraph: word, text, ...span, ...(text !== reviewed ? { reviewed: { text: reviewed, map } } : {}) };
}
