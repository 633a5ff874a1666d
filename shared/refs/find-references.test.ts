import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findReferences, mergeSorted, resolveOverlaps } from './find-references';
import type { ActionRef, Reference } from './types';
import { arbitraryText } from '../text/arbitrary-text';
import { isItuTStudyGroup } from './sector';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

function idsOf(refs: Reference[], kind: Reference['kind']): string[] {
  return refs.filter((r) => r.kind === kind).map((r) => r.id);
}

/** Offsets slice back; sorted; never overlapping, unless two share one span exactly (the Questions inside a range). */
function expectWellFormed(text: string, refs: Reference[]): void {
  let last: Reference | undefined;
  for (const r of refs) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    if (last && !(last.start === r.start && last.end === r.end)) expect(r.start).toBeGreaterThanOrEqual(last.end);
    expect(r.end).toBeGreaterThan(r.start);
    last = r;
  }
}

describe('findReferences on the sample agenda', () => {
  const refs = findReferences(sample);

  it('is well formed', () => {
    expectWellFormed(sample, refs);
  });

  it('finds exactly these TDs', () => {
    expect(idsOf(refs, 'td')).toEqual([
      'TD106',
      'TD7R1',
      'TD106',
      'TD7R1',
      'TD150',
      'TD89',
      'TD90',
      'TD58',
      'TD48',
      'TD142',
      'TD138R1',
      'TD144',
      'TD145',
      'TD108',
      'TD7R1',
      'TD148',
      'TD147',
      'TD108',
      'TD108',
      'TD7R1',
      'TD147',
      'TD148',
      'TD139',
      'TD139',
      'TD100',
      'TD142',
      'TD150',
      'TD10R1',
    ]);
  });

  it('finds the action codes, RG-WPR-6 inline and no other', () => {
    const actions = refs.filter((r): r is ActionRef => r.kind === 'action');
    expect(actions.map((a) => a.id)).toEqual([
      'WP2-4',
      'WP2-5',
      'RG-WPR-1',
      'RG-WPR-2',
      'RG-WPR-3',
      'RG-WPR-4',
      'RG-WPR-5',
      'RG-WPR-6',
      'RG-WPR-7',
      'RG-WPR-8',
      'RG-WPR-9',
      'WP2-6',
      'WP2-7',
      'RG-DT-1',
      'RG-DT-2',
      'WP2-8',
      'WP2-9',
    ]);
    expect(actions.filter((a) => a.inline).map((a) => a.id)).toEqual(['RG-WPR-6']);
    expect(actions.filter((a) => a.listed).map((a) => a.text)).toEqual(['3', '4', '5']);
  });

  it('finds Questions, study groups, resolutions and WTSA actions', () => {
    expect(idsOf(refs, 'question')).toEqual(['Q3/17', 'Q10/17', 'Q6/21', 'Q10/20', 'Q9/21']);
    const sgs = idsOf(refs, 'study-group').filter((id) => id !== 'TSAG');
    expect(sgs.slice(0, 5)).toEqual(['SG17', 'SG20', 'SG13', 'SG17', 'SG20']);
    expect(sgs).toEqual([
      'SG17',
      'SG20',
      'SG13',
      'SG17',
      'SG20',
      'SG17',
      'SG20',
      'SG13',
      'SG17',
      'SG20',
      'SG2',
      'SG20',
      'SG17',
      'SG17',
      'SG17',
      'SG13',
    ]);
    expect(idsOf(refs, 'study-group').filter((id) => id === 'TSAG').length).toBeGreaterThan(10);
    expect(idsOf(refs, 'resolution')).toEqual([
      'Resolution 99',
      'Resolution 2',
      'Resolution 2',
      'Resolution 2',
      'Resolution 18',
      'Resolution 73',
      'Resolution 73',
      'Resolution 73',
      'Resolution 77',
      'Resolution 92',
      'Resolution 94',
      'Resolution 99',
      'Resolution 99',
      'Resolution 103',
      'Resolution 105',
      'Resolution 69',
      'Resolution 106',
    ]);
    const revised = refs.filter((r) => r.kind === 'resolution' && r.revision !== undefined);
    expect(revised.map((r) => r.text)).toEqual([
      'WTSA Resolution 99 (rev. New Delhi, 2024)',
      'WTSA Resolution 2 (Rev. New Delhi, 2024)',
      'WTSA Resolution 18 (Rev. New Delhi, 2024)',
    ]);
    expect(idsOf(refs, 'wtsa-action')).toEqual(['WTSA-24 Action 7', 'WTSA-24 Action 8']);
    expect(idsOf(refs, 'contribution')).toEqual([]);
    expect(idsOf(refs, 'plan-action')).toEqual([]);
  });

  it('finds the action-plan ids when told the text is an action plan, and no date', () => {
    const plan = findReferences(sample, { planIdsEverywhere: true, kinds: ['plan-action'] });
    expect(plan.map((r) => r.id)).toEqual([
      '73-06',
      '73-07',
      '73-17',
      '77-12',
      '92-01',
      '94-03',
      '99-01',
      '99-02',
      '103-07',
      '105-07',
      '69-03',
      '106-07',
    ]);
  });
});

describe('findReferences', () => {
  it('filters kinds', () => {
    const text = 'TD106, WP2-4: x, Q3/17, SG17';
    expect(findReferences(text, { kinds: ['action', 'question'] }).map((r) => r.id)).toEqual(['WP2-4', 'Q3/17']);
  });

  it('prefers the longer reference on overlap', () => {
    const text = 'SG12-TD648 and ITU-T SG21 TD 348/PLEN and TSAG TD83';
    const refs = findReferences(text);
    expect(refs.map((r) => [r.kind, r.id, r.text])).toEqual([
      ['td', 'TD648', 'SG12-TD648'],
      ['td', 'TD348', 'ITU-T SG21 TD 348/PLEN'],
      ['td', 'TD83', 'TSAG TD83'],
    ]);
  });

  it('finds plan actions in context and recommendations', () => {
    const refs = findReferences('action 73-06 and Rec. ITU-T X.509 from SG17-TD123/GEN and C 005 Rev.1');
    expect(refs.map((r) => r.id)).toEqual(['73-06', 'ITU-T X.509', 'TD123', 'C5R1']);
  });

  it('returns nothing for empty and trigger-free text', () => {
    expect(findReferences('')).toEqual([]);
    expect(findReferences('hello world, nothing here')).toEqual([]);
  });

  it('resolveOverlaps keeps a long ref over several short ones it covers', () => {
    const mk = (start: number, end: number, kind: Reference['kind']): Reference =>
      ({ kind, id: kind, text: 'x'.repeat(end - start), start, end, studyGroup: 1 }) as Reference;
    const kept = resolveOverlaps([mk(0, 2, 'study-group'), mk(3, 5, 'study-group'), mk(1, 6, 'td')]);
    expect(kept.map((r) => [r.start, r.end])).toEqual([[1, 6]]);
  });
});

describe('mergeSorted', () => {
  it('equals sorting the union', () => {
    const span = fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 20 }), { maxLength: 6 }), (lists) => {
        const refs = lists.map((l) =>
          l
            .map(
              ([start, len]) => ({ kind: 'td', id: 'TD1', text: '', start, end: start + len, number: 1 }) as Reference,
            )
            .sort((a, b) => a.start - b.start || b.end - a.end),
        );
        const merged = mergeSorted(refs).map((r) => [r.start, r.end]);
        const sorted = refs
          .flat()
          .sort((a, b) => a.start - b.start || b.end - a.end)
          .map((r) => [r.start, r.end]);
        expect(merged).toEqual(sorted);
      }),
    );
  });
});

describe('findReferences properties', () => {
  const prose = fc
    .array(
      fc.constantFrom(
        'the',
        'and',
        'TD',
        'see',
        'C',
        'SG',
        '17',
        '-',
        ',',
        ' ',
        '\n',
        'Q',
        '/',
        'Questions',
        '4-7/16',
        'RG-A',
        'WP2',
        ':',
        '+',
        '(P)',
        'Rev.1',
        '\u00a0',
        '\u2011',
        '·',
        'Annex',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(' '));

  it('never throws; offsets slice back; sorted and non-overlapping (arbitrary unicode)', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText(200), prose), (text) => {
        const refs = findReferences(text, { planIdsEverywhere: true });
        expectWellFormed(text, refs);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  const tdId = fc.record({
    group: fc.constantFrom('', 'SG12-', 'TSAG ', 'SG2-'),
    number: fc.integer({ min: 1, max: 9999 }),
    pad: fc.boolean(),
    sep: fc.constantFrom('', ' ', '\u00a0'),
    revision: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    revForm: fc.constantFrom('R', 'r', ' Rev.', ' (Rev.'),
    sub: fc.constantFrom('', '/PLEN', '-WP1', '(P)', ' (P)'),
  });

  it('finds a generated TD id embedded in prose with its canonical id', () => {
    fc.assert(
      fc.property(prose, tdId, prose, (before, t, after) => {
        const num = t.pad ? String(t.number).padStart(4, '0') : String(t.number);
        const rev =
          t.revision === undefined ? '' : t.revForm === ' (Rev.' ? ` (Rev.${t.revision})` : `${t.revForm}${t.revision}`;
        const written = `${t.group}TD${t.sep}${num}${rev}${t.sub}`;
        const text = `${before}; ${written}; ${after}`;
        const at = before.length + 2;
        const refs = findReferences(text);
        const found = refs.find((r) => r.start === at && r.kind === 'td');
        expect(found?.id).toBe(t.revision === undefined ? `TD${t.number}` : `TD${t.number}R${t.revision}`);
        expect(found?.text).toBe(written);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('finds generated action codes, Questions and contributions embedded in prose', () => {
    const ituTStudyGroup = fc.integer({ min: 2, max: 21 }).filter(isItuTStudyGroup);
    const series = fc.oneof(
      fc.integer({ min: 1, max: 9 }).map((n) => `WP${n}`),
      fc.stringMatching(/^[A-Z]{1,6}$/).map((l) => `RG-${l}`),
    );
    fc.assert(
      fc.property(
        prose,
        series,
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 30 }),
        ituTStudyGroup,
        fc.integer({ min: 1, max: 9999 }),
        (before, s, n, q, sg, c) => {
          const text = `${before}; ${s}-${n}: approve; Q${q}/${sg}; SG${sg}-C${c}.`;
          const ids = findReferences(text)
            .filter((r) => r.start > before.length)
            .map((r) => r.id);
          expect(ids).toEqual([`${s}-${n}`, `Q${q}/${sg}`, `C${c}`]);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  it('finishes on pathological inputs', () => {
    const inputs = [
      'TD '.repeat(50000),
      'RG-A-1, '.repeat(20000),
      '9'.repeat(200000),
      'TD'.repeat(50000) + '1',
      'TD 1+'.repeat(30000),
      'Q1/1 and '.repeat(20000),
      'Study Groups 1, '.repeat(20000),
      'C 1 '.repeat(50000),
      '1-11 '.repeat(40000),
      'Resolution 1 (Rev. '.repeat(20000),
      '·'.repeat(100000) + 'WP2-4:',
    ];
    for (const text of inputs) {
      const refs = findReferences(text, { planIdsEverywhere: true });
      expect(Array.isArray(refs)).toBe(true);
    }
    expect(findReferences('RG-A-1, '.repeat(20000)).length).toBe(20000);
  }, 30_000);
});
