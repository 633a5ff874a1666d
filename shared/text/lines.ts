/**
 * Offset <-> line/column lookup. Lines end at `\n`, `\r\n` or a lone `\r`; line and column numbers are 1-based
 * (as editors, compilers and SARIF count them).
 */
export interface LineIndex {
  /** Number of lines (an empty text has one line). */
  readonly lineCount: number;
  /** 1-based line of `offset` (clamped into the text). */
  lineOf(offset: number): number;
  /** Alias of `lineOf`, the name in the team's planned API. */
  lineAt(offset: number): number;
  /** 1-based column of `offset` in its line (in UTF-16 code units). */
  columnOf(offset: number): number;
  /** Offset where 1-based `line` starts (clamped). */
  lineStart(line: number): number;
  /** Offset where 1-based `line` ends, before its line break (clamped). */
  lineEnd(line: number): number;
}

/**
 * Calls `onBreak(end, next)` for each line break in order: `end` where the line's text ends, `next` where the next
 * line starts. Breaks are found with indexOf, V8's native scan (several times faster than a loop over the characters
 * or a regex's match objects on a large file); the next `\r` and the next `\n` are each searched again only once
 * passed, so the text is scanned once for each.
 */
export function forEachLineBreak(text: string, onBreak: (end: number, next: number) => void): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let at = 0; ;) {
    if (lf !== -1 && lf < at) lf = text.indexOf('\n', at);
    if (cr !== -1 && cr < at) cr = text.indexOf('\r', at);
    const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
    if (end === -1) return;
    at = end + (end === cr && lf === end + 1 ? 2 : 1);
    onBreak(end, at);
  }
}

export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  forEachLineBreak(text, (_, next) => starts.push(next));
  const clampOffset = (offset: number) =>
    Number.isFinite(offset) ? Math.min(Math.max(0, Math.floor(offset)), text.length) : 0;
  const lineOf = (offset: number): number => {
    const o = clampOffset(offset);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const clampLine = (line: number) => Math.min(Math.max(1, Math.floor(line) || 1), starts.length);
  const lineStart = (line: number) => starts[clampLine(line) - 1];
  const lineEnd = (line: number): number => {
    const l = clampLine(line);
    if (l === starts.length) return text.length;
    let e = starts[l] - 1; // the break's last char
    if (text.charCodeAt(e) === 10 && e > 0 && text.charCodeAt(e - 1) === 13) e--;
    return e;
  };
  return {
    lineCount: starts.length,
    lineOf,
    lineAt: lineOf,
    columnOf: (offset: number) => clampOffset(offset) - starts[lineOf(offset) - 1] + 1,
    lineStart,
    lineEnd,
  };
}

/**
 * Start offset of the line holding `offset` (scans back; no index needed for one-off lookups). With `maxScan`, gives
 * up after that many characters and returns -1 (keeps callers linear on huge single-line texts).
 */
export function lineStartBefore(text: string, offset: number, maxScan = Infinity): number {
  let i = Math.min(offset, text.length) - 1;
  const stop = Math.max(-1, i - maxScan);
  while (i >= 0) {
    if (i <= stop) return -1;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i + 1;
}
