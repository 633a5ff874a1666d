import { describe, expect, it } from 'vitest';
import { findContributions, parseContributionId } from './contribution';

describe('parseContributionId', () => {
  it.each([
    ['C 45', 'C45', {}],
    ['C-548', 'C548', {}],
    ['C147', 'C147', {}],
    ['C 005 Rev.1', 'C5R1', { revision: 1 }],
    ['SG2-C75', 'C75', { group: 'SG2' }],
    ['TSAG-C83', 'C83', { group: 'TSAG' }],
    ['COM 17 – C 45', 'C45', { group: 'COM 17' }],
    ['COM 19 - C 45', 'C45', { group: 'COM 19' }],
  ])('%s → %s', (input, id, fields) => {
    expect(parseContributionId(input)).toMatchObject({ kind: 'contribution', id, ...fields });
  });
  it.each(['C', 'C++', 'C 0', 'c 45', 'C45a', 'CC 45', 'C 12345'])('%s is not a contribution', (input) => {
    expect(parseContributionId(input)).toBeNull();
  });
});

describe('findContributions', () => {
  it('finds contributions in prose', () => {
    const text = 'See C 45 and C-548; (C147), in C 005 Rev.1, SG2-C75, COM 17 – C 45.';
    expect(findContributions(text).map((r) => r.id)).toEqual(['C45', 'C548', 'C147', 'C5R1', 'C75', 'C45']);
  });

  it('takes one-digit contributions only at a line start, after a document word, or with a prefix', () => {
    const text = 'C1: proposal for new work\nsee C5, contribution C3, TSAG-C2 and SG17-C 7; but their C1 equivalents';
    expect(findContributions(text).map((r) => r.id)).toEqual(['C1', 'C5', 'C3', 'C2', 'C7']);
  });

  it.each([
    'smart sustainable cities (SSC&C)',
    'Annex C 2',
    'see Appendix C1',
    'C++ and C# code',
    'Class C 1 amplifier',
    'vitamin C 1000 mg',
    'RG-C-1',
    'Table C.2',
    'ABC 12',
    'a C 1 in prose',
    'data:text/plain,H%C3%A9llo',
    'quoted-printable caf=C3=A9 in a mail archive',
    'escape sequences and their C1 equivalents',
    'class C2 { p: T }',
  ])('no false hit in %s', (text) => {
    expect(findContributions(text)).toEqual([]);
  });
});

describe('contributions inside ITU document ids', () => {
  it('reads T25-SG17-C-0548', () => {
    expect(findContributions('T25-SG17-C-0548')).toMatchObject([
      { id: 'C548', group: 'SG17', text: 'T25-SG17-C-0548' },
    ]);
  });
});

describe('contribution forms of real prose', () => {
  it('reads C.823, C21,C24 and C 101-R1', () => {
    expect(findContributions('see C.823; C21,C24 and C 101-R1').map((r) => [r.id, r.text])).toEqual([
      ['C823', 'C.823'],
      ['C21', 'C21'],
      ['C24', 'C24'],
      ['C101R1', 'C 101-R1'],
    ]);
  });
  it('takes spaced forms after bullets and the verbs of meeting reports', () => {
    const text =
      '- C 350 and C 351 (Rostelecom)\n* C 352\nIt considered C 1102; we reviewed C 1103 and discussed C 1104.';
    expect(findContributions(text).map((r) => r.id)).toEqual(['C350', 'C351', 'C352', 'C1102', 'C1103', 'C1104']);
  });
  it('takes a spaced form without context when the text cites that number elsewhere', () => {
    expect(findContributions('Can we take C 271 today? We discussed C271.').map((r) => r.text)).toEqual([
      'C 271',
      'C271',
    ]);
    expect(findContributions('Can we take C 271 today?')).toEqual([]);
    expect(findContributions('Annex C 12 of C12')).toMatchObject([{ text: 'C12', start: 14 }]);
  });
  it('needs context for an unspaced C<n> too: part numbers and names are not contributions', () => {
    expect(
      findContributions('Intel C612 Controller; the C610 series; (C509 Certificates); abbrev="C509 Certificates"'),
    ).toEqual([]);
    expect(findContributions('TD 858 (C146); [C41]; (C147, C148); Contributions: C21,C24').map((r) => r.id)).toEqual([
      'C146',
      'C41',
      'C147',
      'C148',
      'C21',
      'C24',
    ]);
  });
  it('reads ITU document ids inside a link: /md/T09-TSAG-C-0041/en', () => {
    expect(findContributions('http://www.itu.int/md/T09-TSAG-C-0041/en')).toMatchObject([
      { id: 'C41', group: 'TSAG', text: 'T09-TSAG-C-0041' },
    ]);
  });
  it('leaves a dotted one-digit heading alone (C.1 Scope)', () => {
    expect(findContributions('C.1 Scope\nC.12 Definitions')).toMatchObject([{ id: 'C12' }]);
    expect(findContributions('see C.1')).toMatchObject([{ id: 'C1' }]);
  });
});
