/**
 * Runs: a paragraph's text as pieces that share character formatting (a hyperlink, bold, a highlight), as Word
 * keeps it. Every edit of runs in the add-in goes through here: replacing text, formatting a span, and cutting a
 * paragraph's runs at an offset or at its line breaks. Results are normal: no empty runs (one empty run for an empty
 * paragraph) and no two neighbours with the same formatting, so equal text with equal formatting is equal runs.
 *
 * Which formatting inserted text takes follows Word: replaced text takes the formatting of the first character it
 * replaces ("Replace" keeps the character formatting of the replaced text); text inserted at a point continues the
 * character before it, or the first character at the start of a paragraph.
 */
export interface Run {
  text: string;
  /** Target of the hyperlink the run belongs to. */
  hyperlink?: string;
  bold?: boolean;
  /** `Yellow`, as Word's `font.highlightColor`. */
  highlightColor?: string;
}

/** A run's formatting; a key set to undefined removes that formatting. */
export type RunFormat = Partial<Omit<Run, 'text'>>;

export const runsText = (runs: readonly Run[]): string => runs.map((run) => run.text).join('');

const sameFormat = (a: Run, b: Run): boolean => a.hyperlink === b.hyperlink && a.bold === b.bold && a.highlightColor === b.highlightColor;

/** A run with `text` and the formatting of `run` changed by `format` (keys without a value are left out). */
function withText(run: Run, text: string, format: RunFormat = {}): Run {
  const out: Run = { text };
  const hyperlink = 'hyperlink' in format ? format.hyperlink : run.hyperlink;
  const bold = 'bold' in format ? format.bold : run.bold;
  const highlightColor = 'highlightColor' in format ? format.highlightColor : run.highlightColor;
  if (hyperlink !== undefined) out.hyperlink = hyperlink;
  if (bold !== undefined) out.bold = bold;
  if (highlightColor !== undefined) out.highlightColor = highlightColor;
  return out;
}

/** Drops empty runs and joins neighbours with the same formatting; an empty paragraph keeps one empty run. */
export function normalizeRuns(runs: readonly Run[], empty: Run): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const last = out[out.length - 1];
    if (last && sameFormat(last, run)) out[out.length - 1] = withText(last, last.text + run.text);
    else out.push(run);
  }
  return out.length > 0 ? out : [withText(runs[0] ?? empty, '')];
}

/** The runs before and after `offset` (clamped to the text). */
export function splitRunsAt(runs: readonly Run[], offset: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const cut = Math.min(Math.max(offset - at, 0), run.text.length);
    if (cut > 0) before.push(withText(run, run.text.slice(0, cut)));
    if (cut < run.text.length) after.push(withText(run, run.text.slice(cut)));
    at += run.text.length;
  }
  return [before, after];
}

/** The run whose formatting text inserted at `[start, end)` takes (see the header). */
function formatSource(runs: readonly Run[], start: number, end: number): Run | undefined {
  let at = 0;
  for (const run of runs) {
    const runEnd = at + run.text.length;
    if (run.text.length > 0 && (start < end ? start < runEnd : start <= runEnd)) return run;
    at = runEnd;
  }
  return runs[runs.length - 1];
}

/** Replaces `[start, end)` of the runs' text with `text` (an empty span inserts). */
export function replaceInRuns(runs: readonly Run[], start: number, end: number, text: string): Run[] {
  const length = runsText(runs).length;
  const from = Math.min(Math.max(start, 0), length);
  const to = Math.min(Math.max(end, from), length);
  const source = formatSource(runs, from, to);
  const [before] = splitRunsAt(runs, from);
  const [, after] = splitRunsAt(runs, to);
  const inserted = withText(source ?? { text: '' }, text);
  return normalizeRuns([...before, inserted, ...after], inserted);
}

/** Sets formatting on `[start, end)` (an undefined value removes that formatting), leaving the text as it is. */
export function formatRuns(runs: readonly Run[], start: number, end: number, format: RunFormat): Run[] {
  const length = runsText(runs).length;
  const from = Math.min(Math.max(start, 0), length);
  const to = Math.min(Math.max(end, from), length);
  const [before, rest] = splitRunsAt(runs, from);
  const [middle, after] = splitRunsAt(rest, to - from);
  const formatted = middle.map((run) => withText(run, run.text, format));
  return normalizeRuns([...before, ...formatted, ...after], runs[0] ?? { text: '' });
}

/** Cuts the runs at line breaks (`\r\n`, `\r`, `\n`), which are dropped: one run list per line. */
export function splitRunLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [];
  let rest: readonly Run[] = runs;
  for (;;) {
    const text = runsText(rest);
    const match = /\r\n|\r|\n/.exec(text);
    if (!match) break;
    const [line] = splitRunsAt(rest, match.index);
    const [, tail] = splitRunsAt(rest, match.index + match[0].length);
    lines.push(normalizeRuns(line, rest[0]));
    rest = tail.length > 0 ? tail : [withText(rest[rest.length - 1], '')];
  }
  lines.push(normalizeRuns(rest, runs[0] ?? { text: '' }));
  return lines;
}
