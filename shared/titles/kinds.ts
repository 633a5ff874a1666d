/**
 * Kinds of meeting documents, as ITU's TD lists title them and as agenda editors name them. One entry per kind, with
 * one canonical label; everything else (reading titles and lines, messages) reads this table.
 *
 * A title is one kind, told by its head (after qualifiers such as `Draft`, `Updated`, a group's name):
 *
 *   title      := { qualifier } head rest
 *   qualifier  := 'Draft' | 'Revised' | 'Updated' | 'New' | 'Proposed' | 'Final' | 'Meeting' | 'Progress' | 'Summary'
 *               | 'the' | 'ITU-T' | 'TSAG' | 'WTSA-' 2digit | 'RG-' name | 'WP' n '/' (n | 'TSAG') | 'SG' n | 'Q' n '/' n
 *   head       := report | liaison | tor | agenda | action-plan | draft-text | question-text
 *   liaison    := ['Reply '] ('LS/i' | 'LS/o' | 'LS/r' | 'LS' | 'Liaison statement')      LS/i incoming, LS/o outgoing
 *
 * Seen in ITU's titles: `Report of the meeting of WP2/TSAG "..." (Geneva, ...)`, `LS on a progress report on the
 * analysis of ITU-T study group restructuring`, `Agenda, document allocation and work plan (Geneva, 1-4 May 2017)`,
 * `Updated WTSA-12 Action Plan (version 4) for TSAG (Feb 2016)`, `Updated baseline text E.800: ...`,
 * `LS/i on ... [from ETSI TC STQ]` (sources in test/fixtures/titles/README.md). A head further in (`Template for
 * Question meeting agenda TD`) is not the title's kind: the kind is unknown, and unknown never disagrees.
 *
 * A line of an agenda names kinds anywhere: `Report – TD106`, `Approve the ToR for ...`, `Outgoing LS on ...`,
 * `Adopt revised Questions Q3/17 ...`, `draft revised Recommendation ITU-T A.1`. `report to TSAG` (a verb) is not a
 * report.
 */

export type DocumentKind = 'report' | 'ls' | 'tor' | 'agenda' | 'action-plan' | 'draft-text' | 'question-text';

export interface KindEntry {
  id: DocumentKind;
  /** What a message calls it: `report`, `LS`, `ToR`. */
  label: string;
  /** With its article: `a report`, `an LS`. */
  withArticle: string;
  /** The head of an ITU title of this kind, matched right after the qualifiers (case-insensitive). */
  head: RegExp;
  /** How agenda lines (and titles' subjects) name it. */
  words: RegExp;
}

export const DOCUMENT_KINDS: readonly KindEntry[] = [
  {
    id: 'report',
    label: 'report',
    withArticle: 'a report',
    head: /^reports?\b/i,
    // Not the verb: `and report to TSAG`, `to report`, `reported`.
    words: /(?<!\b(?:to|and|shall|will|should|must|then) )\breports?\b(?! (?:to|back)\b)/gi,
  },
  {
    id: 'ls',
    label: 'LS',
    withArticle: 'an LS',
    head: /^(?:reply )?(?:LS(?:\/[iorIOR](?:\/[rR])?)?|liaison statements?)(?![A-Za-z0-9])/i,
    words: /(?<![A-Za-z0-9])(?:LSs?|[Ll]iaison [Ss]tatements?|[Ll]iaisons?)(?![A-Za-z0-9])/g,
  },
  {
    id: 'tor',
    label: 'ToR',
    withArticle: 'ToR',
    head: /^(?:terms of reference|ToR)\b/i,
    words: /\b(?:To[Rr]s?|TORs?|[Tt]erms of [Rr]eference)\b/g,
  },
  {
    id: 'agenda',
    label: 'agenda',
    withArticle: 'an agenda',
    head: /^agenda\b/i,
    words: /\bagendas?\b/gi,
  },
  {
    id: 'action-plan',
    label: 'action plan',
    withArticle: 'an action plan',
    head: /^action plan\b/i,
    words: /\baction plans?\b/gi,
  },
  {
    id: 'draft-text',
    label: 'draft text',
    withArticle: 'a draft text',
    head: /^(?:(?:new|revised) )?(?:Recommendation|Supplement|Technical (?:Report|Paper)|Amendment|Corrigendum|Implementers'? Guide|baseline(?: text)?|text of (?:draft )?Recommendation)\b/i,
    words:
      /\b(?:draft (?:(?:new|revised) )?(?:Recommendation|Supplement|Technical (?:Report|Paper)|Amendment|Corrigendum|text)s?|(?:new|revised) Recommendations?|baseline texts?)\b/gi,
  },
  {
    id: 'question-text',
    label: 'Question text',
    withArticle: 'a Question text',
    // `Question 5/17 progress report` is a report: the Question's number is a qualifier, not this head.
    head: /^(?:(?:new|revised) )?Questions?\b(?! ?\d)/i,
    words: /\b(?:(?:new|revised) Questions?|Questions? texts?|texts? of (?:the )?(?:new |revised )?Questions?)\b/gi,
  },
];

export const KIND_BY_ID = new Map(DOCUMENT_KINDS.map((k) => [k.id, k]));

/** Words before a title's head that do not change its kind (`Draft revised`, `TSAG RG-WM meeting`, `WTSA-24`). */
const QUALIFIERS = new RegExp(
  String.raw`^(?:(?:draft|revised|updated|new|proposed|final|consolidated|provisional|preliminary|meeting|progress|summary|interim|joint|the|a|an|ITU-T|TSAG|WTSA-\d{2}|RG-[A-Za-z][A-Za-z0-9]*|WP ?\d{1,2}(?:\/(?:TSAG|\d{1,2}))?|SG ?\d{1,2}|Q\d{1,2}\/\d{1,2}|Questions? \d{1,2}\/\d{1,2})(?:[ ,:]+|$))*`,
  'i',
);

/** An LS title's direction: `LS/i` incoming, `LS/o` outgoing; none for `LS on`, `Liaison statement`, `LS/r`. */
const DIRECTION = /^(?:reply )?LS\/(?<d>[io])\b/i;

export interface TitleHead {
  kind: DocumentKind;
  direction?: 'in' | 'out';
  /** Offset in the title where the head ends: what follows is the subject. */
  end: number;
}

/** The kind an ITU title gives its document, from its head; null when the head is no kind of the table. */
export function titleHead(title: string): TitleHead | null {
  const text = title.replace(/\s+/g, ' ').trimStart();
  const skip = QUALIFIERS.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skip);
  for (const entry of DOCUMENT_KINDS) {
    const m = entry.head.exec(rest);
    if (!m) continue;
    const head: TitleHead = { kind: entry.id, end: title.length - text.length + skip + m[0].length };
    const d = entry.id === 'ls' ? DIRECTION.exec(rest)?.groups?.d : undefined;
    if (d) head.direction = d.toLowerCase() === 'i' ? 'in' : 'out';
    return head;
  }
  return null;
}

/** Every kind a piece of text names, with the span of each mention. */
export function kindMentions(text: string): { kind: DocumentKind; start: number; end: number }[] {
  const out: { kind: DocumentKind; start: number; end: number }[] = [];
  for (const entry of DOCUMENT_KINDS) {
    entry.words.lastIndex = 0;
    for (const m of text.matchAll(entry.words))
      out.push({ kind: entry.id, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `outgoing LS`, `LS/o`; `incoming liaison`, `LS/i`. */
const OUTGOING = /\boutgoing\b|\bLS\/o\b/i;
const INCOMING = /\bincoming\b|\bLS\/i\b/i;

/** The direction a line gives the liaisons it names, when it says. */
export function lineDirection(text: string): 'in' | 'out' | undefined {
  const out = OUTGOING.test(text);
  const inc = INCOMING.test(text);
  return out === inc ? undefined : out ? 'out' : 'in';
}
