import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeWordSearch, occurrenceIndex, queueLocate } from './locate';
import { memoryParagraph } from './memory/memory-document';
import { testWord } from './sample-word.testing';

describe('occurrenceIndex', () => {
  it('counts non-overlapping matches as Word reports them', () => {
    expect(occurrenceIndex('TD1 TD1 TD1', 'TD1', 8)).toBe(2);
    expect(occurrenceIndex('aaa', 'aa', 1)).toBe(-1);
    expect(escapeWordSearch('a^b\tc')).toBe('a^^b^tc');
  });
});

describe('queueLocate', () => {
  it('finds any span of a paragraph, in two syncs', () =>
    fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '^', '\t'), minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.nat(),
        async (text, x, y) => {
          const from = x % (text.length + 1);
          const to = from + (y % (text.length - from + 1));
          const word = testWord([memoryParagraph(text)]);
          const found = await word.run(async (context) => {
            const paragraphs = context.document.body.paragraphs.load('items');
            await context.sync();
            const pending = queueLocate(paragraphs.items[0], text, from, to);
            await context.sync();
            const range = pending.resolve();
            range?.load('text');
            await context.sync();
            return range?.text;
          });
          expect(found).toBe(text.slice(from, to));
          expect(word.doc.syncCount).toBe(3);
        },
      ),
      { numRuns: 150 },
    ));
});
