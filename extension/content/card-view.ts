/**
 * The card's DOM: a host element of its own with a (closed) shadow root holding the card and its styles, so page
 * CSS cannot restyle it and page scripts cannot reach into it. Nothing of the card can be read by the page either:
 * - its words are CSS generated content (`content: attr(data-text)`), not text nodes: neither find-in-page
 *   (`window.find`, which sees into closed shadow roots) nor a selection reaches generated content, while screen
 *   readers read it (links and buttons also carry their words as `aria-label`);
 * - its box has one fixed size, whatever it says (a long title scrolls inside it), so the host's size and place
 *   tell the page nothing of the registers or ITU's lists behind it.
 * Built from a CardModel with createElement and attributes only: titles come from web pages and register files, so
 * they are text, never markup.
 */
import type { CardModel } from './card-model';
import { CARD_HOST_TAG } from './walk';

/** The card's one size (CSS px). */
export const CARD_SIZE = { width: 360, height: 220 } as const;

export const CARD_CSS = `
:host { all: initial; }
[data-text]::before { content: attr(data-text); }
.card {
  box-sizing: border-box; width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px; max-width: 360px; overflow: hidden auto;
  padding: 10px 12px; border: 1px solid #8a8886; border-radius: 6px;
  background: #ffffff; color: #201f1e; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.id { font-weight: 600; font-size: 14px; user-select: all; }
.kind, .meeting, .source, .facts { color: #605e5c; }
.index-note { margin-top: 4px; color: #605e5c; font-size: 12px; }
.title { margin-top: 4px; }
.newer { margin-top: 6px; padding: 2px 6px; border-radius: 4px; background: #fff4ce; color: #5c3c00; }
.note { margin-top: 6px; color: #605e5c; font-style: italic; }
.context { margin-top: 4px; color: #605e5c; font-size: 12px; }
.actions { display: flex; gap: 10px; align-items: center; margin-top: 8px; flex-wrap: wrap; }
a { color: #0f6cbd; }
button { font: inherit; padding: 2px 8px; border: 1px solid #8a8886; border-radius: 4px; background: #f3f2f1; color: inherit; cursor: pointer; }
a:focus-visible, button:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.status { color: #107c10; }
@media (prefers-color-scheme: dark) {
  .card { background: #292827; color: #f3f2f1; border-color: #605e5c; }
  .kind, .meeting, .source, .facts, .note, .index-note, .context { color: #c8c6c4; }
  .newer { background: #4a3b00; color: #fff4ce; }
  a { color: #62abf5; }
  button { background: #3b3a39; border-color: #8a8886; }
}
`;

/** Sets inline styles that beat any page rule (the host is an element of the page). */
export function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/** An element showing `text` as generated content (see above), never as a text node. */
function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.setAttribute('data-text', text);
  if (text !== undefined && (tag === 'a' || tag === 'button')) node.setAttribute('aria-label', text);
  return node;
}

function externalLink(doc: Document, href: string, text: string, className: string): HTMLAnchorElement {
  const a = el(doc, 'a', className, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export interface CardView {
  root: HTMLDivElement;
  copyButton: HTMLButtonElement;
  status: HTMLSpanElement;
}

/** The card for `model`; the caller puts it in the shadow root and wires the copy button. */
export function renderCard(doc: Document, model: CardModel): CardView {
  const root = el(doc, 'div', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', `${model.id} details`);
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'id', model.id), el(doc, 'span', 'kind', model.kindLabel));
  root.append(head);
  if (model.meetingLabel) root.append(el(doc, 'div', 'meeting', model.meetingLabel));
  if (model.title) root.append(el(doc, 'div', 'title', model.title));
  if (model.source) root.append(el(doc, 'div', 'source', `Source: ${model.source}`));
  const facts = [model.date && `Received ${model.date}`, model.questions?.join(', ')].filter(Boolean).join(' · ');
  if (facts) root.append(el(doc, 'div', 'facts', facts));
  if (model.contextNote) root.append(el(doc, 'div', 'context', model.contextNote));
  if (model.newerRevision) {
    const newer = el(doc, 'div', 'newer', `Newer revision exists: ${model.newerRevision}`);
    newer.setAttribute('role', 'note');
    root.append(newer);
  }
  if (model.note) root.append(el(doc, 'div', 'note', model.note));
  if (model.indexNote) root.append(el(doc, 'div', 'index-note', model.indexNote));
  const actions = el(doc, 'div', 'actions');
  if (model.pageUrl) actions.append(externalLink(doc, model.pageUrl, 'ITU page', 'page-link'));
  if (model.fileUrl) actions.append(externalLink(doc, model.fileUrl, 'Word file', 'file-link'));
  const copyButton = el(doc, 'button', 'copy', 'Copy id');
  copyButton.type = 'button';
  const status = el(doc, 'span', 'status');
  status.setAttribute('aria-live', 'polite');
  actions.append(copyButton, status);
  root.append(actions);
  return { root, copyButton, status };
}

/**
 * Styles for the shadow root: a constructed stylesheet where the browser allows it (a page's CSP `style-src` does
 * not apply to it), else a `<style>` element (Firefox content scripts cannot adopt sheets across the Xray boundary).
 */
function addStyles(doc: Document, shadow: ShadowRoot): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (!Sheet) throw new Error('no constructable stylesheets');
    const sheet = new Sheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall back to a style element below
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  shadow.append(style);
}

/** The card's host, hidden until a card opens, and its shadow root. */
export function createCardHost(doc: Document, shadowMode: ShadowRootMode): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(CARD_HOST_TAG);
  // Inline !important styles beat any page rule on the host; everything else lives in the shadow root.
  setImportant(host, {
    all: 'initial',
    position: 'absolute',
    'z-index': '2147483647',
    display: 'none',
    top: '0',
    left: '0',
  });
  const shadow = host.attachShadow({ mode: shadowMode });
  addStyles(doc, shadow);
  return { host, shadow };
}
