/**
 * Automatic list numbers as Word shows them (`3.1`, `b)`, `IV.`): what Word's `ListItem.listString` reports and
 * what the .docx reader writes before a numbered paragraph. Pure: definitions in, one mark per list paragraph out,
 * in document order. The .docx reader fills the definitions from numbering.xml; the in-memory Word keeps them with
 * its paragraphs and numbers them the same way.
 *
 * Grammar (ECMA-376 Part 1, §17.9 Numbering):
 *
 *   numbering    = abstractNum* num*
 *   abstractNum  = lvl*                       ; the list's levels, each with ilvl 0..8
 *   lvl          = start? numFmt? lvlText? lvlRestart? isLgl? pStyle?
 *   num          = abstractNumId lvlOverride* ; what a paragraph's numId names
 *   lvlOverride  = startOverride? lvl?        ; per ilvl
 *   lvlText      = { text | "%" digit }       ; %1..%9: the current number of level 0..8
 *
 * How Word counts, and where it says so:
 * - One running count per abstractNum, shared by every num that names it: a list continues across nums, across
 *   paragraphs that are not in it and across other lists. The first time a num with a startOverride is used at a
 *   level, that level restarts at the override (ECMA-376 §17.9.27 startOverride, §17.9.15 num). LibreOffice writes
 *   "restart at 5" as exactly such a num and keeps counting the original num after it (A, E, F), as Word does.
 * - A level restarts when a shallower level is used; `lvlRestart` n restarts it only when level n (1-based) or a
 *   shallower one is used; 0 never restarts it. Word departs from the standard here ([MS-OI29500] 2.1.282,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/140a2cd9-2f26-456d-9760-ae6ecef4e8b5):
 *   it restarts on the named level *or any higher level*, accepts only 0..7, and ignores lvlRestart in an
 *   override's lvl.
 * - `isLgl` shows every level of the text in decimal (§17.9.4); `numFmt` (§17.18.59 ST_NumberFormat): decimal,
 *   decimalZero, lowerLetter/upperLetter (a..z, then aa, bb: the letter repeated), lowerRoman/upperRoman,
 *   ordinal (1st), bullet (the text as is), none (no number); other formats are shown as decimal.
 * - A paragraph numbered through its style takes the level its style or itself gives, else the level whose
 *   `pStyle` names the style (§17.9.23); a list that takes its levels from a list style (`numStyleLink`) is the
 *   list defining that style (`styleLink`), and counts with it: the .docx reader (docx-styles.ts) resolves both.
 * - Not documented: what %1 shows when level 0 was never used before a level-1 item. LibreOffice shows level 0's
 *   start value and counts it as used (`3.1`, then `4`); so does this module.
 */

/** One level of a list (`w:lvl`). */
export interface ListLevel {
  /** `w:numFmt`: `decimal`, `lowerLetter`, `upperRoman`, `bullet`, `none`, ... */
  format: string;
  /** `w:lvlText`: `%1.%2`, `%3)`, or the bullet character. */
  text: string;
  /** `w:start`. */
  start: number;
  /** `w:lvlRestart`: restart after level n (1-based) or a shallower one is used; 0 never; absent: any shallower. */
  restartAfter?: number;
  /** `w:isLgl`: every level's number in decimal. */
  legal?: boolean;
  /** `w:pStyle`: the paragraph style that takes this level (numbering carried by a style). */
  style?: string;
}

/** A list's levels by ilvl (`w:abstractNum`). */
export type AbstractList = ReadonlyMap<number, ListLevel>;

/** What a `numId` names (`w:num`): an abstract list and its per-level overrides. */
export interface ListInstance {
  abstractId: string;
  overrides?: ReadonlyMap<number, { start?: number; level?: ListLevel }>;
}

export interface ListDefinitions {
  abstracts: ReadonlyMap<string, AbstractList>;
  instances: ReadonlyMap<string, ListInstance>;
}

export const NO_LISTS: ListDefinitions = { abstracts: new Map(), instances: new Map() };

/** A list paragraph's mark: its number (`3.1`, `b)`), bullet character, or nothing (`none`). */
export interface ListMark {
  level: number;
  kind: 'number' | 'bullet';
  /** As Word's `listString` reports it: the level's text with its numbers filled in (`''` for `none`). */
  label: string;
}

const MAX_LEVEL = 8;

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Letters repeat up to this many (780 = 30 × z); past it they start again at a. Word's own limit is not documented. */
const MAX_LETTER_NUMBER = 780;
/** Roman numerals past 3999 are not standard; such numbers are shown in decimal (not documented for Word either). */
const MAX_ROMAN_NUMBER = 3999;

/** `n` in a `w:numFmt`; letters repeat past z (27 → aa), as ST_NumberFormat says. Bounded for hostile counts. */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      if (n < 1) return '';
      const m = ((n - 1) % MAX_LETTER_NUMBER) + 1;
      const letter = String.fromCharCode(97 + ((m - 1) % 26)).repeat(Math.floor((m - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      if (n < 1 || n > MAX_ROMAN_NUMBER) return String(n);
      return format === 'upperRoman' ? roman(n).toUpperCase() : roman(n);
    }
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'ordinal': {
      const tens = n % 100;
      const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${n}${suffix}`;
    }
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Numbers list paragraphs in document order: call `next` once per list paragraph, first to last. */
export class ListNumbering {
  /** abstractNum id → the current number of each level (undefined: not started, or restarted). */
  private readonly counts = new Map<string, (number | undefined)[]>();
  /** `numId/ilvl` pairs already used (a startOverride applies at the first use). */
  private readonly used = new Set<string>();

  constructor(private readonly lists: ListDefinitions) {}

  /** The level definition a num uses at `ilvl` (its override's lvl, else the abstract list's). */
  levelOf(numId: string, ilvl: number): ListLevel | undefined {
    const instance = this.lists.instances.get(numId);
    if (!instance) return undefined;
    return instance.overrides?.get(ilvl)?.level ?? this.lists.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  /**
   * The level a paragraph numbered through its style takes: the level whose `w:pStyle` names the style, when the
   * style gives no `w:ilvl` (§17.9.23 pStyle); 0 otherwise.
   */
  levelOfStyle(numId: string, styleId: string): number {
    const instance = this.lists.instances.get(numId);
    const levels = instance && this.lists.abstracts.get(instance.abstractId);
    for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl;
    return 0;
  }

  /** The mark of the next paragraph of list `numId` at `ilvl`; null when it is not numbered (numId 0, unknown). */
  next(numId: string, ilvl: number): ListMark | null {
    // numId 0 removes numbering; it never names a list (§17.9.18).
    const instance = numId === '0' ? undefined : this.lists.instances.get(numId);
    const levels = instance && this.lists.abstracts.get(instance.abstractId);
    const level = Math.min(Math.max(Math.trunc(ilvl) || 0, 0), MAX_LEVEL);
    const definition = this.levelOf(numId, level);
    if (!instance || !levels || !definition) return null;
    const counts = this.counts.get(instance.abstractId) ?? [];
    this.counts.set(instance.abstractId, counts);
    const startOf = (l: number) => instance.overrides?.get(l)?.start ?? this.levelOf(numId, l)?.start ?? 1;

    const key = `${numId}/${level}`;
    const override = instance.overrides?.get(level);
    const restartsHere = !this.used.has(key) && (override?.start !== undefined || override?.level !== undefined);
    this.used.add(key);
    const current = counts[level];
    counts[level] = restartsHere || current === undefined ? startOf(level) : current + 1;
    for (let deeper = level + 1; deeper <= MAX_LEVEL; deeper++) {
      // Word ignores lvlRestart in an override's lvl ([MS-OI29500] 2.1.282 b): the abstract list's level decides.
      const restartAfter = levels.get(deeper)?.restartAfter;
      const restarts =
        restartAfter === undefined || restartAfter > deeper ? true : restartAfter !== 0 && level <= restartAfter - 1;
      if (restarts) counts[deeper] = undefined;
    }

    const kind = definition.format === 'bullet' ? 'bullet' : 'number';
    if (kind === 'bullet') return { level, kind, label: definition.text };
    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      if (l > level) return '';
      counts[l] ??= startOf(l);
      const format = definition.legal ? 'decimal' : (this.levelOf(numId, l)?.format ?? 'decimal');
      return formatListNumber(counts[l], format);
    });
    return { level, kind, label };
  }
}

/** Bullets in the flat text, by level (the .txt export's). */
const BULLET_BY_LEVEL = ['·', '◦', '▪'];

/**
 * What the flat text writes before a list paragraph (model.ts): its number (`3.1 `), a bullet by level, or nothing
 * for an empty number; numbered items keep their number as `listLabel`. The .docx reader and the Word host (which
 * knows only Word's listString and level type) both go through here, so they write the same text.
 */
export function listMarkText(mark: ListMark): { marker?: string; listLabel?: string } {
  if (mark.kind === 'bullet') return { marker: `${BULLET_BY_LEVEL[Math.min(mark.level, 2)]} ` };
  return mark.label.trim() ? { marker: `${mark.label} `, listLabel: mark.label } : {};
}
