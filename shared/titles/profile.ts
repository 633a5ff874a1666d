/**
 * What a TD's title (with its source and Questions) says the document is, and what a piece of an agenda line says
 * about the document it cites: the same shape, so that compare.ts can hold one against the other.
 */
import { findReferences } from '../refs/find-references';
import { normalizeForMatching } from '../text/normalize';
import { findGroups, type GroupName } from './groups';
import { kindMentions, lineDirection, titleHead, type DocumentKind } from './kinds';
import { findRecommendations } from './recommendations';
import { subjectWords } from './words';

export interface Profile {
  /** A title: its one kind (empty when its head is no known kind). A line: every kind it names. */
  kinds: Set<DocumentKind>;
  /** A title: kinds its subject names (`LS/o on the ToR of ...`: `tor`). A line: empty. */
  mentioned: Set<DocumentKind>;
  /** An LS's direction, when the title (`LS/i`, `LS/o`) or the line (`outgoing`, `incoming`) says. */
  direction?: 'in' | 'out';
  /** Groups named: whose document it is, what it is about, where it goes (`role`). */
  groups: GroupName[];
  /** A line's groups were its heading's (it names none itself). */
  groupsFromHeading?: boolean;
  /** Recommendations: `A.1`, `E.800`, `P.SAMD`. */
  recs: Set<string>;
  /** WTSA actions and resolutions: `WTSA-24 Action 7`, `Resolution 2`. */
  topics: Set<string>;
  /** Subject word stems. */
  words: Set<string>;
  /** The subject words as written, from the first to the last (`lead SG role`): for messages. */
  wordsText: string;
}

/** Document entries as registers give them. */
export interface TitledEntry {
  title: string;
  source: string;
  questions?: readonly string[];
}

function read(text: string, home: string | undefined, kinds: Set<DocumentKind>): Profile {
  const normalized = normalizeForMatching(text);
  const groups = findGroups(normalized, home);
  const recs = findRecommendations(normalized);
  const topicRefs = findReferences(normalized, {
    kinds: ['wtsa-action', 'resolution', 'td', 'contribution', 'action'],
  });
  const mentions = kindMentions(normalized);
  const blanks = [...groups, ...recs, ...topicRefs, ...mentions];
  const words = subjectWords(normalized, blanks);
  return {
    kinds,
    mentioned: new Set(),
    groups,
    recs: new Set(recs.map((r) => r.id)),
    topics: new Set(topicRefs.filter((r) => r.kind === 'wtsa-action' || r.kind === 'resolution').map((r) => r.id)),
    words: new Set(words.map((w) => w.stem)),
    wordsText: words.length > 0 ? text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '',
  };
}

/**
 * A TD as its register lists it. The source names whose document it is, except for liaisons: an LS's source is its
 * sender (TSAG, for one its rapporteur group drafted), which says nothing of what the LS is about.
 */
export function titleProfile(entry: TitledEntry, home?: string): Profile {
  const head = titleHead(entry.title);
  const profile = read(entry.title, home, new Set(head ? [head.kind] : []));
  const direction = head?.direction ?? directionOfRoles(profile);
  if (direction) profile.direction = direction;
  const subject = head ? entry.title.slice(head.end) : entry.title;
  for (const m of kindMentions(normalizeForMatching(subject))) if (m.kind !== head?.kind) profile.mentioned.add(m.kind);
  if (head?.kind !== 'ls') {
    const offset = entry.title.length + 1;
    for (const g of findGroups(normalizeForMatching(entry.source), home))
      profile.groups.push({ ...g, start: g.start + offset, end: g.end + offset });
  }
  for (const q of entry.questions ?? []) {
    const found = findGroups(q, home).filter((g) => g.level === 2);
    if (found.length === 1 && !profile.groups.some((g) => g.id === found[0].id))
      profile.groups.push({ ...found[0], listed: true });
  }
  return profile;
}

/** What a piece of an agenda line says about a document. */
export function lineProfile(text: string, home?: string): Profile {
  const normalized = normalizeForMatching(text);
  const profile = read(text, home, new Set(kindMentions(normalized).map((m) => m.kind)));
  const direction = lineDirection(normalized) ?? directionOfRoles(profile);
  if (direction) profile.direction = direction;
  return profile;
}

/** A title an editor quotes after the TD (`TD165 "LS on a progress report ..."`): read as a title, by its head. */
export function quotedTitleProfile(text: string, home?: string): Profile {
  return titleProfile({ title: text, source: '' }, home);
}

/** An LS sent to a group is outgoing, one from a group incoming; both or neither: unknown. */
function directionOfRoles(p: Profile): 'in' | 'out' | undefined {
  if (!p.kinds.has('ls')) return undefined;
  const to = p.groups.some((g) => g.role === 'to');
  const from = p.groups.some((g) => g.role === 'from');
  return to === from ? undefined : to ? 'out' : 'in';
}

/** True when the line says nothing a title could be held against. */
export function isEmpty(p: Profile): boolean {
  return p.kinds.size === 0 && p.groups.length === 0 && p.recs.size === 0 && p.topics.size === 0 && p.words.size === 0;
}

/** `a`'s claims with `b`'s added: a line's own words with the quoted title written after its TD. */
export function merge(a: Profile, b: Profile): Profile {
  return {
    kinds: new Set([...a.kinds, ...b.kinds]),
    mentioned: new Set(),
    ...((a.direction ?? b.direction) ? { direction: a.direction ?? b.direction } : {}),
    groups: [...a.groups, ...b.groups.filter((g) => !a.groups.some((h) => h.id === g.id))],
    recs: new Set([...a.recs, ...b.recs]),
    topics: new Set([...a.topics, ...b.topics]),
    words: new Set([...a.words, ...b.words]),
    wordsText: a.wordsText || b.wordsText,
  };
}

/** A citation's own words, and the kind of the citation before it when they name none (`Q10/17 (TD90)`). */
export function withKindOf(p: Profile, previous: Profile | null): Profile {
  return p.kinds.size === 0 && previous && previous.kinds.size > 0
    ? { ...p, kinds: new Set(previous.kinds), ...(previous.direction ? { direction: previous.direction } : {}) }
    : p;
}

/** The line's groups, or when it names none, its heading's: `Report – TD212` under `3.1 TSAG RG-WM`. */
export function withHeading(line: Profile, heading: Profile | null): Profile {
  if (!heading || line.groups.length > 0 || line.kinds.has('ls')) return line;
  const groups = heading.groups.filter((g) => !g.role);
  return groups.length > 0 ? { ...line, groups, groupsFromHeading: true } : line;
}
