/**
 * Generated pages for the extension's browser tests and benchmark: big pages (a mail archive, a document list of
 * 200,000 text nodes) and pages that fight or replace their own content. Each says how many references TD Lens
 * marks on it, so a test or the bench knows when marking is complete. The same kinds for mark.js: PEER_REGEX.
 */

/** The kinds TD Lens marks (TD, contribution, action code, Question), as one regex for mark.js. */
export const PEER_REGEX = String.raw`\bTD\s?\d+(?:R\d+)?\b|\bC\s?\d+(?:\s?Rev\.\d+)?\b|\bWP\d-\d+\b|\bQ\d+\/\d+\b`;

export interface BigPage {
  html: string;
  /** References TD Lens marks on the page (and PEER_REGEX finds). */
  refs: number;
  /** Text nodes in the body. */
  textNodes: number;
}

const page = (title: string, head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}` +
  `<style>body { font: 15px/1.45 sans-serif; margin: 16px; } pre { white-space: pre-wrap; } .msg { border-bottom: 1px solid #ccc; } .row span { margin-left: 0.6em; }</style>` +
  `</head><body>${body}</body></html>`;

/**
 * A mailing-list archive with every message on one page: a subject line and a `<pre>` body per message, six
 * references a message (a TD in the subject; a revised TD, an action code, another TD, a contribution and a
 * Question in the body).
 */
export function archivePage(messages = 4000, head = ''): BigPage {
  const parts: string[] = [];
  for (let i = 1; i <= messages; i++) {
    const td = (i % 3000) + 1;
    parts.push(
      `<div class="msg" id="m${i}"><h3>[tsag-wp2] Re: comments on TD${td}</h3>` +
        `<p class="meta">From: delegate${i % 97}@example.org, 27 May 2025 10:${String(i % 60).padStart(2, '0')}</p>` +
        `<pre>Dear colleagues,\nPlease find the revision TD ${td}R1 for WP2-${(i % 40) + 1}; it replaces TD${((i * 7) % 3000) + 1}.\n` +
        `See also contribution C ${(i % 900) + 1} and the text agreed for Q${(i % 12) + 1}/17.\nBest regards</pre></div>`,
    );
  }
  return {
    html: page('[tsag-wp2] archive', head, parts.join('\n')),
    refs: messages * 6,
    textNodes: messages * 3 + messages,
  };
}

/**
 * A document list of `rows` rows, four text nodes a row (id, title, source, date) and one reference a row:
 * 50,000 rows make the 200,000-text-node page.
 */
export function documentListPage(rows = 50_000, head = ''): BigPage {
  const parts: string[] = [];
  for (let i = 1; i <= rows; i++) {
    parts.push(
      `<div class="row"><b>TD${i}</b><span>Draft text for item ${i % 500}</span><span>Editor ${i % 31}</span><span>2025-05-${(i % 28) + 1}</span></div>`,
    );
  }
  return { html: page('Documents', head, parts.join('')), refs: rows, textNodes: rows * 4 };
}

/** Sentences of an ordinary article (constructed): numbers, dates, capitals, and one `Chapter 3` the parser must read. */
const PLAIN_SENTENCES = [
  'The morning train left the station at 7:45, a few minutes later than usual.',
  'Residents of the old quarter have asked for wider pavements and more trees.',
  'According to the latest survey, 62 per cent of readers prefer the printed edition.',
  'Chapter 3 of the report looks at how small firms adapted after 2020.',
  'She spent the summer walking along the coast, sketching harbours and boats.',
  'The museum reopens on Saturday with an exhibition of early photographs.',
  'Prices rose by 4.1 percent over the year, driven mostly by energy and rent.',
  'Local volunteers cleaned the riverbank and collected more than 300 bags of litter.',
  'Critics praised the new production, calling it bold, warm and very funny.',
  'The library extends its opening hours during the exam period in June.',
  'A quarter of the budget goes to maintenance of roads and bridges.',
  'Questions from the audience ran well past the scheduled end of the evening.',
  'Weather forecasters expect light rain in the north and sunshine elsewhere.',
  'The team won 3 of its last 5 matches and climbs to sixth place.',
  'Cyclists will be able to use the new bridge from next spring.',
  'Early records show the village had only 214 inhabitants in 1851.',
];

/**
 * An ordinary article without a single reference: a headline, `paragraphs` paragraphs of three sentences, a
 * footer. A sixth of the paragraphs hold a capital C next to a number, so the parser has text to read and rejects.
 */
export function plainArticlePage(paragraphs = 30, head = ''): BigPage {
  const s = PLAIN_SENTENCES;
  const parts = [`<h1>Notes from the town</h1><p class="byline">27 May 2025, 10:30</p>`];
  for (let i = 0; i < paragraphs; i++) parts.push(`<p>${s[i % 16]} ${s[(i * 7 + 5) % 16]} ${s[(i * 5 + 9) % 16]}</p>`);
  parts.push('<footer>© 2025 Example News. All rights reserved.</footer>');
  return { html: page('Notes from the town', head, parts.join('\n')), refs: 0, textNodes: paragraphs + 3 };
}
