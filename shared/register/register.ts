/** Builds a register from parsed entries: one entry per document number, keeping the latest revision. */
import { tdId } from '../refs/td';
import type { TdEntry, TdRegister } from './types';

export type EntryInput = Omit<TdEntry, 'id'>;

/** What a reader knows of the register besides its entries (`kind` defaults to TDs). */
export type RegisterHeader = Pick<TdRegister, 'fileName' | 'format'> &
  Partial<Pick<TdRegister, 'kind' | 'meeting' | 'studyGroup' | 'updated' | 'skipped'>>;

/** `TD7R2` / `C5R1`: the canonical id of an entry. */
export function entryId(kind: TdRegister['kind'], number: number, revision: number): string {
  return kind === 'contribution'
    ? `C${number}${revision > 0 ? `R${revision}` : ''}`
    : tdId(number, revision > 0 ? revision : undefined);
}

export function createRegister(header: RegisterHeader, inputs: EntryInput[]): TdRegister {
  const kind = header.kind ?? 'td';
  const byNumber = new Map<number, TdEntry>();
  for (const input of inputs) {
    const known = byNumber.get(input.number);
    // A register may list a document once per revision: the latest one wins, earlier details fill gaps.
    if (known && known.revision > input.revision) continue;
    const entry: TdEntry = { ...input, id: entryId(kind, input.number, input.revision) };
    if (known) {
      entry.title ||= known.title;
      entry.source ||= known.source;
    }
    byNumber.set(input.number, entry);
  }
  const entries = [...byNumber.values()].sort((a, b) => a.number - b.number);
  const optional = <K extends keyof RegisterHeader>(key: K) =>
    header[key] !== undefined ? { [key]: header[key] } : {};
  return {
    fileName: header.fileName,
    format: header.format,
    kind,
    entries,
    ...optional('meeting'),
    ...optional('studyGroup'),
    ...optional('updated'),
    ...optional('skipped'),
    get: (number) => byNumber.get(number),
    has: (number) => byNumber.has(number),
    latestRevision: (number) => byNumber.get(number)?.revision,
  };
}
