/**
 * Registers as TD Lens stores them (plain JSON in storage.local), merged per meeting, and looked up for a cited TD.
 */
import type { MeetingContext } from '../shared/meeting/types';
import type { RegisterFormat, TdEntry, TdRegister } from '../shared/register/types';

export interface StoredRegister {
  /** One register per meeting (`TSAG 2025-05-26`); registers without a meeting are keyed by file name. */
  key: string;
  fileName: string;
  format: RegisterFormat;
  meeting?: MeetingContext;
  entries: TdEntry[];
  /** ISO time of the last import or visit. */
  updated: string;
}

export function registerKey(meeting: MeetingContext | undefined | null, fileName: string): string {
  return meeting ? `${meeting.group} ${meeting.start}` : `file ${fileName}`;
}

/** A parsed register as stored; `fallbackMeeting` (the options' meeting) applies when the register names none. */
export function toStoredRegister(
  register: Pick<TdRegister, 'fileName' | 'format' | 'entries' | 'meeting'>,
  fallbackMeeting: MeetingContext | null,
  now: Date = new Date(),
): StoredRegister {
  const meeting = register.meeting ?? fallbackMeeting ?? undefined;
  return {
    key: registerKey(meeting, register.fileName),
    fileName: register.fileName,
    format: register.format,
    ...(meeting ? { meeting } : {}),
    // Plain objects only: storage clones data, and the line numbers of a listing page mean nothing later.
    entries: register.entries.map((e) => ({ ...e })),
    updated: now.toISOString(),
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

const sameMeeting = (a: MeetingContext, b: MeetingContext): boolean =>
  a.group.toUpperCase() === b.group.toUpperCase() && a.start === b.start;

export interface RegisterHit {
  entry: TdEntry;
  register: StoredRegister;
}

/**
 * The register entry of TD `number` in meeting `meeting`. Without a meeting, a register is used only when it is
 * the only one stored: a title from another meeting's TD of the same number would mislead.
 */
export function findTdEntry(
  list: readonly StoredRegister[],
  number: number,
  meeting: MeetingContext | null,
): RegisterHit | null {
  const candidates = meeting ? list.filter((r) => r.meeting && sameMeeting(r.meeting, meeting)) : list.length === 1 ? list : [];
  for (const register of candidates) {
    const entry = register.entries.find((e) => e.number === number);
    if (entry) return { entry, register };
  }
  return null;
}
