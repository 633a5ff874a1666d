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
  /** Which Word has it (Microsoft's table). */
  availableIn: string;
  /** What happens in a Word without it. */
  without: string;
}

export const WORD_REQUIREMENTS: readonly WordRequirement[] = [
  {
    set: 'WordApi',
    version: '1.3',
    required: true,
    uses: 'reading paragraphs, list numbers, table cells, hyperlinks; content controls',
    availableIn:
      'Word on the web; Microsoft 365 on Windows 1612+; Office 2019 and 2021 (volume-licensed too); Mac 15.32+; iPad',
    without: 'Word does not offer TD Lens (Office 2016 volume-licensed has WordApi 1.1 only)',
  },
  {
    set: 'WordApi',
    version: '1.4',
    required: false,
    uses: 'tracked changes (text read as if changes were accepted); merged table cells',
    availableIn: 'Word on the web; Microsoft 365 on Windows 2208+; Mac and iPad 16.64+',
    without: 'deleted text awaiting review is checked as text; action-plan group rows stay unmerged',
  },
  {
    set: 'WordApi',
    version: '1.6',
    required: false,
    uses: 'paragraph change events: check again after edits',
    availableIn: 'Word on the web; Microsoft 365 on Windows 2308+; Mac and iPad 16.76+',
    without: 'selection changes trigger the check again',
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

export function capabilitiesOf(
  isSetSupported: (set: string, version: string) => boolean,
  onTheWeb: boolean,
): WordCapabilities {
  const has14 = isSetSupported('WordApi', '1.4');
  return { reviewedText: has14, mergeCells: has14, onTheWeb };
}
