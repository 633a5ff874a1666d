import { describe, expect, it } from 'vitest';
import { describeLine } from './describe';
import { citationFit, indexTitles } from './fit';
import { lineProfile, withHeading } from './profile';

// Titles in the forms of ITU's TD lists (test/fixtures/titles/README.md).
const index = indexTitles(
  [
    [7, 'Terms of reference of TSAG rapporteur groups', 'TSAG Chair'],
    [10, 'Updated WTSA-24 action plan (version 1) for TSAG (May 2025)', 'Director, TSB'],
    [100, 'Draft report of the WP2/TSAG meeting (Geneva, 26-30 May 2025)', 'WP2/TSAG Chair'],
    [101, 'Agenda for the closing plenary of TSAG (Geneva, 30 May 2025)', 'TSAG Chair'],
    [102, 'Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)', 'Rapporteur, TSAG RG-WM'],
    [104, 'Report of the TSAG RG-SC meeting (Geneva, 26-30 May 2025)', 'Rapporteur, TSAG RG-SC'],
    [120, 'LS/i on IMT-2030 network requirements [from ITU-R WP5D]', 'ITU-R WP5D'],
    [130, 'Draft revised Recommendation ITU-T A.1: Working methods', 'Rapporteur, TSAG RG-WM'],
    [131, 'Draft revised Recommendation ITU-T A.13: Supplements to ITU-T Recommendations', 'Rapporteur, TSAG RG-WM'],
    [139, 'LS/o on the lead study group role', 'TSAG'],
    [142, 'LS/o on Q9/21 (metaverse)', 'TSAG'],
    [144, 'LS/o on coordination between SGs 17 and 20 on WTSA-24 Action 7 (IoT Security)', 'TSAG'],
    [145, 'Terms of reference for coordination between SGs 13, 17 and 20 on WTSA-24 Action 8 (trust)', 'TSAG'],
    [150, 'LS/o on the ITU-T mandate to all ITU-T study groups', 'TSAG'],
    [160, 'LS/o on IMT-2030 network requirements [to ITU-R WP5D]', 'TSAG'],
    [161, 'LS/o on quantum key distribution networks [to ITU-T SG13, SG17]', 'TSAG'],
  ].map(([number, title, source]) => ({ number: number as number, title: title as string, source: source as string })),
  'TSAG',
);

function fit(line: string, cited: number, heading?: string) {
  const said = withHeading(lineProfile(line, 'TSAG'), heading ? lineProfile(heading, 'TSAG') : null);
  const result = citationFit(said, cited, index);
  return (
    result && { mismatch: result.mismatch, better: result.better?.number ?? null, about: describeLine(said, 'TSAG') }
  );
}

describe('citationFit', () => {
  it.each([
    // Another group's report: sure, and the one report of the line's group is suggested.
    ['Approve the RG-WM meeting report,', 104, undefined, { mismatch: 'sure', better: 102, about: "RG-WM's report" }],
    [
      'Report –',
      104,
      'TSAG RG-WM “Rapporteur Group on Working Methods”',
      { mismatch: 'sure', better: 102, about: "RG-WM's report" },
    ],
    // Another kind, nothing tying the line to the title.
    [
      'Approve the ToR for the RG-WPR as found in',
      10,
      undefined,
      { mismatch: 'sure', better: 7, about: "RG-WPR's ToR" },
    ],
    [
      'Review of the status of the WTSA-24 action plan –',
      7,
      undefined,
      { mismatch: 'sure', better: 10, about: 'an action plan' },
    ],
    [
      'Approval of the agenda for the closing plenary –',
      100,
      undefined,
      { mismatch: 'sure', better: 101, about: 'an agenda on "closing plenary"' },
    ],
    [
      'Review of the WP2/TSAG meeting report –',
      101,
      undefined,
      { mismatch: 'sure', better: 100, about: "WP2/TSAG's report" },
    ],
    // Liaisons to other bodies, and in rather than out.
    [
      'Approve the LS to ITU-R WP5D on IMT-2030 network requirements –',
      161,
      undefined,
      { mismatch: 'sure', better: 160, about: 'an outgoing LS to ITU-R WP5D on "network requirements"' },
    ],
    [
      'Note the incoming LS from ITU-R WP5D on IMT-2030 –',
      160,
      undefined,
      { mismatch: 'sure', better: 120, about: 'an incoming LS from ITU-R WP5D' },
    ],
    // Another Recommendation.
    [
      'Agree draft revised Recommendation ITU-T A.1,',
      131,
      undefined,
      { mismatch: 'sure', better: 130, about: 'a draft text on ITU-T A.1' },
    ],
    // A line that says only its kind: a mismatch, but with two ToR in the list, none to suggest.
    ['TSAG 05-2025: Started, ToR in', 144, undefined, { mismatch: 'sure', better: null, about: 'ToR' }],
    // Words alone: only with the one LS that fits.
    [
      'Approve Liaison Statement on lead SG role,',
      142,
      undefined,
      { mismatch: 'if-suggested', better: 139, about: 'an LS on "lead SG role"' },
    ],
    [
      'Approve Liaison Statement on Q9/21 (metaverse),',
      139,
      undefined,
      { mismatch: 'if-suggested', better: 142, about: 'an LS on Q9/21' },
    ],
  ] as const)('%s TD%s', (line, cited, heading, expected) => {
    expect(fit(line, cited, heading)).toEqual(expected);
  });

  it.each([
    ['Approve the RG-WM meeting report,', 102, undefined],
    ['Report –', 102, 'TSAG RG-WM “Rapporteur Group on Working Methods”'],
    ['RG-DT ToR –', 7, undefined],
    // Another kind, but the same WTSA action and groups, and no ToR on them in the list.
    ['Approve the ToR for coordination between SGs 17 and 20 on WTSA-24 Action 7 (IoT Security) –', 144, undefined],
    // Agrees, or cannot tell.
    ['Outgoing LSs –', 150, undefined],
    ['Started, LS in', 142, undefined],
    ['Approve the Liaison Statement on ITU-T mandate to all ITU-T study groups –', 150, undefined],
    // Words alone, and no other TD fits: nothing.
    ['Approve the LS on smart cities –', 139, undefined],
  ] as const)('%s TD%s fits', (line, cited, heading) => {
    expect(fit(line, cited, heading)).toBeNull();
  });
});
