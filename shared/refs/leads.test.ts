/**
 * Each kind's `lead` (types.ts) summarizes where its grammar starts: it must match every text in which the kind's
 * scanner finds a reference. Checked on every text of the corpus (the forms, the passages, the sample agendas, the
 * observed snippets others wrote) and on generated texts; a grammar that grows a new form fails here until its lead
 * follows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readObserved } from '../../test/observed-forms.testing';
import { normalizeForMatching } from '../text/normalize';
import { findReferences, leadPretestOf } from './find-references';
import { REFERENCE_KINDS } from './kinds';

const repo = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, repo), 'utf8');

/** The corpus as texts: each paragraph of the fixture files (expectation and comment lines left out), each snippet. */
function corpus(): string[] {
  const files = [
    'test/fixtures/forms/references.txt',
    'test/fixtures/forms/non-references.txt',
    'test/fixtures/forms/passages.txt',
    ...readdirSync(new URL('samples/', repo))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `samples/${f}`),
    ...readdirSync(new URL('test/fixtures/', repo))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `test/fixtures/${f}`),
  ];
  const paragraphs = files.flatMap((file) =>
    read(file)
      .split(/\n\s*\n/)
      .map((p) =>
        p
          .split('\n')
          .filter((line) => !line.startsWith('>') && !line.startsWith('%'))
          .join('\n'),
      ),
  );
  return [...paragraphs, ...readObserved().map((o) => o.text)];
}

const withLead = REFERENCE_KINDS.flatMap((k) => ('lead' in k && k.lead ? [{ id: k.id, lead: k.lead }] : []));

describe("the kinds' leads", () => {
  it('are given for the kinds web pages are tested for, without flags', () => {
    expect(withLead.map((k) => k.id)).toEqual(['td', 'contribution', 'action', 'question']);
    for (const k of withLead) expect(k.lead.flags).toBe('');
  });

  it('match every text of the corpus in which their kind is found', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(500);
    for (const { id, lead } of withLead) {
      const found = texts.filter((t) => findReferences(t, { kinds: [id] }).length > 0);
      expect(found.length, id).toBeGreaterThan(10);
      for (const text of found)
        expect(lead.test(normalizeForMatching(text)), `${id} in ${JSON.stringify(text.slice(0, 80))}`).toBe(true);
    }
  });

  it('match every generated text in which their kind is found (property)', () => {
    const piece = fc.constantFrom(
      'TD',
      'TDs',
      'C',
      'Q',
      'Qs',
      'Qs.',
      'Question',
      'Questions',
      'question',
      'WP',
      'RG-',
      'WPR',
      'DT',
      'GEN',
      'Gen',
      'PLEN',
      'Plen',
      'WP1',
      'SG12',
      'SG5',
      'TSAG',
      'COM 17',
      'B',
      'K',
      ' ',
      '\u00a0',
      '\u2011',
      '-',
      '.',
      ',',
      '/',
      '+',
      '(',
      ')',
      ' and ',
      'Rev.',
      'R1',
      '106',
      '7',
      '3/17',
      '/16',
      '2',
      '05',
      '\n',
      '\n\t',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          for (const { id, lead } of withLead)
            if (findReferences(text, { kinds: [id] }).length > 0)
              expect(lead.test(normalizeForMatching(text))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('make a pretest that rejects ordinary prose with capitals and numbers', () => {
    const pretest = leadPretestOf(['td', 'contribution', 'action', 'question']);
    expect(pretest.test('Chapter 3 of the report; Questions from the audience ran past 9 pm; Copyright 2025')).toBe(
      false,
    );
    expect(pretest.test('see C 45 and Q3/17')).toBe(true);
  });
});
