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
  return { html: page('[tsag-wp2] archive', head, parts.join('\n')), refs: messages * 6, textNodes: messages * 3 + messages };
}

/**
 * A document list of `rows` rows, four text nodes a row (id, title, source, date) and one reference a row:
 * 50,000 rows make the 200,000-text-node page.
 */
export function documentListPage(rows = 50_000, head = ''): BigPage {
  const parts: string[] = [];
  for (let i = 1; i <= rows; i++) {
    parts.push(`<div class="row"><b>TD${i}</b><span>Draft text for item ${i % 500}</span><span>Editor ${i % 31}</span><span>2025-05-${(i % 28) + 1}</span></div>`);
  }
  return { html: page('Documents', head, parts.join('')), refs: rows, textNodes: rows * 4 };
}
