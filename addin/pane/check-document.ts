/**
 * One check of the document as the pane runs it: read through the host, then every enabled rule. Re-checking
 * the whole document after each edit is fine: the sample agenda checks in milliseconds, and a read is a
 * constant number of Word round trips (see word-host.ts), so incremental checking is not worth its bugs.
 */
import { runChecks } from '../../shared/checks/run-checks';
import type { Finding, RuleId } from '../../shared/checks/types';
import { detectMeetingContext } from '../../shared/meeting/context';
import type { MeetingContext } from '../../shared/meeting/types';
import type { TdRegister } from '../../shared/register/types';
import type { AgendaDocument } from '../../shared/document/model';
import type { AgendaHost, ReadProgress, TextEdit, TrackChanges } from '../host/types';
import { ruleById } from '../../shared/checks/registry';

export interface CheckSettings {
  /** The meeting saved with the document; the detected one is used when absent. */
  meeting?: MeetingContext;
  register?: TdRegister;
  disabled: RuleId[];
}

export interface CheckResult {
  doc: AgendaDocument;
  findings: Finding[];
  detectedMeeting: MeetingContext | null;
  /** Track Changes at the read: the pane says how that reads and writes. */
  trackChanges: TrackChanges;
}

/** What the pane says about tracked changes, when there is something to say. */
export const TRACK_CHANGES_HINT: Record<TrackChanges, string> = {
  off: '',
  on: 'Track Changes is on: the document is checked as it reads with every change accepted, and fixes and fills are tracked changes.',
  unknown:
    'This Word cannot show TD Lens its tracked changes (it needs WordApi 1.4): text deleted with Track Changes on is checked as if it were still there.',
};

export async function checkDocument(
  host: AgendaHost,
  settings: CheckSettings,
  onProgress?: (progress: ReadProgress) => void,
): Promise<CheckResult> {
  const doc = await host.read(onProgress);
  const options: Parameters<typeof runChecks>[1] = { disabled: settings.disabled };
  if (settings.meeting) options.meeting = settings.meeting;
  if (settings.register) options.register = settings.register;
  return {
    doc,
    findings: runChecks(doc, options),
    detectedMeeting: detectMeetingContext(doc.text),
    trackChanges: host.trackChanges,
  };
}

/** The edit of a finding's fix (or, when the editor picks it, its suggestion), guarded by the text it expects. */
export function editOf(
  doc: AgendaDocument,
  finding: Finding,
  which: 'fix' | 'suggestion' = 'fix',
): TextEdit | undefined {
  const fix = finding[which];
  if (!fix) return undefined;
  return { start: fix.start, end: fix.end, replacement: fix.replacement, expected: doc.text.slice(fix.start, fix.end) };
}

export interface FindingGroup {
  rule: RuleId;
  title: string;
  findings: Finding[];
  counts: Record<Finding['severity'], number>;
}

/** Findings grouped by rule, in the registry's order, each group in text order. */
export function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<RuleId, FindingGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) {
      group = {
        rule: finding.rule,
        title: ruleById(finding.rule)?.title ?? finding.rule,
        findings: [],
        counts: { error: 0, warning: 0, info: 0 },
      };
      groups.set(finding.rule, group);
    }
    group.findings.push(finding);
    group.counts[finding.severity]++;
  }
  return [...groups.values()];
}
