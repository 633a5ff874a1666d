import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../text/thrown.testing';
import { parseRegister, parseRegisterBytes } from './parse-register';
import { parseXmlRegister } from './from-xml';
import { MAX_NESTING_DEPTH, RegisterError } from './types';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

const errorOf = (fn: () => unknown): RegisterError => thrown(RegisterError, fn);

/** A TD index in ITU's layout around `folders`. */
const index = (
  folders: string,
  meeting = '<meeting_desc><object_name>T25-TSAG-250526</object_name><start_date>2025-05-26</start_date></meeting_desc>',
) =>
  `<?xml version='1.0' encoding='utf-8'?>\n<page_content>\n<page_param><group>T25-TSAG</group><doc_type>TD</doc_type></page_param>\n${meeting}\n<folder_list>\n${folders}\n</folder_list></page_content>\n`;
const folder = (number: string, more = '') =>
  `<folder><object_name>T25-TSAG-250526-TD-GEN-${number}</object_name><doc_type>TD</doc_type>${more}</folder>`;

describe('ITU TD index', () => {
  it('reads the sample index: only <folder> records are documents, the meeting record gives the meeting', () => {
    const register = parseRegister(
      read('samples/itu-td-index-T25-TSAG-250526.xml'),
      'itu-td-index-T25-TSAG-250526.xml',
    );
    expect(register).toMatchObject({
      format: 'xml',
      kind: 'td',
      meeting: { group: 'TSAG', start: '2025-05-26', end: '2025-05-30', place: 'Geneva', studyPeriod: 25 },
      studyGroup: { group: 'TSAG', studyPeriod: 25 },
      updated: '2025-05-29',
    });
    expect(register.skipped).toBeUndefined();
    expect(register.entries.map((e) => e.id)).toEqual([
      'TD7',
      'TD100',
      'TD106',
      'TD108',
      'TD139',
      'TD142',
      'TD144',
      'TD150',
    ]);
    expect(register.get(144)).toEqual({
      id: 'TD144',
      number: 144,
      revision: 0,
      title: 'LS/o on coordination between SGs 17 and 20 on WTSA-24 Action 7 (IoT Security)',
      source: 'TSAG',
      subGroup: 'GEN',
      objectName: 'T25-TSAG-250526-TD-GEN-0144',
      date: '2025-05-26',
      questions: ['Q6/17', 'Q4/20'],
      accessType: 'C',
      line: 184,
    });
    expect(register.get(7)?.questions).toBeUndefined();
    expect(register.get(150)?.subGroup).toBe('PLEN');
  });

  it('takes bytes as well as text (a fetcher hands over what it got)', () => {
    const bytes = readFileSync(new URL('../../samples/itu-td-index-T25-TSAG-250526.xml', import.meta.url));
    expect(parseXmlRegister(new Uint8Array(bytes), 'i.xml').entries).toHaveLength(8);
  });

  it('reads a stray byte in UTF-8 bytes as its Windows-1252 character and counts it, as a register file is read', () => {
    const text = readFileSync(new URL('../../samples/itu-td-index-T25-TSAG-250526.xml', import.meta.url), 'utf8');
    const at = text.indexOf('<ltitle_e>', text.indexOf('<folder>')) + '<ltitle_e>'.length;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(text.slice(0, at)),
      0x96,
      ...new TextEncoder().encode(text.slice(at)),
    ]);
    const register = parseXmlRegister(bytes, 'i.xml');
    expect(register.stray).toEqual({ count: 1, line: text.slice(0, at).split('\n').length });
    expect(register.entries.some((e) => e.title.startsWith('–'))).toBe(true);
    expect(parseRegisterBytes(bytes, 'i.xml')).toMatchObject({ stray: register.stray, entries: register.entries });
    expect(errorOf(() => parseXmlRegister(new Uint8Array([0x50, 0x4b, 3, 4, 0]), 'i.xml')).message).toMatch(
      /^i\.xml:1: a zip archive \(a Word \.docx\?\), not a register/,
    );
  });

  it('skips and counts record kinds it does not know, and folders of other document types', () => {
    const register = parseRegister(read('test/fixtures/register-sg12-2509.xml'), 'register-sg12-2509.xml');
    expect(register.entries.map((e) => e.id)).toEqual(['TD292', 'TD301R1', 'TD310']);
    expect(register.skipped).toEqual({ announcement: 1, 'folder (doc_type R)': 1 });
    expect(register.get(301)?.title).toBe(
      'Agenda, document allocation and work plan of the SG12 meeting & its working parties',
    );
    expect(register.get(310)).toMatchObject({
      title: 'Draft new Recommendation P.1204.6 "Video quality <4K> model"',
      questions: ['Q14/12', 'Q19/12'],
      subGroup: 'WP2',
    });
    expect(register.meeting).toEqual({
      group: 'SG12',
      start: '2025-09-09',
      end: '2025-09-18',
      place: 'Geneva',
      studyPeriod: 25,
    });
  });

  it('takes the meeting from the documents when the index has no meeting record', () => {
    const register = parseXmlRegister(index(folder('0009'), ''), 'i.xml');
    expect(register.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
    expect(register.get(9)).toMatchObject({ id: 'TD9', title: '', source: '' });
  });

  it('reads Questions written as text in older files, and empty fields as empty', () => {
    const register = parseXmlRegister(
      index(
        folder(
          '0009',
          '<study_questions>Q1/17, Q2/17</study_questions><ltitle_e /><main_source>\n  Editor \n</main_source>',
        ),
      ),
      'i.xml',
    );
    expect(register.get(9)).toMatchObject({ questions: ['Q1/17', 'Q2/17'], title: '', source: 'Editor' });
  });
});

describe('ITU contributions index', () => {
  it('reads T25-SG12-C.xml as a register of contributions of SG12 in study period 25', () => {
    const register = parseRegister(read('test/fixtures/T25-SG12-C.xml'), 'T25-SG12-C.xml');
    expect(register).toMatchObject({
      kind: 'contribution',
      studyGroup: { group: 'SG12', studyPeriod: 25 },
      updated: '2025-09-02',
    });
    expect(register.meeting).toBeUndefined();
    expect(register.entries.map((e) => e.id)).toEqual(['C5', 'C21', 'C48']);
    expect(register.get(21)).toMatchObject({
      title: 'Revised draft P.1204.6 – text for consent',
      source: 'China Telecom',
      objectName: 'T25-SG12-C-0021',
      questions: ['Q14/12', 'Q19/12'],
      date: '2025-04-30',
      accessType: 'C',
    });
  });

  it('refuses a TD object name in a contributions index', () => {
    const xml = read('test/fixtures/T25-SG12-C.xml').replace('T25-SG12-C-0021', 'T25-SG12-250909-TD-GEN-0021');
    expect(errorOf(() => parseXmlRegister(xml, 'c.xml')).message).toBe(
      'c.xml:45: object_name "T25-SG12-250909-TD-GEN-0021" is not a contribution id',
    );
  });
});

describe('ITU index: bad and hostile files get one clear error with the line', () => {
  it.each([
    [
      'a close tag that does not match',
      `<page_content>\n<folder_list>\n<folder>\n</foldr>`,
      'i.xml:4: malformed XML: unexpected close tag (expected </folder> of line 3)',
    ],
    ['an unclosed element', `<page_content>\n<folder_list>\n`, 'i.xml:3: malformed XML: unclosed tag: folder_list'],
    ['text after the root', `<page_content/>\nx`, 'i.xml:2: malformed XML: text data outside of root node'],
    ['an unknown entity', `<page_content>\n&nbsp;</page_content>`, 'i.xml:2: malformed XML: undefined entity'],
    ['a control character', `<page_content>\n\u001b[2J</page_content>`, 'i.xml:2: malformed XML: disallowed character'],
    [
      'a DOCTYPE (billion laughs)',
      `<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<page_content>&lol2;</page_content>`,
      'i.xml:3: a DOCTYPE: ITU indexes have none, and TD Lens reads no DTD',
    ],
    [
      'a DOCTYPE (external entity)',
      `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>`,
      'i.xml:1: a DOCTYPE: ITU indexes have none, and TD Lens reads no DTD',
    ],
    ['a document without a root', '   ', 'i.xml:1: malformed XML: document must contain a root element'],
    [
      'another layout',
      '<documents><document><object_name>T25-SG12-250909-TD-GEN-0292</object_name></document></documents>',
      'i.xml:1: not an ITU index: expected <page_content> with <folder_list> and <folder> records',
    ],
    [
      'a bad object name',
      index(folder('0009').replace('GEN-0009', 'GEN-x')),
      'i.xml:6: object_name "T25-TSAG-250526-TD-GEN-x" is not a TD id',
    ],
    [
      'a doc_number that is not the object name\u2019s',
      index(folder('0009', '<doc_number>0010</doc_number>')),
      'i.xml:6: doc_number "0010" does not match object_name "T25-TSAG-250526-TD-GEN-0009"',
    ],
    [
      'a TD of another meeting',
      index(folder('0009').replace('250526-TD', '250527-TD')),
      "i.xml:6: T25-TSAG-250527-TD-GEN-0009 is not of this index's meeting (T25-TSAG-250526)",
    ],
    [
      'TDs of two meetings, without a meeting record',
      index(`${folder('0009')}\n${folder('0010').replace('250526-TD', '250527-TD')}`, ''),
      "i.xml:7: T25-TSAG-250527-TD-GEN-0010 is not of this index's meeting (T25-TSAG-250526)",
    ],
    [
      'a contribution of another group',
      read('test/fixtures/T25-SG12-C.xml').replace('T25-SG12-C-0021', 'T25-SG13-C-0021'),
      "i.xml:45: T25-SG13-C-0021 is not of this index's group (T25-SG12)",
    ],
    [
      'an index of reports',
      index('').replace('<doc_type>TD</doc_type>', '<doc_type>R</doc_type>'),
      'i.xml:3: an index of "R" documents: TD Lens reads TD and contribution (C) indexes',
    ],
  ])('%s', (_name, xml, message) => {
    expect(errorOf(() => parseXmlRegister(xml, 'i.xml')).message).toBe(message);
  });

  it('stops past the nesting limit, naming the line', () => {
    const deep = `<page_content>\n${'<a>'.repeat(6000)}${'</a>'.repeat(6000)}</page_content>`;
    expect(errorOf(() => parseXmlRegister(deep, 'deep.xml')).message).toBe(
      `deep.xml:2: elements nested deeper than ${MAX_NESTING_DEPTH}: not a register`,
    );
  });

  it('never echoes a control character from the file', () => {
    const meeting = errorOf(() =>
      parseXmlRegister(
        index('', '<meeting_desc><object_name>T25-\u009b2J\u0085</object_name></meeting_desc>'),
        'i.xml',
      ),
    ).message;
    expect(meeting).toBe('i.xml:4: meeting object_name "T25- 2J" is not a meeting id (T25-SG12-250909)');
    const name = errorOf(() => parseXmlRegister(index(folder('0009').replace('0009', '\u009b2J')), 'i.xml')).message;
    expect(name).toBe('i.xml:6: object_name "T25-TSAG-250526-TD-GEN- 2J" is not a TD id');
  });
});
