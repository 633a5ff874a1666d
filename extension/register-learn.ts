/** Learning a register from an ITU listing page the delegate visits, and importing one in the options. */
import type { MeetingContext } from '../shared/meeting/types';
import { parseRegister } from '../shared/register/parse-register';
import { boundLearned, mergeRegister, toStoredRegister, type RegisterUse, type StoredRegister } from './register-store';

/**
 * The register list after reading a listing page's HTML, learned registers within their limits; null when the page
 * lists no TDs of a known meeting (not a listing, or a listing the parser cannot read: nothing is stored then).
 */
export function learnFromListing(
  html: string,
  url: string,
  registers: readonly StoredRegister[],
  now = new Date(),
  use: RegisterUse = {},
): StoredRegister[] | null {
  let parsed;
  try {
    parsed = parseRegister(html, 'listing.html');
  } catch {
    return null;
  }
  if (!parsed.meeting || parsed.entries.length === 0) return null;
  const stored: StoredRegister = { ...toStoredRegister({ ...parsed, fileName: url }, null, now), learned: true };
  return boundLearned(mergeRegister(registers, stored), use, now.getTime());
}

/** The register list after importing a file; throws the parser's error (file, line, cause) for the options page. */
export function importRegisterFile(
  content: string,
  fileName: string,
  meeting: MeetingContext | null,
  registers: readonly StoredRegister[],
  now = new Date(),
): { registers: StoredRegister[]; added: StoredRegister; skipped?: Record<string, number> } {
  const parsed = parseRegister(content, fileName);
  const added = toStoredRegister(parsed, meeting, now);
  return { registers: mergeRegister(registers, added), added, ...(parsed.skipped ? { skipped: parsed.skipped } : {}) };
}
