/** The short text a finding shows: whitespace (NBSP, tabs, line breaks) collapsed, long spans shortened. */
export const EXCERPT_MAX = 80;

/**
 * At most this many characters of a span are read for its excerpt: a finding over a megabyte line costs what its
 * excerpt shows, not the line (even a span mostly of blanks shows enough).
 */
const WINDOW = EXCERPT_MAX * 16;

export function excerptOf(text: string, start: number, end: number, max = EXCERPT_MAX): string {
  const window = Math.min(end, start + Math.max(WINDOW, max * 16));
  const raw = text
    .slice(start, window)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return raw.length <= max && window === end ? raw : `${raw.slice(0, max - 1).trimEnd()}…`;
}
