/** A TD register: the TDs of one meeting as its organisers list them, keyed by TD number. */
import type { MeetingContext } from '../meeting/types';

export type RegisterFormat = 'csv' | 'json' | 'html' | 'xml';

export interface TdEntry {
  /** Canonical id at the latest revision: `TD9R3`, or `TD9` when never revised. */
  id: string;
  number: number;
  /** Latest revision; 0 = none. */
  revision: number;
  title: string;
  source: string;
  /** `GEN`, `PLEN`, `WP1`.. when the source says. */
  subGroup?: string;
  /** ITU object name when the source says: `T25-SG12-250909-TD-GEN-0292`. */
  objectName?: string;
  /** Reception date (ISO) when the source says. */
  date?: string;
  /** `Q2/12` ... when the source says. */
  questions?: string[];
  /** Line of the entry in the register file (1-based). */
  line: number;
}

export interface TdRegister {
  fileName: string;
  format: RegisterFormat;
  /** One entry per TD number, in number order. */
  entries: TdEntry[];
  /** The meeting the register belongs to, when its ids say (ITU object names). */
  meeting?: MeetingContext;
  get(number: number): TdEntry | undefined;
  has(number: number): boolean;
  /** Latest revision of a TD (0 = none), undefined when the TD is not in the register. */
  latestRevision(number: number): number | undefined;
}

/** A malformed register: names the file, the line and the cause (`register.csv:4: id "TDx" is not a TD id`). */
export class RegisterError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'RegisterError';
  }
}
