/**
 * One scanner for every kind of reference. Normalizes once (length-preserving), runs each kind's grammar (each
 * skips itself cheaply when its trigger letters are absent, which is the common case for short web-page text
 * nodes), then resolves overlaps: the longer reference wins (`SG12-TD648` is a TD, not SG12 + TD648); on equal
 * length, the more specific kind (earlier in SPECIFICITY) wins. Result: sorted by start, never overlapping.
 */
import type { FindOptions, RefKind, Reference } from './types';
import { normalizeForMatching } from '../text/normalize';
import { scanTds } from './td';
import { scanContributions } from './contribution';
import { scanActions } from './action';
import { scanQuestions } from './question';
import { scanStudyGroups } from './study-group';
import { scanResolutions } from './resolution';
import { scanWtsaActions } from './wtsa-action';
import { scanPlanActions } from './plan-action';
import { scanRecommendations } from './recommendation';

const SPECIFICITY: readonly RefKind[] = [
  'td', 'action', 'wtsa-action', 'plan-action', 'resolution', 'recommendation', 'question', 'contribution', 'study-group',
];
const RANK = new Map<RefKind, number>(SPECIFICITY.map((k, i) => [k, i]));

/** Quick reject: every grammar needs one of these letters/digits sequences. */
const ANY_TRIGGER = /TD|C|WP|RG-|Q|SG|tudy|TSAG|Res|WTSA|ITU-T|\d-\d/;

function wins(a: Reference, b: Reference): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return (RANK.get(a.kind) ?? 99) < (RANK.get(b.kind) ?? 99);
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
  if (!ANY_TRIGGER.test(n)) return [];
  const want = options.kinds ? new Set(options.kinds) : null;
  const on = (k: RefKind) => want === null || want.has(k);
  const lists: Reference[][] = [];
  const add = (refs: Reference[]) => {
    lists.push(refs);
  };
  if (on('td')) add(scanTds(n, text));
  if (on('contribution')) add(scanContributions(n, text));
  if (on('action')) add(scanActions(n, text));
  if (on('question')) add(scanQuestions(n, text));
  if (on('study-group')) add(scanStudyGroups(n, text));
  if (on('resolution')) add(scanResolutions(n, text));
  if (on('wtsa-action')) add(scanWtsaActions(n, text));
  if (on('plan-action')) add(scanPlanActions(n, text, options.planIdsEverywhere ?? false));
  if (on('recommendation')) add(scanRecommendations(n, text));
  return keepNonOverlapping(mergeSorted(lists));
}
