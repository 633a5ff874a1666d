/**
 * Applies fill plans to the preview's editable state (../preview/preview-model.ts): linked runs, tables in groups
 * tagged like Word content controls, new status paragraphs tagged `td-lens:status-round`. Pure functions over the
 * state and the layout the plan was made from; the preview host re-renders afterwards.
 */
import { STATUS_ROUND_TAG } from '../../shared/fills/tags';
import type { FillResult, LinkPlan, StatusRoundPlan, TablePlan, TableSpec } from '../../shared/fills/types';
import {
  paragraphListOf,
  paragraphTextOf,
  previewParagraph,
  type PreviewBlock,
  type PreviewCell,
  type PreviewGroup,
  type PreviewLayout,
  type PreviewParagraph,
  type PreviewRun,
  type PreviewState,
  type PreviewTable,
} from '../preview/preview-model';
import { linksResult, statusRoundResult, tableResult, type TableOutcome } from './fill-summary';

export const CHANGED_SINCE_READ = 'the document changed since it was read: read it again and retry';

/** The preview paragraph of a model paragraph, when its text is still the one read. */
function paragraphOf(layout: PreviewLayout, index: number): PreviewParagraph | undefined {
  const paragraph = layout.paragraphs[index];
  const model = layout.doc.paragraphs[index];
  return paragraph && model && paragraphTextOf(paragraph) === model.text ? paragraph : undefined;
}

/** Sets `href` on `[from, to)` of a paragraph, splitting runs; false (nothing changed) when part of it is linked. */
export function linkInParagraph(p: PreviewParagraph, from: number, to: number, href: string): boolean {
  let offset = 0;
  for (const run of p.runs) {
    if (run.href && offset < to && from < offset + run.text.length) return false;
    offset += run.text.length;
  }
  const runs: PreviewRun[] = [];
  offset = 0;
  for (const run of p.runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const cuts = [start, Math.min(Math.max(from, start), end), Math.min(Math.max(to, start), end), end];
    for (let i = 0; i < 3; i++) {
      const text = run.text.slice(cuts[i] - start, cuts[i + 1] - start);
      if (text) runs.push(i === 1 ? { ...run, text, href } : { ...run, text });
    }
  }
  p.runs = runs.length > 0 ? runs : [{ text: '' }];
  return true;
}

export function applyLinksInPreview(layout: PreviewLayout, plan: LinkPlan): FillResult {
  const warnings: string[] = [];
  let linked = 0;
  let alreadyLinked = plan.alreadyLinked;
  for (const link of plan.links) {
    const paragraph = paragraphOf(layout, link.paragraphIndex);
    const model = layout.doc.paragraphs[link.paragraphIndex];
    if (!paragraph || !model) {
      warnings.push(`${link.text}: ${CHANGED_SINCE_READ}.`);
      continue;
    }
    if (linkInParagraph(paragraph, link.start - model.start, link.end - model.start, link.url)) linked++;
    else alreadyLinked++;
  }
  return linksResult(plan, linked, alreadyLinked, warnings);
}

/** The preview table of a plan's table spec: cells split into paragraphs at `\n`, merges as column spans. */
function previewTableOf(spec: TableSpec, tag: string): PreviewTable {
  const rows = spec.values.map((values, r) => {
    const cells: PreviewCell[] = values.map((value) => ({ colSpan: 1, paragraphs: value.split('\n').map((line) => previewParagraph(line)) }));
    for (const link of spec.links.filter((l) => l.row === r)) {
      for (const p of cells[link.cell].paragraphs) p.runs = p.runs.map((run) => ({ ...run, href: link.url }));
    }
    // Merge from the right so earlier indexes stay valid.
    for (const merge of spec.merges.filter((m) => m.row === r).sort((a, b) => b.firstCell - a.firstCell)) {
      const removed = cells.splice(merge.firstCell + 1, merge.lastCell - merge.firstCell);
      cells[merge.firstCell].colSpan += removed.reduce((sum, cell) => sum + cell.colSpan, 0);
    }
    return { cells };
  });
  return { kind: 'table', rows, tag };
}

type Container = PreviewBlock[];

/** The block list and position of the first block matching `test`, searching groups too. */
function findBlock(blocks: Container, test: (block: PreviewBlock) => boolean): { container: Container; index: number } | undefined {
  for (const [index, block] of blocks.entries()) {
    if (test(block)) return { container: blocks, index };
    if (block.kind === 'group') {
      const inner = findBlock(block.blocks, test);
      if (inner) return inner;
    }
  }
  return undefined;
}

const holds = (block: PreviewBlock, paragraph: PreviewParagraph): boolean =>
  block === paragraph ||
  (block.kind === 'table' && block.rows.some((row) => row.cells.some((cell) => cell.paragraphs.includes(paragraph)))) ||
  (block.kind === 'group' && block.blocks.some((inner) => holds(inner, paragraph)));

export function applyTableInPreview(state: PreviewState, layout: PreviewLayout, plan: TablePlan): FillResult {
  const group: PreviewGroup = {
    kind: 'group',
    tag: plan.tag,
    title: plan.title,
    blocks: [...(plan.caption ? [previewParagraph(plan.caption)] : []), previewTableOf(plan.table, plan.tag)],
  };
  let outcome: TableOutcome = 'inserted';
  const existing = findBlock(state.blocks, (block) => block.kind === 'group' && block.tag === plan.tag);
  if (existing) {
    existing.container.splice(existing.index, 1, group);
    outcome = 'refreshed';
  } else if (plan.placement.kind === 'replace-table') {
    const tableIndex = plan.placement.tableIndex;
    const table = layout.doc.blocks.find((b) => b.type === 'table' && b.index === tableIndex);
    const first = table?.type === 'table' ? table.rows[0]?.cells[0]?.paragraphs[0] : undefined;
    const paragraph = first && paragraphOf(layout, first.index);
    const found = paragraph && findBlock(state.blocks, (block) => block.kind === 'table' && holds(block, paragraph));
    if (!found) throw new Error(`${plan.kind}: the table to replace was not found (${CHANGED_SINCE_READ}); nothing was changed`);
    found.container.splice(found.index, 1, group);
    outcome = 'replaced';
  } else if (plan.placement.kind === 'after-paragraph') {
    const paragraph = paragraphOf(layout, plan.placement.paragraphIndex);
    const found = paragraph && findBlock(state.blocks, (block) => block === paragraph);
    if (!found) throw new Error(`${plan.kind}: the paragraph to insert after changed (${CHANGED_SINCE_READ}); nothing was changed`);
    found.container.splice(found.index + 1, 0, group);
  } else {
    state.blocks.push(group);
  }
  return tableResult(plan, outcome, []);
}

export function applyStatusRoundInPreview(state: PreviewState, layout: PreviewLayout, plan: StatusRoundPlan): FillResult {
  const warnings: string[] = [];
  let added = 0;
  for (const insert of plan.inserts) {
    const paragraph = paragraphOf(layout, insert.afterParagraphIndex);
    const list = paragraph && paragraphListOf(state.blocks, paragraph);
    if (!paragraph || !list) {
      warnings.push(`${insert.action}: ${CHANGED_SINCE_READ}.`);
      continue;
    }
    const line: PreviewParagraph = { ...previewParagraph(insert.text), tag: STATUS_ROUND_TAG };
    list.splice(list.indexOf(paragraph) + 1, 0, line);
    added++;
  }
  return statusRoundResult(plan, added, warnings);
}
