/**
 * Which of the page's events open and close the card. Only the delegate's own input opens it, never the page's
 * script: a page can dispatch any event it likes (untrusted), focus a mark (a trusted focus event), or move a mark
 * under a resting pointer (the browser then sends trusted mouse events with the pointer where it was). So:
 * - hover: a trusted `mousemove` that moved the pointer onto a mark, and after the delay the pointer still over that
 *   mark (hit-tested where it last moved), opens it;
 * - keyboard: focus reaching a mark through the delegate's Tab (a trusted, not prevented Tab keydown in the same
 *   task, the mark showing keyboard focus) opens it; Enter or Space on a focused mark opens it with focus inside;
 * - a trusted click on a mark (what assistive technology sends to activate it) opens it;
 * - Escape closes it and gives focus back to the mark; leaving the mark and the card closes it after a delay.
 * Listened to on the document, in the capture phase.
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
  /** The card's host element, once made. */
  readonly host: HTMLElement | null;
  /** The mark whose card is open, if any. */
  openMark(): Element | null;
  open(mark: Element, focusInside?: boolean): void;
  close(returnFocus?: boolean): void;
  /** A card may open soon (the pointer rests on a mark): read what it needs. */
  prepare(): void;
  /** Focus being given back to this mark by `close`: its focus must not reopen the card. */
  returningTo(): Element | null;
}

/** How the events are judged; the browser's own by default (unit tests, whose events are all synthetic, pass others). */
export interface InputChecks {
  /** The event came from the delegate's input, not from a script. */
  trusted(event: Event): boolean;
  /** The element the pointer is over at (x, y) in the viewport. */
  hit(x: number, y: number): Element | null;
  /** The element shows keyboard focus. */
  keyboardFocus(el: Element): boolean;
}

export function browserChecks(doc: Document): InputChecks {
  return {
    trusted: (event) => event.isTrusted,
    hit: (x, y) => doc.elementFromPoint(x, y),
    keyboardFocus(el) {
      try {
        return el.matches(':focus-visible');
      } catch {
        return true; // a browser without :focus-visible: the Tab keydown alone decides
      }
    },
  };
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
export function listenForCard(
  doc: Document,
  card: CardTarget,
  timings: CardTimings,
  checks: InputChecks = browserChecks(doc),
): CardEvents {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the pointer last moved (viewport and screen), from trusted events only. */
  let pointer: { x: number; y: number; sx: number; sy: number } | null = null;
  /** The mark a hover will open, once its delay has passed. */
  let hovered: Element | null = null;
  /** The delegate's Tab keydown, while its default action (moving focus) may run. */
  let tab: Event | null = null;
  const inCard = (target: EventTarget | null) => target !== null && target === card.host;
  const keepOpen = () => clearTimeout(closeTimer);

  const onMouseMove = (event: Event) => {
    if (!checks.trusted(event)) return;
    const { clientX: x, clientY: y, screenX: sx, screenY: sy } = event as MouseEvent;
    // A move to where the pointer already was is the browser's answer to the page moving content under it.
    const moved = !pointer || pointer.sx !== sx || pointer.sy !== sy;
    pointer = { x, y, sx, sy };
    const mark = markOf(event.target);
    if (inCard(event.target) || (mark && mark === card.openMark())) return keepOpen();
    if (!mark || !moved || mark === hovered) return;
    hovered = mark;
    card.prepare();
    clearTimeout(openTimer);
    openTimer = setTimeout(() => {
      hovered = null;
      if (pointer && markOf(checks.hit(pointer.x, pointer.y)) === mark) card.open(mark);
    }, timings.hoverDelayMs);
  };

  const onMouseOver = (event: Event) => {
    if (checks.trusted(event) && (inCard(event.target) || markOf(event.target) === card.openMark())) keepOpen();
  };

  const onMouseOut = (event: Event) => {
    if (!checks.trusted(event)) return;
    const related = (event as MouseEvent).relatedTarget;
    const from = markOf(event.target) ?? (inCard(event.target) ? event.target : null);
    const open = card.openMark();
    if (!from || inCard(related) || (open && markOf(related) === open)) return;
    if (from === hovered) {
      clearTimeout(openTimer);
      hovered = null;
    }
    if (open && doc.activeElement !== open && doc.activeElement !== card.host) {
      keepOpen();
      closeTimer = setTimeout(() => card.close(), timings.closeDelayMs);
    }
  };

  const onFocusIn = (event: Event) => {
    if (inCard(event.target)) return;
    const mark = markOf(event.target);
    if (mark && mark === card.returningTo()) return;
    const byKeyboard =
      tab !== null && !tab.defaultPrevented && checks.trusted(event) && mark !== null && checks.keyboardFocus(mark);
    if (mark && byKeyboard) card.open(mark);
    else if (card.openMark() && mark !== card.openMark()) card.close();
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
    if (key === 'Tab' && checks.trusted(event)) {
      tab = event;
      setTimeout(() => tab === event && (tab = null), 0);
      return;
    }
    if (key === 'Escape' && open) {
      const focusWasOurs = inCard(doc.activeElement) || doc.activeElement === open;
      card.close(focusWasOurs);
      event.stopPropagation();
      return;
    }
    if ((key === 'Enter' || key === ' ') && !inCard(event.target) && checks.trusted(event)) {
      const mark = markOf(event.target);
      // Marks are role=button spans; links keep their own Enter behaviour.
      if (mark && mark.getAttribute('role') === 'button' && event.target === mark) {
        event.preventDefault();
        card.open(mark, true);
      }
    }
  };

  const onClick = (event: Event) => {
    const mark = markOf(event.target);
    if (!mark || mark.getAttribute('role') !== 'button' || !checks.trusted(event)) return;
    // Assistive technology activates a button with a click of no pointer (detail 0): focus goes into the card.
    card.open(mark, (event as MouseEvent).detail === 0);
  };

  const listeners: [string, (event: Event) => void][] = [
    ['mousemove', onMouseMove],
    ['mouseover', onMouseOver],
    ['mouseout', onMouseOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', onKeyDown],
    ['click', onClick],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
  const cancelTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    hovered = null;
  };
  return {
    cancelTimers,
    stop() {
      cancelTimers();
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
    },
  };
}
