/**
 * Registers as TD Lens stores them (plain JSON in storage.local), merged per meeting (TDs) or per study group and
 * period (ITU's contributions index), and looked up for a cited TD or contribution.
 */
import type { MeetingContext } from '../shared/meeting/types';
import type { RegisterFormat, RegisterGroup, TdEntry, TdRegister } from '../shared/register/types';

export interface StoredRegister {
  /** One register per meeting (`TSAG 2025-05-26`), or per group for contributions; else keyed by file name. */
  key: string;
  fileName: string;
  format: RegisterFormat;
  /** Absent for TD registers (and for those stored before contributions were). */
  kind?: 'contribution';
  meeting?: MeetingContext;
  /** Group and study period of a contributions index. */
  studyGroup?: RegisterGroup;
  entries: TdEntry[];
  /** ISO time of the last import or visit. */
  updated: string;
  /** The date the publisher gives the register (an ITU index's `updated`). */
  indexUpdated?: string;
  /** Learned from an ITU listing page the delegate visited (not imported): kept within LEARNED_LIMITS. */
  learned?: true;
}

/**
 * Registers learned from listing pages pile up as the delegate browses ITU's site: at most `count` of them and
 * `bytes` in storage, none unused for longer than `ageMs`; the least recently used (learned, seen again, or shown
 * on a card) leave first. Imported registers are the delegate's own choice and stay.
 */
export const LEARNED_LIMITS = { count: 40, bytes: 2 * 1024 * 1024, ageMs: 180 * 24 * 60 * 60 * 1000 } as const;

/** When each register was last shown on a card (`registerUse` in storage.local: register key → ISO day). */
export type RegisterUse = Record<string, string>;

/** Learned from a listing page (older versions did not say: their file name is the page's URL). */
export function isLearned(register: StoredRegister): boolean {
  return register.learned === true || /^https?:\/\//i.test(register.fileName);
}

/** When a register was last learned, seen again or used (ms). */
export function lastUsed(register: StoredRegister, use: RegisterUse): number {
  const times = [Date.parse(register.updated), Date.parse(use[register.key] ?? '')].filter(Number.isFinite);
  return times.length > 0 ? Math.max(...times) : 0;
}

/** A learned register unused for longer than the age limit: not used, and dropped at the next write. */
export function isExpired(register: StoredRegister, use: RegisterUse, now: number): boolean {
  return isLearned(register) && now - lastUsed(register, use) > LEARNED_LIMITS.ageMs;
}

/** The list with its learned registers within LEARNED_LIMITS (least recently used out), the others as they are. */
export function boundLearned(
  list: readonly StoredRegister[],
  use: RegisterUse,
  now: number,
  limits: { count: number; bytes: number } = LEARNED_LIMITS,
): StoredRegister[] {
  const learned = list
    .filter((r) => isLearned(r) && !isExpired(r, use, now))
    .sort((a, b) => lastUsed(b, use) - lastUsed(a, use));
  const keep = new Set<StoredRegister>();
  let bytes = 0;
  for (const register of learned.slice(0, limits.count)) {
    bytes += new TextEncoder().encode(JSON.stringify(register)).length;
    if (bytes > limits.bytes) break;
    keep.add(register);
  }
  return list.filter((r) => !isLearned(r) || keep.has(r));
}

export function registerKey(
  meeting: MeetingContext | undefined | null,
  fileName: string,
  studyGroup?: RegisterGroup,
): string {
  if (studyGroup) return `contributions ${studyGroup.group} T${studyGroup.studyPeriod}`;
  return meeting ? `${meeting.group} ${meeting.start}` : `file ${fileName}`;
}

/** A parsed register as stored; `fallbackMeeting` (the options' meeting) applies when the register names none. */
export function toStoredRegister(
  register: Pick<TdRegister, 'fileName' | 'format' | 'entries' | 'meeting'> &
    Partial<Pick<TdRegister, 'kind' | 'studyGroup' | 'updated'>>,
  fallbackMeeting: MeetingContext | null,
  now: Date = new Date(),
): StoredRegister {
  const contributions = register.kind === 'contribution';
  const meeting = contributions ? undefined : (register.meeting ?? fallbackMeeting ?? undefined);
  const studyGroup = contributions
    ? (register.studyGroup ??
      (fallbackMeeting ? { group: fallbackMeeting.group, studyPeriod: fallbackMeeting.studyPeriod } : undefined))
    : undefined;
  return {
    key: registerKey(meeting, register.fileName, studyGroup),
    fileName: register.fileName,
    format: register.format,
    ...(contributions ? { kind: 'contribution' as const } : {}),
    ...(meeting ? { meeting } : {}),
    ...(studyGroup ? { studyGroup } : {}),
    // Plain objects only: storage clones data, and the line numbers of a listing page mean nothing later.
    entries: register.entries.map((e) => ({ ...e })),
    updated: now.toISOString(),
    ...(register.updated ? { indexUpdated: register.updated } : {}),
  };
}

function mergeEntries(old: readonly TdEntry[], added: readonly TdEntry[]): TdEntry[] {
  const byNumber = new Map<number, TdEntry>(old.map((e) => [e.number, e]));
  for (const entry of added) {
    const known = byNumber.get(entry.number);
    if (!known || entry.revision >= known.revision) {
      byNumber.set(entry.number, {
        ...entry,
        title: entry.title || known?.title || '',
        source: entry.source || known?.source || '',
      });
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * The register list with `added` merged in: a listing page often shows part of a meeting's TDs (one Question,
 * one page), so entries of the same meeting add up; a newer revision replaces an older one.
 */
export function mergeRegister(list: readonly StoredRegister[], added: StoredRegister): StoredRegister[] {
  const index = list.findIndex((r) => r.key === added.key);
  if (index < 0) return [...list, added];
  const merged: StoredRegister = { ...added, entries: mergeEntries(list[index].entries, added.entries) };
  return list.map((r, i) => (i === index ? merged : r));
}

const sameGroup = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const sameMeeting = (a: MeetingContext, b: MeetingContext): boolean =>
  sameGroup(a.group, b.group) && a.start === b.start;

export interface RegisterHit {
  entry: TdEntry;
  register: StoredRegister;
}

/** What a card looks up: a TD or a contribution, with the group written on it (`SG2-C75`), if any. */
export interface CitedDocument {
  kind: 'td' | 'contribution';
  number: number;
  group?: string;
}

/**
 * The register entry of a cited document. A TD is looked up in the register of `meeting`; a contribution in
 * the contributions index of its group (written on it, else the meeting's) and study period. Without a meeting,
 * a register is used only when it is the only one of its kind stored: a title from another meeting's document
 * of the same number would mislead.
 */
export function findEntry(
  list: readonly StoredRegister[],
  cited: CitedDocument,
  meeting: MeetingContext | null,
): RegisterHit | null {
  const ofKind = list.filter((r) => (r.kind === 'contribution') === (cited.kind === 'contribution'));
  const only = (candidates: StoredRegister[]) => (candidates.length === 1 ? candidates : []);
  let candidates: StoredRegister[];
  if (cited.kind === 'contribution') {
    const group = cited.group ?? meeting?.group;
    const period = meeting?.studyPeriod;
    const ofGroup = group ? ofKind.filter((r) => r.studyGroup && sameGroup(r.studyGroup.group, group)) : ofKind;
    candidates =
      group && period !== undefined ? ofGroup.filter((r) => r.studyGroup?.studyPeriod === period) : only(ofGroup);
  } else {
    candidates = meeting ? ofKind.filter((r) => r.meeting && sameMeeting(r.meeting, meeting)) : only(ofKind);
  }
  for (const register of candidates) {
    const entry = register.entries.find((e) => e.number === cited.number);
    if (entry) return { entry, register };
  }
  return null;
}
