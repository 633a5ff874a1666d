import { describe, expect, it } from 'vitest';
import { findTds, parseTdId, tdId } from './td';

describe('parseTdId: valid ids', () => {
  const valid: [string, string, Record<string, unknown>][] = [
    ['TD106', 'TD106', { number: 106 }],
    ['TD 106', 'TD106', { number: 106 }],
    ['TD\u00a0106', 'TD106', { number: 106 }],
    ['TD7R1', 'TD7R1', { number: 7, revision: 1 }],
    ['TD 7 Rev.1', 'TD7R1', { revision: 1 }],
    ['TD198 Rev.1', 'TD198R1', { number: 198, revision: 1 }],
    ['TD 7 (Rev.2)', 'TD7R2', { revision: 2 }],
    ['TD 859r1', 'TD859R1', { revision: 1 }],
    ['TD 554 R1', 'TD554R1', { revision: 1 }],
    ['TD 001', 'TD1', { number: 1 }],
    ['TD-GEN-0106', 'TD106', { subGroup: 'GEN' }],
    ['TD 295-PLEN', 'TD295', { subGroup: 'PLEN' }],
    ['TD236-WP1', 'TD236', { subGroup: 'WP1' }],
    ['TD 348/PLEN', 'TD348', { subGroup: 'PLEN' }],
    ['SG2-TD1R3/PLEN', 'TD1R3', { group: 'SG2', subGroup: 'PLEN', revision: 3 }],
    ['SG2\u2011TD9R1/PLEN', 'TD9R1', { group: 'SG2', subGroup: 'PLEN' }],
    ['SG12-TD648', 'TD648', { group: 'SG12' }],
    ['SG17-TD123/GEN', 'TD123', { group: 'SG17', subGroup: 'GEN' }],
    ['TSAG TD83', 'TD83', { group: 'TSAG' }],
    ['ITU-T SG21 TD 348/PLEN', 'TD348', { group: 'SG21', subGroup: 'PLEN' }],
    ['TD.2484', 'TD2484', { number: 2484 }],
    ['TD 230R2(P)', 'TD230R2', { subGroup: 'PLEN', revision: 2 }],
    ['TD 263 (P)', 'TD263', { subGroup: 'PLEN' }],
    ['TD 120 Rev.1', 'TD120R1', {}],
    ['TD 025 Rev.1', 'TD25R1', { number: 25 }],
  ];
  it.each(valid)('%s → %s', (input, id, fields) => {
    const ref = parseTdId(input);
    expect(ref).not.toBeNull();
    expect(ref?.id).toBe(id);
    expect(ref).toMatchObject({ kind: 'td', ...fields });
  });

  it('has no revision/subGroup/group fields when none is written', () => {
    expect(parseTdId('TD 106')).toEqual({ kind: 'td', id: 'TD106', text: 'TD 106', start: 0, end: 6, number: 106 });
  });
});

describe('parseTdId: invalid ids', () => {
  const invalid = [
    'TDD',
    'TD',
    'TD ',
    'STD 66',
    'ATD1',
    'TD-LTE',
    'TD 0',
    'TD 000',
    'TD106a',
    'td 106',
    'TD 123456',
    'TD  ',
    'TD-GEN',
    'TD 5 Rapporteur',
    'C 45',
    'TD 7 Rev.',
    'TD 7 (Q)',
  ];
  it.each(invalid)('%s is not a TD id', (input) => {
    expect(parseTdId(input)).toBeNull();
  });
});

describe('parseTdId for registers (anyCase)', () => {
  it.each([
    ['TD9R3', 9, 3],
    ['TD 9', 9, undefined],
    ['TD009 Rev.3', 9, 3],
    ['TD9r3', 9, 3],
    ['td9', 9, undefined],
    [' TD 106 ', 106, undefined],
  ])('reads %j', (text, number, revision) => {
    const ref = parseTdId(text, { anyCase: true });
    expect([ref?.number, ref?.revision]).toEqual([number, revision]);
  });
  it.each(['TDx', 'TD0', 'TD 9 and 10', ''])('rejects %j', (text) => {
    expect(parseTdId(text, { anyCase: true })).toBeNull();
  });
  it('formats the canonical id', () => {
    expect(tdId(7, 2)).toBe('TD7R2');
    expect(tdId(7)).toBe('TD7');
  });
});

describe('findTds', () => {
  it('finds TDs in prose with exact offsets', () => {
    const text = 'Report – TD106 and TD 7 Rev.1; see [TD0648].';
    const refs = findTds(text);
    expect(refs.map((r) => r.id)).toEqual(['TD106', 'TD7R1', 'TD648']);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(refs[2].text).toBe('TD0648');
  });

  it('splits + lists into one ref per number, each spanning its own number', () => {
    const text = 'TD 232R1+ 267+ 269+ 270(P)';
    const refs = findTds(text);
    expect(refs.map((r) => r.id)).toEqual(['TD232R1', 'TD267', 'TD269', 'TD270']);
    expect(refs.map((r) => r.text)).toEqual(['TD 232R1', '267', '269', '270(P)']);
    expect(refs.every((r) => r.subGroup === 'PLEN')).toBe(true);
  });

  it('keeps the group for every list item', () => {
    const refs = findTds('SG2-TD97+98/PLEN');
    expect(refs.map((r) => [r.id, r.group, r.subGroup])).toEqual([
      ['TD97', 'SG2', 'PLEN'],
      ['TD98', 'SG2', 'PLEN'],
    ]);
  });

  it('ignores look-alikes', () => {
    expect(findTds('TDD and STD 66, ATD1, TD-LTE, TDMA 5, the TD contains')).toEqual([]);
  });

  it('treats the non-breaking hyphen and NBSP as plain forms', () => {
    const text = 'SG2\u2011TD1R3/PLEN and TD\u00a0106';
    expect(findTds(text).map((r) => [r.id, r.text])).toEqual([
      ['TD1R3', 'SG2\u2011TD1R3/PLEN'],
      ['TD106', 'TD\u00a0106'],
    ]);
  });
});

describe('TDs inside ITU document ids', () => {
  it('reads group and sub-group from T25-TSAG-250526-TD-GEN-0106', () => {
    expect(findTds('file T25-TSAG-250526-TD-GEN-0106.docx')).toMatchObject([
      { id: 'TD106', group: 'TSAG', subGroup: 'GEN', text: 'T25-TSAG-250526-TD-GEN-0106' },
    ]);
  });
});

describe('plural TDs', () => {
  it('gives one reference per number', () => {
    const text = 'see TDs 142 and 150, then TD 7 and TDs 5, 6R1, 7(P).';
    expect(findTds(text).map((r) => [r.id, r.text])).toEqual([
      ['TD142', 'TDs 142'],
      ['TD150', '150'],
      ['TD7', 'TD 7'],
      ['TD5', 'TDs 5'],
      ['TD6R1', '6R1'],
      ['TD7', '7(P)'],
    ]);
  });
  it('does not list after a singular TD', () => {
    expect(findTds('TD 5, 6 May').map((r) => r.id)).toEqual(['TD5']);
  });
});

describe('TD forms of real prose', () => {
  it('reads a hyphen before the revision (TD11-R1) and zero padding (TD011)', () => {
    expect(findTds('TD11-R1, TD125-R1 and TD011').map((r) => [r.id, r.text])).toEqual([
      ['TD11R1', 'TD11-R1'],
      ['TD125R1', 'TD125-R1'],
      ['TD11', 'TD011'],
    ]);
  });
  it("reads the group of a parenthesized sub-group: TD 251R2 (PLEN/13) is SG13's", () => {
    expect(findTds('TD 251R2 (PLEN/13) and TD 312 (WP3/12)')).toMatchObject([
      { id: 'TD251R2', subGroup: 'PLEN', group: 'SG13', text: 'TD 251R2 (PLEN/13)' },
      { id: 'TD312', subGroup: 'WP3', group: 'SG12' },
    ]);
  });
  it('gives the group written on the last item of a + list to the others', () => {
    expect(findTds('TD 5+ 6 (PLEN/13)').map((r) => [r.id, r.group, r.subGroup])).toEqual([
      ['TD5', 'SG13', 'PLEN'],
      ['TD6', 'SG13', 'PLEN'],
    ]);
  });
  it('does not count: 173 TDs', () => {
    expect(findTds('173 TDs and 68 TDs were received')).toEqual([]);
  });
});

describe('TD forms of real text (issue families)', () => {
  it('reads a revision written after the sub-group: TD 412/PLEN Rev.2, TD 88/WP3 Rev.1', () => {
    expect(findTds('TD 412/PLEN Rev.2; TD 88/WP3 Rev.1; TD 9 (P) (Rev.3)')).toMatchObject([
      { id: 'TD412R2', subGroup: 'PLEN', revision: 2 },
      { id: 'TD88R1', subGroup: 'WP3' },
      { id: 'TD9R3', subGroup: 'PLEN' },
    ]);
  });
  it('reads the sub-group written before the number: SG5 TD GEN 0213, TD Plen/16 16', () => {
    expect(findTds('SG5 TD GEN 0213 and TD Plen/16 16')).toMatchObject([
      { id: 'TD213', group: 'SG5', subGroup: 'GEN', text: 'SG5 TD GEN 0213' },
      { id: 'TD16', group: 'SG16', subGroup: 'PLEN', text: 'TD Plen/16 16' },
    ]);
  });
  it('reads a TD broken by a line end, never by a blank line', () => {
    const text = 'the report is in SG5 TD GEN\n0213 and in TD\r\n  106; not TD\n\n7';
    expect(findTds(text).map((r) => [r.id, r.text])).toEqual([
      ['TD213', 'SG5 TD GEN\n0213'],
      ['TD106', 'TD\r\n  106'],
    ]);
  });
  it('reads comma lists that drop the prefix when they end with "and" or a suffix', () => {
    expect(
      findTds('TD 233, 240(P) and 251(WP1); TD 158, 172(P); TD 12 and 13').map((r) => [r.id, r.text, r.subGroup]),
    ).toEqual([
      ['TD233', 'TD 233', undefined],
      ['TD240', '240(P)', 'PLEN'],
      ['TD251', '251(WP1)', 'WP1'],
      ['TD158', 'TD 158', undefined],
      ['TD172', '172(P)', 'PLEN'],
      ['TD12', 'TD 12', undefined],
      ['TD13', '13', undefined],
    ]);
  });
  it('leaves bare comma items alone: counts and dates', () => {
    expect(findTds('TD 5, 6 May; TD 12, 2 pages; TD 7, 8, 9').map((r) => r.id)).toEqual(['TD5', 'TD12', 'TD7']);
  });
});

describe('TD look-alikes and cells of real text', () => {
  it("reads a TD whose number a page's table cell indents on the next line", () => {
    expect(findTds('IPCablecom2 networks | TD \n\t\t187 | Q8/9').map((r) => [r.id, r.text])).toEqual([
      ['TD187', 'TD \n\t\t187'],
    ]);
  });
  it("leaves another body's numbering alone: ETSI's TD91/23", () => {
    expect(findTds('Technical Report TD91/23, ETSI/TM/TM5')).toEqual([]);
  });
});
