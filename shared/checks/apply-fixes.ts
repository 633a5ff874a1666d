/** Applies text fixes: non-overlapping ones, in one pass over the text (linear in the text and the fixes). */
import type { Fix } from './rule';

export interface AppliedFixes {
  text: string;
  /** Fixes applied, in text order. */
  applied: Fix[];
  /** Fixes left out (overlapping an applied one, out of range, or the same as one applied), with the reason. */
  skipped: { fix: Fix; reason: string }[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const skipped: AppliedFixes['skipped'] = [];
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Fix[] = [];
  for (const fix of sorted) {
    if (!(
      Number.isInteger(fix.start) &&
      Number.isInteger(fix.end) &&
      fix.start >= 0 &&
      fix.start <= fix.end &&
      fix.end <= text.length
    )) {
      skipped.push({ fix, reason: 'out of range' });
      continue;
    }
    const last = chosen[chosen.length - 1];
    if (last && last.start === fix.start && last.end === fix.end && last.replacement === fix.replacement) {
      skipped.push({ fix, reason: 'same as another fix' });
      continue;
    }
    // Touching is fine for replacements; two insertions at one point would be ambiguous.
    if (last && (fix.start < last.end || (fix.start === last.start && fix.start === last.end))) {
      skipped.push({ fix, reason: `overlaps the fix at ${last.start}-${last.end}` });
      continue;
    }
    chosen.push(fix);
  }
  const pieces: string[] = [];
  let at = 0;
  for (const fix of chosen) {
    pieces.push(text.slice(at, fix.start), fix.replacement);
    at = fix.end;
  }
  pieces.push(text.slice(at));
  return { text: pieces.join(''), applied: chosen, skipped };
}
