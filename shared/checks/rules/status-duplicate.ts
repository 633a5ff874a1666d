/**
 * status-duplicate: the same status twice in one action (92-01: `Started, JCA-IMT2020 continuation` untagged and
 * tagged). The same words at two different meetings are history, not a duplicate. Reported on the untagged copy.
 */
import type { StatusLine } from '../../agenda/types';
import { defineRule, type RuleFinding } from '../rule';
import { actionRows } from '../action-statuses';

export const statusDuplicate = defineRule({
  id: 'status-duplicate',
  severity: 'warning',
  title: 'Status repeated in one action',
  description:
    'An action should not carry the same status twice for one meeting (or once tagged and once untagged): delete the copy.',
  fixable: false,
  check(ctx) {
    const findings: RuleFinding[] = [];
    for (const row of actionRows(ctx)) {
      for (const [copy, other] of duplicates(row.statuses)) {
        findings.push({
          start: copy.start,
          end: copy.end,
          message: `status of ${row.label} repeats line ${ctx.lineAt(other.start)}${other.meeting ? ` (${other.meeting.id})` : ''}`,
        });
      }
    }
    return findings;
  },
});

/**
 * Each status that repeats another of the row (the untagged one of an untagged/tagged pair; the later one of two
 * with one tag), with the status it repeats: an untagged status repeats the first tagged one with its words before
 * it, else the next one with its words; a tagged one, the first with its words and its tag before it. One pass with
 * maps (a row of thousands of status lines compared pair by pair took seconds).
 */
function duplicates(statuses: readonly StatusLine[]): [StatusLine, StatusLine][] {
  const keys = statuses.map(statusKey);
  const next: (StatusLine | undefined)[] = new Array(statuses.length);
  const later = new Map<string, StatusLine>();
  for (let i = statuses.length - 1; i >= 0; i--) {
    next[i] = later.get(keys[i]);
    later.set(keys[i], statuses[i]);
  }
  const firstTagged = new Map<string, StatusLine>();
  const firstWithTag = new Map<string, StatusLine>();
  const found: [StatusLine, StatusLine][] = [];
  statuses.forEach((status, i) => {
    const key = keys[i];
    if (key === EMPTY) return;
    const tag = status.meeting;
    const other = tag ? firstWithTag.get(`${key}\0${tag.id}`) : (firstTagged.get(key) ?? next[i]);
    if (tag) {
      if (!firstTagged.has(key)) firstTagged.set(key, status);
      if (!firstWithTag.has(`${key}\0${tag.id}`)) firstWithTag.set(`${key}\0${tag.id}`, status);
    }
    if (other) found.push([status, other]);
  });
  return found;
}

const EMPTY = '|';

/** What makes two statuses the same: the status word and the comment, case and spacing and end punctuation aside. */
function statusKey(s: StatusLine): string {
  const comment = s.comment.replace(/[\s\u00a0]+/g, ' ');
  // End punctuation trimmed by hand: `/[.;,\s]+$/` retries from every position of a long run that is not at the end.
  let end = comment.length;
  while (end > 0 && '.;, '.includes(comment[end - 1])) end--;
  return `${(s.canonicalStatus ?? s.status ?? '').toLowerCase()}|${comment.slice(0, end).trim().toLowerCase()}`;
}
