/**
 * E-meeting plan: the interim e-meetings table of a rapporteur group (`#`, `Date`, `Time (Geneva time)`,
 * `Objectives`, `Contribution Deadline`), with the Geneva zone of each date (CET or CEST), full dates with years,
 * deadlines before the meetings, and warnings for weekends and Geneva holidays.
 */
import type { AgendaStructure } from '../agenda/types';
import { genevaZone } from '../dates/geneva-time';
import { addDays, dayOfWeek, formatLongDate, parseIsoDate } from '../dates/dates';
import type { AgendaDocument } from '../document/model';
import { genevaHolidayOn } from './geneva-holidays';
import { emeetingPlanTag } from './tags';
import { FillError, type TablePlacement, type TablePlan, type TableSpec } from './types';

const EMEETING_HEADER = ['#', 'Date', 'Time (Geneva time)', 'Objectives', 'Contribution Deadline'];
const DEFAULT_OBJECTIVES = 'to progress the work based on its ToR';

export type EMeetingRule = { everyWeeks: number } | { dates: string[] };

export interface EMeetingPlanOptions {
  /** `RG-DT`. */
  group: string;
  /** ISO date of the first e-meeting. */
  firstDate: string;
  rule: EMeetingRule;
  /** Number of e-meetings (with `dates`, at most the listed dates plus the first). */
  count: number;
  /** `13:00`, Geneva time. */
  startTime: string;
  endTime: string;
  /** Calendar days between the contribution deadline and the meeting; 7 by default. */
  deadlineDays?: number;
  objectives?: string;
}

export interface EMeetingDate {
  iso: string;
  zone: 'CET' | 'CEST';
  deadline: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function fail(reason: string): never {
  throw new FillError('emeeting-plan', reason);
}

function checkOptions(options: EMeetingPlanOptions): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9 /-]*$/.test(options.group.trim()))
    fail(`group "${options.group}" is not a group name like RG-DT`);
  if (!parseIsoDate(options.firstDate)) fail(`first date "${options.firstDate}" is not a date (YYYY-MM-DD)`);
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 52)
    fail(`count ${options.count} is not 1..52`);
  if (!TIME.test(options.startTime)) fail(`start time "${options.startTime}" is not HH:MM`);
  if (!TIME.test(options.endTime)) fail(`end time "${options.endTime}" is not HH:MM`);
  if (options.endTime <= options.startTime)
    fail(`end time ${options.endTime} is not after start time ${options.startTime}`);
  const days = options.deadlineDays ?? 7;
  if (!Number.isInteger(days) || days < 1 || days > 60)
    fail(`deadline offset ${days} is not 1..60 days (deadlines come before the meeting)`);
  if ('everyWeeks' in options.rule) {
    const weeks = options.rule.everyWeeks;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) fail(`"every ${weeks} weeks" is not 1..52 weeks`);
  } else {
    for (const iso of options.rule.dates)
      if (!parseIsoDate(iso)) fail(`listed date "${iso}" is not a date (YYYY-MM-DD)`);
  }
}

/** The meeting dates with zones and deadlines (validates the options). */
export function emeetingDates(options: EMeetingPlanOptions): EMeetingDate[] {
  checkOptions(options);
  const rule = options.rule;
  const isos =
    'everyWeeks' in rule
      ? Array.from({ length: options.count }, (_, i) => addDays(options.firstDate, i * 7 * rule.everyWeeks))
      : [...new Set([options.firstDate, ...rule.dates.map((d) => d.trim())])].sort().slice(0, options.count);
  const days = options.deadlineDays ?? 7;
  return isos.map((iso) => ({ iso, zone: genevaZone(iso), deadline: addDays(iso, -days) }));
}

function dayWarning(iso: string, what: string): string | null {
  const weekday = dayOfWeek(iso);
  if (weekday === 'Saturday' || weekday === 'Sunday') return `${what} ${formatLongDate(iso)} is a ${weekday}.`;
  const holiday = genevaHolidayOn(iso);
  return holiday ? `${what} ${formatLongDate(iso)} is a Geneva holiday (${holiday.name}).` : null;
}

/** Where the plan goes: instead of the group's existing e-meeting table, else after Annex 1, else at the end. */
function placementFor(doc: AgendaDocument, agenda: AgendaStructure | null, group: string): TablePlacement {
  const existing = agenda?.emeetings.find((plan) => plan.group === group);
  if (existing) {
    const table = doc.blocks.find((b) => b.type === 'table' && b.start < existing.end && existing.start < b.end);
    if (table && table.type === 'table') return { kind: 'replace-table', tableIndex: table.index };
  }
  const annex1 = agenda?.annexes.find((annex) => annex.label === '1');
  if (annex1) return { kind: 'after-paragraph', paragraphIndex: annex1.paragraphIndex };
  return { kind: 'end' };
}

export function planEMeetings(
  options: EMeetingPlanOptions,
  doc: AgendaDocument,
  agenda: AgendaStructure | null,
): TablePlan {
  const group = options.group.trim();
  const dates = emeetingDates({ ...options, group });
  const objectives = options.objectives?.trim() || DEFAULT_OBJECTIVES;
  const table: TableSpec = {
    columns: EMEETING_HEADER.length,
    values: [[...EMEETING_HEADER]],
    merges: [],
    links: [],
    groupRows: [],
  };
  const warnings: string[] = [];
  dates.forEach((date, i) => {
    table.values.push([
      String(i + 1),
      formatLongDate(date.iso),
      `${options.startTime} – ${options.endTime} ${date.zone}`,
      objectives,
      formatLongDate(date.deadline),
    ]);
    const meetingWarning = dayWarning(date.iso, `E-meeting ${i + 1}:`);
    if (meetingWarning) warnings.push(meetingWarning);
    const deadlineWarning = dayWarning(date.deadline, `Deadline of e-meeting ${i + 1}:`);
    if (deadlineWarning) warnings.push(deadlineWarning);
  });
  if (dates.length < options.count) warnings.push(`Only ${dates.length} dates listed; ${options.count} asked.`);
  const placement = placementFor(doc, agenda, group);
  return {
    kind: 'emeeting-plan',
    tag: emeetingPlanTag(group),
    title: `TD Lens: ${group} interim e-meetings`,
    // In place of an existing table the editor's own group heading stays above it; elsewhere the plan names itself.
    ...(placement.kind === 'replace-table' ? {} : { caption: `${group} interim e-meetings` }),
    table,
    placement,
    warnings,
  };
}
