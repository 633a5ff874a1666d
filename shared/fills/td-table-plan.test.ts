import { describe, expect, it } from 'vitest';
import { parseRegister } from '../register/parse-register';
import { findReferences } from '../refs/find-references';
import { readTextDocument } from '../document/from-text';
import { parseAgenda } from '../agenda/parse-agenda';
import { planTdTable, TD_TABLE_HEADER } from './td-table-plan';
import { readSample } from './sample.testing';
import { readFileSync } from 'node:fs';

const fileOf = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('planTdTable on the sample', () => {
  const { doc, agenda } = readSample();
  const register = parseRegister(
    'id,title,source\nTD106,Report of RG-WPR,Rapporteur RG-WPR\nTD7R1,ToR of TSAG rapporteur groups,TSB\n',
    'register.csv',
  );
  const plan = planTdTable(doc, agenda, agenda.meeting, { register });
  const rows = plan.table.values.slice(1);

  it('lists each cited TD once, in number order, with revision, register title/source, link and where cited', () => {
    expect(plan.tag).toBe('td-lens:td-table');
    expect(plan.placement).toEqual({ kind: 'end' });
    expect(plan.table.values[0]).toEqual(TD_TABLE_HEADER);
    const numbers = rows.map((r) => Number(r[0]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    const cited = new Set(findReferences(doc.text, { kinds: ['td'] }).map((r) => (r.kind === 'td' ? r.number : 0)));
    expect(new Set(numbers)).toEqual(cited);
    expect(rows.find((r) => r[0] === '106')).toEqual([
      '106',
      '',
      'Report of RG-WPR',
      'Rapporteur RG-WPR',
      'ITU page',
      '3.1',
    ]);
    const td7 = rows.find((r) => r[0] === '7');
    expect(td7?.slice(0, 4)).toEqual(['7', 'R1', 'ToR of TSAG rapporteur groups', 'TSB']);
    expect(td7?.[5]).toBe('3.1, 3.2');
    expect(rows.find((r) => r[0] === '142')?.[5]).toBe('3.1, Annex 2');
    expect(rows.find((r) => r[0] === '148')?.slice(2, 4)).toEqual(['', '']);
  });

  it('links the Link cell of every row to the TD page', () => {
    expect(plan.table.links).toHaveLength(rows.length);
    const row106 = plan.table.values.findIndex((r) => r[0] === '106');
    expect(plan.table.links.find((l) => l.row === row106)).toEqual({
      row: row106,
      cell: 4,
      url: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en',
    });
  });

  it('adds no references of its own: the table text cites nothing', () => {
    const tableText = plan.table.values.map((r) => r.join('\t')).join('\n');
    expect(findReferences(tableText, { kinds: ['td', 'contribution'] })).toEqual([]);
  });

  it('separates contributions with group rows, and cites by line before the first item', () => {
    const small = readTextDocument('Intro cites C-45 and TD 3.\n1 Opening\nSee TD 3 Rev.2.\n', 'small.txt');
    const smallPlan = planTdTable(small, parseAgenda(small), { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 });
    expect(smallPlan.table.values.slice(1)).toEqual([
      ['Temporary documents', '', '', '', '', ''],
      ['3', 'R2', '', '', 'ITU page', 'line 1, 1'],
      ['Contributions', '', '', '', '', ''],
      ['45', '', '', '', 'ITU page', 'line 1'],
    ]);
    expect(smallPlan.table.merges).toEqual([
      { row: 1, firstCell: 0, lastCell: 5 },
      { row: 3, firstCell: 0, lastCell: 5 },
    ]);
    expect(smallPlan.table.links[1].url).toBe('https://www.itu.int/md/T25-TSAG-C-0045/en');
  });
});

describe('planTdTable with ITU\u2019s index files', () => {
  const { doc, agenda } = readSample();

  it('takes titles and sources from the meeting\u2019s TD index', () => {
    const register = parseRegister(
      fileOf('samples/itu-td-index-T25-TSAG-250526.xml'),
      'itu-td-index-T25-TSAG-250526.xml',
    );
    const plan = planTdTable(doc, agenda, agenda.meeting, { register });
    expect(plan.warnings).toEqual([]);
    const rows = plan.table.values.slice(1);
    expect(rows.find((r) => r[0] === '144')?.slice(2, 4)).toEqual([
      'LS/o on coordination between SGs 17 and 20 on WTSA-24 Action 7 (IoT Security)',
      'TSAG',
    ]);
    expect(rows.find((r) => r[0] === '106')?.slice(2, 4)).toEqual([
      'Report of the TSAG RG-WPR meeting',
      'Rapporteur, TSAG RG-WPR',
    ]);
    expect(rows.find((r) => r[0] === '148')?.slice(2, 4)).toEqual(['', '']);
  });

  it('takes contributions\u2019 titles from the contributions index, and TDs\u2019 from none', () => {
    const small = readTextDocument(
      'Study Group 12 (Geneva, 9-18 September 2025)\n1 Opening\nSee C 21, C 22 and TD 21.\n',
      'small.txt',
    );
    const register = parseRegister(fileOf('test/fixtures/T25-SG12-C.xml'), 'T25-SG12-C.xml');
    const smallAgenda = parseAgenda(small);
    const rows = planTdTable(small, smallAgenda, smallAgenda.meeting, { register }).table.values.slice(1);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['Temporary documents', '', '', ''],
      ['21', '', '', ''],
      ['Contributions', '', '', ''],
      ['21', '', 'Revised draft P.1204.6 – text for consent', 'China Telecom'],
      ['22', '', '', ''],
    ]);
  });

  it('leaves the index of another meeting aside and says why', () => {
    const register = parseRegister(fileOf('test/fixtures/register-sg12-2509.xml'), 'register-sg12-2509.xml');
    const plan = planTdTable(doc, agenda, agenda.meeting, { register });
    expect(plan.warnings).toEqual([
      expect.stringMatching(
        /^register-sg12-2509\.xml lists the TDs of the SG12 meeting .*: it is not used, or every TD would be unknown\.$/,
      ),
    ]);
    expect(plan.table.values.slice(1).every((r) => r[2] === '' && r[3] === '')).toBe(true);
  });
});
