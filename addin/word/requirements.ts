/**
 * The Word API requirement sets TD Lens uses, as data: the manifest asks for the required one, the host asks Word
 * for the others at run time (`Office.context.requirements.isSetSupported`) and does without them, and README's
 * "Which Word runs TD Lens" table is checked against this list. Which Word versions have which set: Microsoft's
 * table, https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-requirement-sets.
 */

export interface WordRequirement {
  set: 'WordApi';
  version: string;
  /** Without it, TD Lens does not load (the manifest asks for it). */
  required: boolean;
  /** What TD Lens uses it for. */
  uses: string;
  /** What happens in a Word without it (optional sets). */
  without?: string;
}

export const WORD_REQUIREMENTS: readonly WordRequirement[] = [
  {
    set: 'WordApi',
    version: '1.3',
    required: true,
    uses: 'reading paragraphs, lists (their numbers) and table cells, hyperlinks, content controls',
  },
  {
    set: 'WordApi',
    version: '1.4',
    required: false,
    uses: 'tracked changes (the text as it reads with changes accepted) and merged table cells',
    without: 'text deleted with Track Changes on is read as text; the action plan’s group rows stay unmerged',
  },
  {
    set: 'WordApi',
    version: '1.6',
    required: false,
    uses: 'paragraph change events, to check again after edits',
    without: 'selection changes trigger the check instead',
  },
];

/** What the Word at hand supports, and where it runs. */
export interface WordCapabilities {
  /** `getReviewedText` and `changeTrackingMode` (WordApi 1.4). */
  reviewedText: boolean;
  /** `Table.mergeCells` (WordApi 1.4). */
  mergeCells: boolean;
  /** Word on the web: no content control on a paragraph in a table cell (office-js issues 3367, 3704). */
  onTheWeb: boolean;
}

/** Everything: the in-memory Word of the preview and the tests (on the desktop unless said). */
export const ALL_CAPABILITIES: WordCapabilities = { reviewedText: true, mergeCells: true, onTheWeb: false };

export function capabilitiesOf(isSetSupported: (set: string, version: string) => boolean, onTheWeb: boolean): WordCapabilities {
  const has14 = isSetSupported('WordApi', '1.4');
  return { reviewedText: has14, mergeCells: has14, onTheWeb };
}
