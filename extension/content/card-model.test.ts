import { describe, expect, it } from 'vitest';
import type { MeetingContext } from '../../shared/meeting/types';
import type { Reference } from '../../shared/refs/types';
import { readFileSync } from 'node:fs';
import { parseRegister } from '../../shared/register/parse-register';
import { toStoredRegister, type StoredRegister } from '../register-store';
import type { StoredIndex } from '../itu-index';
import { buildCardModel, type DocumentUrls } from './card-model';
import type { IndexView } from './index-requests';
import { ituDocumentUrls } from './document-urls';

const tsag: MeetingContext = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
const td = (number: number, revision?: number, group?: string): Reference => ({
  kind: 'td',
  id: `TD${number}${revision ? `R${revision}` : ''}`,
  text: 'x',
  start: 0,
  end: 1,
  number,
  ...(revision ? { revision } : {}),
  ...(group ? { group } : {}),
});
const register: StoredRegister = {
  key: 'TSAG 2025-05-26',
  fileName: 'r.csv',
  format: 'csv',
  meeting: tsag,
  updated: '2025-05-30T00:00:00.000Z',
  entries: [{ id: 'TD7R2', number: 7, revision: 2, title: 'ToR', source: 'TSAG Chair', line: 2 }],
};

describe('buildCardModel', () => {
  it('adds register facts, a newer revision and both links', () => {
    expect(buildCardModel({ ref: td(7, 1), meeting: tsag, registers: [register], urls: ituDocumentUrls })).toEqual({
      id: 'TD7R1',
      kindLabel: 'temporary document',
      meetingLabel: 'TSAG meeting starting 2025-05-26',
      title: 'ToR',
      source: 'TSAG Chair',
      newerRevision: 'TD7R2',
      pageUrl: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en',
      fileUrl:
        'https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0007%21R1%21MSW-E.docx',
    });
  });

  it('does not claim a newer revision when the cited one is the latest', () => {
    expect(
      buildCardModel({ ref: td(7, 2), meeting: tsag, registers: [register], urls: ituDocumentUrls }).newerRevision,
    ).toBeUndefined();
  });

  it('says links need a meeting when there is none', () => {
    const model = buildCardModel({ ref: td(106), meeting: null, registers: [], urls: ituDocumentUrls });
    expect(model).toEqual({
      id: 'TD106',
      kindLabel: 'temporary document',
      note: 'Links need a meeting: set one in TD Lens options.',
    });
  });

  it('does not link a TD cited with another group to this meeting', () => {
    const model = buildCardModel({
      ref: td(648, undefined, 'SG12'),
      meeting: tsag,
      registers: [register],
      urls: ituDocumentUrls,
    });
    expect(model.pageUrl).toBeUndefined();
    expect(model.note).toBe('Cited as SG12: links need a SG12 meeting (set one in TD Lens options).');
  });

  it('keeps an annotated link its own page and shows only the id for action codes', () => {
    const model = buildCardModel({
      ref: td(150),
      meeting: null,
      registers: [],
      urls: ituDocumentUrls,
      linkHref: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0150/en',
    });
    expect(model.pageUrl).toBe('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0150/en');
    expect(model.note).toBeUndefined();
    const action: Reference = {
      kind: 'action',
      id: 'WP2-4',
      text: 'WP2-4',
      start: 0,
      end: 5,
      series: 'WP2',
      number: 4,
      inline: false,
      listed: false,
    };
    expect(buildCardModel({ ref: action, meeting: tsag, registers: [], urls: ituDocumentUrls })).toEqual({
      id: 'WP2-4',
      kindLabel: 'action code',
    });
  });

  it('never puts a non-https URL in the card, and survives a URL builder error', () => {
    const bad: DocumentUrls = {
      page: () => 'javascript:alert(1)',
      file: () => {
        throw new Error('x');
      },
    };
    const model = buildCardModel({ ref: td(1), meeting: tsag, registers: [], urls: bad });
    expect(model.pageUrl).toBeUndefined();
    expect(model.fileUrl).toBeUndefined();
  });

  it('links contributions to their page', () => {
    const c: Reference = { kind: 'contribution', id: 'C45', text: 'C45', start: 0, end: 3, number: 45 };
    expect(buildCardModel({ ref: c, meeting: tsag, registers: [], urls: ituDocumentUrls }).pageUrl).toBe(
      'https://www.itu.int/md/T25-TSAG-C-0045/en',
    );
  });

  it("shows the title and source of ITU's index files: a TD from the meeting's TD index, a contribution from the group's index", () => {
    const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const tdIndex = toStoredRegister(
      parseRegister(read('samples/itu-td-index-T25-TSAG-250526.xml'), 'T25-TSAG-250526-TD.xml'),
      null,
    );
    const cIndex = toStoredRegister(parseRegister(read('test/fixtures/T25-SG12-C.xml'), 'T25-SG12-C.xml'), null);
    const registers = [tdIndex, cIndex];
    expect(buildCardModel({ ref: td(144), meeting: tsag, registers, urls: ituDocumentUrls })).toMatchObject({
      title: 'LS/o on coordination between SGs 17 and 20 on WTSA-24 Action 7 (IoT Security)',
      source: 'TSAG',
    });
    const sg12: MeetingContext = { group: 'SG12', start: '2026-01-12', studyPeriod: 25 };
    const c21: Reference = { kind: 'contribution', id: 'C21', text: 'C 21', start: 0, end: 4, number: 21 };
    expect(buildCardModel({ ref: c21, meeting: sg12, registers, urls: ituDocumentUrls })).toMatchObject({
      id: 'C21',
      title: 'Revised draft P.1204.6 – text for consent',
      source: 'China Telecom',
      pageUrl: 'https://www.itu.int/md/T25-SG12-C-0021/en',
    });
    // On a TSAG page, C 21 is TSAG's contribution: SG12's index does not answer for it.
    expect(buildCardModel({ ref: c21, meeting: tsag, registers, urls: ituDocumentUrls }).title).toBeUndefined();
  });

  describe("with ITU's index fetched on demand", () => {
    const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const fetched: StoredIndex = {
      url: 'https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml',
      fetched: '2025-05-30T08:00:00.000Z',
      register: toStoredRegister(
        parseRegister(read('samples/itu-td-index-T25-TSAG-250526.xml'), 'T25-TSAG-250526-TD.xml'),
        null,
      ),
    };
    const asked: [string, string][] = [];
    const view = (v: IndexView | undefined) => (kind: string, meeting: MeetingContext) => {
      asked.push([kind, meeting.start]);
      return v;
    };

    it('shows title, source, date and Questions from the index, with its date, ahead of other registers', () => {
      const model = buildCardModel({
        ref: td(7, 1),
        meeting: tsag,
        registers: [register],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'ready', index: fetched }),
      });
      expect(model).toMatchObject({
        title: 'Terms of reference of TSAG rapporteur groups',
        source: 'TSAG Chair',
        date: '2025-05-20',
        indexNote: "From ITU's TD list of 2025-05-29",
      });
      expect(model.newerRevision).toBeUndefined();
      const lead = buildCardModel({
        ref: td(142),
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'ready', index: fetched }),
      });
      expect(lead.questions).toEqual(['Q9/21']);
    });

    it('says a TD is not in the index, keeping what another register knows', () => {
      const model = buildCardModel({
        ref: td(212),
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'ready', index: fetched }),
      });
      expect(model.indexNote).toBe("Not in ITU's TD list of 2025-05-29");
      expect(model.title).toBeUndefined();
      const csv = { ...register, entries: [{ ...register.entries[0], number: 212, id: 'TD212' }] };
      expect(
        buildCardModel({
          ref: td(212),
          meeting: tsag,
          registers: [csv],
          urls: ituDocumentUrls,
          indexFor: view({ state: 'ready', index: fetched }),
        }).title,
      ).toBe('ToR');
    });

    it('says it is getting the list, or why it could not, in one line', () => {
      expect(
        buildCardModel({
          ref: td(7),
          meeting: tsag,
          registers: [],
          urls: ituDocumentUrls,
          indexFor: view({ state: 'loading' }),
        }).indexNote,
      ).toBe("Getting ITU's TD list…");
      const failed = buildCardModel({
        ref: td(7),
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'failed', message: "ITU's TD list: not reached (offline?)", index: fetched }),
      });
      expect(failed).toMatchObject({
        title: 'Terms of reference of TSAG rapporteur groups',
        indexNote: "ITU's TD list: not reached (offline?)",
      });
    });

    it('says when a list was fetched but not kept, and tells which stored register gave the facts', () => {
      const unkept = buildCardModel({
        ref: td(7),
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'ready', index: fetched, unkept: 'quota' }),
      });
      expect(unkept.indexNote).toBe(
        "From ITU's TD list of 2025-05-29 (fetched today, not kept: the browser's storage for TD Lens is full)",
      );
      const used: StoredRegister[] = [];
      buildCardModel({
        ref: td(7, 1),
        meeting: tsag,
        registers: [register],
        urls: ituDocumentUrls,
        onRegisterUsed: (r) => used.push(r),
      });
      expect(used).toEqual([register]);
      buildCardModel({
        ref: td(7, 1),
        meeting: tsag,
        registers: [register],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'ready', index: fetched }),
        onRegisterUsed: (r) => used.push(r),
      });
      expect(used).toHaveLength(1);
    });

    it('asks for the index only for a TD or contribution of a known meeting', () => {
      asked.length = 0;
      buildCardModel({ ref: td(7), meeting: null, registers: [], urls: ituDocumentUrls, indexFor: view(undefined) });
      buildCardModel({
        ref: td(648, undefined, 'SG12'),
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view(undefined),
      });
      const action: Reference = {
        kind: 'action',
        id: 'WP2-4',
        text: 'WP2-4',
        start: 0,
        end: 5,
        series: 'WP2',
        number: 4,
        inline: false,
        listed: false,
      };
      buildCardModel({ ref: action, meeting: tsag, registers: [], urls: ituDocumentUrls, indexFor: view(undefined) });
      expect(asked).toEqual([]);
      const c45: Reference = { kind: 'contribution', id: 'C45', text: 'C 45', start: 0, end: 4, number: 45 };
      const model = buildCardModel({
        ref: c45,
        meeting: tsag,
        registers: [],
        urls: ituDocumentUrls,
        indexFor: view({ state: 'loading' }),
      });
      expect(asked).toEqual([['contribution', '2025-05-26']]);
      expect(model.indexNote).toBe("Getting ITU's contributions list…");
    });
  });

  describe('the text around the mark', () => {
    const reports: StoredRegister = {
      ...register,
      entries: [
        {
          id: 'TD108',
          number: 108,
          revision: 0,
          title: 'Report of the RG-DT meeting',
          source: 'Rapporteur RG-DT',
          line: 3,
        },
      ],
    };
    const context = { text: 'WP2-4: Approve the RG-WPR meeting report, TD108.', start: 42, end: 47 };

    it('shows the line the title notes give for the TD, its text and meeting', () => {
      const asked: unknown[] = [];
      const titleNoteFor = (...args: unknown[]) => (
        asked.push(args),
        'The text here names RG-WPR\u2019s report: check the number.'
      );
      const model = buildCardModel({
        ref: td(108),
        meeting: tsag,
        registers: [reports],
        urls: ituDocumentUrls,
        context,
        titleNoteFor,
      });
      expect(model.contextNote).toBe('The text here names RG-WPR\u2019s report: check the number.');
      expect(asked).toEqual([[context, reports.entries[0], 'TSAG']]);
    });

    it('asks nothing for a TD the registers do not list, nor for other kinds', () => {
      const asked: unknown[] = [];
      const titleNoteFor = (...args: unknown[]) => void asked.push(args);
      buildCardModel({
        ref: td(109),
        meeting: tsag,
        registers: [reports],
        urls: ituDocumentUrls,
        context,
        titleNoteFor,
      });
      const c45: Reference = { kind: 'contribution', id: 'C45', text: 'C 45', start: 0, end: 4, number: 45 };
      buildCardModel({ ref: c45, meeting: tsag, registers: [reports], urls: ituDocumentUrls, context, titleNoteFor });
      expect(asked).toEqual([]);
    });
  });
});
