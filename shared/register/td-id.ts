/**
 * ITU object names of TDs (`T25-SG12-250909-TD-GEN-0292`), as index files and listing pages write them. A TD id
 * itself (`TD9R3`, `td9`) is read by the reference grammar: `parseTdId` in refs/td.ts.
 */

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
