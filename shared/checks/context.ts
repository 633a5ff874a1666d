/** Builds the shared RuleContext once per run: agenda structure, references, meeting and its status tag. */
import type { AgendaDocument } from '../document/model';
import type { AgendaStructure } from '../agenda/types';
import { parseAgenda } from '../agenda/parse-agenda';
import type { MeetingContext } from '../meeting/types';
import { meetingTagOf } from '../meeting/tag';
import { findReferences } from '../refs/find-references';
import type { TdRegister } from '../register/types';
import { lineIndex } from '../text/lines';
import type { RuleContext } from './rule';

export interface ContextOptions {
  register?: TdRegister;
  meeting?: MeetingContext;
  /** A structure parsed already (the add-in parses once for several uses). */
  agenda?: AgendaStructure;
}

export function buildContext(doc: AgendaDocument, options: ContextOptions = {}): RuleContext {
  const agenda = options.agenda ?? parseAgenda(doc);
  const meeting = options.meeting ?? agenda.meeting ?? options.register?.meeting ?? null;
  const lines = lineIndex(doc.text);
  return {
    doc,
    text: doc.text,
    agenda,
    references: findReferences(doc.text),
    register: options.register,
    meeting,
    currentTag: meeting ? meetingTagOf(meeting) : latestTag(agenda),
    lineAt: lines.lineAt,
  };
}

/** Without a known meeting, the latest tag written in the status lines stands for the current meeting. */
function latestTag(agenda: AgendaStructure): string | null {
  let best: { id: string; key: number } | null = null;
  for (const action of [...agenda.wtsaActions, ...agenda.planActions]) {
    for (const status of action.statuses) {
      const tag = status.meeting;
      if (!tag) continue;
      const key = tag.year * 12 + tag.month;
      if (!best || key > best.key) best = { id: tag.id, key };
    }
  }
  return best?.id ?? null;
}
