/**
 * The meeting a person names (the command line's `--meeting`): ITU's meeting id, or the words one writes.
 *
 *   named     := meeting-id | group [','] [place ','] first-day
 *   meeting-id:= as id.ts reads it                 T25-SG12-250909
 *   group     := as group.ts reads it              TSAG, SG12, Study Group 12, WP3/12, Q4/17
 *   place     := words                             Geneva, Switzerland
 *   first-day := iso-date | date                   2026-01-12 | 9-18 September 2025 | 9 September 2025 (dates.ts)
 *
 * What is named must exist: the day, a study period TD Lens knows for it (from 2008-10-31 on), the group in that
 * period, and in an id a study period that agrees with the day. Each failure is a sentence saying what is wrong.
 */
import { findDates, parseIsoDate } from '../dates/dates';
import { normalizeForMatching } from '../text/normalize';
import { namedGroup } from './group';
import { meetingId, parseMeetingId, studyPeriodOf } from './id';
import { studyGroupExists } from './study-groups';
import type { MeetingContext } from './types';

export type NamedMeeting = { meeting: MeetingContext } | { error: string };

const ISO_DAY = /(?<![0-9-])(\d{4}-\d{2}-\d{2})(?![0-9-])/;
const PLACE = /^[\p{L}][\p{L}\p{M} .'’-]*(?:, *[\p{L}][\p{L}\p{M} .'’-]*)*$/u;
const ID_LIKE = /^T\d{2}-/i;

/** The meeting `text` names, or why it names none. */
export function parseNamedMeeting(text: string): NamedMeeting {
  const written = normalizeForMatching(text).trim();
  if (ID_LIKE.test(written)) return fromId(written);
  const group = namedGroup(written);
  if (!group) return { error: 'names no group (TSAG, SG12, WP3/12, Q4/17)' };
  const day = firstDay(written, group.end);
  if ('error' in day) return day;
  const place = written.slice(group.end, day.at).replace(/^[\s,;:(–-]+|[\s,;:(–-]+$/g, '');
  return checked({
    group: group.group,
    ...(PLACE.test(place) ? { place } : {}),
    start: day.start,
    ...(day.end ? { end: day.end } : {}),
    studyPeriod: studyPeriodOf(day.start) ?? 0,
  });
}

function fromId(id: string): NamedMeeting {
  const meeting = parseMeetingId(id);
  if (!meeting) return { error: 'is not a meeting id (T25-SG12-250909: study period, group, first day as yymmdd)' };
  if (!parseIsoDate(meeting.start)) return { error: `has no real first day (${meeting.start})` };
  const period = studyPeriodOf(meeting.start);
  if (period !== null && period !== meeting.studyPeriod) {
    return {
      error: `is of study period ${meeting.studyPeriod}, but a meeting opening on ${meeting.start} is of period ${period} (${meetingId({ ...meeting, studyPeriod: period })})`,
    };
  }
  return checked(meeting);
}

/** The first day written after the group: an ISO date, or a date or range with its year. */
function firstDay(text: string, from: number): { at: number; start: string; end?: string } | { error: string } {
  const rest = text.slice(from);
  const iso = ISO_DAY.exec(rest);
  const written = findDates(rest).find((d) => d.year !== null);
  if (iso && (!written || iso.index < written.start)) {
    return parseIsoDate(iso[1])
      ? { at: from + iso.index, start: iso[1] }
      : { error: `has no real first day (${iso[1]})` };
  }
  if (!written) return { error: 'names no first day with its year (2026-01-12, 9-18 September 2025)' };
  if (!written.iso || (written.rangeEnd && !written.rangeEnd.iso))
    return { error: `has no real first day ("${written.text}")` };
  const end = written.rangeEnd?.iso ?? undefined;
  return { at: from + written.start, start: written.iso, ...(end && end > written.iso ? { end } : {}) };
}

function checked(meeting: MeetingContext): NamedMeeting {
  if (studyPeriodOf(meeting.start) === null)
    return { error: `opens on ${meeting.start}, before the study periods TD Lens knows (from 2008-10-31)` };
  if (!studyGroupExists(meeting.group, meeting.studyPeriod)) {
    return { error: `names ${meeting.group}, which is not a study group of study period ${meeting.studyPeriod}` };
  }
  return { meeting };
}
