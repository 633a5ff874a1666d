/** The options' meeting form: what the delegate typed, checked, as a MeetingContext (or a message saying what is wrong). */
import { isItuGroup, studyPeriodOf } from '../../shared/meeting/id';
import type { MeetingContext } from '../../shared/meeting/types';

export interface MeetingFormValues {
  group: string;
  start: string;
  subGroup: string;
}

export const SUB_GROUPS = ['GEN', 'PLEN', 'WP1', 'WP2', 'WP3', 'WP4'] as const;

export function meetingFromForm(values: MeetingFormValues): { meeting: MeetingContext } | { error: string } {
  const raw = values.group.trim().toUpperCase().replace(/\s+/g, '');
  const group = /^SG0*(\d{1,2})$/.exec(raw) ? `SG${Number(/^SG0*(\d{1,2})$/.exec(raw)![1])}` : raw;
  if (!isItuGroup(group)) return { error: `Group "${values.group}" is not TSAG or SG<number> (e.g. SG17).` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.start) || Number.isNaN(Date.parse(values.start))) {
    return { error: 'Start date: pick the first day of the meeting.' };
  }
  const studyPeriod = studyPeriodOf(values.start);
  if (studyPeriod === null) return { error: `No ITU-T study period known for ${values.start}.` };
  const subGroup = (SUB_GROUPS as readonly string[]).includes(values.subGroup) ? values.subGroup : 'GEN';
  return { meeting: { group, start: values.start, studyPeriod, subGroup } };
}
