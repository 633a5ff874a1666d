/**
 * Contributions: `C 45`, `C-548`, `C147`, `C 005 Rev.1`, `SG2-C75`, `TSAG-C83`, `COM 17 – C 45`.
 *
 *   contribution := \b [prefix] 'C' (' ' | '-' | '') number [revision] \b
 *   prefix   := ['ITU-T '] ('SG' [' '] 1*2digit | 'TSAG') '-'  |  'COM' [' '] 1*2digit [' '] ('–' | '-') [' ']
 *             | 'T' 2digit '-' ('SG' 1*2digit | 'TSAG') '-'          (ITU document ids: T25-SG17-C-0548)
 *   number   := 1*4digit (leading zeros dropped, 0 rejected)
 *   revision := [' '] ('Rev' ['.'] [' '] | 'R' | 'r') 1*2digit | [' '] '(Rev.' n ')'
 *
 * Precision over recall: 'C' must not touch a letter, digit, '&', '+', '#', '/', '.', '-' on its left
 * (`SSC&C`, `RG-C-1`), must be followed by a number (`C++` is not), and an unprefixed `C` is rejected after
 * labels such as `Annex`, `Appendix`, `Table`, `Figure`, `clause` (`Annex C 2`). The spaced form `C 45` without a
 * prefix is only taken at the start of a line, after punctuation, or after a short list of words that introduce
 * documents (`see`, `in`, `and`, `contribution` ...): `C 1` after other words is left alone.
 * Canonical id `C45` (+ `R1`).
 */
import type { ContributionRef } from './types';
import { normalizeForMatching } from '../text/normalize';
import { boundaryBefore } from './boundary';

const PREFIX = String.raw`(?:(?:ITU-T |T\d{2}-)?(SG ?\d{1,2}|TSAG)-|(COM ?\d{1,2}) ?[\u2013-] ?)`;
const REV = String.raw`(?: ?(?:[Rr]ev\.? ?|[Rr])(\d{1,2})| ?\([Rr]ev\.? ?(\d{1,2})\))`;
const CORE = String.raw`C( |-|)(\d{1,4})(?![0-9])${REV}?(?![A-Za-z0-9_+#%=]|\.\d|\/\d|-\d)`;
// The scanner starts at the literal `C` (fast in V8) and looks back for a prefix.
const CORE_RE = new RegExp(CORE, 'g');
const PREFIX_BEFORE_RE = new RegExp(String.raw`(?<![A-Za-z0-9_&+#/.\-%=])${PREFIX}$`);
// `%C3%A9` (percent-encoding) and `=C3=A9` (quoted-printable, in mail archives) are bytes, not contributions.
const NOT_BEFORE = '&+#/.-%=';
const LOOK_BACK = 20;
const WHOLE_RE = new RegExp(String.raw`^${PREFIX}?C( |-|)(\d{1,4})${REV}?$`);
// Groups of WHOLE_RE: 1 SG/TSAG group, 2 COM group, 3 separator, 4 number, 5-6 revision; CORE_RE has 3-6 as 1-4.

const LABEL_BEFORE = /(?:Annex|Appendix|Attachment|Table|Figure|Fig\.|[Cc]lause|Section|Part|Class|Type|Level|Option|Category|Grade|Schedule|Model|Vitamin|Step|Phase|Row|Column|Item|Case|Point|Block|Zone|Band|Channel|Port|Line|Room)[ \t]$/;
const DOCUMENT_WORD = /(?:^|[^A-Za-z])(?:see|cf\.|contributions?|documents?|docs?\.?|inputs?)[ \t]$/i;
const SPACED_OK_WORD = /(?:^|[^A-Za-z])(?:see|in|and|or|of|to|from|by|per|with|cf\.|also|contributions?|documents?|docs?\.?|inputs?)[ \t]$/i;

function makeContribution(
  original: string, start: number, end: number, numberText: string, revText: string | undefined, sgGroup: string | undefined, comGroup: string | undefined,
): ContributionRef | null {
  const number = parseInt(numberText, 10);
  if (!(number > 0)) return null;
  const revision = revText === undefined ? undefined : parseInt(revText, 10);
  const ref: ContributionRef = {
    kind: 'contribution', id: revision === undefined ? `C${number}` : `C${number}R${revision}`,
    text: original.slice(start, end), start, end, number,
  };
  if (revision !== undefined) ref.revision = revision;
  if (comGroup !== undefined) ref.group = comGroup.replace(/^COM ?/, 'COM ');
  else if (sgGroup !== undefined) ref.group = sgGroup.replace(' ', '');
  return ref;
}

function acceptedUnprefixed(text: string, start: number, spaced: boolean, numberText: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (LABEL_BEFORE.test(before)) return false;
  const trimmed = before.replace(/[ \t]+$/, '');
  // `C1`..`C9` are mostly something else in prose (C1 control characters, `class C2`, the C1 language level):
  // only at a line start or after a word that names documents.
  if (numberText.length === 1) return trimmed.length === 0 || /[\n\r]$/.test(trimmed) || DOCUMENT_WORD.test(before);
  if (!spaced || numberText.startsWith('0')) return true;
  // Spaced form: accept at line start or after punctuation, else only after a document-introducing word.
  if (trimmed.length === 0 || /[\n\r([{,;:–—"“'‘·•]$/.test(trimmed)) return true;
  return SPACED_OK_WORD.test(before);
}

export function scanContributions(normalized: string, original: string = normalized): ContributionRef[] {
  const out: ContributionRef[] = [];
  if (normalized.indexOf('C') < 0) return out;
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(normalized)) !== null) {
    const at = m.index;
    const p = at > 0 ? PREFIX_BEFORE_RE.exec(normalized.slice(Math.max(0, at - LOOK_BACK), at)) : null;
    if (!p && !(boundaryBefore(normalized, at, NOT_BEFORE) && acceptedUnprefixed(normalized, at, m[1] === ' ', m[2]))) {
      CORE_RE.lastIndex = at + 1;
      continue;
    }
    const start = p ? at - p[0].length : at;
    const ref = makeContribution(original, start, CORE_RE.lastIndex, m[2], m[3] ?? m[4], p?.[1], p?.[2]);
    if (ref) out.push(ref);
  }
  return out;
}

export function findContributions(text: string): ContributionRef[] {
  return scanContributions(normalizeForMatching(text), text);
}

/** Parses one contribution id written alone (`C 005 Rev.1`, `SG2-C75`); null otherwise. */
export function parseContributionId(s: string): ContributionRef | null {
  const n = normalizeForMatching(s.trim());
  const m = WHOLE_RE.exec(n);
  return m ? makeContribution(n, 0, n.length, m[4], m[5] ?? m[6], m[1], m[2]) : null;
}
