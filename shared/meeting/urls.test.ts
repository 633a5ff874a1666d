import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contributionIndexFileName,
  contributionIndexUrl,
  contributionPageUrl,
  parseItuUrl,
  tdFileUrl,
  tdIndexFileName,
  tdIndexUrl,
  tdPageUrl,
} from './urls';
import { parseTdId } from '../refs/td';
import type { MeetingContext } from './types';

const tsag: MeetingContext = {
  group: 'TSAG',
  place: 'Geneva',
  start: '2025-05-26',
  end: '2025-05-30',
  studyPeriod: 25,
};
const sg21: MeetingContext = { group: 'SG21', start: '2026-07-06', studyPeriod: 25, subGroup: 'PLEN' };

describe('building URLs', () => {
  it('TD page', () => {
    expect(tdPageUrl({ number: 106 }, tsag)).toBe('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en');
    expect(tdPageUrl({ number: 348 }, sg21)).toBe('https://www.itu.int/md/T25-SG21-260706-TD-PLEN-0348/en');
    expect(tdPageUrl({ number: 236, subGroup: 'WP1' }, sg21)).toBe(
      'https://www.itu.int/md/T25-SG21-260706-TD-WP1-0236/en',
    );
  });
  it('TD file', () => {
    expect(tdFileUrl({ number: 106, revision: 1 }, tsag, { format: 'MSW', lang: 'E' })).toBe(
      'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0106%21R1%21MSW-E.docx',
    );
    expect(tdFileUrl({ number: 348 }, sg21)).toBe(
      'https://www.itu.int/dms_pub/itu-t/md/25/sg21/td/260706/PLEN/T25-SG21-260706-TD-PLEN-0348%21%21MSW-E.docx',
    );
    expect(tdFileUrl({ number: 7 }, tsag, { format: 'PDF', lang: 'F' })).toMatch(
      /T25-TSAG-250526-TD-GEN-0007%21%21PDF-F\.pdf$/,
    );
  });
  it('contribution page', () => {
    expect(contributionPageUrl({ number: 45 }, tsag)).toBe('https://www.itu.int/md/T25-TSAG-C-0045/en');
    expect(contributionPageUrl({ number: 548, group: 'SG17' }, tsag)).toBe('https://www.itu.int/md/T25-SG17-C-0548/en');
    expect(contributionPageUrl({ number: 45, group: 'COM 17' }, tsag)).toBe(
      'https://www.itu.int/md/T25-TSAG-C-0045/en',
    );
  });
  it('works from a parsed reference', () => {
    const ref = parseTdId('TD 230R2(P)');
    expect(ref).not.toBeNull();
    if (ref) expect(tdPageUrl(ref, tsag)).toBe('https://www.itu.int/md/T25-TSAG-250526-TD-PLEN-0230/en');
  });
});

describe('parseItuUrl', () => {
  it.each([
    [
      'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en',
      {
        kind: 'td',
        id: 'TD106',
        number: 106,
        subGroup: 'GEN',
        group: 'TSAG',
        studyPeriod: 25,
        meetingStart: '2025-05-26',
      },
    ],
    [
      'https://www.itu.int/md/T17-SG12-181127-TD-GEN-0648/fr',
      { kind: 'td', id: 'TD648', group: 'SG12', studyPeriod: 17, meetingStart: '2018-11-27' },
    ],
    [
      'https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T25-SG13-260227-TD-WP1-0367',
      { kind: 'td', id: 'TD367', subGroup: 'WP1', group: 'SG13' },
    ],
    [
      'https://www.itu.int/md/dologin_md.asp?lang=en&id=T25-SG12-C-0005!R1!MSW-E',
      { kind: 'contribution', id: 'C5R1', revision: 1, group: 'SG12' },
    ],
    [
      'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0106%21R1%21MSW-E.docx',
      { kind: 'td', id: 'TD106R1', revision: 1 },
    ],
    [
      'https://www.itu.int/dms_pub/itu-t/md/25/sg21/td/260706/PLEN/T25-SG21-260706-TD-PLEN-0348%21%21MSW-E.docx',
      { kind: 'td', id: 'TD348', subGroup: 'PLEN' },
    ],
    [
      'https://www.itu.int/md/T25-SG17-C-0548/en',
      { kind: 'contribution', id: 'C548', number: 548, group: 'SG17', studyPeriod: 25 },
    ],
  ])('%s', (url, expected) => {
    expect(parseItuUrl(url)).toMatchObject(expected);
  });

  it.each([
    'not a url',
    'https://example.com/md/T25-TSAG-250526-TD-GEN-0106/en',
    'https://www.itu.int/md/T25-SG12-R-0008/en',
    'https://www.itu.int/md/T25-TSB-CIR-0179/en',
    'https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T22-SG12-230118-TD&question=Q3/12',
    'https://www.itu.int/en/ITU-T/Pages/default.aspx',
    'javascript://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en',
    'ftp://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en',
    'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/%E0%A4%A.docx',
  ])('null for %s', (url) => {
    expect(parseItuUrl(url)).toBeNull();
  });

  it('round-trips built URLs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        fc.constantFrom('GEN', 'PLEN', 'WP1', 'WP4'),
        fc.constantFrom('TSAG', 'SG2', 'SG17', 'SG21'),
        fc.date({ min: new Date('2013-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }),
        (number, revision, subGroup, group, date) => {
          const start = date.toISOString().slice(0, 10);
          const ctx: MeetingContext = { group, start, studyPeriod: 25 };
          const ref = revision === undefined ? { number, subGroup } : { number, subGroup, revision };
          const expected = { kind: 'td', number, subGroup, group, studyPeriod: 25, meetingStart: start };
          const page = parseItuUrl(tdPageUrl(ref, ctx));
          expect(page).toMatchObject(expected);
          expect(page?.revision).toBeUndefined();
          const file = parseItuUrl(tdFileUrl(ref, ctx));
          expect(file).toMatchObject(expected);
          expect(file?.revision).toBe(revision);
          expect(parseItuUrl(contributionPageUrl({ number }, ctx))).toMatchObject({
            kind: 'contribution',
            number,
            group,
            studyPeriod: 25,
          });
        },
      ),
    );
  });
});

describe("ITU's index URLs", () => {
  it('TD index of a meeting, contributions index of a group (group upper-case in the path)', () => {
    expect(tdIndexUrl(tsag)).toBe('https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml');
    expect(tdIndexUrl({ group: 'sg12', start: '2026-06-09', studyPeriod: 25 })).toBe(
      'https://www.itu.int/dms_pages/itu-t/md/25/SG12/td/T25-SG12-260609-TD.xml',
    );
    expect(contributionIndexUrl({ group: 'SG12', studyPeriod: 25 })).toBe(
      'https://www.itu.int/dms_pages/itu-t/md/25/SG12/c/T25-SG12-C.xml',
    );
    expect(contributionIndexUrl({ group: 'TSAG', studyPeriod: 17 })).toBe(
      'https://www.itu.int/dms_pages/itu-t/md/17/TSAG/c/T17-TSAG-C.xml',
    );
  });
  it('takes another base (a local server in tests)', () => {
    expect(tdIndexUrl(tsag, 'http://127.0.0.1:8080')).toBe(
      'http://127.0.0.1:8080/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml',
    );
    expect(tdIndexFileName(sg21)).toBe('T25-SG21-260706-TD.xml');
    expect(contributionIndexFileName(sg21)).toBe('T25-SG21-C.xml');
  });
});
