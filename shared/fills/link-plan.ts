/**
 * Link TDs: every TD and contribution reference becomes a hyperlink to its ITU page. References that already sit
 * inside a hyperlink are left alone, so planning again after applying gives an empty plan.
 */
import type { AgendaDocument, DocumentLink } from '../document/model';
import { findReferences } from '../refs/find-references';
import type { ContributionRef, TdRef } from '../refs/types';
import type { MeetingContext } from '../meeting/types';
import { contributionPageUrl, tdPageUrl } from '../meeting/urls';
import { paragraphAt } from '../document/paragraphs';
import type { LinkPlan, LinkPlanItem } from './types';

/** Word's search refuses longer strings. */
const MAX_SEARCH_LENGTH = 255;

function overlapsLink(links: readonly DocumentLink[], start: number, end: number): boolean {
  return links.some((link) => link.start < end && start < link.end);
}

function urlOf(ref: TdRef | ContributionRef, ctx: MeetingContext): string | null {
  const url = ref.kind === 'td' ? tdPageUrl(ref, ctx) : contributionPageUrl(ref, ctx);
  return typeof url === 'string' && url.length > 0 ? url : null;
}

export function planLinks(doc: AgendaDocument, ctx: MeetingContext | null): LinkPlan {
  const plan: LinkPlan = { kind: 'link-tds', links: [], alreadyLinked: 0, warnings: [] };
  if (!ctx) {
    plan.warnings.push('No meeting context: set the meeting (group and first day) so TD links can be built.');
    return plan;
  }
  const links = doc.links ?? [];
  const refs = findReferences(doc.text, { kinds: ['td', 'contribution'] }).filter(
    (ref): ref is TdRef | ContributionRef => ref.kind === 'td' || ref.kind === 'contribution',
  );
  for (const ref of refs) {
    if (overlapsLink(links, ref.start, ref.end)) {
      plan.alreadyLinked++;
      continue;
    }
    const paragraph = paragraphAt(doc, ref.start);
    if (!paragraph || ref.end > paragraph.end) {
      plan.warnings.push(`${ref.text} (offset ${ref.start}) spans paragraphs; not linked.`);
      continue;
    }
    if (ref.text.length >= MAX_SEARCH_LENGTH) {
      plan.warnings.push(`${ref.text.slice(0, 40)}… is too long to search in Word; not linked.`);
      continue;
    }
    const url = urlOf(ref, ctx);
    if (!url) {
      plan.warnings.push(`No ITU page known for ${ref.id} (offset ${ref.start}); not linked.`);
      continue;
    }
    const item: LinkPlanItem = {
      start: ref.start,
      end: ref.end,
      text: ref.text,
      refId: ref.id,
      url,
      paragraphIndex: paragraph.index,
    };
    plan.links.push(item);
  }
  return plan;
}
