/**
 * The task pane's document interface on a document rendered in the browser (preview.html): the same pane, no Word.
 * Edits change the small editable state (preview-model.ts) and re-render it; select highlights and scrolls.
 * Settings go to localStorage, per document name.
 */
import type { AgendaDocument } from '../../shared/document/model';
import type { Span } from '../../shared/refs/types';
import { paragraphFrom, paragraphUntil } from '../document/layout';
import { planEdits } from '../document/plan-edits';
import type { AgendaHost, EditResult, ReadProgress, TextEdit } from '../document/types';
import { layoutPreview, paragraphTextOf, previewStateOf, replaceInParagraph, splitParagraphLines, type PreviewLayout, type PreviewParagraph, type PreviewState } from './preview-model';
import { domPosition, renderPreview } from './render';

const HIGHLIGHT_NAME = 'td-lens-selection';

export interface PreviewHostOptions {
  /** Where settings are kept (localStorage by default). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  debounceMs?: number;
  /** Let the reader type in the rendered document. */
  editable?: boolean;
}

export class PreviewHost implements AgendaHost {
  readonly kind = 'preview' as const;
  protected state: PreviewState = { name: 'untitled', format: 'txt', blocks: [] };
  protected layout: PreviewLayout = layoutPreview(this.state);
  /** The layout the last `read()` returned: offsets of select/replace refer to it. */
  protected readLayout: PreviewLayout | undefined;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly container: HTMLElement,
    protected readonly options: PreviewHostOptions = {},
  ) {
    container.addEventListener('input', (event) => this.onInput(event));
  }

  /** Shows another document. No change notification: the pane reloads its settings and re-checks by itself. */
  load(doc: AgendaDocument): void {
    clearTimeout(this.timer);
    this.state = previewStateOf(doc);
    this.readLayout = undefined;
    this.render();
  }

  get documentName(): string {
    return this.state.name;
  }

  async read(onProgress?: (progress: ReadProgress) => void): Promise<AgendaDocument> {
    this.readLayout = this.layout;
    onProgress?.({ done: this.layout.doc.paragraphs.length, total: this.layout.doc.paragraphs.length });
    return this.layout.doc;
  }

  async select(span: Span): Promise<void> {
    const layout = this.readLayout ?? this.layout;
    const range = this.domRange(layout, span);
    if (!range) throw new Error(`Nothing to select at offset ${span.start}: check the document again.`);
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
    if (highlights && typeof Highlight !== 'undefined') {
      highlights.set(HIGHLIGHT_NAME, new Highlight(range));
    } else {
      const selection = this.container.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    this.container.querySelectorAll('[data-selected]').forEach((element) => element.removeAttribute('data-selected'));
    const element = range.startContainer.parentElement?.closest<HTMLElement>('[data-paragraph]');
    element?.setAttribute('data-selected', '');
    element?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  async replace(edits: TextEdit[]): Promise<EditResult> {
    const layout = this.readLayout;
    if (!layout || layout !== this.layout) {
      if (!layout) throw new Error('Check the document first.');
      return { applied: 0, skipped: edits.map((edit) => ({ edit, reason: 'The document changed since it was checked: check it again.' })) };
    }
    const { planned, skipped } = planEdits(layout.doc, edits);
    const edited = new Set<PreviewParagraph>();
    for (const { edit, paragraph } of planned) {
      const target = layout.paragraphs[paragraph.index];
      replaceInParagraph(target, edit.start - paragraph.start, edit.end - paragraph.start, edit.replacement);
      edited.add(target);
    }
    // Split after all edits: a paragraph split early would leave its other edits on a paragraph no longer shown.
    for (const target of edited) splitParagraphLines(this.state, target);
    const result: EditResult = { applied: planned.length, skipped };
    if (result.applied > 0) this.changed();
    return result;
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const raw = this.storage()?.getItem(this.settingKey(key));
    if (raw === null || raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  async saveSetting(key: string, value: unknown): Promise<void> {
    const storage = this.storage();
    if (!storage) throw new Error('This browser keeps no settings (localStorage is unavailable).');
    storage.setItem(this.settingKey(key), JSON.stringify(value));
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** For fills: change the state, then re-layout, re-render and notify. */
  protected mutate(change: (state: PreviewState) => void): void {
    change(this.state);
    this.changed();
  }

  protected changed(): void {
    this.render();
    this.notify();
  }

  private render(): void {
    this.layout = layoutPreview(this.state);
    renderPreview(this.container, this.state, this.layout, { editable: this.options.editable ?? true });
  }

  private notify(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.listeners.forEach((listener) => listener()), this.options.debounceMs ?? 500);
  }

  /** Typing in the rendered document: update that paragraph's runs (links kept), re-layout, no re-render. */
  private onInput(event: Event): void {
    const element = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-paragraph]');
    const index = Number(element?.dataset.paragraph);
    const paragraph = this.layout.paragraphs[index];
    if (!element || !paragraph) return;
    const before = paragraphTextOf(paragraph);
    const after = (element.textContent ?? '').replace(/[\r\n]+/g, ' ');
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
    replaceInParagraph(paragraph, prefix, before.length - suffix, after.slice(prefix, after.length - suffix));
    this.layout = layoutPreview(this.state);
    // Elements keep their model indexes only while the paragraph count stays; else re-render (caret is lost).
    if (this.layout.paragraphs[index] !== paragraph) renderPreview(this.container, this.state, this.layout, { editable: this.options.editable ?? true });
    this.notify();
  }

  private domRange(layout: PreviewLayout, span: Span): Range | undefined {
    const first = paragraphFrom(layout.doc, span.start);
    const last = paragraphUntil(layout.doc, span.end > span.start ? span.end - 1 : span.start);
    if (!first || !last) return undefined;
    const element = (index: number) => this.container.querySelector<HTMLElement>(`[data-paragraph="${index}"]`);
    const startElement = element(first.index);
    const endElement = element(last.index);
    if (!startElement || !endElement) return undefined;
    const clamp = (value: number, high: number) => Math.min(Math.max(value, 0), high);
    const start = domPosition(startElement, clamp(span.start - first.start, first.text.length));
    const end = domPosition(endElement, clamp(span.end - last.start, last.text.length));
    const range = this.container.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  }

  private storage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
    if (this.options.storage) return this.options.storage;
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  }

  private settingKey(key: string): string {
    return `td-lens:${this.state.name}:${key}`;
  }
}
