/**
 * The hover/focus card: one host element of its own with a (closed) shadow root holding the card and its styles,
 * so page CSS cannot restyle it and page scripts cannot reach into it. Opens on hover or focus of a mark,
 * Enter/Space moves focus into it, Escape closes it and gives focus back to the mark.
 */
import type { CardModel } from './card-model';
import { CARD_CSS, renderCard } from './card-view';
import { CARD_HOST_TAG, REF_ATTR } from './walk';

export interface CardOptions {
  doc: Document;
  modelFor(mark: Element): CardModel | null;
  /** `closed` in the extension; tests use `open` to read the card. */
  shadowMode?: ShadowRootMode;
  copy?: (text: string) => Promise<void>;
  hoverDelayMs?: number;
  closeDelayMs?: number;
}

export interface CardController {
  host: HTMLElement;
  open(mark: Element, focusInside?: boolean): void;
  close(returnFocus?: boolean): void;
  /** Builds the open card again from `modelFor` (data that arrived after it opened). */
  refresh(): void;
  current(): { mark: Element; model: CardModel } | null;
  destroy(): void;
}

/** The mark an event target belongs to, if any. */
export function markOf(target: EventTarget | null): Element | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(`[${REF_ATTR}]`) ?? null;
}

/** Copies with the async clipboard API, falling back to a selected textarea (older pages, no focus). */
export async function copyText(doc: Document, text: string, container: Node): Promise<void> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the textarea route
  }
  const area = doc.createElement('textarea');
  area.value = text;
  container.appendChild(area);
  area.select();
  const ok = doc.execCommand?.('copy');
  area.remove();
  if (!ok) throw new Error('clipboard not available');
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

function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export function createCard({
  doc,
  modelFor,
  shadowMode = 'closed',
  copy,
  hoverDelayMs = 250,
  closeDelayMs = 300,
}: CardOptions): CardController {
  const host = doc.createElement(CARD_HOST_TAG);
  // Inline !important styles beat any page rule on the host; everything else lives in the shadow root.
  setImportant(host, { all: 'initial', position: 'absolute', 'z-index': '2147483647', display: 'none', top: '0', left: '0' });
  const shadow = host.attachShadow({ mode: shadowMode });
  addStyles(doc, shadow);

  let state: { mark: Element; model: CardModel; view: ReturnType<typeof renderCard> } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mark focus is being given back to: its focus must not reopen the card just closed. */
  let returningTo: Element | null = null;
  const win = doc.defaultView;

  const cancelTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const position = (mark: Element) => {
    const rect = mark.getBoundingClientRect();
    const scrollX = win?.scrollX ?? 0;
    const scrollY = win?.scrollY ?? 0;
    const viewWidth = doc.documentElement.clientWidth || 1024;
    const viewHeight = win?.innerHeight ?? 768;
    const cardHeight = host.offsetHeight;
    const below = rect.bottom + 6;
    const top = below + cardHeight > viewHeight && rect.top - cardHeight - 6 > 0 ? rect.top - cardHeight - 6 : below;
    const left = Math.max(4, Math.min(rect.left, viewWidth - Math.min(host.offsetWidth || 360, viewWidth) - 4));
    setImportant(host, { top: `${Math.round(top + scrollY)}px`, left: `${Math.round(left + scrollX)}px` });
  };

  const close = (returnFocus = false) => {
    cancelTimers();
    if (!state) return;
    const { mark, view } = state;
    state = null;
    view.root.remove();
    setImportant(host, { display: 'none' });
    // Duck-typed: `instanceof` is unreliable across the content-script/page boundary (Firefox Xrays).
    if (returnFocus && typeof (mark as HTMLElement).focus === 'function') {
      returningTo = mark;
      (mark as HTMLElement).focus({ preventScroll: true });
      returningTo = null;
    }
  };

  const show = (mark: Element, model: CardModel) => {
    if (state) state.view.root.remove();
    const view = renderCard(doc, model);
    view.copyButton.addEventListener('click', () => {
      const copier = copy ?? ((text: string) => copyText(doc, text, shadow));
      copier(model.id).then(
        () => (view.status.textContent = 'Copied'),
        () => (view.status.textContent = 'Copy failed'),
      );
    });
    shadow.append(view.root);
    state = { mark, model, view };
    if (!host.isConnected) doc.documentElement.append(host);
    setImportant(host, { display: 'block' });
    position(mark);
  };

  const focusFirst = () => state?.view.root.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });

  const open = (mark: Element, focusInside = false) => {
    cancelTimers();
    if (state?.mark !== mark) {
      const model = modelFor(mark);
      if (!model) return;
      show(mark, model);
    }
    if (focusInside) focusFirst();
  };

  /** The open card built again (its data arrived later: ITU's index), focus kept inside when it was there. */
  const refresh = () => {
    if (!state) return;
    const model = modelFor(state.mark);
    if (!model) return;
    const focusInside = shadow.activeElement !== null;
    show(state.mark, model);
    if (focusInside) focusFirst();
  };

  const inCard = (target: EventTarget | null) => target === host;

  const onMouseOver = (event: Event) => {
    const mark = markOf(event.target);
    if (inCard(event.target) || (mark && mark === state?.mark)) {
      clearTimeout(closeTimer);
      return;
    }
    if (!mark) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark), hoverDelayMs);
  };

  const onMouseOut = (event: Event) => {
    const related = (event as MouseEvent).relatedTarget;
    const from = markOf(event.target) ?? (inCard(event.target) ? host : null);
    if (!from) return;
    if (inCard(related) || (state && markOf(related) === state.mark)) return;
    clearTimeout(openTimer);
    if (state && doc.activeElement !== state.mark && doc.activeElement !== host) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => close(), closeDelayMs);
    }
  };

  const onFocusIn = (event: Event) => {
    if (inCard(event.target)) return;
    const mark = markOf(event.target);
    if (mark && mark === returningTo) return;
    if (mark) open(mark);
    else if (state) close();
  };

  const onFocusOut = (event: Event) => {
    const related = (event as FocusEvent).relatedTarget;
    if (!state || inCard(related) || (related && markOf(related) === state.mark)) return;
    // Focus left the mark and the card for something else (or the window): the card goes too.
    if (markOf(event.target) === state.mark || inCard(event.target)) close();
  };

  const onKeyDown = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Escape' && state) {
      const focusWasOurs = inCard(doc.activeElement) || doc.activeElement === state.mark;
      close(focusWasOurs);
      event.stopPropagation();
      return;
    }
    if ((key === 'Enter' || key === ' ') && !inCard(event.target)) {
      const mark = markOf(event.target);
      // Marks are role=button spans; links keep their own Enter behaviour.
      if (mark && mark.getAttribute('role') === 'button' && event.target === mark) {
        event.preventDefault();
        open(mark, true);
      }
    }
  };

  const listeners: [string, (event: Event) => void][] = [
    ['mouseover', onMouseOver],
    ['mouseout', onMouseOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', onKeyDown],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);

  return {
    host,
    open,
    close,
    refresh,
    current: () => (state ? { mark: state.mark, model: state.model } : null),
    destroy() {
      close();
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
      host.remove();
    },
  };
}
