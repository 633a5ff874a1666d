/**
 * Existing links to ITU document pages (`itu.int/md/...`, `meetingdoc.asp`, `dologin_md.asp`, `dms_pub`) are the
 * same references as the text ones: TD Lens annotates the `<a>` itself with attributes and never wraps it.
 */
import type { MeetingContext } from '../../shared/meeting/types';
import type { Reference } from '../../shared/refs/types';
import { KIND_ATTR, REF_ATTR } from './walk';

/** What a link to an ITU document says: the reference, and its meeting when the URL names one. */
export interface LinkReference {
  ref: Reference;
  meeting: MeetingContext | null;
  /** The document's ITU page, when the URL names the document. */
  pageUrl?: string;
}

export type LinkParser = (href: string) => LinkReference | null;

/** Hrefs worth parsing: the parser is only asked about web URLs (http, https) that can be ITU document links. */
export function mayBeItuDocumentUrl(href: string): boolean {
  return (
    /^https?:\/\//i.test(href) &&
    /itu\.int\//i.test(href) &&
    /(\/md\/|meetingdoc\.asp|dologin_md\.asp|dms_pub)/i.test(href)
  );
}

export const LINK_ATTR = 'data-td-lens-link';

/** Annotates `a` when its href is an ITU document; returns what it found. */
export function annotateLink(a: HTMLAnchorElement, parse: LinkParser): LinkReference | null {
  const href = a.href;
  if (!href || !mayBeItuDocumentUrl(href)) return null;
  let found: LinkReference | null;
  try {
    found = parse(href);
  } catch {
    found = null; // a URL the parser cannot read is simply not a reference
  }
  if (!found) return null;
  a.setAttribute(REF_ATTR, found.ref.id);
  a.setAttribute(KIND_ATTR, found.ref.kind);
  a.setAttribute(LINK_ATTR, '');
  return found;
}

/** Removes what annotateLink added. */
export function clearLink(a: Element): void {
  a.removeAttribute(REF_ATTR);
  a.removeAttribute(KIND_ATTR);
  a.removeAttribute(LINK_ATTR);
}

/** The meeting most ITU document links on a page point to (ITU listing and meeting pages link to their TDs). */
export function dominantMeeting(meetings: readonly (MeetingContext | null)[]): MeetingContext | null {
  const counts = new Map<string, { meeting: MeetingContext; count: number }>();
  for (const meeting of meetings) {
    if (!meeting) continue;
    const key = `${meeting.group} ${meeting.start}`;
    const known = counts.get(key);
    if (known) known.count++;
    else counts.set(key, { meeting, count: 1 });
  }
  let best: { meeting: MeetingContext; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.meeting ?? null;
}
