// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, markOf, type CardController, type CardOptions } from './card';
import type { InputChecks } from './card-events';
import type { CardModel } from './card-model';
import { CARD_CSS, CARD_SIZE, renderCard } from './card-view';
import { fixture } from './fake-finder.testing';

const model: CardModel = {
  id: 'TD7R1',
  kindLabel: 'temporary document',
  meetingLabel: 'TSAG meeting starting 2025-05-26',
  title: 'Terms of reference <b>as agreed</b>',
  source: 'TSAG Chair',
  newerRevision: 'TD7R2',
  pageUrl: 'https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en',
  fileUrl: 'https://www.itu.int/dms_pub/x.docx',
};

/** What the card shows: its generated content (`data-text`), in order. */
const shown = (root: ParentNode) =>
  [...root.querySelectorAll('[data-text]')].map((el) => el.getAttribute('data-text')).join(' ');

let card: CardController | null = null;
afterEach(() => {
  card?.destroy();
  card = null;
  document.body.replaceChildren();
});

/** jsdom's events are all synthetic: these checks take them as the delegate's, and hit-test with `hit`. */
function checks(over: { hit?: Element | null } = {}): InputChecks {
  return { trusted: () => true, hit: () => over.hit ?? null, keyboardFocus: () => true };
}

function setup(options: Partial<CardOptions> = {}) {
  const root = fixture(
    '<p>See <span data-td-lens-ref="TD7R1" data-td-lens-kind="td" tabindex="0" role="button">TD7R1</span> and <button id="other">x</button></p>',
  );
  const mark = root.querySelector('span')!;
  const copy = vi.fn(async () => {});
  card = createCard({
    doc: document,
    modelFor: () => model,
    shadowMode: 'open',
    copy,
    hoverDelayMs: 0,
    closeDelayMs: 0,
    checks: checks({ hit: mark.firstChild as Element }),
    ...options,
  });
  return { mark, copy, shadow: () => card!.host.shadowRoot! };
}

const key = (target: EventTarget, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
const move = (target: EventTarget, x: number) =>
  target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: 5, screenX: x, screenY: 5 }));
/** The delegate's Tab reaching the mark: the keydown, then the browser moving focus in its default action. */
const tabTo = (el: HTMLElement) => {
  key(document.activeElement ?? document.body, 'Tab');
  el.focus();
};
const later = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('card view', () => {
  it('shows every fact as generated content, none as text the page could find or select, and links to ITU', () => {
    const view = renderCard(document, model);
    expect(view.root.textContent).toBe('');
    expect(shown(view.root)).toContain('Terms of reference <b>as agreed</b>');
    expect(view.root.querySelector('b')).toBeNull();
    expect(shown(view.root)).toContain('Newer revision exists: TD7R2');
    expect(
      [...view.root.querySelectorAll('a')].map((a) => [a.getAttribute('aria-label'), a.getAttribute('href'), a.rel]),
    ).toEqual([
      ['ITU page', model.pageUrl, 'noopener noreferrer'],
      ['Word file', model.fileUrl, 'noopener noreferrer'],
    ]);
    expect(view.copyButton.getAttribute('aria-label')).toBe('Copy id');
    expect(view.root.getAttribute('role')).toBe('dialog');
    expect(CARD_CSS).toContain('content: attr(data-text)');
  });

  it('has one size, whatever it says', () => {
    expect(CARD_CSS).toContain(`width: ${CARD_SIZE.width}px; height: ${CARD_SIZE.height}px;`);
    expect(CARD_CSS).toMatch(/overflow: hidden auto/);
  });

  it("shows the date, Questions and the index's line", () => {
    const view = renderCard(document, {
      ...model,
      date: '2025-05-20',
      questions: ['Q2/12', 'Q3/12'],
      indexNote: "From ITU's TD list of 2025-05-29",
    });
    expect(view.root.querySelector('.facts')?.getAttribute('data-text')).toBe('Received 2025-05-20 · Q2/12, Q3/12');
    expect(view.root.querySelector('.index-note')?.getAttribute('data-text')).toBe("From ITU's TD list of 2025-05-29");
    expect(renderCard(document, model).root.querySelector('.facts, .index-note')).toBeNull();
  });

  it('shows the note when links need a meeting', () => {
    const view = renderCard(document, {
      id: 'TD5',
      kindLabel: 'temporary document',
      note: 'Links need a meeting: set one in TD Lens options.',
    });
    expect(view.root.querySelectorAll('a')).toHaveLength(0);
    expect(shown(view.root)).toContain('Links need a meeting');
  });
});

describe('card controller', () => {
  it('lives in a closed shadow root by default, made when it is first needed', () => {
    const c = createCard({ doc: document, modelFor: () => model });
    expect(document.querySelector('td-lens-card')).toBeNull();
    expect(c.host.shadowRoot).toBeNull();
    expect(c.host.style.getPropertyPriority('z-index')).toBe('important');
    c.destroy();
  });

  it("opens on the delegate's Tab to a mark and closes on Escape, keeping focus on the mark", () => {
    const { mark, shadow } = setup();
    tabTo(mark);
    expect(card!.current()?.model.id).toBe('TD7R1');
    expect(card!.host.style.display).toBe('block');
    expect(shown(shadow())).toContain('TSAG Chair');
    key(mark, 'Escape');
    expect(card!.current()).toBeNull();
    expect(card!.host.style.display).toBe('none');
    expect(document.activeElement).toBe(mark);
  });

  it("does not open when the page's script focuses a mark or sends events", async () => {
    const { mark } = setup({ checks: undefined });
    mark.focus();
    expect(card!.current()).toBeNull();
    // Synthetic events, as a page's script makes them: not the delegate's.
    key(document.body, 'Tab');
    mark.blur();
    mark.focus();
    move(mark, 10);
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    key(mark, 'Enter');
    mark.click();
    await later();
    expect(card!.current()).toBeNull();
    expect(document.querySelector('td-lens-card')).toBeNull();
  });

  it('moves focus into the card on Enter and back to the mark on Escape', () => {
    const { mark, shadow } = setup();
    tabTo(mark);
    key(mark, 'Enter');
    expect(shadow().activeElement?.getAttribute('aria-label')).toBe('ITU page');
    key(shadow().activeElement!, 'Escape');
    expect(card!.current()).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('closes when focus moves elsewhere', () => {
    const { mark } = setup();
    tabTo(mark);
    (document.getElementById('other') as HTMLButtonElement).focus();
    expect(card!.current()).toBeNull();
  });

  it('opens when the pointer moved onto a mark and is still over it, and copies the id', async () => {
    const { mark, copy, shadow } = setup();
    move(mark, 10);
    await later();
    expect(card!.current()?.mark).toBe(mark);
    (shadow().querySelector('button.copy') as HTMLButtonElement).click();
    await later(0);
    expect(copy).toHaveBeenCalledWith('TD7R1');
    expect(shadow().querySelector('.status')?.getAttribute('data-text')).toBe('Copied');
  });

  it('does not open when the pointer did not move, or is over something else when the delay ends', async () => {
    const { mark } = setup({ checks: checks({ hit: document.body }) });
    move(mark, 10);
    await later();
    expect(card!.current()).toBeNull();
    card!.destroy();
    const again = setup();
    move(document.body, 10);
    move(again.mark, 10); // the page moved the mark under a resting pointer
    await later();
    expect(card!.current()).toBeNull();
  });

  it('opens on a click of no pointer (assistive technology), focus inside', () => {
    const { mark, shadow } = setup();
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(card!.current()?.mark).toBe(mark);
    expect(shadow().activeElement?.getAttribute('aria-label')).toBe('ITU page');
  });

  it('finds the mark of an event target', () => {
    const { mark } = setup();
    expect(markOf(mark.firstChild)).toBe(mark);
    expect(markOf(document.body)).toBeNull();
    expect(markOf(null)).toBeNull();
  });

  it('opens once what it needs is read', async () => {
    let release = () => {};
    const prepare = vi.fn(() => new Promise<void>((done) => (release = done)));
    const { mark } = setup({ prepare });
    tabTo(mark);
    expect(card!.current()).toBeNull();
    release();
    await later(0);
    expect(card!.current()?.mark).toBe(mark);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('builds the open card again when its data arrives, keeping focus inside, without touching the host', async () => {
    const root = fixture(
      '<p><span data-td-lens-ref="TD7" data-td-lens-kind="td" tabindex="0" role="button">TD7</span></p>',
    );
    const mark = root.querySelector('span')!;
    let current: CardModel = {
      id: 'TD7',
      kindLabel: 'temporary document',
      indexNote: "Getting ITU's TD list…",
      pageUrl: model.pageUrl,
    };
    card = createCard({ doc: document, modelFor: () => current, shadowMode: 'open', checks: checks() });
    card.refresh();
    expect(card.current()).toBeNull();
    tabTo(mark);
    key(mark, 'Enter');
    const shadow = card.host.shadowRoot!;
    expect(shown(shadow)).toContain('Getting');
    const watched: MutationRecord[] = [];
    const observer = new MutationObserver((records) => watched.push(...records));
    observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
    current = { ...current, title: 'Terms of reference', indexNote: "From ITU's TD list of 2025-05-29" };
    card.refresh();
    expect(shadow.querySelectorAll('.card')).toHaveLength(1);
    expect(shown(shadow)).toContain('Terms of reference');
    expect(shown(shadow)).not.toContain('Getting');
    expect(shadow.activeElement?.getAttribute('aria-label')).toBe('ITU page');
    expect(card.current()?.model.title).toBe('Terms of reference');
    await later(0);
    observer.disconnect();
    expect(watched).toEqual([]);
  });
});
