import { describe, expect, it } from 'vitest';
import { actionsFromAgenda, parseActionRegister } from './action-register';
import { applyStatusRoundToText } from './apply-to-text';
import {
  mergeStatuses,
  planActionPlanTable,
  planWtsaActionsTable,
  PLAN_HEADER,
  WTSA_HEADER,
} from './status-tables-plan';
import { planStatusRound } from './status-round-plan';
import { readSample, sampleText } from './sample.testing';
import { readTextDocument } from '../document/from-text';
import { parseAgenda } from '../agenda/parse-agenda';
import { FillError } from './types';

describe('status tables from the previous meeting agenda', () => {
  const previous = readSample();
  const source = actionsFromAgenda('previous.txt', previous.agenda);
  // The current draft: the sample with a new round added by the editor.
  const draftText = applyStatusRoundToText(
    sampleText(),
    planStatusRound(previous.doc, previous.agenda, 'TSAG 01-2026'),
  );
  const draft = readSample(draftText, 'draft.txt');

  it('rebuilds Annex 2 in its layout: action row, then a Status and Comments row; replaces the existing table', () => {
    const plan = planWtsaActionsTable(draft.doc, draft.agenda, source);
    expect(plan.tag).toBe('td-lens:wtsa-actions');
    expect(plan.placement).toEqual({ kind: 'replace-table', tableIndex: 1 });
    expect(plan.table.values[0]).toEqual(WTSA_HEADER);
    expect(plan.table.values).toHaveLength(1 + 2 * 7);
    expect(plan.table.values[1][0]).toBe('2');
    expect(plan.table.values[1][1]).toMatch(/^WTSA-24 instructs TSAG to study the concept/);
    // The editor's TSAG 01-2026 lines are kept.
    expect(plan.table.values[2]).toEqual([
      '',
      'Status and Comments:\nTSAG 05-2025: Started, LS in TD142.\nTSAG 01-2026: Started, LS in TD142.',
    ]);
    expect(plan.table.merges).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('rebuilds Annex 2a with rapporteur-group rows and merged Status and Comments rows', () => {
    const plan = planActionPlanTable(draft.doc, draft.agenda, source);
    expect(plan.tag).toBe('td-lens:action-plan');
    expect(plan.placement).toEqual({ kind: 'replace-table', tableIndex: 2 });
    const values = plan.table.values;
    expect(values[0]).toEqual(PLAN_HEADER);
    expect(values[1]).toEqual(['WPR', '', '']);
    expect(values[2][0]).toBe('73-06');
    expect(values[2][1]).toMatch(/^Resolution 73\nInformation and communication technologies/);
    expect(values[3]).toEqual(['Status and Comments:\nTSAG 05-2025:Not started\nTSAG 01-2026: Not started', '', '']);
    expect(plan.table.groupRows).toEqual([1, values.findIndex((r) => r[0] === 'DT')]);
    expect(plan.table.merges).toHaveLength(12);
    expect(plan.table.merges[0]).toEqual({ row: 3, firstCell: 0, lastCell: 2 });
    expect(values).toHaveLength(1 + 2 + 12 * 2);
    // An untagged first line stays on the label's line, as the agenda writes it.
    const row9403 = values.findIndex((r) => r[0] === '94-03');
    expect(values[row9403 + 1][0]).toBe('Status and Comments: Not started.\nTSAG 01-2026:');
  });

  it('keeps document-only actions and warns', () => {
    const partial = { ...source, wtsaActions: source.wtsaActions.slice(1) };
    const plan = planWtsaActionsTable(draft.doc, draft.agenda, partial);
    expect(plan.table.values[1][0]).toBe('2');
    expect(plan.warnings).toEqual(['WTSA-24 action 2 is not in previous.txt; kept as in the document.']);
  });

  it('says so when the annex is not where expected, and when the source has no actions', () => {
    const bare = readTextDocument('Agenda\n1 Opening\n', 'bare.txt');
    expect(() => planWtsaActionsTable(bare, parseAgenda(bare), source)).toThrow(/Annex 2 heading not found/);
    expect(() => planActionPlanTable(draft.doc, draft.agenda, { ...source, planActions: [] })).toThrow(FillError);
  });

  it('goes after the annex heading when the annex has no table yet', () => {
    const headingOnly = readTextDocument('Agenda\n1 Opening\n\nAnnex 2 - WTSA Actions\nnone yet\n', 'h.txt');
    const plan = planWtsaActionsTable(headingOnly, parseAgenda(headingOnly), source);
    expect(plan.placement).toEqual({ kind: 'after-paragraph', paragraphIndex: 2 });
  });
});

describe('mergeStatuses', () => {
  it('keeps the document line for a meeting both have, adds the rest, orders by meeting', () => {
    expect(
      mergeStatuses(
        ['Not started', 'TSAG 05-2025: Started', 'TSAG 09-2025: Started, LS'],
        ['TSAG 01-2026: Done', 'TSAG 05-2025: Started (edited)', 'Not started'],
      ),
    ).toEqual(['Not started', 'TSAG 05-2025: Started (edited)', 'TSAG 09-2025: Started, LS', 'TSAG 01-2026: Done']);
  });
});

describe('parseActionRegister', () => {
  it('reads the JSON format', () => {
    const register = parseActionRegister(
      JSON.stringify({
        wtsaActions: [{ number: 2, text: 'WTSA-24 instructs TSAG', statuses: ['TSAG 05-2025: Started'] }],
        planActions: [
          {
            id: '73-06',
            group: 'WPR',
            resolutionTitle: 'ICT and climate',
            description: 'TSAG to coordinate',
            statuses: [],
          },
        ],
      }),
      'actions.json',
    );
    expect(register.wtsaActions).toEqual([
      { number: 2, text: 'WTSA-24 instructs TSAG', statuses: ['TSAG 05-2025: Started'] },
    ]);
    expect(register.planActions[0]).toEqual({
      id: '73-06',
      group: 'WPR',
      resolution: 73,
      resolutionTitle: 'ICT and climate',
      description: 'TSAG to coordinate',
      statuses: [],
    });
  });

  it('reads the CSV format, one more status per repeated row', () => {
    const csv = [
      'kind,id,group,resolution_title,text,status',
      'wtsa,2,,,"WTSA-24 instructs TSAG, to study",TSAG 05-2025: Started',
      'wtsa,2,,,,TSAG 09-2025: Started again',
      'plan,73-06,WPR,ICT and climate,TSAG to coordinate,',
    ].join('\n');
    const register = parseActionRegister(csv, 'actions.csv');
    expect(register.wtsaActions).toEqual([
      {
        number: 2,
        text: 'WTSA-24 instructs TSAG, to study',
        statuses: ['TSAG 05-2025: Started', 'TSAG 09-2025: Started again'],
      },
    ]);
    expect(register.planActions[0].group).toBe('WPR');
  });

  it('names the file, line and cause of bad input', () => {
    expect(() => parseActionRegister('{', 'a.json')).toThrow(/^a\.json: not valid JSON/);
    expect(() => parseActionRegister('{"planActions":[{"id":"73"}]}', 'a.json')).toThrow(
      /planActions\[0\]: plan id "73" is not like 73-06/,
    );
    expect(() => parseActionRegister('kind,id\nwtsa,2\n', 'a.csv')).toThrow(
      /a\.csv:1: missing column\(s\) group, resolution_title, text, status/,
    );
    expect(() => parseActionRegister('kind,id,group,resolution_title,text,status\nfoo,2,,,,\n', 'a.csv')).toThrow(
      /a\.csv:2: kind "foo"/,
    );
    expect(() => parseActionRegister('{"wtsaActions":[]}', 'a.json')).toThrow(/no actions found/);
  });
});
