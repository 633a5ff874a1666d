/**
 * One scanner for every kind of reference, driven by the table of kinds (kinds.ts). Normalizes once
 * (length-preserving); rejects text that matches no kind's trigger with one regex test (the union of the triggers,
 * as linkify-it derives its pretest from its schemas: the common case for short web-page text nodes); runs the
 * scanner of each kind whose trigger matches; then resolves overlaps: the longer reference wins (`SG12-TD648` is a
 * TD, not SG12 + TD648); on equal length, the lower `specificity` wins. Result: sorted by start, never overlapping.
 */
import type { ReferenceKind } from './kind';
import type { FindOptions, RefKind, Reference } from './types';
import { normalizeForMatching, withoutFormatCharacters } from '../text/normalize';
import { REFERENCE_KINDS } from './kinds';

type AnyKind = ReferenceKind<Reference>;

const RANK = new Map<RefKind, number>(REFERENCE_KINDS.map((k) => [k.id, k.specificity]));

/** The kinds to run and the pretest that rejects texts none of them can match. */
interface Dispatch {
  kinds: readonly AnyKind[];
  pretest: RegExp;
}

function dispatchFor(kinds: readonly AnyKind[]): Dispatch {
  return { kinds, pretest: new RegExp(kinds.map((k) => k.trigger.source).join('|')) };
}

const ALL = dispatchFor(REFERENCE_KINDS);
/** Dispatches of the `kinds` filters callers pass (a handful: the extension's, one kind...), derived once each. */
const BY_FILTER = new Map<string, Dispatch>();

function dispatchOf(filter: readonly RefKind[] | undefined): Dispatch {
  if (filter === undefined) return ALL;
  const key = filter.join(',');
  let d = BY_FILTER.get(key);
  if (!d) {
    d = dispatchFor(REFERENCE_KINDS.filter((k) => filter.includes(k.id)));
    BY_FILTER.set(key, d);
  }
  return d;
}

/**
 * The strict pretest of `kinds` (all by default), for front ends that test much text holding none (a web page's)
 * before handing it over: the union of their leads (their triggers where they have none), which matches somewhere in
 * every normalized text holding one of their references.
 */
export function leadPretestOf(kinds?: readonly RefKind[]): RegExp {
  const chosen = kinds === undefined ? REFERENCE_KINDS : REFERENCE_KINDS.filter((k) => kinds.includes(k.id));
  return new RegExp(chosen.map((k) => ('lead' in k && k.lead ? k.lead : k.trigger).source).join('|'));
}

// Merging runs over every reference of a large text: the functions below read each reference's offsets once into
// locals or typed arrays, and fill arrays allocated once (growing them by push costs more than the scan).

function byStartThenLonger(a: Reference, b: Reference): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}

function isSorted(refs: Reference[]): boolean {
  let lastStart = -Infinity;
  let lastLength = Infinity;
  for (const r of refs) {
    const start = r.start;
    const length = r.end - start;
    if (start < lastStart || (start === lastStart && length > lastLength)) return false;
    lastStart = start;
    lastLength = length;
  }
  return true;
}

/**
 * Merges lists that are each sorted (every scanner emits in text order) into one sorted by start, longer first,
 * earlier list first on ties: a k-way merge over the lists' heads, cheaper than sorting the union.
 */
export function mergeSorted(lists: Reference[][]): Reference[] {
  const parts = lists.filter((l) => l.length > 0).map((l) => (isSorted(l) ? l : [...l].sort(byStartThenLonger)));
  if (parts.length <= 1) return parts[0] ?? [];
  const k = parts.length;
  const next = new Int32Array(k);
  const headStart = new Float64Array(k);
  const headLength = new Float64Array(k);
  const load = (i: number) => {
    const head = parts[i][next[i]];
    headStart[i] = head === undefined ? Infinity : head.start;
    headLength[i] = head === undefined ? 0 : head.end - head.start;
  };
  let total = 0;
  for (let i = 0; i < k; i++) {
    total += parts[i].length;
    load(i);
  }
  const out: Reference[] = new Array(total);
  for (let o = 0; o < total; o++) {
    let best = 0;
    for (let i = 1; i < k; i++) {
      if (headStart[i] < headStart[best] || (headStart[i] === headStart[best] && headLength[i] > headLength[best]))
        best = i;
    }
    out[o] = parts[best][next[best]++];
    load(best);
  }
  return out;
}

/** Keeps a non-overlapping subset of `refs` (any order), sorted by start. */
export function resolveOverlaps(refs: Reference[]): Reference[] {
  return keepNonOverlapping(isSorted(refs) ? refs : [...refs].sort(byStartThenLonger));
}

/** True when a reference of `length` and `kind` beats an overlapping one: longer, or as long and more specific. */
function wins(length: number, kind: RefKind, otherLength: number, otherKind: RefKind): boolean {
  if (length !== otherLength) return length > otherLength;
  return (RANK.get(kind) ?? Infinity) < (RANK.get(otherKind) ?? Infinity);
}

/**
 * `sorted` by start (longer first on ties): one linear pass, into arrays allocated once. References never overlap,
 * except those that share one span exactly (the Questions inside a range): a reference that beats one beats all.
 */
function keepNonOverlapping(sorted: Reference[]): Reference[] {
  const kept: Reference[] = new Array(sorted.length);
  const keptStart = new Float64Array(sorted.length);
  const keptEnd = new Float64Array(sorted.length);
  let count = 0;
  for (const r of sorted) {
    const start = r.start;
    const end = r.end;
    if (end <= start) continue;
    // The Questions inside one range share its dash (question.ts): the same span, the same kind, another id.
    if (
      count > 0 &&
      keptStart[count - 1] === start &&
      keptEnd[count - 1] === end &&
      kept[count - 1].kind === r.kind &&
      kept[count - 1].id !== r.id
    ) {
      kept[count] = r;
      keptStart[count] = start;
      keptEnd[count] = end;
      count++;
      continue;
    }
    // Several kept refs may overlap r (r can be long); r must beat all of them to replace them.
    let firstOverlap = count;
    while (firstOverlap > 0 && keptEnd[firstOverlap - 1] > start) firstOverlap--;
    if (firstOverlap < count) {
      let beatsAll = true;
      for (let i = firstOverlap; i < count && beatsAll; i++)
        beatsAll = wins(end - start, r.kind, keptEnd[i] - keptStart[i], kept[i].kind);
      if (!beatsAll) continue;
      count = firstOverlap;
    }
    kept[count] = r;
    keptStart[count] = start;
    keptEnd[count] = end;
    count++;
  }
  kept.length = count;
  return kept;
}

export function findReferences(text: string, options: FindOptions = {}): Reference[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Invisible format characters are read through (normalize.ts): the ids found in the visible text, spanning the
  // original's characters.
  const visible = withoutFormatCharacters(text);
  if (visible) {
    return findReferences(visible.text, options).map((ref) => {
      const { start, end } = visible.span(ref.start, ref.end);
      return { ...ref, start, end, text: text.slice(start, end) };
    });
  }
  const n = normalizeForMatching(text);
  const { kinds, pretest } = dispatchOf(options.kinds);
  if (!pretest.test(n)) return [];
  const lists: Reference[][] = [];
  for (const kind of kinds) {
    if (!kind.trigger.test(n)) continue;
    const found = kind.scan(n, text, options);
    if (found.length > 0) lists.push(found);
  }
  // Most texts of a page hold one reference or none: nothing to merge or resolve.
  if (lists.length === 0) return [];
  if (lists.length === 1 && lists[0].length === 1) return lists[0];
  return keepNonOverlapping(mergeSorted(lists));
}
