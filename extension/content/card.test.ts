// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCard, markOf, type CardController } from './card';
import type { CardModel } from './card-model';
import { renderCard } from './card-view';
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

let card: CardController | null = null;
afterEach(() => {
  card?.destroy();
  card = null;
  document.body.replaceChildren();
});

function setup(copy = vi.fn(async () => {})) {
  const root = fixture('<p>See <span data-td-lens-ref="TD7R1" data-td-lens-kind="td" tabindex="0" role="button">TD7R1</span> and <button id="other">x</button></p>');
  const mark = root.querySelector('span')!;
  card = createCard({ doc: document, modelFor: () => model, shadowMode: 'open', copy, hoverDelayMs: 0, closeDelayMs: 0 });
  return { mark, copy, shadow: () => card!.host.shadowRoot! };
}

const key = (target: EventTarget, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

describe('card view', () => {
  it('renders every fact as text, links to ITU, and a copy button', () => {
    const view = renderCard(document, model);
    expect(view.root.textContent).toContain('Terms of reference <b>as agreed</b>');
    expect(view.root.querySelector('b')).toBeNull();
    expect(view.root.textContent).toContain('Newer revision exists: TD7R2');
    expect([...view.root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.rel])).toEqual([
      ['ITU page', model.pageUrl, 'noopener noreferrer'],
      ['Word file', model.fileUrl, 'noopener noreferrer'],
    ]);
    expect(view.copyButton.textContent).toBe('Copy id');
    expect(view.root.getAttribute('role')).toBe('dialog');
  });

  it("shows the date, Questions and the index's line", () => {
    const view = renderCard(document, { ...model, date: '2025-05-20', questions: ['Q2/12', 'Q3/12'], indexNote: "From ITU's TD list of 2025-05-29" });
    expect(view.root.querySelector('.facts')?.textContent).toBe('Received 2025-05-20 · Q2/12, Q3/12');
    expect(view.root.querySelector('.index-note')?.textContent).toBe("From ITU's TD list of 2025-05-29");
    expect(renderCard(document, model).root.querySelector('.facts, .index-note')).toBeNull();
  });

  it('shows the note when links need a meeting', () => {
    const view = renderCard(document, { id: 'TD5', kindLabel: 'temporary document', note: 'Links need a meeting: set one in TD Lens options.' });
    expect(view.root.querySelectorAll('a')).toHaveLength(0);
    expect(view.root.textContent).toContain('Links need a meeting');
  });
});

describe('card controller', () => {
  it('lives in a closed shadow root by default', () => {
    const c = createCard({ doc: document, modelFor: () => model });
    expect(c.host.shadowRoot).toBeNull();
    expect(c.host.style.getPropertyPriority('z-index')).toBe('important');
    c.destroy();
  });

  it('opens on focus and closes on Escape, keeping focus on the mark', () => {
    const { mark, shadow } = setup();
    mark.focus();
    expect(card!.current()?.model.id).toBe('TD7R1');
    expect(card!.host.style.display).toBe('block');
    expect(shadow().textContent).toContain('TSAG Chair');
    key(mark, 'Escape');
    expect(card!.current()).toBeNull();
    expect(card!.host.style.display).toBe('none');
    expect(document.activeElement).toBe(mark);
  });

  it('moves focus into the card on Enter and back to the mark on Escape', () => {
    const { mark, shadow } = setup();
    mark.focus();
    key(mark, 'Enter');
    expect(shadow().activeElement?.textContent).toBe('ITU page');
    key(shadow().activeElement!, 'Escape');
    expect(card!.current()).toBeNull();
    expect(document.activeElement).toBe(mark);
  });

  it('closes when focus moves elsewhere', () => {
    const { mark } = setup();
    mark.focus();
    (document.getElementById('other') as HTMLButtonElement).focus();
    expect(card!.current()).toBeNull();
  });

  it('opens on hover and copies the id', async () => {
    const { mark, copy, shadow } = setup();
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 5));
    expect(card!.current()?.mark).toBe(mark);
    (shadow().querySelector('button.copy') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(copy).toHaveBeenCalledWith('TD7R1');
    expect(shadow().querySelector('.status')?.textContent).toBe('Copied');
  });

  it('finds the mark of an event target', () => {
    const { mark } = setup();
    expect(markOf(mark.firstChild)).toBe(mark);
    expect(markOf(document.body)).toBeNull();
    expect(markOf(null)).toBeNull();
  });

  it('builds the open card again when its data arrives, keeping focus inside', () => {
    const root = fixture('<p><span data-td-lens-ref="TD7" data-td-lens-kind="td" tabindex="0" role="button">TD7</span></p>');
    const mark = root.querySelector('span')!;
    let current: CardModel = { id: 'TD7', kindLabel: 'temporary document', indexNote: "Getting ITU's TD list…", pageUrl: model.pageUrl };
    card = createCard({ doc: document, modelFor: () => current, shadowMode: 'open' });
    card.refresh();
    expect(card.current()).toBeNull();
    mark.focus();
    key(mark, 'Enter');
    const shadow = card.host.shadowRoot!;
    expect(shadow.textContent).toContain('Getting');
    current = { ...current, title: 'Terms of reference', indexNote: "From ITU's TD list of 2025-05-29" };
    card.refresh();
    expect(shadow.querySelectorAll('.card')).toHaveLength(1);
    expect(shadow.textContent).toContain('Terms of reference');
    expect(shadow.textContent).not.toContain('Getting');
    expect(shadow.activeElement?.textContent).toBe('ITU page');
    expect(card.current()?.model.title).toBe('Terms of reference');
  });
});
