/**
 * Applies fill plans in Word. Each fill is a constant number of `context.sync()` calls whatever the document's
 * length: one to load (paragraph texts, tagged controls), at most one to look up ranges, one to write. Paragraphs
 * are matched to the plan through the host's last read (`WordRead.wordIndex`); one whose text changed since the
 * read is skipped with a warning, never forced.
 */
import { STATUS_ROUND_TAG } from '../../shared/fills/tags';
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';
import { escapeWordSearch, occurrenceIndex } from './locate';
import { wordParagraphOf, type WordRead } from './read-word';
import { SEARCH_LIMIT, type WordRun, type WParagraph, type WParagraphCollection, type WRequestContext } from './word-surface';

export const DOCUMENT_CHANGED_SINCE_READ = 'the document changed since it was read: read it again and retry';
export const REVIEW_TITLE = 'TD Lens: review this status';
const REVIEW_HIGHLIGHT = 'Yellow';
const REVIEW_COLOR = '#FFC000';

export interface WordFillTarget {
  run: WordRun;
  /** The host's last read, which the plan was made from. */
  read: WordRead;
  /** Whether `mergeCells` is available (WordApi 1.4). */
  mergeSupported: () => boolean;
}

async function loadParagraphs(context: WRequestContext): Promise<WParagraphCollection> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  return paragraphs;
}

/** Three syncs: paragraph texts; every reference searched in its paragraph (hyperlinks loaded); links set. */
export async function applyLinksInWord(target: WordFillTarget, plan: LinkPlan): Promise<FillResult> {
  const warnings: string[] = [];
  let linked = 0;
  let alreadyLinked = plan.alreadyLinked;
  if (plan.links.length > 0) {
    await target.run(async (context) => {
      const paragraphs = await loadParagraphs(context);
      const searches = plan.links.flatMap((link) => {
        const paragraph = target.read.doc.paragraphs[link.paragraphIndex];
        const word = wordParagraphOf(paragraphs.items, target.read, paragraph);
        if (!word) {
          warnings.push(`${link.text}: ${DOCUMENT_CHANGED_SINCE_READ}.`);
          return [];
        }
        const needle = escapeWordSearch(link.text);
        if (needle.length > SEARCH_LIMIT) {
          warnings.push(`${link.text.slice(0, 40)}… is too long to search in Word; not linked.`);
          return [];
        }
        const occurrence = occurrenceIndex(paragraph.text, link.text, link.start - paragraph.start);
        const hits = word.search(needle, { matchCase: true });
        hits.load('items/hyperlink');
        return [{ link, hits, occurrence }];
      });
      await context.sync();
      for (const { link, hits, occurrence } of searches) {
        const hit = occurrence >= 0 ? hits.items[occurrence] : undefined;
        if (!hit) {
          warnings.push(`${link.text} was not found where expected; not linked.`);
        } else if (hit.hyperlink) {
          alreadyLinked++;
        } else {
          hit.hyperlink = link.url;
          linked++;
        }
      }
      await context.sync();
    });
  }
  return linksResult(plan, linked, alreadyLinked, warnings);
}

/**
 * Two syncs: paragraph texts and the controls carrying the plan's tag; then a new control with ONE `insertTable`
 * where the old content was (tagged control, table the plan replaces, after a paragraph, or at the end), merges
 * and links, and the old content deleted.
 */
export async function applyTableInWord(target: WordFillTarget, plan: TablePlan): Promise<FillResult> {
  const warnings: string[] = [];
  const rows = plan.table.values.length;
  let outcome: TableOutcome = 'inserted';
  await target.run(async (context) => {
    const body = context.document.body;
    const existing = body.contentControls.getByTag(plan.tag);
    existing.load('items/tag');
    const paragraphs = await loadParagraphs(context);

    let anchor: WParagraph;
    let removeOld = () => {};
    const caption = plan.caption ?? '';
    if (existing.items.length > 0) {
      anchor = existing.items[0].insertParagraph(caption, 'Before');
      removeOld = () => existing.items.forEach((control) => control.delete(false));
      outcome = 'refreshed';
    } else if (plan.placement.kind === 'replace-table') {
      const tableIndex = plan.placement.tableIndex;
      const table = target.read.doc.blocks.find((b) => b.type === 'table' && b.index === tableIndex);
      const first = table?.type === 'table' ? table.rows[0]?.cells[0]?.paragraphs[0] : undefined;
      const word = wordParagraphOf(paragraphs.items, target.read, first);
      if (!word) throw new Error(`${plan.kind}: the table to replace was not found (${DOCUMENT_CHANGED_SINCE_READ}); nothing was changed`);
      const wordTable = word.parentTableOrNullObject;
      anchor = wordTable.insertParagraph(caption, 'Before');
      removeOld = () => wordTable.delete();
      outcome = 'replaced';
    } else if (plan.placement.kind === 'after-paragraph') {
      const word = wordParagraphOf(paragraphs.items, target.read, target.read.doc.paragraphs[plan.placement.paragraphIndex]);
      if (!word) throw new Error(`${plan.kind}: the paragraph to insert after changed (${DOCUMENT_CHANGED_SINCE_READ}); nothing was changed`);
      anchor = word.insertParagraph(caption, 'After');
    } else {
      anchor = body.insertParagraph(caption, 'End');
    }

    const control = anchor.insertContentControl();
    control.tag = plan.tag;
    control.title = plan.title;
    // One insertTable with each cell's first line; further lines (`\n`) become paragraphs of their cell, which
    // does not depend on how a Word version treats line breaks inside `values`.
    const firstLines = plan.table.values.map((row) => row.map((value) => value.split('\n')[0]));
    const table = control.insertTable(rows, plan.table.columns, 'End', firstLines);
    plan.table.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const more = value.split('\n').slice(1);
        if (more.length === 0) return;
        const cell = table.getCell(r, c);
        for (const line of more) cell.body.insertParagraph(line, 'End');
      }),
    );
    table.headerRowCount = 1;
    for (const link of plan.table.links) table.getCell(link.row, link.cell).body.getRange('Whole').hyperlink = link.url;
    for (const row of plan.table.groupRows) table.getCell(row, 0).body.getRange('Whole').font.bold = true;
    if (plan.table.merges.length > 0) {
      if (target.mergeSupported()) {
        for (const merge of plan.table.merges) table.mergeCells(merge.row, merge.firstCell, merge.row, merge.lastCell);
      } else {
        warnings.push(`This Word version cannot merge cells (WordApi 1.4): ${plan.table.merges.length} row(s) left unmerged.`);
      }
    }
    removeOld();
    await context.sync();
  });
  return tableResult(plan, outcome, warnings);
}

/** Two syncs: paragraph texts; each new status line after its paragraph, highlighted, in a tagged control. */
export async function applyStatusRoundInWord(target: WordFillTarget, plan: StatusRoundPlan): Promise<FillResult> {
  const warnings: string[] = [];
  let added = 0;
  if (plan.inserts.length > 0) {
    await target.run(async (context) => {
      const paragraphs = await loadParagraphs(context);
      for (const insert of plan.inserts) {
        const word = wordParagraphOf(paragraphs.items, target.read, target.read.doc.paragraphs[insert.afterParagraphIndex]);
        if (!word) {
          warnings.push(`${insert.action}: ${DOCUMENT_CHANGED_SINCE_READ}.`);
          continue;
        }
        const line = word.insertParagraph(insert.text, 'After');
        line.font.highlightColor = REVIEW_HIGHLIGHT;
        const control = line.insertContentControl();
        control.tag = STATUS_ROUND_TAG;
        control.title = REVIEW_TITLE;
        control.color = REVIEW_COLOR;
        added++;
      }
      await context.sync();
    });
  }
  return statusRoundResult(plan, added, warnings);
}

// The pane's one-line results.

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function linksResult(plan: LinkPlan, linked: number, alreadyLinked: number, warnings: string[]): FillResult {
  return {
    kind: 'link-tds',
    summary: `Linked ${plural(linked, 'reference')}${alreadyLinked ? ` (${alreadyLinked} already linked)` : ''}.`,
    changed: linked,
    warnings: [...plan.warnings, ...warnings],
  };
}

type TableOutcome = 'inserted' | 'refreshed' | 'replaced';

function tableResult(plan: TablePlan, outcome: TableOutcome, warnings: string[]): FillResult {
  const rows = plural(plan.table.values.length - 1, 'row');
  const what =
    outcome === 'refreshed' ? `Refreshed the table (${rows})` : outcome === 'replaced' ? `Replaced the existing table (${rows})` : `Inserted a table (${rows})`;
  return { kind: plan.kind, summary: `${what}: ${plan.tag}.`, changed: 1, warnings: [...plan.warnings, ...warnings] };
}

function statusRoundResult(plan: StatusRoundPlan, added: number, warnings: string[]): FillResult {
  const done = plan.alreadyDone.length;
  return {
    kind: 'status-round',
    summary: `Added ${plural(added, `${plan.meeting} status line`)} to review${done ? ` (${plural(done, 'action')} already had one)` : ''}.`,
    changed: added,
    warnings: [...plan.warnings, ...warnings],
  };
}
