/**
 * ITU-T study groups per study period (as ITU writes periods in ids: 25 = 2025-2028, 22 = 2022-2024, 17 = 2017-2021).
 * WTSA-24 merged SG9 (cable/TV) and SG16 (multimedia) into SG21.
 */

export const STUDY_GROUPS_BY_PERIOD: Readonly<Record<number, readonly number[]>> = {
  25: [2, 3, 5, 11, 12, 13, 15, 17, 20, 21],
  22: [2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20],
  17: [2, 3, 5, 9, 11, 12, 13, 15, 16, 17, 20],
  13: [2, 3, 5, 9, 11, 12, 13, 15, 16, 17],
};

/** What a study group became in a later period (`SG9` and `SG16` → `SG21` from period 25). */
export const STUDY_GROUP_SUCCESSORS: Readonly<Record<number, { period: number; becomes: number }>> = {
  9: { period: 25, becomes: 21 },
  16: { period: 25, becomes: 21 },
};

function sgNumber(sg: string | number): number | 'TSAG' | null {
  if (typeof sg === 'number') return Number.isInteger(sg) ? sg : null;
  const t = sg.trim().toUpperCase();
  if (t === 'TSAG') return 'TSAG';
  const m = /^(?:SG ?)?(\d{1,2})$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** True when the study group (17, `SG17`, `SG 17`, `TSAG`) exists in `period`. Unknown periods: false. */
export function studyGroupExists(sg: string | number, period: number): boolean {
  const n = sgNumber(sg);
  if (n === null) return false;
  const list = STUDY_GROUPS_BY_PERIOD[period];
  if (!list) return false;
  return n === 'TSAG' || list.includes(n);
}

/**
 * The study group that carries the work of `sg` in `period`: itself when it exists, its successor when it was
 * merged (`SG16` in 25 → `SG21`), null when neither is known.
 */
export function studyGroupSuccessor(sg: string | number, period: number): string | null {
  const n = sgNumber(sg);
  if (n === null) return null;
  if (n === 'TSAG') return 'TSAG';
  if (studyGroupExists(n, period)) return `SG${n}`;
  const next = STUDY_GROUP_SUCCESSORS[n];
  if (next && period >= next.period && studyGroupExists(next.becomes, period)) return `SG${next.becomes}`;
  return null;
}

/** Study groups of a period as ids (`SG2`..`SG21`, then `TSAG`); empty for unknown periods. */
export function studyGroupsOf(period: number): string[] {
  const list = STUDY_GROUPS_BY_PERIOD[period];
  return list ? [...list.map((n) => `SG${n}`), 'TSAG'] : [];
}
