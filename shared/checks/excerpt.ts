/** The short text a finding shows: whitespace (NBSP, tabs, line breaks) collapsed, long spans shortened. */
export const EXCERPT_MAX = 80;

export function excerptOf(text: string, start: number, end: number, max = EXCERPT_MAX): string {
  const raw = text.slice(start, end).replace(/[\s\u00a0]+/g, ' ').trim();
  return raw.length <= max ? raw : `${raw.slice(0, max - 1).trimEnd()}…`;
}
