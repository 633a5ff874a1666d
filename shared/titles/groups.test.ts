import { describe, expect, it } from 'vitest';
import { compareGroups, findGroups } from './groups';

const ids = (text: string, home?: string) => findGroups(text, home).map((g) => (g.role ? `${g.id}:${g.role}` : g.id));

describe('findGroups', () => {
  it.each([
    ['Report of the TSAG RG-WM meeting', ['TSAG', 'RG-WM']],
    ['Rapporteur, TSAG RG-WPR', ['TSAG', 'RG-WPR']],
    ['TSAG RG-StdsStrat', ['TSAG', 'RG-STDSSTRAT']],
    ['Chairman, WP2/TSAG', ['WP2/TSAG']],
    ['Working Party 2/TSAG', ['WP2/TSAG']],
    ['WP1/12 meeting', ['WP1/12']],
    ['Rapporteur Q9/12', ['Q9/12']],
    ['coordination between SGs 17 and 20', ['SG17', 'SG20']],
    ['LS/o on quantum key distribution [to ITU-T SG13, SG17]', ['SG13:to', 'SG17:to']],
    ['LS/i on IMT-2030 [from ITU-R WP5D]', ['ITU-R WP5D:from']],
    ['Approve the LS to ITU-R WP5D on IMT-2030', ['ITU-R WP5D:to']],
    ['the ITU-T mandate to all ITU-T study groups', ['ALL-SG:to']],
    ['LS/i on terms [from ETSI TC STQ]', ['ETSI:from']],
    ['ISO/IEC JTC 1/SC 27', ['JTC1']],
    ['Terms of Reference of the new ITU-T Joint Correspondence Group on IoT Security (JCG-IoTSec)', ['JCG-IOTSEC']],
    ['JCA-IMT2020 continuation', ['JCA-IMT2020']],
    // Action codes and meeting tags are not groups.
    ['RG-WPR-2, 3: Adopt revised Questions', []],
    ['WP2-4: Approve the report', []],
    ['TSAG 05-2025: Started, LS in TD142.', []],
    ['SG work, SG Coordination', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('gives a bare WP the meeting’s group', () => {
    expect(ids('Annex 2a - Actions for WP2 from the WTSA Action plan', 'TSAG')).toEqual(['WP2/TSAG']);
    expect(ids('Actions for WP2')).toEqual(['WP2']);
  });
});

describe('compareGroups', () => {
  const g = (text: string) => findGroups(text, 'TSAG');
  it.each([
    ['RG-WM', 'Report of the TSAG RG-SC meeting', 'conflict'],
    ['RG-WM', 'Report of the TSAG RG-WM meeting', 'agree'],
    ['RG-DT', 'Terms of reference of TSAG rapporteur groups', 'agree'],
    ['WP2/TSAG', 'Report of the TSAG RG-DT meeting', 'conflict'],
    ['Q3/17', 'Revised Question Q10/17 text (ITU-T SG17)', 'conflict'],
    ['Q3/17', 'Revised Question Q3/17 text (ITU-T SG17)', 'agree'],
    ['to ITU-R WP5D', '[to ITU-T SG13, SG17]', 'conflict'],
    ['to SG13 and SG17', '[to ITU-T SG13, SG17, SG20]', 'agree'],
    ['SG13', 'the ITU-T mandate to all ITU-T study groups', 'agree'],
    ['SGs 17 and 20', 'Terms of reference of TSAG rapporteur groups', 'conflict'],
    ['lead SG role', 'the lead study group role', 'unknown'],
    ['RG-WM', 'LS/o on the lead study group role', 'unknown'],
  ])('%s against %s: %s', (line, title, verdict) => {
    expect(compareGroups(g(line), g(title))).toBe(verdict);
  });
});
