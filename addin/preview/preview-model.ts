/**
 * The preview's editable document: blocks of paragraphs made of text runs (a run may carry a hyperlink), tables,
 * and groups that wrap blocks like Word content controls (tag `td-lens:<what>`), so fills can insert links,
 * paragraphs and tables and find them again. Its flat text comes from the same layout as every reader.
 */
import type { AgendaDocument, DocumentFormat, Paragraph } from '../../shared/document/model';
import { buildAgendaDocument, type OutlineBlock, type OutlineParagraph } from '../document/layout';

export interface PreviewRun {
  text: string;
  href?: string;
}

export interface PreviewParagraph {
  kind: 'paragraph';
  runs: PreviewRun[];
  style?: string;
  headingLevel?: number;
  isListItem: boolean;
  listLevel?: number;
  /** Tag of a paragraph a fill inserted (`td-lens:status-round`), like a Word content control around it. */
  tag?: string;
}

export interface PreviewCell {
  colSpan: number;
  paragraphs: PreviewParagraph[];
}

export interface PreviewTable {
  kind: 'table';
  rows: { cells: PreviewCell[] }[];
  /** Content-control-like tag of an inserted table (`td-lens:td-table`). */
  tag?: string;
}

export interface PreviewGroup {
  kind: 'group';
  /** `td-lens:<what>`. */
  tag: string;
  title?: string;
  blocks: PreviewBlock[];
}

export type PreviewBlock = PreviewParagraph | PreviewTable | PreviewGroup;

export interface PreviewState {
  name: string;
  format: DocumentFormat;
  blocks: PreviewBlock[];
}

export const paragraphTextOf = (p: PreviewParagraph): string => p.runs.map((run) => run.text).join('');

export function previewParagraph(text: string, props: Omit<PreviewParagraph, 'kind' | 'runs'> = { isListItem: false }): PreviewParagraph {
  return { kind: 'paragraph', runs: [{ text }], ...props };
}

type ParagraphProps = Pick<PreviewParagraph, 'style' | 'headingLevel' | 'listLevel'>;

/** Copies the optional paragraph properties the model, the outline and the preview share (only those set). */
function copyParagraphProps(to: ParagraphProps, from: ParagraphProps): void {
  if (from.style !== undefined) to.style = from.style;
  if (from.headingLevel !== undefined) to.headingLevel = from.headingLevel;
  if (from.listLevel !== undefined) to.listLevel = from.listLevel;
}

/** The preview state of a read document; links the reader found become linked runs. */
export function previewStateOf(doc: AgendaDocument): PreviewState {
  const links = doc.links ?? [];
  const paragraphOf = (p: Paragraph): PreviewParagraph => {
    const out: PreviewParagraph = { kind: 'paragraph', runs: runsWithLinks(p, links), isListItem: p.isListItem };
    copyParagraphProps(out, p);
    return out;
  };
  const blocks = doc.blocks.map((block): PreviewBlock =>
    block.type === 'paragraph'
      ? paragraphOf(block)
      : { kind: 'table', rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ colSpan: cell.colSpan, paragraphs: cell.paragraphs.map(paragraphOf) })) })) },
  );
  return { name: doc.name, format: doc.format, blocks };
}

function runsWithLinks(p: Paragraph, links: NonNullable<AgendaDocument['links']>): PreviewRun[] {
  const runs: PreviewRun[] = [];
  let at = p.start;
  for (const link of links) {
    if (link.end <= p.start || link.start >= p.end || link.start < at) continue;
    if (link.start > at) runs.push({ text: p.text.slice(at - p.start, link.start - p.start) });
    const end = Math.min(link.end, p.end);
    runs.push({ text: p.text.slice(link.start - p.start, end - p.start), href: link.url });
    at = end;
  }
  if (at < p.end || runs.length === 0) runs.push({ text: p.text.slice(at - p.start) });
  return runs;
}

export interface PreviewLayout {
  doc: AgendaDocument;
  /** `paragraphs[i]` is the preview paragraph of `doc.paragraphs[i]`. */
  paragraphs: PreviewParagraph[];
}

/** Lays the state out as the shared model (groups add no text of their own). */
export function layoutPreview(state: PreviewState): PreviewLayout {
  const origin = new Map<OutlineParagraph, PreviewParagraph>();
  const outlineParagraph = (p: PreviewParagraph): OutlineParagraph => {
    const out: OutlineParagraph = { kind: 'paragraph', text: paragraphTextOf(p), isListItem: p.isListItem };
    copyParagraphProps(out, p);
    origin.set(out, p);
    return out;
  };
  const outline: OutlineBlock[] = [];
  const add = (block: PreviewBlock): void => {
    if (block.kind === 'group') block.blocks.forEach(add);
    else if (block.kind === 'paragraph') outline.push(outlineParagraph(block));
    else outline.push({ kind: 'table', rows: block.rows.map((row) => ({ cells: row.cells.map((cell) => ({ colSpan: cell.colSpan, paragraphs: cell.paragraphs.map(outlineParagraph) })) })) });
  };
  state.blocks.forEach(add);
  const built = buildAgendaDocument(state.name, state.format, outline);
  const links: NonNullable<AgendaDocument['links']> = [];
  const paragraphs = built.sources.map((source, i) => {
    const paragraph = origin.get(source) ?? previewParagraph('');
    let at = built.doc.paragraphs[i].start;
    for (const run of paragraph.runs) {
      if (run.href && run.text) links.push({ start: at, end: at + run.text.length, url: run.href });
      at += run.text.length;
    }
    return paragraph;
  });
  if (links.length > 0) built.doc.links = links;
  return { doc: built.doc, paragraphs };
}

/** Replaces `[start, end)` of a paragraph's text; the new text keeps the run (and link) it starts in. */
export function replaceInParagraph(p: PreviewParagraph, start: number, end: number, text: string): void {
  const runs: PreviewRun[] = [];
  let offset = 0;
  let inserted = false;
  for (const run of p.runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    // The run that holds `start` (for an insertion at a run boundary, the run before it) takes the new text.
    const holdsStart = start < end ? runStart <= start && start < runEnd : runStart <= start && start <= runEnd;
    if (!inserted && holdsStart) {
      const before = run.text.slice(0, start - runStart);
      if (before) runs.push({ ...run, text: before });
      runs.push({ ...run, text });
      inserted = true;
      if (end < runEnd) runs.push({ ...run, text: run.text.slice(end - runStart) });
    } else if (runEnd <= start || runStart >= end) {
      runs.push(run);
    } else if (runEnd > end) {
      runs.push({ ...run, text: run.text.slice(end - runStart) });
    }
  }
  if (!inserted) runs.push({ text });
  // Neighbouring runs with the same link are one run again.
  const kept: PreviewRun[] = [];
  for (const run of runs) {
    const previous = kept[kept.length - 1];
    if (run.text.length === 0) continue;
    if (previous && previous.href === run.href) previous.text += run.text;
    else kept.push({ ...run });
  }
  p.runs = kept.length > 0 ? kept : [{ text: '' }];
}

const BULLET = /^[·•◦▪] ?/;

/**
 * A paragraph whose text got line breaks (a fix that splits it: `\n· `) becomes several paragraphs with the same
 * properties, where it stands; a bullet written at the start of a new line makes it a list item.
 */
export function splitParagraphLines(state: PreviewState, paragraph: PreviewParagraph): void {
  const text = paragraphTextOf(paragraph);
  if (!/[\r\n]/.test(text)) return;
  const parts: PreviewParagraph[] = [];
  let current: PreviewParagraph = { ...paragraph, runs: [] };
  parts.push(current);
  for (const run of paragraph.runs) {
    run.text.split(/\r\n|\r|\n/).forEach((piece, i) => {
      if (i > 0) {
        current = { ...paragraph, runs: [] };
        parts.push(current);
      }
      if (piece) current.runs.push({ ...run, text: piece });
    });
  }
  for (const [i, part] of parts.entries()) {
    if (part.runs.length === 0) part.runs.push({ text: '' });
    if (i > 0 && BULLET.test(part.runs[0].text)) {
      part.runs[0] = { ...part.runs[0], text: part.runs[0].text.replace(BULLET, '') };
      part.isListItem = true;
      part.listLevel = paragraph.listLevel ?? 0;
    }
  }
  const list = paragraphListOf(state.blocks, paragraph);
  list?.splice(list.indexOf(paragraph), 1, ...parts);
}

/** The list holding a paragraph: a top-level or group block list, or a table cell's paragraphs. */
export function paragraphListOf(blocks: PreviewBlock[], paragraph: PreviewParagraph): (PreviewBlock | PreviewParagraph)[] | undefined {
  for (const block of blocks) {
    if (block === paragraph) return blocks;
    if (block.kind === 'group') {
      const inner = paragraphListOf(block.blocks, paragraph);
      if (inner) return inner;
    }
    if (block.kind === 'table') {
      for (const row of block.rows) for (const cell of row.cells) if (cell.paragraphs.includes(paragraph)) return cell.paragraphs;
    }
  }
  return undefined;
}
