/** TD ids as registers write them: `TD9R3`, `TD 9`, `TD009 Rev.3`, `TD9r3`, `td9`: the reference grammar (refs/td.ts). */
import { parseTdId as parseTdReference, tdId } from '../refs/td';

export interface TdId {
  number: number;
  /** 0 = no revision. */
  revision: number;
}

/** Parses a TD id, or null when the text is not one. Another group's TD (`SG12-TD648`) is not this meeting's. */
export function parseTdId(text: string): TdId | null {
  // Registers are typed by hand: `td9` is as good as `TD9`.
  const ref = parseTdReference(text.trim().replace(/^td/i, 'TD'));
  if (!ref || ref.group !== undefined) return null;
  return { number: ref.number, revision: ref.revision ?? 0 };
}

/** `TD7R2`, `TD7`. */
export function formatTdId(number: number, revision: number): string {
  return tdId(number, revision > 0 ? revision : undefined);
}
