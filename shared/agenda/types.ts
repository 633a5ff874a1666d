/** The structures of an ITU-T agenda, as parsed from an AgendaDocument. All spans are offsets into `doc.text`. */
import type { ActionRef } from '../refs/types';
import type { Span } from '../text/spans';
import type { MeetingContext } from '../meeting/types';
import type { MeetingTag } from '../meeting/tag';
import type { DateValue } from '../dates/dates';

/** A numbered agenda item or sub-item: `3`, `3.1`. */
export interface AgendaItem extends Span {
  /** As written: `3.1`. */
  number: string;
  /** `[3, 1]`. */
  parts: number[];
  title: string;
  /** Span of the number itself. */
  numberSpan: Span;
  paragraphIndex: number;
}

/** One entry of an "Anticipated Actions" list (or `Anticipated action WP2-9: ...`). */
export interface AnticipatedAction extends Span {
  /** The codes this entry carries (a list form gives several). */
  codes: ActionRef[];
  /** The action's text after the codes and colon. */
  text: string;
  paragraphIndex: number;
  /** Agenda item the entry sits under, when any (`3.1`). */
  item?: string;
}

/** `Annex 2a – Actions for WP2 ...` heading. */
export interface AnnexHeading extends Span {
  /** `1`, `2`, `2a`. */
  label: string;
  title: string;
  paragraphIndex: number;
}

/** A mention of an annex in the text (`(Annex 1)`, `in Annex 2`). */
export interface AnnexReference extends Span {
  label: string;
}

/** `TSAG 05-2025: Started, LS in TD142.` — or a line without its tag (`Status and Comments: Not started.`). */
export interface StatusLine extends Span {
  text: string;
  meeting: MeetingTag | null;
  /** The status word(s) as written (`Started`, `No Started`), null when none is recognizable. */
  status: string | null;
  statusSpan: Span | null;
  /** The vocabulary entry the status word is (or was meant to be); null when unknown. */
  canonicalStatus: string | null;
  /**
   * True when the status word equals its vocabulary entry ignoring case and spacing (`Not Started`); false for a
   * guessed near-miss (`No Started`) or when there is no status word.
   */
  statusExact?: boolean;
  comment: string;
}

export interface WtsaAction extends Span {
  /** `WTSA-24` when the table's header names the assembly (`WTSA-24 action number`). */
  assembly?: string;
  number: number;
  numberSpan: Span;
  text: string;
  statuses: StatusLine[];
}

export interface PlanAction extends Span {
  /** `73-06`. */
  id: string;
  idSpan: Span;
  resolution: number | null;
  resolutionSpan: Span | null;
  resolutionTitle: string;
  /** Rapporteur-group row the action sits under (`WPR`, `DT`), null before any. */
  group: string | null;
  description: string;
  statuses: StatusLine[];
}

export interface EMeetingRow extends Span {
  index: number | null;
  date: DateValue | null;
  /** `13:00`. */
  startTime: string | null;
  endTime: string | null;
  /** `CET`, `CEST`, `UTC` as written. */
  zone: string | null;
  zoneSpan: Span | null;
  objectives: string;
  deadline: DateValue | null;
}

export interface EMeetingPlan extends Span {
  /** Rapporteur group: `RG-DT`. */
  group: string | null;
  rows: EMeetingRow[];
}

export interface AgendaStructure {
  meeting: MeetingContext | null;
  items: AgendaItem[];
  anticipatedActions: AnticipatedAction[];
  /** Every action code in the document, in order (anticipated actions and elsewhere). */
  actionCodes: ActionRef[];
  annexes: AnnexHeading[];
  annexReferences: AnnexReference[];
  wtsaActions: WtsaAction[];
  planActions: PlanAction[];
  emeetings: EMeetingPlan[];
}
