/**
 * ITU has three sectors; TD Lens reads ITU-T's references. `ITU-R SG6`, `ITU-D Q2/1` name another sector's study
 * group or Question: the grammars for study groups and Questions skip what directly follows `ITU-R ` / `ITU-D `.
 */
const OTHER_SECTOR_RE = /(?<![A-Za-z0-9_])ITU-[RD][ -]?$/;

/** True when `ITU-R` or `ITU-D` (then a space, a hyphen or nothing) ends just before `index`. */
export function otherSectorBefore(text: string, index: number): boolean {
  return index >= 5 && OTHER_SECTOR_RE.test(text.slice(Math.max(0, index - 7), index));
}
