import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import type { Table } from '../document/model';
import { labelledStatusLines, parseStatusLine, statusLinesOfCell } from './status-lines';

const parse = (line: string) => parseStatusLine(line, 0, line.length);

describe('status lines', () => {
  it('splits tag, status and comment', () => {
    const line = parse('TSAG 05-2025: Started, LS in TD142.')!;
    expect(line).toMatchObject({
      meeting: { id: 'TSAG 05-2025', month: 5, year: 2025 },
      status: 'Started',
      canonicalStatus: 'Started',
      comment: 'LS in TD142.',
    });
    expect(line.statusSpan).toEqual({ start: 14, end: 21 });
  });

  it('reads lines without a space after the colon, without a tag, or without a status word', () => {
    expect(parse('TSAG 05-2025:Not started')).toMatchObject({ status: 'Not started', comment: '' });
    expect(parse('  Started. RG-DT continues operation.  ')).toMatchObject({
      meeting: null,
      status: 'Started',
      comment: 'RG-DT continues operation.',
      start: 2,
    });
    expect(parse('SG17 09-2025: liaison sent')).toMatchObject({
      meeting: { group: 'SG17' },
      status: null,
      canonicalStatus: null,
      comment: 'liaison sent',
    });
    expect(parse('   ')).toBeNull();
  });

  it('reads the status lines of a cell after its label', () => {
    const doc = readTextDocument(
      '\tx\n\ty\n\n\tNote before\nStatus and Comments: Started, JCA\nTSAG 05-2025:  Started, JCA\n',
      'c.txt',
    );
    const cell = (doc.blocks[0] as Table).rows[1].cells[0];
    expect(statusLinesOfCell(doc, cell).map((l) => [l.meeting?.id ?? null, l.status, l.comment])).toEqual([
      [null, 'Started', 'JCA'],
      ['TSAG 05-2025', 'Started', 'JCA'],
    ]);
  });
});

describe('labelledStatusLines', () => {
  it('reads the labelled cells of a row, and gives null for a row without a label', () => {
    const doc = readTextDocument('\tx\n\ty\n\n\tStatus and Comments: Started, JCA\n\tplain\n\n\t7\n\tText\n', 'r.txt');
    const rows = (doc.blocks[0] as Table).rows;
    expect(labelledStatusLines(doc, rows[1])?.map((l) => [l.status, l.comment])).toEqual([['Started', 'JCA']]);
    expect(labelledStatusLines(doc, rows[2])).toBeNull();
  });
});

describe('status columns', () => {
  it('reads statuses from a Status column of the WTSA and action-plan tables', async () => {
    const { findWtsaActions } = await import('./wtsa-actions');
    const { findPlanActions } = await import('./plan-actions');
    const doc = readTextDocument(
      '\tWTSA-24 action number\n\tAction\n\tStatus\n\n\t7\n\tText\n\tTSAG 05-2025: Started\n\nAnnex 2a\n' +
        '\tWTSA action number\n\tResolution\n\tDescription of action\n\tStatus\n\n\t73-06\n\tResolution 73\n\tDo it\n\tCompleted\n',
      's.txt',
    );
    expect(findWtsaActions(doc).map((a) => [a.number, a.statuses.map((s) => s.canonicalStatus)])).toEqual([
      [7, ['Started']],
    ]);
    expect(findPlanActions(doc).map((a) => [a.id, a.description, a.statuses.map((s) => s.canonicalStatus)])).toEqual([
      ['73-06', 'Do it', ['Completed']],
    ]);
  });
});
