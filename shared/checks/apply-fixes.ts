/** Applies text fixes: non-overlapping ones, right to left, so each fix's offsets stay valid. */
import type { Fix } from './types';

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
    if (!(Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length)) {
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
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const fix = chosen[i];
    out = out.slice(0, fix.start) + fix.replacement + out.slice(fix.end);
  }
  return { text: out, applied: chosen, skipped };
}
