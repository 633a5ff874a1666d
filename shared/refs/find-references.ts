/**
 * One scanner for every kind of reference, driven by the table of kinds (kinds.ts). Normalizes once
 * (length-preserving); rejects text that matches no kind's trigger with one regex test (the union of the triggers,
 * as linkify-it derives its pretest from its schemas: the common case for short web-page text nodes); runs the
 * scanner of each kind whose trigger matches; then resolves overlaps: the longer reference wins (`SG12-TD648` is a
 * TD, not SG12 + TD648); on equal length, the lower `specificity` wins. Result: sorted by start, never overlapping.
 */
import type { FindOptions, RefKind, Reference, ReferenceKind } from './types';
import { normalizeForMatching } from '../text/normalize';
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
/** Callers pass the same `kinds` array on every call (the extension, once per text node): derive its dispatch once. */
const BY_FILTER = new WeakMap<readonly RefKind[], Dispatch>();

function dispatchOf(filter: readonly RefKind[] | undefined): Dispatch {
  if (filter === undefined) return ALL;
  let d = BY_FILTER.get(filter);
  if (!d) {
    d = dispatchFor(REFERENCE_KINDS.filter((k) => filter.includes(k.id)));
    BY_FILTER.set(filter, d);
  }
  return d;
}

function wins(a: Reference, b: Reference): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return (RANK.get(a.kind) ?? Infinity) < (RANK.get(b.kind) ?? Infinity);
}

function byStartThenLonger(a: Reference, b: Reference): number {
  return a.start - b.start || (b.end - b.start) - (a.end - a.start);
}

function isSorted(refs: Reference[]): boolean {
  for (let i = 1; i < refs.length; i++) if (byStartThenLonger(refs[i - 1], refs[i]) > 0) return false;
  return true;
}

/** Merges lists that are each sorted (every scanner emits in text order): cheaper than sorting the union. */
export function mergeSorted(lists: Reference[][]): Reference[] {
  let parts = lists.filter((l) => l.length > 0).map((l) => (isSorted(l) ? l : [...l].sort(byStartThenLonger)));
  while (parts.length > 1) {
    const next: Reference[][] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const a = parts[i];
      const b = parts[i + 1];
      if (b === undefined) {
        next.push(a);
        continue;
      }
      const out: Reference[] = new Array(a.length + b.length);
      let ia = 0;
      let ib = 0;
      let k = 0;
      while (ia < a.length && ib < b.length) out[k++] = byStartThenLonger(a[ia], b[ib]) <= 0 ? a[ia++] : b[ib++];
      while (ia < a.length) out[k++] = a[ia++];
      while (ib < b.length) out[k++] = b[ib++];
      next.push(out);
    }
    parts = next;
  }
  return parts[0] ?? [];
}

/** Keeps a non-overlapping subset of `refs` (any order), sorted by start. */
export function resolveOverlaps(refs: Reference[]): Reference[] {
  return keepNonOverlapping(isSorted(refs) ? refs : [...refs].sort(byStartThenLonger));
}

/** `sorted` by start (longer first on ties): one linear pass. */
function keepNonOverlapping(sorted: Reference[]): Reference[] {
  const kept: Reference[] = [];
  for (const r of sorted) {
    if (r.end <= r.start) continue;
    // Several kept refs may overlap r (r can be long); r must beat all of them to replace them.
    let firstOverlap = kept.length;
    while (firstOverlap > 0 && kept[firstOverlap - 1].end > r.start) firstOverlap--;
    if (firstOverlap === kept.length) {
      kept.push(r);
      continue;
    }
    let beatsAll = true;
    for (let i = firstOverlap; i < kept.length; i++) if (!wins(r, kept[i])) { beatsAll = false; break; }
    if (beatsAll) {
      kept.length = firstOverlap;
      kept.push(r);
    }
  }
  return kept;
}

export function findReferences(text: string, options: FindOptions = {}): Reference[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const n = normalizeForMatching(text);
  const { kinds, pretest } = dispatchOf(options.kinds);
  if (!pretest.test(n)) return [];
  const lists: Reference[][] = [];
  for (const kind of kinds) if (kind.trigger.test(n)) lists.push(kind.scan(n, text, options));
  return keepNonOverlapping(mergeSorted(lists));
}
