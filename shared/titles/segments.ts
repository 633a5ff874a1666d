/**
 * Which words of a line are about which document it cites. A line may cite several (`Adopt revised Questions Q3/17
 * "..." (TD89), Q10/17 "..." (TD90)`, `... (TD48) RG-WPR-6: Approve Liaison Statement on Q9/21, TD142`):
 *
 *   line     := { clause }                      clauses end at ';', at a sentence's end (`word. Next`) and before an
 *                                               action code's definition (`RG-WPR-6:`)
 *   clause   := { words citation }
 *   citation := TD [quoted]                     the words since the previous citation (or the clause's start) are
 *                                               about this TD; a quoted title right after it too (`TD165 "LS on ..."`)
 *
 * A citation with no words of its own after a previous one (`TD168, TD169`) shares that one's words; one that names
 * no kind of document takes the kind of the one before (`revised Questions Q3/17 (TD89), Q10/17 (TD90)`). A citation of
 * a part (`Clause 9 of TD108`, `TD011, Annex 1`, `extract from TD10R1`) is about the part, whose kind the title does
 * not give: it has no words.
 */
import type { Reference } from '../refs/types';
import type { Span } from '../text/spans';

export interface Citation {
  ref: Reference;
  /** The words about this document: before it, in its clause. Null for a part citation. */
  own: Span | null;
  /** A quoted title written right after it. */
  quoted: Span | null;
  /** True when it follows another citation in its clause. */
  follows: boolean;
  /** True when it shares the words of the citation before it (only list punctuation between them). */
  sharesPrevious: boolean;
}

const PART_BEFORE =
  /(?:\b(?:[Cc]lauses?|[Ss]ections?|§|[Aa]nnex(?:es)?|[Aa]ppendi(?:x|ces)|[Aa]ttachments?|[Pp]arts?|[Tt]ables?|[Ff]igures?|[Pp]aragraphs?)\s*[\w.]*\s+(?:of|in|to|from)|\bextracts? (?:from|of))\s+(?:the\s+)?$/;
const PART_AFTER =
  /^\s*[,(–-]?\s*(?:[Cc]lauses?|[Ss]ections?|§|[Aa]nnex(?:es)?|[Aa]ppendi(?:x|ces)|[Aa]ttachments?|[Pp]arts?|[Tt]ables?|[Ff]igures?)\s*[\w.]*\d/;
/** Only list punctuation between two citations: they share one description. */
const LIST_ONLY = /^[\s,;&+/()–-]*(?:(?:and|or)[\s,()–-]*)?$/;
const QUOTE_OPEN = /^\s*[–:-]?\s*([“"«‘])/;
const QUOTE_CLOSE: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’' };

/** A sentence's end: a word of two lowercase letters or more (not `Rev.`, `No.` before a number), then a capital. */
const SENTENCE_END = /(?<=[a-z]{2}|\))[.!?]\s+(?=[A-Z“"‘(])|;/g;

/** Where the clauses of `text[lineStart, lineEnd)` break: `;`, sentence ends, action codes written as definitions. */
function clauseBreaks(text: string, lineStart: number, lineEnd: number, refs: readonly Reference[]): Span[] {
  const breaks: Span[] = [];
  for (const m of text.slice(lineStart, lineEnd).matchAll(SENTENCE_END))
    breaks.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
  for (const ref of refs) {
    if (ref.kind !== 'action') continue;
    const colon = /^[ \t]*:/.exec(text.slice(ref.end, Math.min(lineEnd, ref.end + 4)));
    if (colon) breaks.push({ start: ref.start, end: ref.end + colon[0].length });
  }
  return breaks.sort((a, b) => a.start - b.start);
}

/**
 * The citations of TDs (and contributions) in one line, `refs` being the line's references in text order, with the
 * words of the line that are about each.
 */
export function citationsOfLine(
  text: string,
  lineStart: number,
  lineEnd: number,
  refs: readonly Reference[],
): Citation[] {
  const breaks = clauseBreaks(text, lineStart, lineEnd, refs);
  const docs = refs.filter((r) => r.kind === 'td' || r.kind === 'contribution');
  const out: Citation[] = [];
  let from = lineStart;
  let previous: Citation | null = null;
  for (const [i, ref] of docs.entries()) {
    const clauseStart = Math.max(lineStart, ...breaks.filter((b) => b.end <= ref.start).map((b) => b.end));
    const sameClause = previous !== null && previous.ref.end >= clauseStart;
    const start = sameClause ? Math.max(from, clauseStart) : clauseStart;
    const next = Math.min(
      lineEnd,
      docs[i + 1]?.start ?? lineEnd,
      ...breaks.filter((b) => b.start >= ref.end).map((b) => b.start),
    );
    const before = text.slice(start, ref.start);
    const after = text.slice(ref.end, next);
    const quoted = quotedAfter(after, ref.end);
    const part = PART_BEFORE.test(before) || PART_AFTER.test(after);
    const sharesPrevious = !part && sameClause && previous?.own !== null && LIST_ONLY.test(before);
    const citation: Citation = {
      ref,
      own: part ? null : { start, end: ref.start },
      quoted: part ? null : quoted,
      follows: sameClause,
      sharesPrevious,
    };
    out.push(citation);
    previous = citation;
    from = quoted?.end ?? ref.end;
  }
  return out;
}

function quotedAfter(after: string, offset: number): Span | null {
  const open = QUOTE_OPEN.exec(after);
  if (!open) return null;
  const start = open[0].length;
  const close = after.indexOf(QUOTE_CLOSE[open[1]], start);
  return close > start ? { start: offset + start, end: offset + close } : null;
}
