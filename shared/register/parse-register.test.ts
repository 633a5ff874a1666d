import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../text/thrown.testing';
import { detectRegisterFormat, parseRegister, RegisterError } from './parse-register';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

const errorOf = (fn: () => unknown): RegisterError => thrown(RegisterError, fn);

describe('parseRegister: CSV', () => {
  it('reads the fixture, latest revisions and titles with quotes', () => {
    const register = parseRegister(fixture('register-tsag-2505.csv'), 'register-tsag-2505.csv');
    expect(register.format).toBe('csv');
    expect(register.entries).toHaveLength(17);
    expect(register.get(7)).toMatchObject({ id: 'TD7R2', number: 7, revision: 2, source: 'TSAG Chair', line: 2 });
    expect(register.latestRevision(106)).toBe(0);
    expect(register.latestRevision(999)).toBeUndefined();
    expect(register.has(48)).toBe(true);
    expect(register.get(48)?.title).toContain('"Internet of Things (IoT) solutions');
  });

  it('handles CRLF, quoted commas and line breaks, extra columns and blank lines', () => {
    const csv =
      'source,id,title,date\r\n"TSB, Geneva",TD 009 Rev.3,"two\r\nlines",2025-01-01\r\n\r\nTSB,td9,x,y\r\nX,TD12,"a ""b""",z';
    const register = parseRegister(csv, 'r.csv');
    expect(register.get(9)).toMatchObject({ id: 'TD9R3', source: 'TSB, Geneva', title: 'two\r\nlines', line: 2 });
    expect(register.get(12)?.title).toBe('a "b"');
  });

  it('keeps the latest revision when a TD is listed once per revision', () => {
    const register = parseRegister('id,title,source\nTD7R2,new,S\nTD7R1,old,S\nTD7,,S\n', 'r.csv');
    expect(register.entries).toHaveLength(1);
    expect(register.get(7)).toMatchObject({ id: 'TD7R2', title: 'new' });
  });

  it('names file, line and cause for a bad id', () => {
    const error = errorOf(() => parseRegister('id,title,source\nTD1,a,b\nTD2,a,b\nTDx,a,b\n', 'register.csv'));
    expect(error.message).toBe('register.csv:4: id "TDx" is not a TD id');
  });

  it('rejects a missing id column, wrong field counts and broken quotes', () => {
    expect(errorOf(() => parseRegister('number,title\n1,a\n', 'r.csv')).message).toMatch(
      /^r\.csv:1: header has no "id" column/,
    );
    expect(errorOf(() => parseRegister('id,title,source\nTD1,a\n', 'r.csv')).message).toBe(
      'r.csv:2: expected 3 fields, found 2',
    );
    expect(errorOf(() => parseRegister('id,title,source\nTD1,"a,b\n', 'r.csv')).message).toBe(
      'r.csv:2: unterminated quoted field',
    );
    expect(errorOf(() => parseRegister('id,title,source\nTD1,"a"x,b\n', 'r.csv')).message).toBe(
      'r.csv:2: unexpected text after a closing quote',
    );
    expect(errorOf(() => parseRegister('  \n', 'r.csv')).message).toBe('r.csv:1: empty register');
  });
});

describe('parseRegister: JSON', () => {
  it('reads {entries} with a meeting id', () => {
    const register = parseRegister(fixture('register-tsag-2505.json'), 'register-tsag-2505.json');
    expect(register.format).toBe('json');
    expect(register.get(138)).toMatchObject({ id: 'TD138R1', revision: 1, line: 7 });
    expect(register.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
  });

  it('reads a bare array', () => {
    const register = parseRegister('[{"id":"TD5","title":"t","source":"s"}]', 'x.json');
    expect(register.get(5)).toMatchObject({ id: 'TD5', title: 't', source: 's' });
  });

  it('names the line of a bad entry and of a syntax error', () => {
    const bad = '[\n {"id":"TD1"},\n {"id":"TDx"}\n]';
    expect(errorOf(() => parseRegister(bad, 'r.json')).message).toBe('r.json:3: id "TDx" is not a TD id');
    expect(errorOf(() => parseRegister('[\n{"id":"TD1"},\n{"id":\n', 'r.json')).message).toMatch(
      /^r\.json:\d+: invalid JSON/,
    );
    expect(errorOf(() => parseRegister('{"a":1}', 'r.json')).message).toMatch(/^r\.json:1: expected an array/);
    expect(errorOf(() => parseRegister('[{"title":"x"}]', 'r.json')).message).toBe(
      'r.json:1: entry 1 has no string "id"',
    );
  });
});

describe('parseRegister: ITU listing page (HTML)', () => {
  it('reads ids from /md/ links, (Rev.N) revisions, titles and sources by header', () => {
    const register = parseRegister(fixture('register-tsag-2505.html'), 'register-tsag-2505.html');
    expect(register.format).toBe('html');
    expect(register.entries.map((e) => e.id)).toEqual(['TD7R2', 'TD10R1', 'TD106', 'TD138R1', 'TD142']);
    expect(register.get(106)).toMatchObject({
      title: 'Report of the RG-WPR meeting, Geneva, 26-30 May 2025',
      source: 'Rapporteur, RG-WPR',
      subGroup: 'GEN',
      objectName: 'T25-TSAG-250526-TD-GEN-0106',
    });
    expect(register.get(138)?.title).toBe('LS on collaboration and coordination on smart & sustainable communities');
    expect(register.meeting).toEqual({ group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
  });

  it('falls back to the longest cell for the title without a header, and reads !R1! file links', () => {
    const html =
      '<table><tr><td><a href="/md/T25-SG17-250901-TD-WP1-0236/en">TD 236</a></td><td><a href="https://www.itu.int/dms_pub/itu-t/md/25/sg17/td/250901/WP1/T25-SG17-250901-TD-WP1-0236%21R1%21MSW-E.docx">docx</a></td><td>A long enough title</td><td>Editor</td></tr></table>';
    const register = parseRegister(html, 'list.htm');
    expect(register.get(236)).toMatchObject({
      id: 'TD236R1',
      title: 'A long enough title',
      source: 'Editor',
      subGroup: 'WP1',
    });
  });

  it('rejects a page without TD rows', () => {
    expect(errorOf(() => parseRegister('<html><body><p>nothing</p></body></html>', 'p.html')).message).toMatch(
      /^p\.html:1: no TD rows found/,
    );
  });
});

describe('detectRegisterFormat', () => {
  it('uses the extension first, then the content', () => {
    expect(detectRegisterFormat('', 'a.CSV')).toBe('csv');
    expect(detectRegisterFormat('[', 'a')).toBe('json');
    expect(detectRegisterFormat('<?xml version="1.0"?><documents/>', 'a')).toBe('xml');
    expect(detectRegisterFormat('<!DOCTYPE html><html>', 'a')).toBe('html');
    expect(detectRegisterFormat('id,title,source', 'a.txt')).toBe('csv');
  });
});
