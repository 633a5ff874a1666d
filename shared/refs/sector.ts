/**
 * ITU has three sectors; TD Lens reads ITU-T's references. `ITU-R SG6`, `ITU-D Q2/1`, `ITU-D SG2 Q6/2` and `ITU-D
 * Study Groups Question 7/2` name another sector's study group or Question: the grammars for study groups and
 * Questions skip what follows `ITU-R ` / `ITU-D ` (and that sector's study group or groups, when written between).
 */
const OTHER_SECTOR_RE =
  /(?<![A-Za-z0-9_])ITU-[RD](?:[ -]?|[ -](?:SG ?\d{1,2}|Study Group \d{1,2}|SGs|Study Groups)[ ,] ?)$/;
/**
 * ITU-D's study groups end the work on each Question with a report titled after it (`Report on Question 9/2`,
 * `Final Report on Question 3/1`); ITU-T's publish Recommendations and report on meetings (`Report of Q9/2`).
 */
const ITU_D_REPORT_RE = /(?<![A-Za-z])(?:Final |Output )?Report on $/;
const LOOK_BACK = 24;

/**
 * True when `ITU-R` or `ITU-D` (then a space, a hyphen or nothing; or its study groups), or the title of an ITU-D
 * report, ends just before `index`.
 */
export function otherSectorBefore(text: string, index: number): boolean {
  if (index < 5) return false;
  const before = text.slice(Math.max(0, index - LOOK_BACK), index);
  return OTHER_SECTOR_RE.test(before) || ITU_D_REPORT_RE.test(before);
}

/**
 * ITU-T's study groups since 1997 (the oldest text TD Lens reads): 2 to 13, 15 to 17, 19 to 21. ITU-T has had no
 * SG1 (merged into SG2 in 1997), SG14 (into SG16) or SG18 since, while ITU-D's study groups are 1 and 2: a Question
 * of study group 1 (`Question 4/1`) is ITU-D's.
 */
export function isItuTStudyGroup(n: number): boolean {
  return n >= 2 && n <= 21 && n !== 14 && n !== 18;
}
