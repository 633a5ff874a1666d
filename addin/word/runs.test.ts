import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRuns,
  normalizeRuns,
  replaceInRuns,
  reviewedText,
  runsText,
  splitRunLines,
  splitRunsAt,
  type Run,
  type RunFormat,
} from './runs';

/** One entry per character: the character and its formatting, the model the run functions must agree with. */
type Char = { char: string; format: string };
const formatOf = (run: Run) => JSON.stringify([run.hyperlink ?? null, run.bold ?? null, run.highlightColor ?? null]);
const chars = (runs: readonly Run[]): Char[] =>
  runs.flatMap((run) => [...run.text].map((char) => ({ char, format: formatOf(run) })));

const runArb: fc.Arbitrary<Run> = fc.record(
  {
    text: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', 'é'), maxLength: 6 }),
    hyperlink: fc.constantFrom('https://a.example', 'https://b.example'),
    bold: fc.boolean(),
    highlightColor: fc.constant('Yellow'),
  },
  { requiredKeys: ['text'] },
);
const runsArb = fc.array(runArb, { maxLength: 6 });
const formatArb: fc.Arbitrary<RunFormat> = fc.record(
  {
    hyperlink: fc.option(fc.constant('https://c.example'), { nil: undefined }),
    bold: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: [] },
);

/** Normal form: no empty runs (but one for an empty paragraph), no neighbours with the same formatting. */
function expectNormal(runs: readonly Run[]): void {
  expect(runs.length).toBeGreaterThan(0);
  if (runs.length > 1) for (const run of runs) expect(run.text).not.toBe('');
  for (let i = 1; i < runs.length; i++) expect(formatOf(runs[i])).not.toBe(formatOf(runs[i - 1]));
  for (const run of runs) for (const value of Object.values(run)) expect(value).not.toBe(undefined);
}

const spanArb = fc.tuple(runsArb, fc.nat(40), fc.nat(40)).map(([runs, a, b]) => {
  const length = runsText(runs).length;
  const [start, end] = [Math.min(a, b) % (length + 1), Math.max(a, b) % (length + 1)];
  return { runs, start: Math.min(start, end), end: Math.max(start, end) };
});

describe('replaceInRuns', () => {
  it('replaces exactly the span, and leaves every other character with its formatting', () => {
    fc.assert(
      fc.property(spanArb, fc.string({ maxLength: 5 }), ({ runs, start, end }, text) => {
        const before = chars(runs);
        const after = replaceInRuns(runs, start, end, text);
        expect(runsText(after)).toBe(runsText(runs).slice(0, start) + text + runsText(runs).slice(end));
        const out = chars(after);
        expect(out.slice(0, start)).toEqual(before.slice(0, start));
        expect(out.slice(start + [...text].length)).toEqual(before.slice(end));
        expectNormal(after);
      }),
    );
  });

  it('gives inserted text the formatting of the first replaced character, or of the one before an insertion point', () => {
    fc.assert(
      fc.property(spanArb, ({ runs, start, end }) => {
        const before = chars(runs);
        const source = start < end ? before[start] : (before[start - 1] ?? before[0]);
        fc.pre(source !== undefined);
        const out = chars(replaceInRuns(runs, start, end, 'XY'));
        expect(out.slice(start, start + 2).map((c) => c.format)).toEqual([source.format, source.format]);
      }),
    );
  });

  it('keeps an empty paragraph one empty run', () => {
    expect(replaceInRuns([{ text: 'ab', bold: true }], 0, 2, '')).toEqual([{ text: '', bold: true }]);
    expect(replaceInRuns([], 0, 0, 'x')).toEqual([{ text: 'x' }]);
  });

  it('joins text typed at the end of a link to the link, like typing in Word', () => {
    expect(replaceInRuns([{ text: 'See ' }, { text: 'TD7', hyperlink: 'u' }], 7, 7, 'R1')).toEqual([
      { text: 'See ' },
      { text: 'TD7R1', hyperlink: 'u' },
    ]);
  });
});

describe('formatRuns', () => {
  it('formats exactly the span and keeps the text', () => {
    fc.assert(
      fc.property(spanArb, formatArb, ({ runs, start, end }, format) => {
        const before = chars(runs);
        const after = formatRuns(runs, start, end, format);
        expect(runsText(after)).toBe(runsText(runs));
        const out = chars(after);
        expect(out.slice(0, start)).toEqual(before.slice(0, start));
        expect(out.slice(end)).toEqual(before.slice(end));
        const formatted = formatRuns(runs, 0, runsText(runs).length, {});
        expect(chars(formatted)).toEqual(before);
        if (runs.length > 0) expectNormal(after);
        for (const c of out.slice(start, end)) {
          const [hyperlink, bold] = JSON.parse(c.format) as [string | null, boolean | null];
          if ('hyperlink' in format) expect(hyperlink).toBe(format.hyperlink ?? null);
          if ('bold' in format) expect(bold).toBe(format.bold ?? null);
        }
      }),
    );
  });

  it('removes a link with an undefined value', () => {
    expect(formatRuns([{ text: 'TD106', hyperlink: 'u' }], 0, 5, { hyperlink: undefined })).toEqual([
      { text: 'TD106' },
    ]);
  });
});

describe('splitRunsAt and splitRunLines', () => {
  it('cut without losing or reformatting a character', () => {
    fc.assert(
      fc.property(spanArb, ({ runs, start }) => {
        const [head, tail] = splitRunsAt(runs, start);
        expect(runsText(head)).toBe(runsText(runs).slice(0, start));
        expect(chars([...head, ...tail])).toEqual(chars(runs));
      }),
    );
  });

  it('split at every line break, dropping only the breaks', () => {
    fc.assert(
      fc.property(runsArb, (runs) => {
        const lines = splitRunLines(runs);
        expect(lines.map(runsText).join('\n')).toBe(runsText(runs).replace(/\r\n|\r/g, '\n'));
        expect(lines.flatMap((line) => chars(line))).toEqual(
          chars(runs).filter((c) => c.char !== '\n' && c.char !== '\r'),
        );
        for (const line of lines) expectNormal(line);
      }),
    );
  });

  it('normalizes neighbours with the same formatting into one run', () => {
    expect(normalizeRuns([{ text: 'a', bold: true }, { text: '' }, { text: 'b', bold: true }], { text: '' })).toEqual([
      { text: 'ab', bold: true },
    ]);
  });
});

describe('replaceInRuns with Track Changes on', () => {
  it('reads, with the changes accepted, as the untracked edit, and with them rejected, as before', () => {
    fc.assert(
      fc.property(spanArb, fc.string({ maxLength: 5 }), ({ runs, start, end }, text) => {
        const tracked = replaceInRuns(runs, start, end, text, true);
        expect(reviewedText(tracked, 'Current')).toBe(runsText(replaceInRuns(runs, start, end, text)));
        expect(reviewedText(tracked, 'Original')).toBe(runsText(runs));
        // Tracking again on the result: what this reviewer inserted and now replaces simply goes.
        const again = replaceInRuns(tracked, 0, runsText(tracked).length, 'x', true);
        expect(reviewedText(again, 'Current')).toBe('x');
        expect(reviewedText(again, 'Original')).toBe(runsText(runs));
      }),
    );
  });
});
