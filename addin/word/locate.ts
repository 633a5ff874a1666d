/**
 * Finds the Word range for a span of one paragraph's text: `paragraph.search(excerpt, {matchCase: true})` and the
 * occurrence at the right position (Word finds non-overlapping matches left to right). Searches are limited to
 * 255 characters, so a longer excerpt is found as a head and a tail joined with `expandTo`.
 *
 * In a paragraph with tracked changes, whether Word's search sees deleted text is not documented: a search is
 * used only where the occurrence is the same counted either way (in Word's text and in the reviewed text).
 */
import type { ReviewedMap } from './reviewed-text';
import { SEARCH_LIMIT, type WParagraph, type WRange, type WRangeCollection } from './word-surface';
/** Head and tail length for long excerpts: even fully escaped (each character doubled) they stay under the limit. */
const PIECE = 120;

/** Escapes Word's search metacharacters: `^` starts a special code; tabs and manual line breaks have their own. */
export function escapeWordSearch(text: string): string {
  return text.replaceAll('^', '^^').replaceAll('\t', '^t').replaceAll('\u000b', '^l');
}

/** Which match (0-based) of `needle` Word reports for the one starting at `at`, or -1 if it never reports it. */
export function occurrenceIndex(text: string, needle: string, at: number): number {
  let index = 0;
  for (let found = text.indexOf(needle); found >= 0; found = text.indexOf(needle, found + needle.length)) {
    if (found === at) return index;
    if (found > at) return -1;
    index++;
  }
  return -1;
}

/** A queued search whose result is picked after the next sync. */
interface PendingSearch {
  results: WRangeCollection;
  occurrence: number;
}

export interface PendingRange {
  /** The range, once the searches were synced; undefined when the text was not found where expected. */
  resolve(): WRange | undefined;
  /** Set when tracked changes make the occurrence uncertain: nothing is searched, `resolve()` gives undefined. */
  uncertain?: boolean;
}

/** The paragraph's reviewed text and how its offsets map to Word's text, when it has tracked changes. */
export interface Reviewed {
  text: string;
  map: ReviewedMap;
}

/**
 * Queues what is needed to find `[from, to)` of `paragraph` (whose current text is `text`). Call `resolve()` after
 * the next `context.sync()`. Empty spans resolve to a collapsed range at that point.
 */
export function queueLocate(
  paragraph: WParagraph,
  text: string,
  from: number,
  to: number,
  reviewed?: Reviewed,
): PendingRange {
  // Every search this locate would make: refuse before queueing any when tracked changes make one uncertain.
  if (
    reviewed &&
    !locateSearches(text, from, to).every(([start, end]) => searchOccurrence(text, start, end, reviewed) !== undefined)
  ) {
    return { resolve: () => undefined, uncertain: true };
  }
  return queueLocateIn(paragraph, text, from, to);
}

/**
 * Which hit of a search for `text.slice(from, to)` is the one at `from`: the same counted in Word's text and, with
 * tracked changes, in the reviewed text; undefined when Word would not report it or the two counts differ.
 */
export function searchOccurrence(text: string, from: number, to: number, reviewed?: Reviewed): number | undefined {
  const needle = text.slice(from, to);
  const occurrence = occurrenceIndex(text, needle, from);
  if (occurrence < 0) return undefined;
  if (reviewed && occurrenceIndex(reviewed.text, needle, reviewed.map.toReviewed(from)) !== occurrence)
    return undefined;
  return occurrence;
}

/** The spans `queueLocateIn` searches for `[from, to)`. */
function locateSearches(text: string, from: number, to: number): [number, number][] {
  if (from === 0 && to === text.length) return [];
  if (from === to) return from === 0 ? [] : locateSearches(text, from - 1, from);
  const needle = text.slice(from, to);
  if (escapeWordSearch(needle).length <= SEARCH_LIMIT && occurrenceIndex(text, needle, from) >= 0) return [[from, to]];
  const { headLength, tailLength } = pieces(text, from, to);
  return [
    [from, from + headLength],
    [to - tailLength, to],
  ];
}

/** Head and tail lengths for an excerpt too long to search: each as long as possible (up to PIECE) while Word still reports that occurrence. */
function pieces(text: string, from: number, to: number): { headLength: number; tailLength: number } {
  const reportable = (start: number, end: number) => occurrenceIndex(text, text.slice(start, end), start) >= 0;
  let headLength = Math.min(PIECE, to - from);
  while (headLength > 1 && !reportable(from, from + headLength)) headLength--;
  let tailLength = Math.min(PIECE, to - from);
  while (tailLength > 1 && !reportable(to - tailLength, to)) tailLength--;
  return { headLength, tailLength };
}

function queueLocateIn(paragraph: WParagraph, text: string, from: number, to: number): PendingRange {
  if (from === 0 && to === text.length) {
    const whole = paragraph.getRange(to === 0 ? 'Start' : 'Content');
    return { resolve: () => whole };
  }
  if (from === to) {
    if (from === 0) {
      const start = paragraph.getRange('Start');
      return { resolve: () => start };
    }
    const before = queueLocateIn(paragraph, text, from - 1, from);
    return { resolve: () => before.resolve()?.getRange('End') };
  }
  const queueSearch = (start: number, end: number): PendingSearch => {
    const needle = text.slice(start, end);
    const results = paragraph.search(escapeWordSearch(needle), { matchCase: true });
    results.load('items');
    return { results, occurrence: occurrenceIndex(text, needle, start) };
  };
  const pick = (search: PendingSearch): WRange | undefined => search.results.items[search.occurrence];

  const needle = text.slice(from, to);
  if (escapeWordSearch(needle).length <= SEARCH_LIMIT && occurrenceIndex(text, needle, from) >= 0) {
    const search = queueSearch(from, to);
    return { resolve: () => pick(search) };
  }
  // A head starting at `from` and a tail ending at `to`: in repetitive text ("xxxx") a long piece can be skipped by
  // the non-overlapping scan, so pieces() shortens them until Word reports them.
  const { headLength, tailLength } = pieces(text, from, to);
  const head = queueSearch(from, from + headLength);
  const tail = queueSearch(to - tailLength, to);
  return {
    resolve: () => {
      const first = pick(head);
      const last = pick(tail);
      return first && last ? first.expandTo(last) : undefined;
    },
  };
}
