/**
 * Test helper: TD numbers swapped between two lines of the titles fixture agenda, as an editor slips them
 * (test/fixtures/titles/). Each pair names two snippets of the agenda, each with one TD; `plant` exchanges their TDs.
 */
import { findReferences } from '../refs/find-references';
import { fixtureText } from './check-text.testing';

export interface Swap {
  what: string;
  /** Two snippets of the agenda, each citing one TD: after the swap, each cites the other's. */
  lines: readonly [string, string];
}

export const TITLE_SWAPS: readonly Swap[] = [
  { what: 'two reports of different groups', lines: ['· Report – TD102', '· Report – TD104'] },
  { what: 'two LS on different subjects', lines: ['on lead SG role, TD139', 'on Q9/21 (metaverse), TD142'] },
  { what: 'a ToR and an action plan', lines: ['as found in TD7R1', 'WTSA-24 action plan – TD10'] },
  {
    what: 'a report and an agenda',
    lines: ['WP2/TSAG meeting report – TD100', 'agenda for the closing plenary – TD101'],
  },
  {
    what: 'two outgoing LS to different bodies',
    lines: ['IMT-2030 network requirements – TD160', 'quantum key distribution networks – TD161'],
  },
  { what: 'two draft Recommendations', lines: ['Recommendation ITU-T A.1, TD130', 'Draft revised A.13 – TD131'] },
  { what: 'two Question texts', lines: ['and security services” (TD89)', '“Management of digital identity” (TD90)'] },
  {
    what: 'an incoming and an outgoing LS',
    lines: ['from ITU-R WP5D on IMT-2030 – TD120', 'IMT-2030 network requirements – TD160'],
  },
];

export const TITLES_AGENDA = 'titles/tsag-closing-agenda-2025-05.txt';
export const TITLES_REGISTER = 'titles/T25-TSAG-250526-TD.xml';

const tdOf = (snippet: string) => {
  const tds = findReferences(snippet, { kinds: ['td'] });
  if (tds.length !== 1 || tds[0].kind !== 'td') throw new Error(`expected one TD in "${snippet}"`);
  return tds[0];
};

/** The agenda with the swap planted, and per swapped line: its text after the swap and the TD it should cite. */
export function plant(
  swap: Swap,
  text = fixtureText(TITLES_AGENDA),
): { text: string; lines: { line: string; cited: string; right: number }[] } {
  const [a, b] = swap.lines.map(tdOf);
  const swappedA = swap.lines[0].replace(a.text, b.text);
  const swappedB = swap.lines[1].replace(b.text, a.text);
  // Both snippets are found in the original text first: after one swap, the other snippet may appear twice.
  const at = swap.lines.map((snippet) => {
    const i = text.indexOf(snippet);
    if (i < 0 || text.indexOf(snippet, i + 1) >= 0) throw new Error(`expected exactly one "${snippet}"`);
    return i;
  });
  const edits = [
    { at: at[0], from: swap.lines[0], to: swappedA },
    { at: at[1], from: swap.lines[1], to: swappedB },
  ].sort((x, y) => y.at - x.at);
  const planted = edits.reduce((t, e) => t.slice(0, e.at) + e.to + t.slice(e.at + e.from.length), text);
  return {
    text: planted,
    lines: [
      { line: swappedA, cited: b.text, right: a.number },
      { line: swappedB, cited: a.text, right: b.number },
    ],
  };
}
