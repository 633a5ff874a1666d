/**
 * Which of the page's events open and close the card: hovering a mark (after a delay; leaving it and the card
 * closes it after another), focus on a mark, Enter or Space on a mark (focus moves into the card), Escape (closes
 * it and gives focus back to the mark). Listened to on the document, in the capture phase.
 */
import { REF_ATTR } from './walk';

/** The mark an event target belongs to, if any. */
export function markOf(target: EventTarget | null): Element | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(`[${REF_ATTR}]`) ?? null;
}

/** What the events act on: the card controller's side. */
export interface CardTarget {
  host: HTMLElement;
  /** The mark whose card is open, if any. */
  openMark(): Element | null;
  open(mark: Element, focusInside?: boolean): void;
  close(returnFocus?: boolean): void;
  /** Focus being given back to this mark by `close`: its focus must not reopen the card. */
  returningTo(): Element | null;
}

export interface CardTimings {
  hoverDelayMs: number;
  closeDelayMs: number;
}

export interface CardEvents {
  /** Forgets a pending hover's opening or closing (the card was opened or closed otherwise). */
  cancelTimers(): void;
  stop(): void;
}

/** Listens on `doc` for the card's events. */
export function listenForCard(doc: Document, card: CardTarget, { hoverDelayMs, closeDelayMs }: CardTimings): CardEvents {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const inCard = (target: EventTarget | null) => target === card.host;

  const onMouseOver = (event: Event) => {
    const mark = markOf(event.target);
    if (inCard(event.target) || (mark && mark === card.openMark())) {
      clearTimeout(closeTimer);
      return;
    }
    if (!mark) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => card.open(mark), hoverDelayMs);
  };

  const onMouseOut = (event: Event) => {
    const related = (event as MouseEvent).relatedTarget;
    const from = markOf(event.target) ?? (inCard(event.target) ? card.host : null);
    const open = card.openMark();
    if (!from) return;
    if (inCard(related) || (open && markOf(related) === open)) return;
    clearTimeout(openTimer);
    if (open && doc.activeElement !== open && doc.activeElement !== card.host) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => card.close(), closeDelayMs);
    }
  };

  const onFocusIn = (event: Event) => {
    if (inCard(event.target)) return;
    const mark = markOf(event.target);
    if (mark && mark === card.returningTo()) return;
    if (mark) card.open(mark);
    else if (card.openMark()) card.close();
  };

  const onFocusOut = (event: Event) => {
    const related = (event as FocusEvent).relatedTarget;
    const open = card.openMark();
    if (!open || inCard(related) || (related && markOf(related) === open)) return;
    // Focus left the mark and the card for something else (or the window): the card goes too.
    if (markOf(event.target) === open || inCard(event.target)) card.close();
  };

  const onKeyDown = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    const open = card.openMark();
    if (key === 'Escape' && open) {
      const focusWasOurs = inCard(doc.activeElement) || doc.activeElement === open;
      card.close(focusWasOurs);
      event.stopPropagation();
      return;
    }
    if ((key === 'Enter' || key === ' ') && !inCard(event.target)) {
      const mark = markOf(event.target);
      // Marks are role=button spans; links keep their own Enter behaviour.
      if (mark && mark.getAttribute('role') === 'button' && event.target === mark) {
        event.preventDefault();
        card.open(mark, true);
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
  const cancelTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  return {
    cancelTimers,
    stop() {
      cancelTimers();
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
    },
  };
}
