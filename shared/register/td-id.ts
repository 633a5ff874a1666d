/** TD ids as registers write them: `TD9R3`, `TD 9`, `TD009 Rev.3`, `TD9r3`. */

export interface TdId {
  number: number;
  /** 0 = no revision. */
  revision: number;
}

const TD_ID = /^TD[\s\u00a0]?0*(\d{1,5})(?:[\s\u00a0]?(?:R|Rev\.?[\s\u00a0]?)(\d{1,2}))?$/i;

/** Parses a TD id, or null when the text is not one. */
export function parseTdId(text: string): TdId | null {
  const m = TD_ID.exec(text.trim());
  if (!m) return null;
  const number = Number(m[1]);
  if (number === 0) return null;
  return { number, revision: m[2] ? Number(m[2]) : 0 };
}

/** `TD7R2`, `TD7`. */
export function formatTdId(number: number, revision: number): string {
  return revision > 0 ? `TD${number}R${revision}` : `TD${number}`;
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
