/**
 * One agenda line held against one TD's title: where they disagree, what distinctive things both name, and how many
 * subject words they share. Unknown on either side never disagrees: a line that says only `LS` agrees with every LS
 * and cannot tell one from another.
 */
import { compareGroups, related, type GroupName } from './groups';
import type { Profile } from './profile';

/** What a line and a title can disagree on. */
export type Disagreement = 'kind' | 'direction' | 'group' | 'rec' | 'topic';

export interface Comparison {
  conflicts: Disagreement[];
  /** True when the line names a kind and the title is of it. */
  kindAgrees: boolean;
  /** True when the title is of another kind but names the line's (`LS/o on the ToR of ...` for `the ToR`). */
  kindMentioned: boolean;
  /** Distinctive things both name: groups (not only the meeting's own), Recommendations, WTSA actions, resolutions. */
  shared: number;
  /** Subject words both use. */
  overlap: number;
  /** Distinctive things the title names and the line does not: a TD about more than the line says fits it less. */
  unmatched: number;
}

function sharedGroups(line: readonly GroupName[], title: readonly GroupName[], home: string | undefined): number {
  const ids = new Set<string>();
  for (const g of line) {
    if (g.id === home || g.id === 'ALL-SG') continue;
    if (title.some((h) => h.level === g.level && related(g, h))) ids.add(g.id);
  }
  return ids.size;
}

function unmatchedOf(
  line: Profile,
  title: Profile,
  titleGroups: readonly GroupName[],
  home: string | undefined,
): number {
  const groups = new Set<string>();
  for (const h of titleGroups)
    if (h.id !== home && !h.listed && !line.groups.some((g) => related(g, h))) groups.add(h.id);
  return (
    groups.size +
    title.recs.size -
    intersection(line.recs, title.recs) +
    title.topics.size -
    intersection(line.topics, title.topics)
  );
}

function intersection(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** True when `line` names a kind of document in `kinds`. */
export function namesKindOf(line: Profile, kinds: ReadonlySet<string>): boolean {
  for (const k of line.kinds) if (kinds.has(k)) return true;
  return false;
}

export function compare(line: Profile, title: Profile, home?: string): Comparison {
  const conflicts: Disagreement[] = [];
  const kindAgrees = namesKindOf(line, title.kinds);
  const kindMentioned = !kindAgrees && namesKindOf(line, title.mentioned);
  if (line.kinds.size > 0 && title.kinds.size > 0 && !kindAgrees) conflicts.push('kind');
  if (line.direction && title.direction && line.direction !== title.direction) conflicts.push('direction');
  // Groups taken from the line's heading say whose document it is: held against the groups the title says it is
  // of (a report of RG-SC), not against what it is about (coordination between SGs 17 and 20).
  const titleGroups = line.groupsFromHeading
    ? title.groups.filter((g) => g.level === 2 && !g.role && !g.listed)
    : title.groups;
  if (compareGroups(line.groups, titleGroups) === 'conflict') conflicts.push('group');
  const recs = intersection(line.recs, title.recs);
  if (line.recs.size > 0 && title.recs.size > 0 && recs === 0) conflicts.push('rec');
  const topics = intersection(line.topics, title.topics);
  if (line.topics.size > 0 && title.topics.size > 0 && topics === 0) conflicts.push('topic');
  return {
    conflicts,
    kindAgrees,
    kindMentioned,
    shared: sharedGroups(line.groups, titleGroups, home) + recs + topics,
    overlap: intersection(line.words, title.words),
    unmatched: unmatchedOf(line, title, titleGroups, home),
  };
}
