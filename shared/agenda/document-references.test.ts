import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../document/read';
import { findWtsaActions } from './wtsa-actions';
import { findPlanActions } from './plan-actions';
import { documentReferences, tableReferences } from './document-references';
import { findReferences } from '../refs/find-references';

const read = (path: string) => readDocument(new Uint8Array(readFileSync(new URL(path, import.meta.url))), path);

describe.each([
  ['.txt', '../../samples/wp2-closing-agenda-2025-05.txt'],
  ['.docx', '../../samples/wp2-closing-agenda-2025-05.docx'],
])('documentReferences on the sample %s', (_, path) => {
  const doc = read(path);
  const refs = documentReferences(doc);
  const ofKind = (kind: string) => refs.filter((r) => r.kind === kind);

  it('reports each WTSA-24 action number of the actions table, spanning the number', () => {
    const fromTable = ofKind('wtsa-action').filter((r) => r.text !== r.id);
    expect(fromTable.map((r) => (r.kind === 'wtsa-action' ? r.number : 0))).toEqual(
      findWtsaActions(doc).map((a) => a.number),
    );
    expect(fromTable.map((r) => r.text)).toEqual(['2', '7', '8', '9', '10', '13', '14']);
    for (const r of fromTable) expect(r.id).toBe(`WTSA-24 Action ${r.text}`);
  });

  it('reports each action-plan id, with the id `tables` prints', () => {
    const ids = ofKind('plan-action').map((r) => r.id);
    expect(ids).toEqual(findPlanActions(doc).map((a) => a.id));
    expect(ids).toEqual([
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

  it('keeps one id per action: the inline WTSA-24 Action 7 and the table number 7, each once', () => {
    const seven = ofKind('wtsa-action').filter((r) => r.id === 'WTSA-24 Action 7');
    expect(seven.map((r) => r.text)).toEqual(['WTSA-24 Action 7', '7']);
  });

  it('is well formed: offsets slice back, sorted, never overlapping', () => {
    let last = 0;
    for (const r of refs) {
      expect(doc.text.slice(r.start, r.end)).toBe(r.text);
      expect(r.start).toBeGreaterThanOrEqual(last);
      last = r.end;
    }
  });

  it('adds only table ids to the references of the text', () => {
    const inText = findReferences(doc.text);
    expect(refs.length).toBe(inText.length + tableReferences(doc).length);
  });
});

describe('documentReferences', () => {
  it('reads the tables of an .html agenda', () => {
    const doc = read('../../test/fixtures/h2-sg17-wp1-agenda-2026-06.html');
    const numbers = documentReferences(doc, { kinds: ['wtsa-action'] }).map((r) => r.text);
    expect(numbers).toEqual(findWtsaActions(doc).map((a) => String(a.number)));
    expect(numbers.length).toBeGreaterThan(0);
  });

  it('keeps to the kinds asked for', () => {
    const doc = read('../../samples/wp2-closing-agenda-2025-05.txt');
    expect(new Set(documentReferences(doc, { kinds: ['plan-action'] }).map((r) => r.kind))).toEqual(
      new Set(['plan-action']),
    );
    expect(documentReferences(doc, { kinds: ['td'] })).toEqual(findReferences(doc.text, { kinds: ['td'] }));
  });

  it('does not report a table id twice when the text grammar reads the same span', () => {
    const doc = read('../../samples/wp2-closing-agenda-2025-05.txt');
    const plan = documentReferences(doc, { kinds: ['plan-action'], planIdsEverywhere: true });
    expect(plan.map((r) => r.id)).toEqual(findPlanActions(doc).map((a) => a.id));
  });
});
