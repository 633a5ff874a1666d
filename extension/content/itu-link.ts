/** Adapts the shared `parseItuUrl` to what the content script needs for an ITU link: a reference and its meeting. */
import type { MeetingContext } from '../../shared/meeting/types';
import { parseItuUrl, type ParsedItuUrl } from '../../shared/meeting/urls';
import type { Reference } from '../../shared/refs/types';
import type { LinkReference } from './links';

/** The parsed URL as a reference; the link has no text offsets of its own, so the id stands in for its text. */
export function referenceOfParsedUrl(parsed: ParsedItuUrl): LinkReference {
  const base = {
    id: parsed.id,
    text: parsed.id,
    start: 0,
    end: parsed.id.length,
    number: parsed.number,
    group: parsed.group,
  };
  const revision = parsed.revision !== undefined ? { revision: parsed.revision } : {};
  if (parsed.kind === 'td') {
    const ref: Reference = {
      ...base,
      ...revision,
      kind: 'td',
      ...(parsed.subGroup ? { subGroup: parsed.subGroup } : {}),
    };
    const meeting: MeetingContext | null = parsed.meetingStart
      ? {
          group: parsed.group,
          start: parsed.meetingStart,
          studyPeriod: parsed.studyPeriod,
          ...(parsed.subGroup ? { subGroup: parsed.subGroup } : {}),
        }
      : null;
    return { ref, meeting };
  }
  return { ref: { ...base, ...revision, kind: 'contribution' }, meeting: null };
}

export function parseItuLink(href: string): LinkReference | null {
  const parsed = parseItuUrl(href);
  if (!parsed) return null;
  const found = referenceOfParsedUrl(parsed);
  // The document's own page, whatever form the link had (file, login or listing link).
  found.pageUrl = `https://www.itu.int/md/${parsed.documentId}/en`;
  return found;
}
