import { describe, expect, it } from 'vitest';
import { findReferences } from '../refs/find-references';
import { citationsOfLine } from './segments';

/** Each citation of `line` as `[TD, its words, its quoted title]`; a part citation's words are null. */
function citations(line: string) {
  return citationsOfLine(line, 0, line.length, findReferences(line)).map((c) => [
    c.ref.id,
    c.own ? line.slice(c.own.start, c.own.end).trim() : null,
    c.quoted ? line.slice(c.quoted.start, c.quoted.end) : null,
    c.sharesPrevious,
  ]);
}

describe('citationsOfLine', () => {
  it('gives each TD the words since the previous one, within its clause', () => {
    expect(
      citations(
        '· RG-WPR-2, 3: Adopt revised Questions Q3/17 “Security” (TD89), Q10/17 “Identity” (TD90) RG-WPR-6: Approve Liaison Statement on Q9/21 (metaverse), TD142',
      ),
    ).toEqual([
      ['TD89', 'Adopt revised Questions Q3/17 “Security” (', null, false],
      ['TD90', '), Q10/17 “Identity” (', null, false],
      ['TD142', 'Approve Liaison Statement on Q9/21 (metaverse),', null, false],
    ]);
  });

  // Observed lines: test/fixtures/titles/tsag-2212-wp2-actions.txt.
  it('reads a title quoted after the TD', () => {
    expect(
      citations(
        '· RG-WPR-4: Approve outgoing Liaison Statement - TD165 “LS on a progress report on the analysis of ITU-T study group restructuring”',
      ),
    ).toEqual([
      [
        'TD165',
        'Approve outgoing Liaison Statement -',
        'LS on a progress report on the analysis of ITU-T study group restructuring',
        false,
      ],
    ]);
  });

  it('lets a list of TDs share one description', () => {
    expect(citations('· WP2-6: Approve Liaison Statements on UAS and Q10/13 – TD168, TD169')).toEqual([
      ['TD168', 'Approve Liaison Statements on UAS and Q10/13 –', null, false],
      ['TD169', ',', null, true],
    ]);
  });

  it.each([
    '· WP2-1: Approve the addition to the Terms of Reference of WP2/TSAG – TD011, Annex 1',
    '· Future meetings – Clause 9 of TD108',
    '(extract from TD10R1 with status/comment line added)',
  ])('gives a part citation no words: %s', (line) => {
    expect(citations(line).map((c) => c[1])).toEqual([null]);
  });

  it('breaks clauses at semicolons and sentence ends', () => {
    expect(citations('Report – TD106; LS on lead SG role – TD139').map((c) => c[1])).toEqual([
      'Report –',
      'LS on lead SG role –',
    ]);
    expect(citations('The RG-WM report is ready. Approve the LS on lead SG role, TD139').map((c) => c[1])).toEqual([
      'Approve the LS on lead SG role,',
    ]);
    expect(citations('See TD 120 Rev. 1 and the LS in TD139').map((c) => c[1])).toEqual(['See', 'and the LS in']);
  });
});
