/**
 * ITU has three sectors; TD Lens reads ITU-T's references. `ITU-R SG6`, `ITU-D Q2/1` and `ITU-D SG2 Q6/2` name
 * another sector's study group or Question: the grammars for study groups and Questions skip what follows
 * `ITU-R ` / `ITU-D ` (and that sector's study group, when written between).
 */
const OTHER_SECTOR_RE = /(?<![A-Za-z0-9_])ITU-[RD](?:[ -]?|[ -](?:SG ?|Study Group )\d{1,2}[ ,] ?)$/;
const LOOK_BACK = 24;

/** True when `ITU-R` or `ITU-D` (then a space, a hyphen or nothing; or its study group) ends just before `index`. */
export function otherSectorBefore(text: string, index: number): boolean {
  return index >= 5 && OTHER_SECTOR_RE.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}
