/**
 * The hover/focus card of a mark: its model (card-model.ts: what it says), its view (card-view.ts: a closed shadow
 * root), its placement (card-placement.ts) and the page events that open and close it (card-events.ts), wired here.
 */
import { listenForCard, type CardEvents, type InputChecks } from './card-events';
import type { CardModel } from './card-model';
import { placeCard } from './card-placement';
import { createCardHost, renderCard, setImportant, type CardView } from './card-view';

export { markOf } from './card-events';

export interface CardOptions {
  doc: Document;
  modelFor(mark: Element): CardModel | null;
  /** Reads what `modelFor` needs; a card opens once it resolved (default: nothing to read). */
  prepare?(): Promise<void>;
  /** How input is judged (default: the browser's; unit tests pass their own). */
  checks?: InputChecks;
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

export function createCard(options: CardOptions): CardController {
  const { doc, modelFor, shadowMode = 'closed', copy, hoverDelayMs = 250, closeDelayMs = 300 } = options;
  // The host and its shadow root are made when the first card opens: most pages never show one.
  let made: { host: HTMLElement; shadow: ShadowRoot } | null = null;
  const make = () => (made ??= createCardHost(doc, shadowMode));
  let state: { mark: Element; model: CardModel; view: CardView } | null = null;
  /** The card to open once `prepare` resolved. */
  let wanted: { mark: Element; focusInside: boolean } | null = null;
  let prepared: Promise<void> | null = options.prepare ? null : Promise.resolve();
  let ready = !options.prepare;
  /** The mark focus is being given back to: its focus must not reopen the card just closed. */
  let returningTo: Element | null = null;
  let events: CardEvents | null = null;

  const prepare = () =>
    (prepared ??= options.prepare!().then(() => {
      ready = true;
      if (wanted) open(wanted.mark, wanted.focusInside);
    }));

  const close = (returnFocus = false) => {
    events?.cancelTimers();
    wanted = null;
    if (!state || !made) return;
    const { mark, view } = state;
    state = null;
    view.root.remove();
    setImportant(made.host, { display: 'none' });
    // Duck-typed: `instanceof` is unreliable across the content-script/page boundary (Firefox Xrays).
    if (returnFocus && typeof (mark as HTMLElement).focus === 'function') {
      returningTo = mark;
      (mark as HTMLElement).focus({ preventScroll: true });
      returningTo = null;
    }
  };

  /** Puts the card of `model` in the shadow root (the page sees nothing of this), replacing the one there. */
  const render = (mark: Element, model: CardModel) => {
    const { shadow } = make();
    if (state) state.view.root.remove();
    const view = renderCard(doc, model);
    view.copyButton.addEventListener('click', () => {
      const copier = copy ?? ((text: string) => copyText(doc, text, shadow));
      copier(model.id).then(
        () => view.status.setAttribute('data-text', 'Copied'),
        () => view.status.setAttribute('data-text', 'Copy failed'),
      );
    });
    shadow.append(view.root);
    state = { mark, model, view };
  };

  const focusFirst = () => state?.view.root.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });

  function open(mark: Element, focusInside = false): void {
    events?.cancelTimers();
    if (!ready) {
      wanted = { mark, focusInside };
      void prepare();
      return;
    }
    wanted = null;
    if (state?.mark !== mark) {
      const model = modelFor(mark);
      if (!model) return;
      render(mark, model);
      const { host } = make();
      if (!host.isConnected) doc.documentElement.append(host);
      setImportant(host, { display: 'block' });
      placeCard(host, mark);
    }
    if (focusInside) focusFirst();
  }

  /**
   * The open card built again (its data arrived later: ITU's index), focus kept inside when it was there. Only the
   * shadow root changes: the host, which the page can watch, is not touched.
   */
  const refresh = () => {
    if (!state || !made) return;
    const model = modelFor(state.mark);
    if (!model) return;
    const focusInside = made.shadow.activeElement !== null;
    render(state.mark, model);
    if (focusInside) focusFirst();
  };

  const target = {
    get host() {
      return made?.host ?? null;
    },
    openMark: () => state?.mark ?? null,
    open,
    close,
    prepare: () => void (options.prepare && prepare()),
    returningTo: () => returningTo,
  };
  events = listenForCard(doc, target, { hoverDelayMs, closeDelayMs }, options.checks);

  return {
    get host() {
      return make().host;
    },
    open,
    close,
    refresh,
    current: () => (state ? { mark: state.mark, model: state.model } : null),
    destroy() {
      close();
      events?.stop();
      made?.host.remove();
    },
  };
}
