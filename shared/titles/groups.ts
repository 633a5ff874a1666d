/**
 * The groups a title, a source or an agenda line names: whose document it is, or where a liaison goes.
 *
 *   group     := sg | question | tsag | rg | wp | ag | other-sector | body | all-sgs
 *   sg        := (ITU-T study groups, Questions and TSAG: shared/refs, one grammar for them)
 *   rg        := \b 'RG-' letter *11(letter | digit) \b        not an action code: RG-WPR-2 is one
 *   wp        := \b ('WP' [' '] | 'Working Party ') 1*2digit ['/' ('TSAG' | 1*2digit)] \b     not an action code: WP2-4 is one
 *   ag        := \b ('JCA' | 'FG' | 'CG' | 'JCG') '-' name            joint coordination activities, focus and correspondence groups
 *   other-sector := \b ('ITU-R' | 'ITU-D') [' '] [('WP' | 'SG') [' '] 1*2digit [letter]]
 *   body      := 'ETSI' | '3GPP' | 'IETF' | 'IEEE' | 'ISO/IEC JTC 1' | 'JTC 1' | 'ISO' | 'IEC' | 'W3C' | 'oneM2M' | ...
 *   all-sgs   := 'all' ['ITU-T '] ('study groups' | 'SGs')
 *
 * Canonical ids: `SG17`, `Q3/17`, `TSAG`, `RG-WM`, `WP2/TSAG` (a bare `WP2` takes the meeting's group), `JCA-IMT2020`,
 * `ITU-R WP5D`, `ITU-R`, `ETSI`, `JTC1`, `ALL-SG`. Each has a level: 2 for groups inside another (a Question in its
 * study group, an RG or WP in TSAG or its study group, an ITU-R working party in ITU-R), 1 for the others.
 * A meeting tag (`TSAG 05-2025:`) names a meeting, not a group: left out.
 */
import { findMeetingTags } from '../meeting/tag';
import { findReferences } from '../refs/find-references';
import { normalizeForMatching } from '../text/normalize';

export interface GroupName {
  /** Canonical id: `RG-WM`, `Q3/17`, `SG13`, `ITU-R WP5D`. */
  id: string;
  level: 1 | 2;
  /** The group it belongs to, when known: `TSAG` for `RG-WM`, `SG17` for `Q3/17`, `ITU-R` for `ITU-R WP5D`. */
  parent?: string;
  /** `to` / `from` when the text sends something there or gets it from there (`LS to SG13`, `[from ITU-R WP5D]`). */
  role?: 'to' | 'from';
  /** From a register's list of Questions, not from words: what the document concerns, not whose it is. */
  listed?: true;
  start: number;
  end: number;
}

const RG = /(?<![A-Za-z0-9_-])RG-(?<name>[A-Za-z][A-Za-z0-9]{0,11})(?![A-Za-z0-9_]|-\d)/g;
const WP = /(?<![A-Za-z0-9_-])(?:WP ?|Working Party )(?<n>\d{1,2})(?:\/(?<of>TSAG|\d{1,2}))?(?![A-Za-z0-9_]|-\d|\/)/g;
const AG =
  /(?<![A-Za-z0-9_-])(?<type>JCA|FG|CG|JCG)-(?<name>[A-Za-z0-9][A-Za-z0-9-]{0,20}[A-Za-z0-9])(?![A-Za-z0-9_])/g;
const OTHER_SECTOR = /(?<![A-Za-z0-9_-])(?<sector>ITU-[RD])(?: ?(?<type>WP|SG) ?(?<n>\d{1,2}[A-Z]?))?(?![A-Za-z0-9_])/g;
const ALL_SGS = /\ball (?:(?:the )?ITU-T )?(?:study groups|SGs)\b/gi;

/** Standards bodies other than ITU, as written (one expression), and their canonical ids. */
const BODIES = /\b(?:ETSI|3GPP|IETF|IEEE|(?:ISO\/IEC )?JTC ?1|ISO|IEC|W3C|oneM2M|GSMA|BBF|Broadband Forum|MEF|UPU)\b/g;
const BODY_IDS: Record<string, string> = { 'broadband forum': 'BBF', onem2m: 'ONEM2M' };
const bodyId = (written: string) => (/JTC ?1$/.test(written) ? 'JTC1' : (BODY_IDS[written.toLowerCase()] ?? written));

/** `to` right before a group (`LS to SG13`, `[to ITU-T SG13, SG17]`) or `from`. */
const ROLE_BEFORE = /\b(?<role>to|from)\s+(?:the\s+)?(?:ITU-T\s+)?(?:[A-Za-z0-9/.-]+(?:,\s*|\s+and\s+|\s+&\s+))*$/i;

/**
 * Every group `text` names, in text order. `home` is the meeting's group (`TSAG`, `SG12`): a bare `WP2` is its
 * working party.
 */
export function findGroups(text: string, home?: string): GroupName[] {
  const normalized = normalizeForMatching(text);
  const tags = /\d-\d{4}|\d\/\d{4}/.test(normalized) ? findMeetingTags(normalized) : [];
  const inTag = (start: number) => tags.some((t) => start >= t.start && start < t.end);
  const out: GroupName[] = [];
  const add = (g: Omit<GroupName, 'role'>) => {
    if (!inTag(g.start)) out.push(g);
  };
  for (const ref of findReferences(normalized, { kinds: ['study-group', 'question'] })) {
    if (ref.kind === 'study-group') add({ id: ref.id, level: 1, start: ref.start, end: ref.end });
    else if (ref.kind === 'question')
      add({ id: ref.id, level: 2, parent: `SG${ref.studyGroup}`, start: ref.start, end: ref.end });
  }
  for (const m of normalized.matchAll(RG))
    add({
      id: `RG-${m.groups?.name.toUpperCase()}`,
      level: 2,
      parent: 'TSAG',
      start: m.index,
      end: m.index + m[0].length,
    });
  for (const m of normalized.matchAll(WP)) {
    const of = m.groups?.of ? (/^\d/.test(m.groups.of) ? `SG${Number(m.groups.of)}` : 'TSAG') : home;
    const id = of ? `WP${Number(m.groups?.n)}/${of === 'TSAG' ? 'TSAG' : of.slice(2)}` : `WP${Number(m.groups?.n)}`;
    add({ id, level: 2, ...(of ? { parent: of } : {}), start: m.index, end: m.index + m[0].length });
  }
  for (const m of normalized.matchAll(AG))
    add({
      id: `${m.groups?.type}-${m.groups?.name.toUpperCase()}`,
      level: 2,
      start: m.index,
      end: m.index + m[0].length,
    });
  for (const m of normalized.matchAll(OTHER_SECTOR)) {
    const { sector = '', type, n } = m.groups ?? {};
    const span = { start: m.index, end: m.index + m[0].length };
    add(
      type && n
        ? { id: `${sector} ${type}${n.toUpperCase()}`, level: 2, parent: sector, ...span }
        : { id: sector, level: 1, ...span },
    );
  }
  for (const m of normalized.matchAll(ALL_SGS))
    add({ id: 'ALL-SG', level: 1, start: m.index, end: m.index + m[0].length });
  for (const m of normalized.matchAll(BODIES))
    add({ id: bodyId(m[0]), level: 1, start: m.index, end: m.index + m[0].length });
  return withRoles(normalized, dedupe(out));
}

/** One group per span: the longest (`ISO/IEC JTC 1` is JTC1, not ISO and IEC too). */
function dedupe(groups: GroupName[]): GroupName[] {
  const sorted = [...groups].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GroupName[] = [];
  for (const g of sorted) {
    const last = out[out.length - 1];
    if (last && g.start < last.end) continue;
    out.push(g);
  }
  return out;
}

function withRoles(text: string, groups: GroupName[]): GroupName[] {
  return groups.map((g) => {
    const role = ROLE_BEFORE.exec(text.slice(Math.max(0, g.start - 80), g.start))?.groups?.role?.toLowerCase();
    return role === 'to' || role === 'from' ? { ...g, role } : g;
  });
}

/** True when `a` and `b` are the same group, one holds the other, or `ALL-SG` meets a study group. */
export function related(a: GroupName, b: GroupName): boolean {
  if (a.id === b.id || a.parent === b.id || b.parent === a.id) return true;
  return (a.id === 'ALL-SG' && isStudyGroup(b.id)) || (b.id === 'ALL-SG' && isStudyGroup(a.id));
}

const isStudyGroup = (id: string) => id.startsWith('SG') && id.charCodeAt(2) >= 48 && id.charCodeAt(2) <= 57;

function anyRelated(x: readonly GroupName[], y: readonly GroupName[]): boolean {
  for (const g of x) for (const h of y) if (related(g, h)) return true;
  return false;
}

/** The groups at level 1: those named there and the parents of level-2 groups. */
function level1(groups: readonly GroupName[]): GroupName[] {
  const out: GroupName[] = [];
  for (const g of groups) {
    if (g.level === 1) out.push(g);
    else if (g.parent) out.push({ id: g.parent, level: 1, start: g.start, end: g.end });
  }
  return out;
}

export type GroupVerdict = 'agree' | 'conflict' | 'unknown';

/**
 * Whether two sets of groups name the same group. Compared where both are most specific: at level 2 when both name
 * a group there (RG-WM against RG-SC: a conflict, though both are TSAG's), else at level 1 (an RG's TSAG against
 * TSAG: agreement). Either side empty: unknown.
 */
export function compareGroups(a: readonly GroupName[], b: readonly GroupName[]): GroupVerdict {
  if (a.length === 0 || b.length === 0) return 'unknown';
  const a2 = a.filter((g) => g.level === 2);
  const b2 = b.filter((g) => g.level === 2);
  const [x, y] = a2.length > 0 && b2.length > 0 ? [a2, b2] : [level1(a), level1(b)];
  if (x.length === 0 || y.length === 0) return 'unknown';
  return anyRelated(x, y) ? 'agree' : 'conflict';
}
