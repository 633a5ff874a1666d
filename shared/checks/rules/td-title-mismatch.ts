/**
 * td-title-mismatch: with a register that has titles, an agenda line whose words disagree with the title and source
 * of the TD it cites: `Approve the RG-WM meeting report, TD214` where TD214 is `Report of the TSAG RG-SC meeting`.
 * What decides is in shared/titles (fit.ts): the groups, Recommendations, WTSA actions and kinds of document the
 * line names; words alone only when exactly one other TD fits. A line that names no group takes its heading's
 * (`Report – TD212` under `3.1 TSAG RG-WM`). Where one TD of the register fits the line, the finding suggests it
 * (`TD212?`): an edit the editor chooses, never a sure fix.
 */
import type { TdRef } from '../../refs/types';
import { registerMismatch } from '../../register/meeting-fit';
import type { TdEntry, TdRegister } from '../../register/types';
import type { AgendaStructure } from '../../agenda/types';
import { lineIndex } from '../../text/lines';
import { printableExcerpt } from '../../text/printable';
import { describeLine } from '../../titles/describe';
import { citationFit, indexTitles, type TitleIndex } from '../../titles/fit';
import { lineClaims } from '../../titles/line-claims';
import { lineProfile, withHeading, type Profile } from '../../titles/profile';
import { defineRule, type RuleContext, type RuleFinding, type Suggestion } from '../rule';
import { isOwnMeetingTd } from '../td-refs';

/** Registers read once per meeting group: the add-in re-checks after every edit. */
const INDEXES = new WeakMap<TdRegister, { home: string | undefined; index: TitleIndex<TdEntry> }>();

function titleIndex(register: TdRegister, home: string | undefined): TitleIndex<TdEntry> {
  const known = INDEXES.get(register);
  if (known && known.home === home) return known.index;
  const index = indexTitles(register.entries, home);
  INDEXES.set(register, { home, index });
  return index;
}

/**
 * The agenda's items and annex headings, each read when a line below it first needs it. A line that is itself an
 * item has no heading: the item above it is its sibling, not its parent.
 */
function headingsOf(agenda: AgendaStructure, home: string | undefined): (offset: number) => Profile | null {
  const headings = [...agenda.items, ...agenda.annexes].sort((a, b) => a.start - b.start);
  const read = new Map<number, Profile>();
  return (offset) => {
    // The last heading that starts before `offset` (binary search).
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    const heading = headings[lo - 1];
    if (!heading || headings[lo]?.start === offset) return null;
    let profile = read.get(lo - 1);
    if (!profile) read.set(lo - 1, (profile = lineProfile(heading.title, home)));
    return profile;
  };
}

const quote = (title: string) => `"${printableExcerpt(title.replace(/\s+/g, ' '), 100)}"`;

/**
 * The edit that cites `better` instead: only its number where neither TD has a revision (`TD 214` → `TD 212`, as
 * written), else the whole reference (`TD7R1` → `TD10`, `TD165` → `TD11R1`).
 */
function suggestionFor(text: string, ref: TdRef, better: TdEntry): Suggestion {
  const written = text.slice(ref.start, ref.end);
  const digits = /(?<=TD\s?)0*\d+/i.exec(written);
  const description = `Cite ${better.id} (${quote(better.title)})`;
  const label = `${better.id}?`;
  if (ref.revision !== undefined || better.revision > 0 || !digits)
    return { start: ref.start, end: ref.end, replacement: better.id, description, label };
  const start = ref.start + digits.index;
  return { start, end: start + digits[0].length, replacement: String(better.number), description, label };
}

function check(ctx: RuleContext): RuleFinding[] {
  const register = ctx.register;
  if (!register || register.kind !== 'td' || registerMismatch(register, ctx.meeting)) return [];
  const home = ctx.meeting?.group ?? register.meeting?.group;
  const index = titleIndex(register, home);
  if (index.entries.size === 0) return [];
  const headingAbove = headingsOf(ctx.agenda, home);
  const lines = lineIndex(ctx.text);
  const findings: RuleFinding[] = [];
  const refs = ctx.references;
  for (let i = 0; i < refs.length;) {
    // One line at a time: its references, and what its words say about each TD it cites.
    const lineNumber = lines.lineOf(refs[i].start);
    const lineStart = lines.lineStart(lineNumber);
    const lineEnd = lines.lineEnd(lineNumber);
    let j = i;
    while (j < refs.length && refs[j].start < lineEnd) j++;
    const line = refs.slice(i, j);
    i = j;
    if (!line.some((r) => r.kind === 'td' && index.entries.has(r.number))) continue;
    for (const { ref, profile } of lineClaims(ctx.text, lineStart, lineEnd, line, home)) {
      if (ref.kind !== 'td' || !profile || !isOwnMeetingTd(ctx, ref)) continue;
      const said = withHeading(profile, headingAbove(lineStart));
      const fit = citationFit(said, ref.number, index);
      if (!fit) continue;
      const cited = index.entries.get(ref.number)?.entry;
      if (!cited) continue;
      const better = fit.better;
      findings.push({
        start: ref.start,
        end: ref.end,
        message:
          `this line is about ${describeLine(said, home)}; TD${ref.number} is ${quote(cited.title)}` +
          (better ? `. ${better.id} (${quote(better.title)}) fits the line: ${better.id}?` : ''),
        ...(better ? { suggestion: suggestionFor(ctx.text, ref, better) } : {}),
      });
    }
  }
  return findings;
}

export const tdTitleMismatch = defineRule({
  id: 'td-title-mismatch',
  severity: 'warning',
  title: 'Line and TD title disagree',
  description:
    "With a register that has titles (ITU's TD list, or CSV/JSON with titles), each line should describe the TD it cites: the group, Recommendation, WTSA action and kind of document (report, LS, ToR, agenda, action plan, draft text) it names should be those of the TD's title and source. Where exactly one TD of the register fits the line, it is suggested, for the editor to choose.",
  fixable: false,
  suggests: true,
  check,
});
