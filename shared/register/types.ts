/**
 * A register: the documents of one meeting as its organisers list them, keyed by number. Most registers list
 * TDs; ITU's contributions index (`T25-SG12-C.xml`) lists a study group's contributions for the study period.
 */
import type { MeetingContext } from '../meeting/types';
import { printable } from '../text/printable';

export type RegisterFormat = 'csv' | 'json' | 'html' | 'xml';

/** What a register lists: TDs, or contributions. */
export type RegisterKind = 'td' | 'contribution';

export interface TdEntry {
  /** Canonical id at the latest revision: `TD9R3`, `TD9` when never revised; `C5`, `C5R1` for contributions. */
  id: string;
  number: number;
  /** Latest revision; 0 = none. */
  revision: number;
  title: string;
  source: string;
  /** `GEN`, `PLEN`, `WP1`.. when the source says. */
  subGroup?: string;
  /** ITU object name when the source says: `T25-SG12-250909-TD-GEN-0292`, `T25-SG12-C-0005`. */
  objectName?: string;
  /** Reception date (ISO) when the source says. */
  date?: string;
  /** `Q2/12` ... when the source says. */
  questions?: string[];
  /** ITU's access type of the document (`C` in the indexes seen) when the source says. */
  accessType?: string;
  /** Line of the entry in the register file (1-based). */
  line: number;
}

/** Bytes of a register its encoding could not read: how many, and the line of the first. */
export interface RegisterStray {
  count: number;
  line: number;
}

/** The study group a register's documents belong to, and the study period (`SG12`, 25). */
export interface RegisterGroup {
  group: string;
  studyPeriod: number;
}

export interface TdRegister {
  fileName: string;
  format: RegisterFormat;
  /** What the entries are: TDs, or contributions (their ids `C5`). */
  kind: RegisterKind;
  /** One entry per document number, in number order. */
  entries: TdEntry[];
  /** The meeting the register belongs to, when it says (ITU object names, an index's meeting record). */
  meeting?: MeetingContext;
  /** Group and study period, when the register says; a contributions index has these but no meeting. */
  studyGroup?: RegisterGroup;
  /** ISO date the publisher last updated the register (an ITU index's `updated`). */
  updated?: string;
  /** Records of kinds the reader does not know, by element name: skipped and counted, never fatal. */
  skipped?: Record<string, number>;
  /** Bytes its encoding could not read (decode.ts), read as characters: absent when there are none. */
  stray?: RegisterStray;
  get(number: number): TdEntry | undefined;
  has(number: number): boolean;
  /** Latest revision of a document (0 = none), undefined when it is not in the register. */
  latestRevision(number: number): number | undefined;
}

/**
 * A malformed register: names the file, the line and the cause (`register.csv:4: id "TDx" is not a TD id`).
 * The message is printable: a value echoed from the file never carries a terminal control character.
 */
export class RegisterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(printable(`${file}:${line}: ${reason}`));
    this.name = 'RegisterError';
  }
}

/**
 * How deep a register's markup may nest. ITU's index files nest 4 deep and its listing pages about 30; a deeper
 * file is not a register, and reading it on would only cost time and stack.
 */
export const MAX_NESTING_DEPTH = 256;

export function nestingError(file: string, line: number): RegisterError {
  return new RegisterError(file, line, `elements nested deeper than ${MAX_NESTING_DEPTH}: not a register`);
}
