/**
 * The text around a cited TD (a web page's paragraph, a mail's line) against its title: what the text says the
 * document is, when that is another kind of document or another group than the title says. The extension's card
 * shows it as a quiet line. No register list, no heading: only a sure disagreement of kind, group or direction.
 */
import { findReferences } from '../refs/find-references';
import type { Span } from '../text/spans';
import { compare } from './compare';
import { describeLine } from './describe';
import { mismatchOf } from './fit';
import { lineClaims } from './line-claims';
import { titleProfile, type TitledEntry } from './profile';

/** How much text either side of the reference is read: a paragraph, not a page. */
const REACH = 400;

/** What `text` says around `at` (a TD reference in it) that the TD's title contradicts, in a few words; else null. */
export function contextDisagreement(text: string, at: Span, entry: TitledEntry, home?: string): string | null {
  if (!entry.title.trim()) return null;
  const from = Math.max(0, text.lastIndexOf('\n', at.start - 1) + 1, at.start - REACH);
  const newline = text.indexOf('\n', at.end);
  const to = Math.min(newline < 0 ? text.length : newline, at.end + REACH);
  const line = text.slice(from, to);
  const claim = lineClaims(line, 0, line.length, findReferences(line)).find((c) => c.ref.start === at.start - from);
  if (!claim?.profile) return null;
  const title = titleProfile(entry, home);
  const c = compare(claim.profile, title, home);
  const named = c.conflicts.some((k) => k === 'kind' || k === 'group' || k === 'direction');
  return named && mismatchOf(claim.profile, title, c) === 'sure' ? describeLine(claim.profile, home) : null;
}
