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

/** ITU object names: `T25-SG12-250909-TD-GEN-0292` (optionally `!R1!...` file suffixes after it). */
export const OBJECT_NAME = /\bT(\d{2})-([A-Z]+\d*)-(\d{2})(\d{2})(\d{2})-TD-([A-Z]+\d?)-0*(\d{1,5})\b/;

export interface ObjectName {
  studyPeriod: number;
  group: string;
  /** ISO date of the meeting's first day. */
  meetingStart: string;
  subGroup: string;
  number: number;
}

export function parseObjectName(text: string): ObjectName | null {
  const m = OBJECT_NAME.exec(text);
  if (!m) return null;
  return {
    studyPeriod: Number(m[1]),
    group: m[2],
    meetingStart: `20${m[3]}-${m[4]}-${m[5]}`,
    subGroup: m[6],
    number: Number(m[7]),
  };
}
