/**
 * Hostile registers: every reader stays linear and bounded. Times are compared as ratios within one run (doubling
 * an input at most about doubles the time), never against a wall-clock threshold.
 */
import { describe, expect, it } from 'vitest';
import { expectLinearGrowth } from '../text/growth.testing';
import { parseRegister } from './parse-register';
import { MAX_NESTING_DEPTH, RegisterError } from './types';

/** Reading a register, which may fail with a RegisterError (what hostile inputs should get). */
function read(fileName: string) {
  return (content: string): void => {
    try {
      parseRegister(content, fileName);
    } catch (error) {
      if (!(error instanceof RegisterError)) throw error;
    }
  };
}

const folder = (i: number) =>
  `<folder><object_name>T25-TSAG-250526-TD-GEN-${String(i % 10000).padStart(4, '0')}</object_name><doc_type>TD</doc_type><ltitle_e>Title &amp; more ${i}</ltitle_e><study_questions><rvalue>Q1/17</rvalue></study_questions></folder>\n`;

const XML_CASES: [string, (n: number) => string, number][] = [
  ["'<a ' repeated", (n) => '<a '.repeat(n), 200_000],
  ["'<!--' repeated", (n) => '<!--'.repeat(n), 200_000],
  ["'<?x' repeated", (n) => '<?x'.repeat(n), 200_000],
  ['comments in the root', (n) => `<page_content>${'<!-- c -->'.repeat(n)}</page_content>`, 50_000],
  ['unknown records', (n) => `<page_content>${'<x a="1"/>'.repeat(n)}</page_content>`, 50_000],
  [
    'a DOCTYPE with a large internal subset inside the root',
    (n) => `<page_content><!DOCTYPE r [${'<!ENTITY a "b">'.repeat(n)}]></page_content>`,
    50_000,
  ],
  ['processing instructions before a DOCTYPE', (n) => `${'<?x y?>'.repeat(n)}<!DOCTYPE r><r/>`, 50_000],
  [
    'an unclosed comment after many folders',
    (n) => `<page_content><folder_list>${Array.from({ length: n }, (_, i) => folder(i)).join('')}<!--`,
    1_000,
  ],
  [
    'a large index',
    (n) =>
      `<page_content><folder_list>${Array.from({ length: n }, (_, i) => folder(i)).join('')}</folder_list></page_content>`,
    1_000,
  ],
  ['nesting', (n) => `<page_content>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</page_content>`, 6_000],
];

const HTML_CASES: [string, (n: number) => string, number][] = [
  ["'<a ' repeated", (n) => `<table>${'<a '.repeat(n)}`, 200_000],
  ['nesting', (n) => `<html><body>${'<div>'.repeat(n)}</body></html>`, 6_000],
  [
    'many rows',
    (n) =>
      `<table>${'<tr><td><a href="/md/T25-TSAG-250526-TD-GEN-0001/en">1</a></td><td>T</td></tr>'.repeat(n)}</table>`,
    1_000,
  ],
];

const CSV_CASES: [string, (n: number) => string, number][] = [
  ['one huge quoted field', (n) => `id,title,source\nTD1,"${'x'.repeat(n)}",s\n`, 1_000_000],
  ['one huge field of escaped quotes', (n) => `id,title,source\nTD1,"${'""'.repeat(n)}",s\n`, 200_000],
  ['one huge unquoted field', (n) => `id,title,source\nTD1,${'x'.repeat(n)},s\n`, 1_000_000],
  [
    'many rows',
    (n) => `id,title,source\n${Array.from({ length: n }, (_, i) => `TD${i + 1},"a ""b"" c",s`).join('\n')}\n`,
    20_000,
  ],
];

const JSON_CASES: [string, (n: number) => string, number][] = [
  // Ids written with escapes: a search for each id as JSON.stringify writes it finds none, and scanned to the end.
  [
    'ids written with \\u escapes',
    (n) => `[\n${Array.from({ length: n }, (_, i) => `{"id": "\\u0054D${i + 1}", "title": "t"}`).join(',\n')}\n]`,
    10_000,
  ],
  [
    'entries under a key, one line',
    (n) => `{"entries": [${Array.from({ length: n }, (_, i) => `{"id": "TD${i + 1}"}`).join(',')}]}`,
    10_000,
  ],
];

// Measuring takes seconds on a busy machine; the time limit only stops a reader that hangs.
describe('hostile registers: doubling the input at most about doubles the time', { timeout: 120_000 }, () => {
  it.each(XML_CASES)('XML: %s', (_name, make, n) => {
    expectLinearGrowth(make, read('r.xml'), n);
  });
  it.each(HTML_CASES)('HTML: %s', (_name, make, n) => {
    expectLinearGrowth(make, read('r.html'), n);
  });
  it.each(CSV_CASES)('CSV: %s', (_name, make, n) => {
    expectLinearGrowth(make, read('r.csv'), n);
  });
  it.each(JSON_CASES)('JSON: %s', (_name, make, n) => {
    expectLinearGrowth(make, read('r.json'), n);
  });
});

describe('hostile registers: lines still said right', () => {
  it('names the line of an entry with an escaped id, and of a row after a quoted line break', () => {
    const json = '[\n{"id": "\\u0054D1"},\n{"id": "\\u0054Dx"}\n]';
    expect(() => parseRegister(json, 'r.json')).toThrow(new RegisterError('r.json', 3, 'id "TDx" is not a TD id'));
    const csv = 'id,title,source\nTD1,"a\nb ""c""",s\nTDx,t,s\n';
    expect(() => parseRegister(csv, 'r.csv')).toThrow(new RegisterError('r.csv', 4, 'id "TDx" is not a TD id'));
    expect(parseRegister(csv.replace('TDx', 'TD2'), 'r.csv').get(1)?.title).toBe('a\nb "c"');
  });
});

describe('hostile registers: a clear error, never a stack overflow', () => {
  it.each([
    ['r.xml', `<?xml version="1.0"?>\n<page_content>\n${'<a>'.repeat(6000)}${'</a>'.repeat(6000)}</page_content>`, 3],
    ['r.html', `<html>\n<body>\n${'<div>'.repeat(6000)}</body></html>`, 3],
    ['r.htm', `<table>\n${'<table><tr><td>'.repeat(6000)}`, 2],
  ])('%s nested 6,000 deep', (fileName, content, line) => {
    expect(() => parseRegister(content, fileName)).toThrow(
      new RegisterError(fileName, line, `elements nested deeper than ${MAX_NESTING_DEPTH}: not a register`),
    );
  });

  it.each([
    ['r.csv', 'id,title,source\nTD1\u001b]0;pwned\u0007\u001b[31mX,a,b\n'],
    ['r.json', JSON.stringify([{ id: 'TD\u001b[31m5\u0007' }])],
    ['r.csv', 'id,title,source\nTD\u009b2J\u202e1,a,b\n'],
  ])('%s: a control character in an id is never echoed raw', (fileName, content) => {
    let message = '';
    try {
      parseRegister(content, fileName);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/is not a TD id$/);
    expect(message).toMatch(/\\x(1b|9b)/);
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
