/**
 * ITU document URLs (see shared/docs/itu-references.md):
 *   TD page      https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en
 *   TD file      https://www.itu.int/dms_pub/itu-t/md/25/tsag/td/250526/GEN/T25-TSAG-250526-TD-GEN-0106%21R1%21MSW-E.docx
 *   contribution https://www.itu.int/md/T25-TSAG-C-0045/en
 *   TD index     https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml   (one per meeting)
 *   C index      https://www.itu.int/dms_pages/itu-t/md/25/SG12/c/T25-SG12-C.xml            (one per group and period)
 * and `parseItuUrl` for those plus `meetingdoc.asp?lang=en&parent=<id>` and `dologin_md.asp?lang=en&id=<id>!R1!MSW-E`.
 */
import type { ContributionRef, TdRef } from '../refs/types';
import type { MeetingContext } from './types';
import { groupId, groupIdPattern, isItuGroup, meetingId, meetingIdPattern, periodDigits, yymmddToIso } from './id';

export type DocFormat = 'MSW' | 'PDF' | 'ZIP';
export type DocLanguage = 'E' | 'F' | 'S' | 'A' | 'C' | 'R';

export interface FileUrlOptions {
  format?: DocFormat;
  lang?: DocLanguage;
}

type TdLike = Pick<TdRef, 'number'> & Partial<Pick<TdRef, 'revision' | 'subGroup' | 'group'>>;
type ContributionLike = Pick<ContributionRef, 'number'> & Partial<Pick<ContributionRef, 'revision' | 'group'>>;

const EXTENSIONS: Record<DocFormat, string> = { MSW: 'docx', PDF: 'pdf', ZIP: 'zip' };
const pad4 = (n: number) => String(n).padStart(4, '0');

/** ITU document id of a TD: `T25-TSAG-250526-TD-GEN-0106`. */
export function tdDocumentId(ref: TdLike, ctx: MeetingContext): string {
  const sub = ref.subGroup ?? ctx.subGroup ?? 'GEN';
  return `${meetingId(ctx)}-TD-${sub}-${pad4(ref.number)}`;
}

export function tdPageUrl(ref: TdLike, ctx: MeetingContext): string {
  return `https://www.itu.int/md/${tdDocumentId(ref, ctx)}/en`;
}

export function tdFileUrl(ref: TdLike, ctx: MeetingContext, options: FileUrlOptions = {}): string {
  const format = options.format ?? 'MSW';
  const lang = options.lang ?? 'E';
  const sub = ref.subGroup ?? ctx.subGroup ?? 'GEN';
  const yymmdd = meetingId(ctx).slice(-6);
  const rev = ref.revision !== undefined ? `R${ref.revision}` : '';
  const file = `${tdDocumentId(ref, ctx)}%21${rev}%21${format}-${lang}.${EXTENSIONS[format]}`;
  return `https://www.itu.int/dms_pub/itu-t/md/${periodDigits(ctx.studyPeriod)}/${ctx.group.toLowerCase()}/td/${yymmdd}/${sub}/${file}`;
}

/**
 * Where ITU's site lives. The index URLs below take it as a parameter so tests can point them at a local server;
 * the document links above are always ITU's.
 */
export const ITU_BASE = 'https://www.itu.int';

/** `T25-TSAG-250526-TD.xml`: the file name of a meeting's TD index. */
export function tdIndexFileName(ctx: Pick<MeetingContext, 'group' | 'start' | 'studyPeriod'>): string {
  return `${meetingId(ctx)}-TD.xml`;
}

/** `T25-SG12-C.xml`: the file name of a group's contributions index for the study period. */
export function contributionIndexFileName(ctx: Pick<MeetingContext, 'group' | 'studyPeriod'>): string {
  return `${groupId(ctx)}-C.xml`;
}

/** ITU's TD index of a meeting: `https://www.itu.int/dms_pages/itu-t/md/25/TSAG/td/T25-TSAG-250526-TD.xml`. */
export function tdIndexUrl(
  ctx: Pick<MeetingContext, 'group' | 'start' | 'studyPeriod'>,
  base: string = ITU_BASE,
): string {
  return `${base}/dms_pages/itu-t/md/${periodDigits(ctx.studyPeriod)}/${ctx.group.toUpperCase()}/td/${tdIndexFileName(ctx)}`;
}

/** ITU's contributions index of a group: `https://www.itu.int/dms_pages/itu-t/md/25/SG12/c/T25-SG12-C.xml`. */
export function contributionIndexUrl(
  ctx: Pick<MeetingContext, 'group' | 'studyPeriod'>,
  base: string = ITU_BASE,
): string {
  return `${base}/dms_pages/itu-t/md/${periodDigits(ctx.studyPeriod)}/${ctx.group.toUpperCase()}/c/${contributionIndexFileName(ctx)}`;
}

/** Contribution page: `https://www.itu.int/md/T25-TSAG-C-0045/en` (group from the ref when an SG/TSAG is written). */
export function contributionPageUrl(ref: ContributionLike, ctx: Pick<MeetingContext, 'group' | 'studyPeriod'>): string {
  const group = ref.group !== undefined && isItuGroup(ref.group) ? ref.group : ctx.group;
  return `https://www.itu.int/md/${groupId({ group, studyPeriod: ctx.studyPeriod })}-C-${pad4(ref.number)}/en`;
}

export interface ParsedItuUrl {
  kind: 'td' | 'contribution';
  /** `TD106R1` / `C45`. */
  id: string;
  number: number;
  revision?: number;
  subGroup?: string;
  group: string;
  studyPeriod: number;
  /** ISO first day of the meeting (TDs only). */
  meetingStart?: string;
  /** The ITU document id: `T25-TSAG-250526-TD-GEN-0106`. */
  documentId: string;
}

// A TD: meeting id, sub-group, number; a contribution: group id, number; either with a file suffix `!R1!MSW-E.docx`.
const DOC_ID_RE = new RegExp(
  String.raw`^(?:${meetingIdPattern({ period: 'tdPeriod', group: 'tdGroup', day: 'day' })}-TD-(?<sub>GEN|PLEN|WP\d)-(?<td>\d{4})` +
    String.raw`|${groupIdPattern({ period: 'cPeriod', group: 'cGroup' })}-C-(?<c>\d{4}))` +
    String.raw`(?:(?:!|%21)(?:R(?<rev>\d{1,2}))?(?:!|%21)(?:MSW|PDF|ZIP)-[EFSACR](?:\.[a-z]{3,4})?)?$`,
  'i',
);

function docIdFromUrl(url: URL): string | null {
  const path = url.pathname;
  const md = /^\/md\/([^/]+)\/[a-z]{2}\/?$/i.exec(path);
  if (md) return decodeURIComponent(md[1]);
  if (/^\/md\/meetingdoc\.asp$/i.test(path)) return url.searchParams.get('parent');
  if (/^\/md\/dologin_md\.asp$/i.test(path)) return url.searchParams.get('id');
  if (/^\/dms_pub\/itu-t\/md\//i.test(path)) {
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
      return decodeURIComponent(last);
    } catch {
      return null;
    }
  }
  return null;
}

/** Reads an ITU TD or contribution URL back; null for anything else (never throws). */
export function parseItuUrl(url: string): ParsedItuUrl | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // Web links only: `javascript://www.itu.int/md/...` has ITU's host and runs script.
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !/(?:^|\.)itu\.int$/i.test(u.hostname)) return null;
  const docId = docIdFromUrl(u);
  return docId === null ? null : parseDocumentId(docId);
}

/**
 * Reads an ITU document id (`T25-TSAG-250526-TD-GEN-0106`, `T25-SG12-C-0005`, optionally with a file suffix
 * `!R1!MSW-E`), as URLs and ITU's index files write it; null for anything else.
 */
export function parseDocumentId(docId: string): ParsedItuUrl | null {
  const g = DOC_ID_RE.exec(docId)?.groups;
  if (!g) return null;
  const revision = g.rev !== undefined ? Number(g.rev) : undefined;
  const documentId = docId.replace(/(?:!|%21).*$/, '');
  const rev = revision === undefined ? {} : { revision };
  if (g.td !== undefined) {
    const number = Number(g.td);
    return {
      kind: 'td',
      id: revision === undefined ? `TD${number}` : `TD${number}R${revision}`,
      number,
      ...rev,
      subGroup: g.sub.toUpperCase(),
      group: g.tdGroup.toUpperCase(),
      studyPeriod: Number(g.tdPeriod),
      meetingStart: yymmddToIso(g.day),
      documentId,
    };
  }
  const number = Number(g.c);
  return {
    kind: 'contribution',
    id: revision === undefined ? `C${number}` : `C${number}R${revision}`,
    number,
    ...rev,
    group: g.cGroup.toUpperCase(),
    studyPeriod: Number(g.cPeriod),
    documentId,
  };
}
