import { describe, expect, it } from 'vitest';
import { readTextDocument } from '../document/from-text';
import { findAgendaItems } from './agenda-items';
import { findAnnexHeadings, findAnnexReferences } from './annexes';
import { expectLinearGrowth } from '../text/growth.testing';

const items = (text: string) => findAgendaItems(readTextDocument(text, 'a.txt')).map((i) => `${i.number}|${i.title}`);

describe('agenda items', () => {
  it('reads numbers with and without dots, sub-items and quoted titles', () => {
    expect(items('1 Opening\n2. Approval of the agenda\n3.1  TSAG RG-WPR “Group”\n10.2.1 Deep\n')).toEqual([
      '1|Opening',
      '2|Approval of the agenda',
      '3.1|TSAG RG-WPR “Group”',
      '10.2.1|Deep',
    ]);
  });

  it('ignores dates, times, counts, list items and table cells', () => {
    expect(
      items(
        '10 September 2025\n13:00 – 15:00\n3 (three) days\n· 4 Bullet\n2025 Report\n\t5 Cell\n\t6 Cell\n\n\t7 Cell\n\t8 Cell\n',
      ),
    ).toEqual([]);
  });
});

describe('annexes', () => {
  it('finds headings and mentions, not the headings themselves', () => {
    const doc = readTextDocument(
      'See Annex 1 and annexes 2, 3 and 2a.\nAnnex 1 – Plan\n Annex 2a - Actions\nAnnex 3\n',
      'x.txt',
    );
    const headings = findAnnexHeadings(doc);
    expect(headings.map((h) => [h.label, h.title])).toEqual([
      ['1', 'Plan'],
      ['2a', 'Actions'],
      ['3', ''],
    ]);
    expect(findAnnexReferences(doc, headings).map((r) => [r.label, doc.text.slice(r.start, r.end)])).toEqual([
      ['1', 'Annex 1'],
      ['2', 'annexes 2'],
      ['3', '3'],
      ['2a', '2a'],
    ]);
  });

  it('reads a title past a line separator, in time linear in the blanks before it', () => {
    const doc = readTextDocument('Annex 1 -   Plan\u2028of work\n', 'x.txt');
    expect(findAnnexHeadings(doc).map((h) => [h.label, h.title])).toEqual([['1', 'Plan\u2028of work']]);
    expectLinearGrowth(
      (n) => readTextDocument(`Annex 1 - ${' '.repeat(n)}\u2028x\n`, 'x.txt'),
      findAnnexHeadings,
      20_000,
    );
  });
});
