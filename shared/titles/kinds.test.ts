import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, kindMentions, lineDirection, titleHead } from './kinds';

describe('titleHead', () => {
  // Observed titles: test/fixtures/titles/README.md says where each was seen.
  it.each([
    [
      'Report of the meeting of WP2/TSAG “Industry Engagement, Work Programme, Restructuring” (Geneva, 12 - 16 December 2022)',
      'report',
      undefined,
    ],
    ['LS on a progress report on the analysis of ITU-T study group restructuring', 'ls', undefined],
    ['Agenda, document allocation and work plan (Geneva, 1-4 May 2017)', 'agenda', undefined],
    ['Updated WTSA-12 Action Plan (version 4) for TSAG (Feb 2016)', 'action-plan', undefined],
    ['Terms of Reference of the new ITU-T Joint Correspondence Group on IoT Security (JCG-IoTSec)', 'tor', undefined],
    ['Updated baseline text E.800: Definitions of terms related to quality of service', 'draft-text', undefined],
    ['LS/i on definitions of quality of experience terms [from ETSI TC STQ]', 'ls', 'in'],
    // The forms ITU's lists use, written for the tests.
    ['LS/o on quantum key distribution networks [to ITU-T SG13, SG17]', 'ls', 'out'],
    ['Report of the TSAG RG-WM meeting (Geneva, 26-30 May 2025)', 'report', undefined],
    ['Draft report of the WP2/TSAG meeting', 'report', undefined],
    ['Draft revised Recommendation ITU-T A.1: Working methods for study groups', 'draft-text', undefined],
    ['Terms of reference of TSAG rapporteur groups', 'tor', undefined],
    ['Revised Question Q6/21 text', 'question-text', undefined],
    ['Draft new Question Q10/20 "Internet of Things (IoT) solutions"', 'question-text', undefined],
    ['Question 5/17 progress report', 'report', undefined],
    ['Reply LS on IMT-2030', 'ls', undefined],
  ])('%s → %s', (title, kind, direction) => {
    const head = titleHead(title);
    expect([head?.kind, head?.direction]).toEqual([kind, direction]);
  });

  it.each([
    // Observed: a head further in is not the title's kind.
    'Template for Question meeting agenda TD',
    'Performance results of current P.SAMD model candidate',
    'Remote participation in TSAG',
    'TSAG meeting facilities and information',
    '',
  ])('%j has no kind', (title) => {
    expect(titleHead(title)).toBeNull();
  });

  it('ends the head where the subject starts', () => {
    const title = 'LS/o on the ToR of JCA-IMT2020';
    expect(title.slice(titleHead(title)?.end)).toBe(' on the ToR of JCA-IMT2020');
  });
});

describe('kindMentions', () => {
  it.each([
    ['Report – TD106', ['report']],
    ['Approve the RG-WPR meeting report, TD106.', ['report']],
    ['Approve the ToR for the RG-WPR as found in TD7R1', ['tor']],
    ['Approve the addition to the Terms of Reference of WP2/TSAG', ['tor']],
    ['Outgoing LSs on activities', ['ls']],
    ['Approve Liaison Statement on Q9/21', ['ls']],
    ['Started, Liaison sent to SGs', ['ls']],
    ['Adopt revised Questions Q3/17', ['question-text']],
    ['Agree draft revised Recommendation ITU-T A.1', ['draft-text']],
    ['Review of the status of the WTSA-24 action plan', ['action-plan']],
    ['Approval of the agenda', ['agenda']],
    // The verb, and words that only look like kinds.
    ['to establish a coordination mechanism and report to TSAG', []],
    ['Agree the interim e-meetings plan for RG-DT', []],
    ['Rapporteur Group on Work Programme', []],
  ])('%s → %j', (text, kinds) => {
    expect(kindMentions(text).map((m) => m.kind)).toEqual(kinds);
  });
});

describe('lineDirection', () => {
  it.each([
    ['Outgoing LS on work', 'out'],
    ['Note the incoming LS from SG17', 'in'],
    ['Approve Liaison Statement on Q9/21', undefined],
  ])('%s → %s', (text, direction) => {
    expect(lineDirection(text)).toBe(direction);
  });
});

describe('DOCUMENT_KINDS', () => {
  it('has one entry per kind, each with a label', () => {
    expect(new Set(DOCUMENT_KINDS.map((k) => k.id)).size).toBe(DOCUMENT_KINDS.length);
    for (const kind of DOCUMENT_KINDS) expect(kind.withArticle).toContain(kind.label);
  });
});
