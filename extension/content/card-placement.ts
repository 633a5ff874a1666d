/** Where the card goes: below its mark, or above it when there is no room below; always inside the viewport's width. */

/** Sets inline styles that beat any page rule (the host is an element of the page). */
export function setImportant(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

/** Places `host` (absolutely positioned in the document) next to `mark`. */
export function placeCard(host: HTMLElement, mark: Element): void {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
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
}
