/**
 * What a line is about, in a few words for a message: `RG-WM's report`, `an outgoing LS to ITU-R WP5D`, `an LS on
 * Q9/21`, `ToR on WTSA-24 Action 7`, `an LS on "lead SG role"`.
 */
import { KIND_BY_ID, type DocumentKind } from './kinds';
import type { Profile } from './profile';

/** Kinds whose document belongs to a group: a report, ToR, agenda or action plan is some group's. */
const OWNED: ReadonlySet<DocumentKind> = new Set(['report', 'tor', 'agenda', 'action-plan']);

const name = (id: string) => (id === 'ALL-SG' ? 'all study groups' : id);
const list = (items: readonly string[]) => items.slice(0, 4).map(name).join(', ');

/** `home`: the meeting's group, which says nothing (a TSAG agenda is all TSAG's). */
export function describeLine(p: Profile, home?: string): string {
  const kind = [...p.kinds][0];
  const entry = kind ? KIND_BY_ID.get(kind) : undefined;
  const plain = p.groups.filter((g) => !g.role && g.id !== home);
  // The group whose document it is: a rapporteur group, working party or Question, or the one group named.
  const owner =
    kind && OWNED.has(kind)
      ? (plain.find((g) => g.level === 2) ?? (plain.length === 1 ? plain[0] : undefined))
      : undefined;
  let head: string;
  if (!entry) head = '';
  else if (owner) head = `${name(owner.id)}'s ${entry.label}`;
  else if (kind === 'ls' && p.direction) head = `an ${p.direction === 'out' ? 'outgoing' : 'incoming'} LS`;
  else head = entry.withArticle;
  const to = p.groups.filter((g) => g.role === 'to').map((g) => g.id);
  const from = p.groups.filter((g) => g.role === 'from').map((g) => g.id);
  if (to.length) head += ` to ${list(to)}`;
  if (from.length) head += ` from ${list(from)}`;
  // A heading's groups say whose document it is, not what it is about.
  const about = p.groupsFromHeading ? [] : plain.filter((g) => g !== owner).map((g) => g.id);
  const subjects = [...p.topics, ...[...p.recs].map((r) => `ITU-T ${r}`), ...about];
  const on = subjects.length > 0 ? list(subjects) : p.wordsText ? `"${p.wordsText}"` : '';
  if (!head) return on;
  return on ? `${head} on ${on}` : head;
}
