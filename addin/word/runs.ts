/**
 * Runs: a paragraph's text as pieces that share character formatting (a hyperlink, bold, a highlight) and revision
 * (text inserted or deleted while Track Changes was on), as Word keeps it. Every edit of runs in the add-in goes
 * through here: replacing text (tracked or not), formatting a span, and cutting a paragraph's runs at an offset or
 * at its line breaks. Results are normal: no empty runs (one empty run for an empty
 * paragraph) and no two neighbours with the same formatting, so equal text with equal formatting is equal runs.
 *
 * Untracked text is never a revision: typing with Track Changes off inside a tracked insertion gives plain text
 * (not documented for the API; assumed from Word's editing).
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
  /** A tracked change awaiting review: inserted text, or deleted text still shown (Word's markup). */
  revision?: 'inserted' | 'deleted';
}

/** A run's formatting; a key set to undefined removes that formatting. */
export type RunFormat = Partial<Omit<Run, 'text'>>;

export const runsText = (runs: readonly Run[]): string => runs.map((run) => run.text).join('');

const sameFormat = (a: Run, b: Run): boolean =>
  a.hyperlink === b.hyperlink &&
  a.bold === b.bold &&
  a.highlightColor === b.highlightColor &&
  a.revision === b.revision;

/** A run with `text` and the formatting of `run` changed by `format` (keys without a value are left out). */
function withText(run: Run, text: string, format: RunFormat = {}): Run {
  const out: Run = { text };
  const hyperlink = 'hyperlink' in format ? format.hyperlink : run.hyperlink;
  const bold = 'bold' in format ? format.bold : run.bold;
  const highlightColor = 'highlightColor' in format ? format.highlightColor : run.highlightColor;
  const revision = 'revision' in format ? format.revision : run.revision;
  if (hyperlink !== undefined) out.hyperlink = hyperlink;
  if (bold !== undefined) out.bold = bold;
  if (highlightColor !== undefined) out.highlightColor = highlightColor;
  if (revision !== undefined) out.revision = revision;
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

/**
 * Replaces `[start, end)` of the runs' text with `text` (an empty span inserts). Tracked, the replaced text stays
 * as a deletion (text this reviewer inserted and now removes simply goes) and `text` follows it as an insertion,
 * as Word shows an edit made with Track Changes on; `insertedAt` says where the new text starts.
 */
export function replaceInRuns(runs: readonly Run[], start: number, end: number, text: string, tracked = false): Run[] {
  return replaceInRunsAt(runs, start, end, text, tracked).runs;
}

export function replaceInRunsAt(
  runs: readonly Run[],
  start: number,
  end: number,
  text: string,
  tracked = false,
): { runs: Run[]; insertedAt: number } {
  const length = runsText(runs).length;
  const from = Math.min(Math.max(start, 0), length);
  const to = Math.min(Math.max(end, from), length);
  const source = formatSource(runs, from, to);
  const [before, rest] = splitRunsAt(runs, from);
  const [replaced, after] = splitRunsAt(rest, to - from);
  const kept = tracked
    ? replaced
        .filter((run) => run.revision !== 'inserted')
        .map((run) => withText(run, run.text, { revision: 'deleted' }))
    : [];
  const inserted = withText(source ?? { text: '' }, text, { revision: tracked ? 'inserted' : undefined });
  return {
    runs: normalizeRuns([...before, ...kept, inserted, ...after], inserted),
    insertedAt: from + runsText(kept).length,
  };
}

/** Marks the runs as deleted while tracking: text inserted awaiting review goes, the rest stays as a deletion. */
export function deleteRunsTracked(runs: readonly Run[]): Run[] {
  const kept = runs
    .filter((run) => run.revision !== 'inserted')
    .map((run) => withText(run, run.text, { revision: 'deleted' }));
  return normalizeRuns(kept, withText(runs[0] ?? { text: '' }, '', { revision: undefined }));
}

/** The text as it reads with every change accepted (`Current`) or rejected (`Original`). */
export function reviewedText(runs: readonly Run[], version: 'Current' | 'Original' = 'Current'): string {
  const hidden = version === 'Current' ? 'deleted' : 'inserted';
  return runs.map((run) => (run.revision === hidden ? '' : run.text)).join('');
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
