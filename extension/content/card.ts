/**
 * The hover/focus card of a mark: its model (card-model.ts: what it says), its view (card-view.ts: a closed shadow
 * root), its placement (card-placement.ts) and the page events that open and close it (card-events.ts), wired here.
 */
import { listenForCard, type CardEvents } from './card-events';
import type { CardModel } from './card-model';
import { setImportant, placeCard } from './card-placement';
import { createCardHost, renderCard, type CardView } from './card-view';

export { markOf } from './card-events';

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

export function createCard({ doc, modelFor, shadowMode = 'closed', copy, hoverDelayMs = 250, closeDelayMs = 300 }: CardOptions): CardController {
  const { host, shadow } = createCardHost(doc, shadowMode);
  let state: { mark: Element; model: CardModel; view: CardView } | null = null;
  /** The mark focus is being given back to: its focus must not reopen the card just closed. */
  let returningTo: Element | null = null;
  let events: CardEvents | null = null;

  const close = (returnFocus = false) => {
    events?.cancelTimers();
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
    placeCard(host, mark);
  };

  const focusFirst = () => state?.view.root.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });

  const open = (mark: Element, focusInside = false) => {
    events?.cancelTimers();
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

  events = listenForCard(doc, {
    host,
    openMark: () => state?.mark ?? null,
    open,
    close,
    returningTo: () => returningTo,
  }, { hoverDelayMs, closeDelayMs });

  return {
    host,
    open,
    close,
    refresh,
    current: () => (state ? { mark: state.mark, model: state.model } : null),
    destroy() {
      close();
      events?.stop();
      host.remove();
    },
  };
}
