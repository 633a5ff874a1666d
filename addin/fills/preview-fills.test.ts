import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { readTextDocument } from '../../shared/document/from-text';
import { planEMeetings } from '../../shared/fills/emeeting-plan';
import { planLinks } from '../../shared/fills/link-plan';
import { planStatusRound } from '../../shared/fills/status-round-plan';
import { planTdTable } from '../../shared/fills/td-table-plan';
import { layoutPreview, paragraphTextOf, previewStateOf, type PreviewGroup, type PreviewTable } from '../preview/preview-model';
import { applyLinksInPreview, applyStatusRoundInPreview, applyTableInPreview, linkInParagraph } from './preview-fills';
import { sampleAgendaText } from './testing/sample-word';

const sampleState = () => previewStateOf(readTextDocument(sampleAgendaText(), 'sample.txt'));
const options = { group: 'RG-DT', firstDate: '2025-09-10', rule: { everyWeeks: 9 }, count: 6, startTime: '13:00', endTime: '15:00' };

describe('preview fills', () => {
  it('links references as runs, and the next layout reports them as links so a second plan is empty', () => {
    const state = sampleState();
    const layout = layoutPreview(state);
    const plan = planLinks(layout.doc, parseAgenda(layout.doc).meeting);
    const result = applyLinksInPreview(layout, plan);
    expect(result.changed).toBe(plan.links.length);
    const after = layoutPreview(state);
    expect(after.doc.text).toBe(layout.doc.text);
    expect(after.doc.links?.map((l) => after.doc.text.slice(l.start, l.end))).toEqual(plan.links.map((l) => l.text));
    expect(planLinks(after.doc, parseAgenda(after.doc).meeting).links).toEqual([]);
  });

  it('never links over an existing link', () => {
    const p = { kind: 'paragraph' as const, isListItem: false, runs: [{ text: 'See ' }, { text: 'TD106', href: 'https://example.org' }] };
    expect(linkInParagraph(p, 4, 9, 'https://www.itu.int/x')).toBe(false);
    expect(p.runs[1].href).toBe('https://example.org');
  });

  it('inserts the TD table in a tagged group at the end, and refreshes that group in place', () => {
    const state = sampleState();
    const layout = layoutPreview(state);
    const agenda = parseAgenda(layout.doc);
    applyTableInPreview(state, layout, planTdTable(layout.doc, agenda, agenda.meeting));
    const group = state.blocks.at(-1) as PreviewGroup;
    expect(group).toMatchObject({ kind: 'group', tag: 'td-lens:td-table' });
    const count = state.blocks.length;
    const second = layoutPreview(state);
    const secondAgenda = parseAgenda(second.doc);
    const result = applyTableInPreview(state, second, planTdTable(second.doc, secondAgenda, secondAgenda.meeting));
    expect(result.summary).toMatch(/^Refreshed the table/);
    expect(state.blocks).toHaveLength(count);
    expect(layoutPreview(state).doc.text).toBe(second.doc.text);
  });

  it('replaces the RG-DT e-meetings table and merges cells as column spans', () => {
    const state = sampleState();
    const layout = layoutPreview(state);
    applyTableInPreview(state, layout, planEMeetings(options, layout.doc, parseAgenda(layout.doc)));
    const after = layoutPreview(state);
    expect(parseAgenda(after.doc).emeetings[0].rows.map((r) => r.zone)).toEqual(['CEST', 'CET', 'CET', 'CET', 'CEST', 'CEST']);
    const group = state.blocks.find((b): b is PreviewGroup => b.kind === 'group');
    expect((group?.blocks[0] as PreviewTable).rows).toHaveLength(7);
  });

  it('adds tagged status paragraphs inside the cells, once', () => {
    const state = sampleState();
    const layout = layoutPreview(state);
    const result = applyStatusRoundInPreview(state, layout, planStatusRound(layout.doc, parseAgenda(layout.doc), 'TSAG 01-2026'));
    expect(result.changed).toBe(19);
    const after = layoutPreview(state);
    const tagged = after.paragraphs.filter((p) => p.tag === 'td-lens:status-round');
    expect(tagged.map(paragraphTextOf)[0]).toBe('TSAG 01-2026: Started, LS in TD142.');
    expect(planStatusRound(after.doc, parseAgenda(after.doc), 'TSAG 01-2026').inserts).toEqual([]);
  });
});
