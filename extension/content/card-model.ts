/**
 * What the card says about one reference: a pure function of the reference, the meeting and the registers, so it
 * is tested without a DOM.
 */
import type { MeetingContext } from '../../shared/meeting/types';
import type { ContributionRef, Reference, TdRef } from '../../shared/refs/types';
import { KIND_LABELS } from '../../shared/refs/kinds';
import { indexLabel } from '../../shared/register/itu-index';
import type { RegisterKind, TdEntry } from '../../shared/register/types';
import { indexDate, shortFailure } from '../itu-index';
import { findEntry, type StoredRegister } from '../register-store';
import type { IndexView } from './index-requests';
import type { MarkContext } from './mark-context';

export interface DocumentUrls {
  /** ITU page of a TD or contribution in `meeting`; null when the URL cannot be built. */
  page(ref: Reference, meeting: MeetingContext): string | null;
  /** The Word file. */
  file(ref: Reference, meeting: MeetingContext): string | null;
}

export interface CardModel {
  /** Canonical id as cited: `TD7R1`, `WP2-4`, `Q3/17`. */
  id: string;
  kindLabel: string;
  /** `TSAG meeting starting 2025-05-26`, when known. */
  meetingLabel?: string;
  title?: string;
  source?: string;
  /** Reception date (ISO) and Questions, when the register says. */
  date?: string;
  questions?: string[];
  /** The register's latest revision when it is above the cited one (`TD7R2`). */
  newerRevision?: string;
  /** One line on ITU's index: where the facts come from, that it is being fetched, or why it could not be. */
  indexNote?: string;
  /** A quiet line when the text around the mark names another kind of document or group than the title. */
  contextNote?: string;
  pageUrl?: string;
  fileUrl?: string;
  /** Why there are no links, when there are none but could be. */
  note?: string;
}

const LINKED_KINDS = new Set(['td', 'contribution']);

/** The group a reference names itself (`SG12-TD648`), if any. */
function citedGroup(ref: Reference): string | undefined {
  return ref.kind === 'td' || ref.kind === 'contribution' ? ref.group : undefined;
}

function safeUrl(build: () => string | null): string | undefined {
  try {
    const url = build();
    // Only web links: a URL builder bug must never put a javascript: URL in the card.
    return url && /^https:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function meetingLabel(meeting: MeetingContext): string {
  return `${meeting.group} meeting starting ${meeting.start}`;
}

export interface CardInput {
  ref: Reference;
  meeting: MeetingContext | null;
  registers: readonly StoredRegister[];
  urls: DocumentUrls;
  /** The href of an annotated ITU link: its own page URL. */
  linkHref?: string;
  /** ITU's index of the meeting (TDs) or group (contributions), fetched on demand once the delegate allowed it. */
  indexFor?: (kind: RegisterKind, meeting: MeetingContext) => IndexView | undefined;
  /** Told which stored register gave the card its facts (learned registers in use are kept longer). */
  onRegisterUsed?: (register: StoredRegister) => void;
  /** The text around the mark (its paragraph), with the mark's span in it. */
  context?: MarkContext;
  /** The card's line on a TD whose surrounding text names another kind or group than its title (title-notes.ts). */
  titleNoteFor?: (context: MarkContext, entry: TdEntry, home: string | undefined) => string | undefined;
}

export function buildCardModel({
  ref,
  meeting,
  registers,
  urls,
  linkHref,
  indexFor,
  onRegisterUsed,
  context,
  titleNoteFor,
}: CardInput): CardModel {
  const model: CardModel = { id: ref.id, kindLabel: KIND_LABELS[ref.kind] };
  if (!LINKED_KINDS.has(ref.kind)) return model;
  const group = citedGroup(ref);
  // A TD cited with another group's name (`SG12-TD648` on a TSAG page) is not in the page's meeting.
  const usable = meeting && (!group || group.toUpperCase() === meeting.group.toUpperCase()) ? meeting : null;
  if (linkHref) model.pageUrl = linkHref;
  if (!usable) {
    if (!model.pageUrl) {
      model.note =
        group && meeting
          ? `Cited as ${group}: links need a ${group} meeting (set one in TD Lens options).`
          : 'Links need a meeting: set one in TD Lens options.';
    }
    if (ref.kind === 'td' || ref.kind === 'contribution') {
      addContextNote(
        model,
        ref,
        addRegisterFacts(model, ref, registers, null, undefined, onRegisterUsed),
        context && titleNoteFor && { context, titleNoteFor },
        null,
      );
    }
    return model;
  }
  model.meetingLabel = meetingLabel(usable);
  model.pageUrl ??= safeUrl(() => urls.page(ref, usable));
  const fileUrl = safeUrl(() => urls.file(ref, usable));
  if (fileUrl) model.fileUrl = fileUrl;
  if (!model.pageUrl) delete model.pageUrl;
  if (ref.kind === 'td' || ref.kind === 'contribution') {
    const entry = addRegisterFacts(model, ref, registers, usable, indexFor?.(ref.kind, usable), onRegisterUsed);
    addContextNote(model, ref, entry, context && titleNoteFor && { context, titleNoteFor }, usable);
  }
  return model;
}

/** The text around a TD that names another kind of document or group than its title (shared/titles/context.ts). */
function addContextNote(
  model: CardModel,
  ref: Reference,
  entry: TdEntry | null,
  around: { context: MarkContext; titleNoteFor: NonNullable<CardInput['titleNoteFor']> } | undefined,
  meeting: MeetingContext | null,
): void {
  if (ref.kind !== 'td' || !entry || !around) return;
  const note = around.titleNoteFor(around.context, entry, meeting?.group);
  if (note) model.contextNote = note;
}

/**
 * Title, source, date, Questions and a newer revision from ITU's index when there is one, else from the stored
 * registers of the document's meeting (TDs) or group (contributions); and the index's one line.
 */
function addRegisterFacts(
  model: CardModel,
  ref: TdRef | ContributionRef,
  registers: readonly StoredRegister[],
  meeting: MeetingContext | null,
  view?: IndexView,
  onRegisterUsed?: (register: StoredRegister) => void,
): TdEntry | null {
  const index = view && view.state !== 'loading' ? view.index : undefined;
  const fromIndex = index ? findEntry([index.register], ref, meeting) : null;
  const fromStored = fromIndex ? null : findEntry(registers, ref, meeting);
  if (fromStored) onRegisterUsed?.(fromStored.register);
  const hit = fromIndex ?? fromStored;
  if (hit) {
    if (hit.entry.title) model.title = hit.entry.title;
    if (hit.entry.source) model.source = hit.entry.source;
    if (hit.entry.date) model.date = hit.entry.date;
    if (hit.entry.questions?.length) model.questions = [...hit.entry.questions];
    if (hit.entry.revision > (ref.revision ?? 0)) model.newerRevision = hit.entry.id;
  }
  const label = indexLabel(ref.kind);
  if (view?.state === 'loading') model.indexNote = `Getting ${label}…`;
  else if (view?.state === 'failed') model.indexNote = view.message;
  else if (index) {
    const unkept = view?.state === 'ready' && view.unkept ? ` (${shortFailure(view.unkept)})` : '';
    model.indexNote = `${fromIndex ? 'From' : 'Not in'} ${label} of ${indexDate(index)}${unkept}`;
  }
  return hit?.entry ?? null;
}
