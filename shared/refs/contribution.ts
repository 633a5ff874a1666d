/**
 * Contributions: `C 45`, `C-548`, `C147`, `C.823`, `C 005 Rev.1`, `SG2-C75`, `TSAG-C83`, `COM 17 – C 45`, `C21,C24`.
 *
 *   contribution := \b [prefix] 'C' (' ' | '-' | '.' | '') number [revision] \b
 *   prefix   := ['ITU-T '] ('SG' [' '] 1*2digit | 'TSAG') '-'  |  'COM' [' '] 1*2digit [' '] ('–' | '-') [' ']
 *             | 'T' 2digit '-' ('SG' 1*2digit | 'TSAG') '-'          (ITU document ids: T25-SG17-C-0548)
 *   number   := 1*4digit (leading zeros dropped, 0 rejected)
 *   revision := [' ' | '-'] ('Rev' ['.'] [' '] | 'R' | 'r') 1*2digit | [' '] '(Rev.' n ')'
 *
 *             (ITU document ids: T25-SG17-C-0548, also inside a link's path: `/md/T09-TSAG-C-0041/en`)
 *
 * Precision over recall: 'C' must not touch a letter, digit, '&', '+', '#', '/', '.', '-' on its left
 * (`SSC&C`, `RG-C-1`), must be followed by a number (`C++` is not), and an unprefixed `C` is rejected after
 * labels such as `Annex`, `Appendix`, `Table`, `Figure`, `clause` (`Annex C 2`, `Table C.2`). Without a prefix, the
 * hyphenated (`C-548`) and zero-padded (`C 005`) forms are taken anywhere; the others (`C 45`, `C.823`, `C147`) only
 * at the start of a line or of a bullet, after punctuation, or after a short list of words that introduce documents
 * in meeting prose (`see`, `in`, `and`, `contribution`, `considered`, `discuss` ...), and after an opening bracket or
 * quote only when they close it or go on as a list (`(C146)`, `[C41]`; not `(C509 Certificates)`): a bare `C<n>` in
 * prose is as often a part number or a name (`Intel C612 Controller`, `C509 Certificates`). One-digit numbers
 * (`C1`..`C9`) only at a line start or after a word that names documents. A form of two or more digits left alone
 * for want of such context is still taken when the same text cites that number as a contribution elsewhere (`see
 * C 271 ... can we take C 271`). A count is not a reference: `68 Contributions`.
 * Canonical id `C45` (+ `R1`).
 */
import type { RefBase, ReferenceKind } from './kind';
import { normalizeForMatching } from '../text/normalize';
import { boundaryBefore } from './boundary';
import { captures } from './scan';

/** A contribution. id `C<number>` plus `R<n>` when a revision is cited. */
export interface ContributionRef extends RefBase<'contribution'> {
  number: number;
  revision?: number;
  /** `TSAG`, `SG<n>`, or `COM <n>` for legacy ones, when written. */
  group?: string;
}

/** ITU's document ids (`T25-SG17-C-0548`), also inside a link's path (`/md/T09-TSAG-C-0041/en`). */
const DOC_ID = String.raw`(?<![A-Za-z0-9_])T\d{2}-(?<docGroup>SG\d{1,2}|TSAG)-`;
const PREFIX = String.raw`(?:${DOC_ID}|(?<![A-Za-z0-9_&+#/.\-%=])(?:(?:ITU-T )?(?<sgGroup>SG ?\d{1,2}|TSAG)-|(?<comGroup>COM ?\d{1,2}) ?[\u2013-] ?))`;
const REV = String.raw`(?:[ -]?(?:[Rr]ev\.? ?|[Rr])(?<rev>\d{1,2})| ?\([Rr]ev\.? ?(?<revParen>\d{1,2})\))`;
const CORE = String.raw`C(?<sep> |-|\.|)(?<number>\d{1,4})(?![0-9])${REV}?(?![A-Za-z0-9_+#%=]|\.\d|\/\d|-\d)`;
// The scanner starts at the literal `C` (fast in V8) and looks back for a prefix.
const CORE_RE = new RegExp(CORE, 'g');
const PREFIX_BEFORE_RE = new RegExp(String.raw`${PREFIX}$`);
// `%C3%A9` (percent-encoding) and `=C3=A9` (quoted-printable, in mail archives) are bytes, not contributions.
const NOT_BEFORE = '&+#/.-%=';
const LOOK_BACK = 20;
const WHOLE_RE = new RegExp(String.raw`^${PREFIX}?C(?<sep> |-|\.|)(?<number>\d{1,4})${REV}?$`);

const LABEL_BEFORE =
  /(?:Annex|Appendix|Attachment|Table|Figure|Fig\.|[Cc]lause|Section|Part|Class|Type|Level|Option|Category|Grade|Schedule|Model|Vitamin|Step|Phase|Row|Column|Item|Case|Point|Block|Zone|Band|Channel|Port|Line|Room)[ \t]$/;
const DOCUMENT_WORD = /(?:^|[^A-Za-z])(?:see|cf\.|contributions?|documents?|docs?\.?|inputs?)[ \t]$/i;
const SPACED_OK_WORD = new RegExp(
  String.raw`(?:^|[^A-Za-z])(?:see|in|and|or|of|to|from|by|per|with|cf\.|also|contributions?|documents?|docs?\.?|inputs?|account` +
    String.raw`|consider(?:s|ed)?|review(?:s|ed)?|discuss(?:es|ed)?|present(?:s|ed)?|introduc(?:e|es|ed)|not(?:e|es|ed)` +
    String.raw`|support(?:s|ed)?|merg(?:e|es|ed)|agreed|approved|accepted|withdr(?:ew|awn))[ \t]$`,
  'i',
);
/** A list bullet (`- `, `* `) alone at the start of its line. */
const BULLET_BEFORE = /(?:^|[\n\r])[ \t]*[-*][ \t]*$/;

function makeContribution(
  original: string,
  start: number,
  end: number,
  numberText: string,
  revText: string | undefined,
  sgGroup: string | undefined,
  comGroup: string | undefined,
): ContributionRef | null {
  const number = parseInt(numberText, 10);
  if (!(number > 0)) return null;
  const revision = revText === undefined ? undefined : parseInt(revText, 10);
  const ref: ContributionRef = {
    kind: 'contribution',
    id: revision === undefined ? `C${number}` : `C${number}R${revision}`,
    text: original.slice(start, end),
    start,
    end,
    number,
  };
  if (revision !== undefined) ref.revision = revision;
  if (comGroup !== undefined) ref.group = comGroup.replace(/^COM ?/, 'COM ');
  else if (sgGroup !== undefined) ref.group = sgGroup.replace(' ', '');
  return ref;
}

/** An opening bracket or quote just before the form: it must close or go on as a list (`(C146)`, not `(C509 Certificates)`). */
const OPENING_BEFORE = /[([{"“'‘]$/;
const CLOSES_OR_LISTS = /^[ \t]*(?:[)\]}"”'’,;+&]|and\b|$)/;

/**
 * Whether an unprefixed `C<sep><number>` from `start` to `end` is a contribution: `yes`; `no` (after a label); or
 * `if-cited` (no context says so: a contribution only if the text cites that number as one elsewhere). `sep` is
 * what stands between `C` and the number: `' '`, `'.'`, `'-'` or nothing.
 */
function acceptedUnprefixed(
  text: string,
  start: number,
  end: number,
  sep: string,
  numberText: string,
): 'yes' | 'no' | 'if-cited' {
  const before = text.slice(Math.max(0, start - 24), start);
  if (LABEL_BEFORE.test(before)) return 'no';
  const trimmed = before.replace(/[ \t]+$/, '');
  const lineStart = trimmed.length === 0 || /[\n\r]$/.test(trimmed);
  // `C1`..`C9` are mostly something else in prose (C1 control characters, `class C2`, the C1 language level):
  // only at a line start or after a word that names documents. `C.1` at a line start is a clause heading.
  if (numberText.length === 1) return (sep !== '.' && lineStart) || DOCUMENT_WORD.test(before) ? 'yes' : 'no';
  // ITU's own hyphenated form and zero-padded numbers are contributions; `C147`, `C 147`, `C.147` may be a part
  // number or a name (`Intel C612`, `C509 Certificates`): they need their context.
  if (sep === '-' || numberText.startsWith('0')) return 'yes';
  if (OPENING_BEFORE.test(trimmed)) return CLOSES_OR_LISTS.test(text.slice(end, end + 8)) ? 'yes' : 'if-cited';
  // At a line or bullet start, after punctuation, or after a document-introducing word.
  const introduced =
    lineStart || /[\n\r,;:–—·•]$/.test(trimmed) || BULLET_BEFORE.test(before) || SPACED_OK_WORD.test(before);
  return introduced ? 'yes' : 'if-cited';
}

export function scanContributions(normalized: string, original: string = normalized): ContributionRef[] {
  const out: ContributionRef[] = [];
  /** Forms taken only if their number is cited as a contribution elsewhere in the text. */
  const ifCited: ContributionRef[] = [];
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(normalized)) !== null) {
    const at = m.index;
    const c = captures(m);
    const p = at > 0 ? PREFIX_BEFORE_RE.exec(normalized.slice(Math.max(0, at - LOOK_BACK), at)) : null;
    const verdict = p
      ? 'yes'
      : boundaryBefore(normalized, at, NOT_BEFORE)
        ? acceptedUnprefixed(normalized, at, CORE_RE.lastIndex, c.sep ?? '', c.number ?? '')
        : 'no';
    if (verdict === 'no') {
      CORE_RE.lastIndex = at + 1;
      continue;
    }
    const start = p ? at - p[0].length : at;
    const prefix = p ? captures(p) : {};
    const ref = makeContribution(
      original,
      start,
      CORE_RE.lastIndex,
      c.number ?? '',
      c.rev ?? c.revParen,
      prefix.sgGroup ?? prefix.docGroup,
      prefix.comGroup,
    );
    if (ref) (verdict === 'yes' ? out : ifCited).push(ref);
    if (verdict !== 'yes') CORE_RE.lastIndex = at + 1;
  }
  if (ifCited.length === 0 || out.length === 0) return out;
  const cited = new Set(out.map((r) => r.number));
  const taken = ifCited.filter((r) => cited.has(r.number));
  return taken.length === 0 ? out : [...out, ...taken].sort((a, b) => a.start - b.start);
}

export function findContributions(text: string): ContributionRef[] {
  return scanContributions(normalizeForMatching(text), text);
}

/** Parses one contribution id written alone (`C 005 Rev.1`, `SG2-C75`); null otherwise. */
export function parseContributionId(s: string): ContributionRef | null {
  const n = normalizeForMatching(s.trim());
  const m = WHOLE_RE.exec(n);
  if (!m) return null;
  const c = captures(m);
  return makeContribution(n, 0, n.length, c.number ?? '', c.rev ?? c.revParen, c.sgGroup ?? c.docGroup, c.comGroup);
}

export const contributionKind: ReferenceKind<ContributionRef> = {
  id: 'contribution',
  label: 'contribution',
  trigger: /C/,
  lead: /C[ .-]?\d/,
  specificity: 8,
  scan: scanContributions,
};
