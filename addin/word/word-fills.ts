/**
 * Applies fill plans in Word. Each fill is a constant number of `context.sync()` calls whatever the document's
 * length: one to load (paragraph texts, tagged controls), at most one to look up ranges or tables, one to write.
 * Everything a fill needs is read and checked before its first write; paragraphs are matched to the plan through the
 * host's last read (word-places.ts), and one whose text changed since the read is skipped with a warning, never
 * forced. Word batches are not transactions: when the writing sync fails, the error says that part may be applied.
 *
 * Only what Word on the web allows is used: no `ContentControl.insertParagraph` (NotAllowed there, office-js-docs
 * issue 1284), no content control on a paragraph inside a table cell there (office-js issues 3367, 3704), and
 * there no `ContentControl.clear` of a control that holds a table (office-js issues 3183, 6330).
 */
import { STATUS_ROUND_TAG } from '../../shared/fills/tags';
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan } from '../../shared/fills/types';
import { PartialWriteError } from '../host/types';
import { escapeWordSearch, searchOccurrence } from './locate';
import type { WordRead } from './read-word';
import type { WordCapabilities } from './requirements';
import {
  DOCUMENT_CHANGED_SINCE_READ,
  UNCERTAIN_UNDER_TRACKED_CHANGES,
  wordParagraphOf,
  wordSpanOf,
} from './word-places';
import {
  SEARCH_LIMIT,
  type WContentControl,
  type WordRun,
  type WParagraph,
  type WParagraphCollection,
  type WRequestContext,
  type WTable,
} from './word-surface';

export const REVIEW_TITLE = 'TD Lens: review this status';
const REVIEW_HIGHLIGHT = 'Yellow';
const REVIEW_COLOR = '#FFC000';
export const TRACKED_NOTE = 'Track Changes is on: these changes are tracked, to accept or reject in Word.';
export const WEB_CELL_NOTE =
  'Word on the web cannot put content controls in table cells: the new lines are marked by their highlight only.';

export interface WordFillTarget {
  run: WordRun;
  /** The host's last read, which the plan was made from. */
  read: WordRead;
  capabilities: WordCapabilities;
}

async function loadParagraphs(context: WRequestContext): Promise<WParagraphCollection> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  return paragraphs;
}

/** The sync that writes: a failure there may leave part of the batch applied. */
async function writeSync(context: WRequestContext, what: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new PartialWriteError(what, error);
  }
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
        const span = paragraph
          ? wordSpanOf(paragraphs.items, target.read, paragraph, link.start, link.end)
          : { reason: DOCUMENT_CHANGED_SINCE_READ };
        if ('reason' in span) {
          warnings.push(`${link.text}: ${span.reason}; not linked.`);
          return [];
        }
        const needle = escapeWordSearch(link.text);
        if (needle.length > SEARCH_LIMIT) {
          warnings.push(`${link.text.slice(0, 40)}… is too long to search in Word; not linked.`);
          return [];
        }
        const occurrence = searchOccurrence(span.text, span.from, span.to, span.reviewed);
        if (occurrence === undefined) {
          warnings.push(`${link.text}: ${UNCERTAIN_UNDER_TRACKED_CHANGES}; not linked.`);
          return [];
        }
        const hits = span.paragraph.search(needle, { matchCase: true });
        hits.load('items/hyperlink');
        return [{ link, hits, occurrence }];
      });
      await context.sync();
      for (const { link, hits, occurrence } of searches) {
        const hit = hits.items[occurrence];
        if (!hit) {
          warnings.push(`${link.text} was not found where expected; not linked.`);
        } else if (hit.hyperlink) {
          // Already inside a link (one the read did not see): never linked twice.
          alreadyLinked++;
        } else {
          hit.hyperlink = link.url;
          linked++;
        }
      }
      if (linked > 0) await writeSync(context, 'Linking TDs');
    });
  }
  if (linked > 0 && target.read.tracking === 'on') warnings.push(TRACKED_NOTE);
  return linksResult(plan, linked, alreadyLinked, warnings);
}

/** Puts the plan's table in place: `values` holds each cell's first line. */
type InsertTable = (rowCount: number, columnCount: number, values: string[][]) => WTable;

/**
 * Two syncs: paragraph texts and the controls carrying the plan's tag; then the writes (three on Word on the web
 * when refreshing: the refreshed control's tables are read first). A refresh keeps the first tagged control and
 * removes its old table before the new one goes in, so a failure part-way never leaves two tables; copies of it go.
 * A first run puts a caption paragraph where the table goes (before the table it replaces, which is then deleted
 * first; after a paragraph; or at the end), wraps it in a new control and adds the table at the control's end.
 */
export async function applyTableInWord(target: WordFillTarget, plan: TablePlan): Promise<FillResult> {
  const warnings: string[] = [];
  let outcome: TableOutcome = 'inserted';
  await target.run(async (context) => {
    const tagged = context.document.body.contentControls.getByTag(plan.tag);
    tagged.load('items/tag');
    const paragraphs = await loadParagraphs(context);
    const [first, ...copies] = tagged.items;
    let insertTable: InsertTable;
    if (first) {
      outcome = 'refreshed';
      const oldTables = target.capabilities.onTheWeb ? await tablesOf(context, first) : undefined;
      for (const copy of copies) copy.delete(false);
      insertTable = oldTables ? refillOnTheWeb(first, oldTables, plan) : refill(first, plan);
    } else {
      const anchor = placeAnchor(target, plan, paragraphs.items, context);
      if (plan.placement.kind === 'replace-table') outcome = 'replaced';
      const control = anchor.insertContentControl();
      control.tag = plan.tag;
      control.title = plan.title;
      insertTable = (rows, columns, values) => control.insertTable(rows, columns, 'End', values);
    }
    queueTable(target, plan, insertTable, warnings);
    await writeSync(context, `The ${plan.kind} fill`);
  });
  if (target.read.tracking === 'on') warnings.push(TRACKED_NOTE);
  return tableResult(plan, outcome, plan.table.values.length, warnings);
}

/** The control's tables, read before any write (one sync). */
async function tablesOf(context: WRequestContext, control: WContentControl): Promise<WTable[]> {
  const tables = control.tables;
  // One small property: loading the items alone would bring every cell's text (`values`).
  tables.load('items/headerRowCount');
  await context.sync();
  return tables.items;
}

/** Refresh: the control is cleared (Word leaves one paragraph in it), that paragraph takes the caption and the table goes at its end. */
function refill(control: WContentControl, plan: TablePlan): InsertTable {
  control.clear();
  control.paragraphs.getFirst().insertText(plan.caption ?? '', 'Replace');
  return (rows, columns, values) => control.insertTable(rows, columns, 'End', values);
}

/**
 * Refresh on Word on the web, which fails to clear a control holding a table (office-js issues 3183, 6330): the
 * old tables are deleted, the control's first paragraph takes the caption and the new table goes right after it.
 * What else the control holds stays.
 */
function refillOnTheWeb(control: WContentControl, oldTables: WTable[], plan: TablePlan): InsertTable {
  for (const table of oldTables) table.delete();
  const caption = control.paragraphs.getFirst();
  caption.insertText(plan.caption ?? '', 'Replace');
  return (rows, columns, values) => caption.insertTable(rows, columns, 'After', values);
}

/** The caption paragraph of a first run, where the plan places the table (the replaced table is deleted first). */
function placeAnchor(
  target: WordFillTarget,
  plan: TablePlan,
  items: WParagraph[],
  context: WRequestContext,
): WParagraph {
  const caption = plan.caption ?? '';
  const placement = plan.placement;
  if (placement.kind === 'replace-table') {
    const table = target.read.doc.blocks.find((b) => b.type === 'table' && b.index === placement.tableIndex);
    const first = table?.type === 'table' ? table.rows[0]?.cells[0]?.paragraphs[0] : undefined;
    const word = wordParagraphOf(items, target.read, first);
    if (!word)
      throw new Error(
        `${plan.kind}: the table to replace was not found (${DOCUMENT_CHANGED_SINCE_READ}); nothing was changed`,
      );
    const wordTable = word.parentTableOrNullObject;
    const anchor = wordTable.insertParagraph(caption, 'Before');
    wordTable.delete();
    return anchor;
  }
  if (placement.kind === 'after-paragraph') {
    const word = wordParagraphOf(items, target.read, target.read.doc.paragraphs[placement.paragraphIndex]);
    if (!word)
      throw new Error(
        `${plan.kind}: the paragraph to insert after changed (${DOCUMENT_CHANGED_SINCE_READ}); nothing was changed`,
      );
    return word.insertParagraph(caption, 'After');
  }
  return context.document.body.insertParagraph(caption, 'End');
}

/** The plan's table, where `insertTable` puts it: values, extra lines, header, links, bold group rows, merges. */
function queueTable(target: WordFillTarget, plan: TablePlan, insertTable: InsertTable, warnings: string[]): void {
  // One insertTable with each cell's first line; further lines (`\n`) become paragraphs of their cell, which
  // does not depend on how a Word version treats line breaks inside `values`.
  const firstLines = plan.table.values.map((row) => row.map((value) => value.split('\n')[0]));
  const table = insertTable(plan.table.values.length, plan.table.columns, firstLines);
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
  if (plan.table.merges.length === 0) return;
  if (target.capabilities.mergeCells) {
    for (const merge of plan.table.merges) table.mergeCells(merge.row, merge.firstCell, merge.row, merge.lastCell);
  } else {
    warnings.push(
      `This Word version cannot merge cells (WordApi 1.4): ${plan.table.merges.length} row(s) left unmerged.`,
    );
  }
}

/**
 * Two syncs: paragraph texts; each new status line after its paragraph, highlighted, in a tagged control (but in
 * Word on the web, where a paragraph in a table cell cannot take one, marked by its highlight alone).
 */
export async function applyStatusRoundInWord(target: WordFillTarget, plan: StatusRoundPlan): Promise<FillResult> {
  const warnings: string[] = [];
  let added = 0;
  let unmarked = 0;
  if (plan.inserts.length > 0) {
    await target.run(async (context) => {
      const paragraphs = await loadParagraphs(context);
      const targets = plan.inserts.flatMap((insert) => {
        const paragraph = target.read.doc.paragraphs[insert.afterParagraphIndex];
        const word = wordParagraphOf(paragraphs.items, target.read, paragraph);
        if (!word) warnings.push(`${insert.action}: ${DOCUMENT_CHANGED_SINCE_READ}.`);
        return word ? [{ insert, word, inCell: paragraph?.table !== undefined }] : [];
      });
      for (const { insert, word, inCell } of targets) {
        const line = word.insertParagraph(insert.text, 'After');
        line.font.highlightColor = REVIEW_HIGHLIGHT;
        if (inCell && target.capabilities.onTheWeb) {
          unmarked++;
        } else {
          const control = line.insertContentControl();
          control.tag = STATUS_ROUND_TAG;
          control.title = REVIEW_TITLE;
          control.color = REVIEW_COLOR;
        }
        added++;
      }
      if (added > 0) await writeSync(context, 'The status round');
    });
  }
  if (unmarked > 0) warnings.push(WEB_CELL_NOTE);
  if (added > 0 && target.read.tracking === 'on') warnings.push(TRACKED_NOTE);
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

function tableResult(plan: TablePlan, outcome: TableOutcome, rowCount: number, warnings: string[]): FillResult {
  const rows = plural(rowCount - 1, 'row');
  const what =
    outcome === 'refreshed'
      ? `Refreshed the table (${rows})`
      : outcome === 'replaced'
        ? `Replaced the existing table (${rows})`
        : `Inserted a table (${rows})`;
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
