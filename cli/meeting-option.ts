/**
 * `--meeting ID` of `check` and `refs`: the document's meeting, over what its header says, for `--register itu`, the
 * register's fit and the rules that need the meeting (dates, status tags). ITU's meeting id (`T25-SG12-250909`) or
 * the words a person writes (`SG12, Geneva, 9-18 September 2025`, `TSAG 2026-01-12`): shared/meeting/named.ts.
 */
import { parseNamedMeeting } from '../shared/meeting/named';
import type { MeetingContext } from '../shared/meeting/types';
import { printableExcerpt } from '../shared/text/printable';
import { UsageError } from './errors';

/** The option, as parseArgs declares it. */
export const MEETING_OPTION = { meeting: { type: 'string' } } as const;

/** How `--meeting` is written, for messages. */
export const MEETING_HINT = `--meeting (ITU's id such as T25-SG12-250909, or "SG12, Geneva, 9-18 September 2025")`;

/** The meeting `--meeting` names; undefined without the option; a UsageError saying what is wrong with it. */
export function meetingOption(value: string | boolean | undefined): MeetingContext | undefined {
  if (typeof value !== 'string') return undefined;
  const named = parseNamedMeeting(value);
  if ('error' in named) {
    throw new UsageError(
      `--meeting "${printableExcerpt(value)}" ${named.error}; give ITU's meeting id (T25-SG12-250909) or the group and first day ("SG12, Geneva, 9-18 September 2025", "TSAG 2026-01-12")`,
    );
  }
  return named.meeting;
}
