/**
 * Whether a register belongs to a document's meeting, and how to name what a register holds. A TD register of
 * another meeting would make every TD of the document "unknown" (TD numbers restart at each meeting), and a
 * contributions index of another group or study period would do the same for contributions: such a register is
 * not used, and the one message below says why, in the CLI, the pane and the checks alike.
 */
import { meetingId } from '../meeting/id';
import type { MeetingContext } from '../meeting/types';
import { printable } from '../text/printable';
import type { RegisterGroup, TdRegister } from './types';

type RegisterFacts = Pick<TdRegister, 'fileName' | 'kind' | 'meeting' | 'studyGroup'>;

/** `TSAG meeting of 2025-05-26 to 2025-05-30, Geneva (T25-TSAG-250526)`. */
export function meetingDescription(meeting: MeetingContext): string {
  const days = meeting.end && meeting.end !== meeting.start ? `${meeting.start} to ${meeting.end}` : meeting.start;
  return printable(
    `${meeting.group} meeting of ${days}${meeting.place ? `, ${meeting.place}` : ''} (${meetingId(meeting)})`,
  );
}

const groupDescription = (g: RegisterGroup) => `${g.group}, study period T${String(g.studyPeriod).padStart(2, '0')}`;

/** What the checks and the pane add to a mismatch: the register is left aside. */
export function notUsed(register: Pick<TdRegister, 'kind'>): string {
  return `it is not used, or every ${register.kind === 'contribution' ? 'contribution' : 'TD'} would be unknown`;
}

const sameGroup = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * Why `register` cannot serve a document of `meeting` (`X lists the TDs of …, not of this document's …`); null
 * when it can, or when either does not say its meeting (nothing to compare). Callers say what follows.
 */
export function registerMismatch(register: RegisterFacts, meeting: MeetingContext | null | undefined): string | null {
  if (!meeting) return null;
  const file = printable(register.fileName);
  if (register.kind === 'contribution') {
    const own = register.studyGroup;
    if (!own || (sameGroup(own.group, meeting.group) && own.studyPeriod === meeting.studyPeriod)) return null;
    return `${file} lists the contributions of ${groupDescription(own)}, not of this document's ${groupDescription(meeting)}`;
  }
  const own = register.meeting;
  if (!own || (sameGroup(own.group, meeting.group) && own.start === meeting.start)) return null;
  return `${file} lists the TDs of the ${meetingDescription(own)}, not of this document's ${meetingDescription(meeting)}`;
}

/**
 * `8 TDs from T25-TSAG-250526-TD.xml, of the TSAG meeting of …; updated 2025-05-29; skipped unknown records:
 * announcement (1)`: what a register holds, on one line.
 */
export function describeRegister(
  register: Pick<TdRegister, 'fileName' | 'kind' | 'entries' | 'meeting' | 'studyGroup' | 'updated' | 'skipped'>,
): string {
  const count = register.entries.length;
  const what =
    register.kind === 'contribution' ? (count === 1 ? 'contribution' : 'contributions') : count === 1 ? 'TD' : 'TDs';
  const of = register.meeting
    ? `, of the ${meetingDescription(register.meeting)}`
    : register.studyGroup
      ? `, of ${groupDescription(register.studyGroup)}`
      : '';
  const updated = register.updated ? `; updated ${register.updated}` : '';
  return printable(`${count} ${what} from ${register.fileName}${of}${updated}${describeSkipped(register.skipped)}`);
}

/** `; skipped unknown records: announcement (2)`, or nothing when nothing was skipped. */
export function describeSkipped(skipped: TdRegister['skipped']): string {
  const kinds = Object.entries(skipped ?? {}).map(([kind, n]) => `${kind} (${n})`);
  return kinds.length ? printable(`; skipped unknown records: ${kinds.join(', ')}`) : '';
}
