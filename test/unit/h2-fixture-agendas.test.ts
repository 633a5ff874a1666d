// Agendas other than the sample, laid out the same way: an SG17-style HTML page and a TSAG WP1 .txt export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../shared/document/read';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { findReferences } from '../../shared/refs/find-references';
import { makeDocx, p } from '../../shared/document/docx.testing';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('SG17 WP1 agenda (.html)', () => {
  const doc = readDocument(fixture('h2-sg17-wp1-agenda-2026-06.html'), 'h2-sg17-wp1-agenda-2026-06.html');
  const agenda = parseAgenda(doc);

  it('reads the document and the meeting', () => {
    expect(doc.format).toBe('html');
    expect(doc.text).not.toContain('TD 999');
    expect(agenda.meeting).toMatchObject({ group: 'SG17', start: '2026-06-09', end: '2026-06-17' });
  });

  it('finds items, anticipated actions and annexes', () => {
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '3.1', '3.2', '4', '5']);
    expect(agenda.anticipatedActions.map((a) => [a.item, a.codes.map((c) => c.id).join('+')])).toEqual([
      ['3.1', 'WP1-1'],
      ['3.1', 'WP1-2+WP1-3'],
      ['3.2', 'WP1-4'],
    ]);
    expect(agenda.annexes.map((a) => a.label)).toEqual(['1', '2']);
    expect(agenda.annexReferences.map((a) => a.label)).toEqual(['1']);
  });

  it('reads the e-meeting plan and the WTSA actions', () => {
    expect(agenda.emeetings).toHaveLength(1);
    expect(agenda.emeetings[0].group).toBe('RG-IdM');
    expect(agenda.emeetings[0].rows.map((r) => [r.date?.iso, r.zone, r.deadline?.iso ?? r.deadline?.text])).toEqual([
      ['2026-10-21', 'CEST', '2026-10-14'],
      ['2026-12-02', 'CET', '25 November'],
    ]);
    expect(
      agenda.wtsaActions.map((a) => [a.number, a.statuses.map((s) => `${s.meeting?.id ?? '-'} ${s.canonicalStatus}`)]),
    ).toEqual([
      [10, ['SG17 01-2026 In progress', 'SG17 06-2026 Completed']],
      [13, ['- Deferred']],
    ]);
  });

  it('finds the TDs with their sub-group', () => {
    const tds = findReferences(doc.text, { kinds: ['td'] }).map((r) => r.id);
    expect(tds).toEqual(expect.arrayContaining(['TD230', 'TD236', 'TD240R1', 'TD241']));
  });
});

describe('TSAG WP1 agenda (.txt)', () => {
  const bytes = fixture('h2-wp1-tsag-agenda-2026-01.txt');

  it.each(['LF', 'CRLF'])('reads tables, plan actions and statuses with %s line ends', (ends) => {
    const text = new TextDecoder().decode(bytes);
    const doc = readDocument(new TextEncoder().encode(ends === 'CRLF' ? text.replace(/\n/g, '\r\n') : text), 'wp1.txt');
    const agenda = parseAgenda(doc);
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(agenda.anticipatedActions.map((a) => a.codes[0].id)).toEqual(['WP1-1', 'RG-WM-1']);
    expect(agenda.planActions.map((a) => [a.id, a.group, a.resolution])).toEqual([
      ['1-01', 'WM', 1],
      ['22-02', 'WM', 22],
    ]);
    expect(agenda.planActions[0].statuses.map((s) => [s.status, s.canonicalStatus, s.statusExact])).toEqual([
      ['Complted', 'Completed', false],
      ['Ongoing', 'Ongoing', true],
    ]);
    expect(agenda.planActions[1].statuses[0]).toMatchObject({
      meeting: null,
      canonicalStatus: 'Superseded',
      comment: 'by 22-03',
    });
    // `Annex 3` right after the last status line ends the table.
    expect(agenda.annexes.map((a) => a.title)).toEqual(['RG-WM e-meetings', 'Action plan', 'Contacts']);
    expect(doc.paragraphs.at(-1)!.table).toBeUndefined();
    const [plan] = agenda.emeetings;
    expect(plan.group).toBe('RG-WM');
    expect(plan.rows[1].date).toMatchObject({ text: '31 September 2026', valid: false, iso: null });
    expect(plan.rows[0].deadline).toMatchObject({ year: null, iso: null, day: 18, month: 3 });
  });
});

describe('a .docx agenda numbered by Word (numbering.xml, heading styles)', () => {
  const numbering =
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>';
  const styles =
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Bullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
  const h1 = (t: string) => p(t, '<w:pStyle w:val="Heading1"/>');
  const h2 = (t: string) => p(t, '<w:pStyle w:val="Heading2"/>');
  const li = (t: string) => p(t, '<w:pStyle w:val="Bullet"/>');
  const body =
    p('SG13 closing plenary (Geneva, 2-13 March 2026)') +
    h1('Opening') +
    h1('Approval of the agenda – TD 100-PLEN') +
    h1('Reports of Working Parties') +
    h2('WP1/13 report – TD 250-WP1') +
    p('Anticipated Actions') +
    li('WP1-1: Approve the report, TD 250-WP1') +
    li('WP1-2: Approve the LS to SG17') +
    h2('WP2/13 report') +
    h1('Closure');

  it('takes the item numbers from Word numbering and reads the actions under them', async () => {
    const doc = readDocument(makeDocx(body, { numbering, styles }), 'sg13.docx');
    const agenda = parseAgenda(doc);
    expect(agenda.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Opening',
      '2 Approval of the agenda – TD 100-PLEN',
      '3 Reports of Working Parties',
      '3.1 WP1/13 report – TD 250-WP1',
      '3.2 WP2/13 report',
      '4 Closure',
    ]);
    expect(doc.text).toContain('\n3.1 WP1/13 report – TD 250-WP1\n');
    expect(agenda.anticipatedActions.map((a) => `${a.item} ${a.codes[0].id}`)).toEqual(['3.1 WP1-1', '3.1 WP1-2']);
    expect(agenda.meeting).toMatchObject({ group: 'SG13', start: '2026-03-02' });
  });
});
