// The Word host on Word as Microsoft documents it: automatic numbering (listString), tracked changes, manual line
// breaks, hyperlinks already in the document, and batches that fail part-way.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../shared/agenda/parse-agenda';
import { runChecks } from '../../shared/checks/run-checks';
import { planLinks } from '../../shared/fills/link-plan';
import { citedInLocator } from '../../shared/fills/cited-in';
import { PartialWriteError } from '../host/types';
import { memoryParagraph, paragraphText, type MemoryBlock } from './memory/memory-document';
import { readTextDocument } from '../../shared/document/from-text';
import { sampleAgendaText, testWord, wordOf } from './sample-word.testing';

/** Agenda items numbered by Word (numbering.xml's abstractNum 1: `1`, `1.1`, `a)`), bullets beside them. */
const lists = {
  abstracts: new Map([
    [
      'items',
      new Map([
        [0, { format: 'decimal', text: '%1', start: 1 }],
        [1, { format: 'decimal', text: '%1.%2', start: 1 }],
        [2, { format: 'lowerLetter', text: '%3)', start: 1 }],
      ]),
    ],
  ]),
  instances: new Map([['1', { abstractId: 'items' }]]),
};
const item = (text: string, level = 0) => memoryParagraph(text, { numId: '1', listLevel: level });

const numberedAgenda = (): MemoryBlock[] => [
  memoryParagraph('Agenda for the closing plenary of Working Party 1/TSAG'),
  memoryParagraph('(Geneva, 16 January 2026)'),
  item('Opening of the meeting'),
  item('Approval of the agenda'),
  item('Review of the Results of Rapporteur Group meetings'),
  item('TSAG RG-WM “Rapporteur Group on Working Methods”', 1),
  memoryParagraph('Report – TD210', { listLevel: 0 }),
  item('Outgoing liaison statements'),
  item('Review of the outgoing LS on lead SG role – TD219', 1),
  item('Review of the WP1/TSAG meeting report – TD200'),
  item('Closure'),
];

describe('automatic numbering', () => {
  it('reads Word’s numbers (listString) into the model: agenda items, and where TDs are cited', async () => {
    const word = testWord(numberedAgenda(), { lists });
    const doc = await word.host().read();
    expect(doc.text).toContain('\n3 Review of the Results');
    expect(doc.text).toContain('\n3.1 TSAG RG-WM');
    expect(doc.text).toContain('\n· Report – TD210');
    const agenda = parseAgenda(doc);
    expect(agenda.items.map((i) => i.number)).toEqual(['1', '2', '3', '3.1', '4', '4.1', '5', '6']);
    const citedIn = citedInLocator(doc.text, agenda);
    expect(['TD210', 'TD219', 'TD200'].map((td) => citedIn(doc.text.indexOf(td)))).toEqual(['3.1', '4.1', '5']);
    // Word's numbers never skip: agenda-numbering has nothing to say about them.
    expect(runChecks(doc, { disabled: [] }).filter((f) => f.rule === 'agenda-numbering')).toEqual([]);
  });
});

describe('manual line breaks (Shift+Enter, \\v)', () => {
  it('reads the text after a line break as a paragraph of its own, as the .docx reader does, and fixes and selects in it', async () => {
    const word = testWord([
      memoryParagraph('Report – TD106\vToR – TD 7R1', { style: 'Normal' }),
      memoryParagraph('Closure'),
    ]);
    const host = word.host();
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => [p.text, p.afterLineBreak ?? false])).toEqual([
      ['Report – TD106', false],
      ['ToR – TD 7R1', true],
      ['Closure', false],
    ]);
    const at = doc.text.indexOf('TD 7R1');
    await host.select({ start: at, end: at + 6 });
    expect(word.doc.rangeText(word.doc.selection!)).toBe('TD 7R1');
    expect(await host.replace([{ start: at, end: at + 6, replacement: 'TD7R1', expected: 'TD 7R1' }])).toEqual({
      applied: 1,
      skipped: [],
    });
    expect(paragraphText(word.doc.allParagraphs()[0])).toBe('Report – TD106\vToR – TD7R1');
  });
});

describe('tracked changes', () => {
  const tracked = () =>
    testWord(
      [
        memoryParagraph('TSAG 05-2025: ', {
          runs: [
            { text: 'TSAG 05-2025: ' },
            { text: 'No Started', revision: 'deleted' },
            { text: 'Not started', revision: 'inserted' },
          ],
        }),
        memoryParagraph('', { runs: [{ text: 'TSAG 05-2025: No Started', revision: 'deleted' }] }),
        memoryParagraph('Deadline: 5 November'),
      ],
      { changeTrackingMode: 'TrackAll' },
    );

  it('reads the text as it reads with the changes accepted: deleted text and deleted paragraphs are out', async () => {
    const word = tracked();
    const host = word.host();
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['TSAG 05-2025: Not started', 'Deadline: 5 November']);
    expect(host.trackChanges).toBe('on');
    expect(runChecks(doc, { disabled: [] }).filter((f) => f.rule === 'status-vocabulary')).toEqual([]);
  });

  it('makes fixes as tracked changes, and a fixed finding never comes back on the deleted text', async () => {
    const word = wordOf(readTextDocument(sampleAgendaText(), 'sample.txt'), { changeTrackingMode: 'TrackAll' });
    const host = word.host();
    const before = await host.read();
    const findings = runChecks(before, { disabled: [] });
    const edits = findings.flatMap((f) =>
      f.fix
        ? [
            {
              start: f.fix.start,
              end: f.fix.end,
              replacement: f.fix.replacement,
              expected: before.text.slice(f.fix.start, f.fix.end),
            },
          ]
        : [],
    );
    const result = await host.replace(edits);
    expect(result).toMatchObject({ applied: edits.length, skipped: [], tracked: true });
    // The old text is still in Word, deleted and awaiting review; the new text is an insertion.
    const runs = word.doc.allParagraphs().flatMap((p) => p.runs);
    expect(runs).toContainEqual({ text: 'No Started', revision: 'deleted' });
    expect(runs.some((run) => run.revision === 'inserted' && run.text.includes('2025'))).toBe(true);
    const after = await host.read();
    expect(after.text).not.toContain('No Started');
    const again = runChecks(after, { disabled: [] });
    for (const rule of new Set(findings.filter((f) => f.fix).map((f) => f.rule))) {
      expect(
        again.filter((f) => f.rule === rule && f.fix),
        rule,
      ).toEqual([]);
    }
  });

  it('refuses to guess where deleted text makes the place uncertain', async () => {
    const word = testWord(
      [memoryParagraph('', { runs: [{ text: 'TD107 ', revision: 'deleted' }, { text: 'TD107' }] })],
      { changeTrackingMode: 'TrackAll' },
    );
    const host = word.host();
    const doc = await host.read();
    const result = await host.replace([
      { start: doc.text.indexOf('TD107'), end: doc.text.indexOf('TD107') + 5, replacement: 'TD 107' },
    ]);
    expect(result.applied).toBe(0);
    expect(result.skipped[0].reason).toMatch(/tracked changes/);
  });

  it('reads deleted text as text, and says it cannot tell, where Word lacks WordApi 1.4', async () => {
    const word = tracked();
    const host = word.host({ capabilities: { reviewedText: false, mergeCells: false, onTheWeb: false } });
    const doc = await host.read();
    expect(doc.paragraphs[0].text).toBe('TSAG 05-2025: No StartedNot started');
    expect(host.trackChanges).toBe('unknown');
  });
});

describe('hyperlinks already in the document', () => {
  it('are read from Word, so Link TDs leaves text inside a link alone', async () => {
    const word = testWord([
      memoryParagraph('TSAG, Geneva, 26-30 May 2025'),
      memoryParagraph('', {
        runs: [
          { text: 'See the report (TD106 and annex)', hyperlink: 'https://example.org/report' },
          { text: ' and TD107.' },
        ],
      }),
    ]);
    const doc = await word.host().read();
    expect(doc.links).toEqual([
      { url: 'https://example.org/report', start: doc.text.indexOf('See'), end: doc.text.indexOf(' and TD107') },
    ]);
    const plan = planLinks(doc, { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 } as never);
    expect(plan.links.map((l) => l.text)).toEqual(['TD107']);
    expect(plan.alreadyLinked).toBe(1);
  });
});

describe('a batch that fails part-way', () => {
  it('says that part may be applied and that Undo takes it back, never that nothing changed', async () => {
    const word = testWord([memoryParagraph('TD 7 and TD 8')]);
    const host = word.host();
    const doc = await host.read();
    // Read (2 syncs) done; the fix's third sync fails after its first write.
    word.doc.failure = { sync: word.doc.syncCount + 3, after: 1, message: 'GeneralException: imitated' };
    const edits = ['TD 7', 'TD 8'].map((td) => ({
      start: doc.text.indexOf(td),
      end: doc.text.indexOf(td) + 4,
      replacement: td.replace(' ', ''),
      expected: td,
    }));
    const failed = host.replace(edits);
    await expect(failed).rejects.toThrow(PartialWriteError);
    await expect(failed).rejects.toThrow(/part-way.*imitated.*Undo \(Ctrl\+Z\)/);
    expect(paragraphText(word.doc.allParagraphs()[0])).toBe('TD 7 and TD8');
  });
});
