/**
 * Does the TD a line cites fit what the line says, and if not, which TD of the list does? Precision first:
 *
 * - The line names a group, Recommendation, WTSA action or resolution the title contradicts (RG-WM's report citing
 *   RG-SC's): a mismatch, with or without a TD to suggest.
 * - The line names another kind of document (a report citing an agenda) and nothing distinctive or in words ties it
 *   to the title: a mismatch. When something does (`the ToR for coordination on WTSA-24 Action 7` citing `LS/o on
 *   coordination ... on WTSA-24 Action 7`), or the title names the line's kind (`meeting report` citing `LS on a
 *   progress report`), only when exactly one other TD fits both the kind and that thing.
 * - The line and the title agree on kind and share no distinctive thing and no subject word (`LS on lead SG role`
 *   citing `LS/o on Q9/21 (metaverse)`): only when exactly one other TD fits the line, with two of its words or a
 *   distinctive thing.
 * - Anything else (agreement, or a line too terse to tell) is no mismatch.
 *
 * A TD fits a line when nothing disagrees, it is of the kind the line names, and it shares something with the line;
 * the best fit (what it shares, less what its title names that the line does not) must be better than the cited TD
 * and than every other.
 */
import { compare, namesKindOf, type Comparison } from './compare';
import { titleProfile, type Profile, type TitledEntry } from './profile';

export interface IndexedEntry extends TitledEntry {
  number: number;
}

/** The titles of a list, read once, and which titles name which word, group, Recommendation, topic or kind. */
export interface TitleIndex<E extends IndexedEntry = IndexedEntry> {
  home?: string;
  entries: Map<number, { entry: E; profile: Profile }>;
  byToken: Map<string, number[]>;
}

/** What a title is filed under: its words, groups, Recommendations, topics and kind. */
function tokens(p: Profile): string[] {
  return [...distinctive(p, undefined), ...[...p.kinds].map((k) => `k:${k}`)];
}

/** The tokens a TD must share with a line to fit it (the meeting's own group says nothing). */
function distinctive(p: Profile, home: string | undefined): string[] {
  return [
    ...[...p.words].map((w) => `w:${w}`),
    ...p.groups.filter((g) => g.id !== home).map((g) => `g:${g.id}`),
    ...[...p.recs].map((r) => `r:${r}`),
    ...[...p.topics].map((t) => `t:${t}`),
  ];
}

export function indexTitles<E extends IndexedEntry>(entries: readonly E[], home?: string): TitleIndex<E> {
  const index: TitleIndex<E> = { ...(home ? { home } : {}), entries: new Map(), byToken: new Map() };
  for (const entry of entries) {
    if (!entry.title.trim()) continue;
    const profile = titleProfile(entry, home);
    index.entries.set(entry.number, { entry, profile });
    for (const token of new Set(tokens(profile))) {
      const list = index.byToken.get(token);
      if (list) list.push(entry.number);
      else index.byToken.set(token, [entry.number]);
    }
  }
  return index;
}

export type Mismatch = 'sure' | 'if-suggested';

/** Whether a comparison is a mismatch; `if-suggested`: only when another TD fits (see the header). */
export function mismatchOf(line: Profile, title: Profile, c: Comparison): Mismatch | null {
  if (c.conflicts.some((k) => k !== 'kind')) return 'sure';
  if (c.conflicts.includes('kind'))
    return c.shared === 0 && c.overlap === 0 && !c.kindMentioned && line.kinds.size === 1 ? 'sure' : 'if-suggested';
  if (c.shared === 0 && c.overlap === 0 && line.words.size > 0 && title.words.size > 0) return 'if-suggested';
  return null;
}

function evidence(c: Comparison): number {
  return c.shared * 3 + (c.kindAgrees ? 2 : 0) + c.overlap - c.unmatched;
}

/** The one TD of the list that fits the line better than the cited one and every other; null when none or several. */
export function bestFit<E extends IndexedEntry>(
  line: Profile,
  cited: number,
  citedComparison: Comparison,
  index: TitleIndex<E>,
): E | null {
  // A line that names only a kind of document tells one TD from another by nothing else: it fits only when the
  // list has one TD of that kind that nothing disagrees with. Otherwise a TD must share something with the line.
  const lookup = distinctive(line, index.home);
  const kindOnly = lookup.length === 0;
  // Candidates: the TDs of the line's kind (or, when it names none, those sharing something with it).
  const candidates = new Set<number>();
  for (const token of line.kinds.size > 0 ? [...line.kinds].map((k) => `k:${k}`) : lookup) {
    for (const n of index.byToken.get(token) ?? []) if (n !== cited) candidates.add(n);
  }
  let best: { entry: E; score: number } | null = null;
  let second = -1;
  let fitting = 0;
  for (const n of candidates) {
    const hit = index.entries.get(n);
    if (!hit || (line.kinds.size > 0 && !namesKindOf(line, hit.profile.kinds))) continue;
    const c = compare(line, hit.profile, index.home);
    if (c.conflicts.length > 0) continue;
    if (c.shared === 0 && c.overlap < Math.min(2, line.words.size)) continue;
    fitting++;
    const score = evidence(c);
    if (!best || score > best.score) {
      second = best?.score ?? -1;
      best = { entry: hit.entry, score };
    } else if (score > second) second = score;
  }
  if (kindOnly && fitting > 1) return null;
  // What the cited TD disagrees on counts against it.
  const citedScore = evidence(citedComparison) - 3 * citedComparison.conflicts.length;
  return best && best.score > second && best.score > citedScore ? best.entry : null;
}

export interface Fit<E extends IndexedEntry> {
  mismatch: Mismatch;
  comparison: Comparison;
  /** The TD of the list that fits the line, when exactly one does. */
  better: E | null;
}

/** Whether the TD `cited` fits the line; null when it does or the line cannot tell, else what and which TD fits. */
export function citationFit<E extends IndexedEntry>(line: Profile, cited: number, index: TitleIndex<E>): Fit<E> | null {
  const hit = index.entries.get(cited);
  if (!hit) return null;
  const comparison = compare(line, hit.profile, index.home);
  const mismatch = mismatchOf(line, hit.profile, comparison);
  if (!mismatch) return null;
  const better = bestFit(line, cited, comparison, index);
  if (mismatch === 'if-suggested' && !better) return null;
  return { mismatch, comparison, better };
}
