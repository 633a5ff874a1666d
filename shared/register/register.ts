/** Builds a TdRegister from parsed entries: one entry per TD number, keeping the latest revision. */
import type { MeetingContext } from '../meeting/types';
import { tdId } from '../refs/td';
import type { RegisterFormat, TdEntry, TdRegister } from './types';

export type EntryInput = Omit<TdEntry, 'id'>;

export function createRegister(
  fileName: string,
  format: RegisterFormat,
  inputs: EntryInput[],
  meeting?: MeetingContext,
): TdRegister {
  const byNumber = new Map<number, TdEntry>();
  for (const input of inputs) {
    const known = byNumber.get(input.number);
    // A register may list a TD once per revision: the latest one wins, earlier details fill gaps.
    if (known && known.revision > input.revision) continue;
    const entry: TdEntry = { ...input, id: tdId(input.number, input.revision > 0 ? input.revision : undefined) };
    if (known) {
      entry.title ||= known.title;
      entry.source ||= known.source;
    }
    byNumber.set(input.number, entry);
  }
  const entries = [...byNumber.values()].sort((a, b) => a.number - b.number);
  return {
    fileName,
    format,
    entries,
    ...(meeting ? { meeting } : {}),
    get: (number) => byNumber.get(number),
    has: (number) => byNumber.has(number),
    latestRevision: (number) => byNumber.get(number)?.revision,
  };
}
