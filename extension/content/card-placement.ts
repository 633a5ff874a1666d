/**
 * Where the card goes: below its mark, or above it when there is no room below; always inside the viewport's width.
 * Computed from the card's fixed size, never measured: its place depends on the mark alone.
 */
import { CARD_SIZE, setImportant } from './card-view';

/** Places `host` (absolutely positioned in the document) next to `mark`. */
export function placeCard(host: HTMLElement, mark: Element): void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  const rect = mark.getBoundingClientRect();
  const scrollX = win?.scrollX ?? 0;
  const scrollY = win?.scrollY ?? 0;
  const viewWidth = doc.documentElement.clientWidth || 1024;
  const viewHeight = win?.innerHeight ?? 768;
  const { width, height } = CARD_SIZE;
  const below = rect.bottom + 6;
  const top = below + height > viewHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
  const left = Math.max(4, Math.min(rect.left, viewWidth - Math.min(width, viewWidth) - 4));
  setImportant(host, { top: `${Math.round(top + scrollY)}px`, left: `${Math.round(left + scrollX)}px` });
}
