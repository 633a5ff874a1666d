// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reference } from '../../shared/refs/types';
import { fakeFind, fixture } from './fake-finder.testing';
import { chunkEnd, createLens, FIGHT_WINDOW_MS, LONG_TEXT, MAX_FIGHTS, type Lens } from './lens';
import type { LinkParser } from './links';
import type { View } from './viewport';

const parseLink: LinkParser = (href) => {
  const m = /T25-TSAG-250526-TD-GEN-0*(\d+)/.exec(href);
  if (!m) return null;
  const ref: Reference = { kind: 'td', id: `TD${m[1]}`, text: '', start: 0, end: 0, number: Number(m[1]) };
  return { ref, meeting: { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 } };
};

const lenses: Lens[] = [];
function lensFor(root: Element, find = fakeFind) {
  const lens = createLens({ root, find, parseLink, slice: { budgetMs: 1 } });
  lenses.push(lens);
  return lens;
}
const tick = () => new Promise((r) => setTimeout(r, 0));
/** Lets the page's observer and the lens answer each other for `rounds` turns. */
async function settle(lens: Lens, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await tick();
    await lens.idle();
  }
}

afterEach(() => {
  lenses.splice(0).forEach((l) => l.stop());
  document.body.replaceChildren();
});

describe('lens', () => {
  it('marks every reference on the page in one pass and keeps the text', async () => {
    const root = fixture(
      '<h1>Agenda</h1><ul><li>Report – TD106</li><li>WP2-5: approve TD7R1</li></ul><textarea>TD1</textarea>',
    );
    const before = root.textContent;
    const stats = await lensFor(root).start();
    expect([...root.querySelectorAll('[data-td-lens-ref]')].map((m) => m.getAttribute('data-td-lens-ref'))).toEqual([
      'TD106',
      'WP2-5',
      'TD7R1',
    ]);
    expect(root.textContent).toBe(before);
    expect(root.querySelector('textarea')!.value).toBe('TD1');
    expect(stats.units).toBeGreaterThanOrEqual(2);
  });

  it('annotates ITU links on the <a> itself and does not mark their text', async () => {
    const root = fixture(
      '<a href="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en">TD106</a> <a href="https://example.org/">TD5</a>',
    );
    const lens = lensFor(root);
    await lens.start();
    const [itu, other] = [...root.querySelectorAll('a')];
    expect(itu.getAttribute('data-td-lens-ref')).toBe('TD106');
    expect(itu.querySelector('span')).toBeNull();
    expect(lens.linkOf(itu)?.meeting?.group).toBe('TSAG');
    expect(lens.linkMeetings()).toHaveLength(1);
    expect(other.hasAttribute('data-td-lens-ref')).toBe(false);
    expect(other.querySelector('span[data-td-lens-ref]')?.textContent).toBe('TD5');
    expect(root.querySelectorAll('a a, a [tabindex]')).toHaveLength(0);
  });

  it('follows content added later, once, and ignores its own changes', async () => {
    const root = fixture('<p>TD1</p>');
    let calls = 0;
    const lens = lensFor(root, (text) => {
      calls++;
      return fakeFind(text);
    });
    await lens.start();
    expect(calls).toBe(1);
    const p = document.createElement('p');
    p.textContent = 'late TD2';
    root.append(p);
    await tick();
    await lens.idle();
    expect(p.querySelector('[data-td-lens-ref]')?.textContent).toBe('TD2');
    expect(calls).toBe(2);
    await tick();
    await lens.idle();
    expect(calls).toBe(2);
  });

  it('reads changed text again', async () => {
    const root = fixture('<p>nothing 1</p>');
    const lens = lensFor(root);
    await lens.start();
    (root.querySelector('p')!.firstChild as Text).data = 'now TD3';
    await tick();
    await lens.idle();
    expect(root.querySelector('[data-td-lens-ref]')?.textContent).toBe('TD3');
  });

  it('leaves content added inside an editable region alone', async () => {
    const root = fixture('<div contenteditable="true"></div>');
    const lens = lensFor(root);
    await lens.start();
    const p = document.createElement('p');
    p.textContent = 'TD4';
    root.firstElementChild!.append(p);
    await tick();
    await lens.idle();
    expect(root.querySelector('[data-td-lens-ref]')).toBeNull();
  });

  it('stop puts the page back and aborts', async () => {
    const root = fixture('<p>TD1 and TD2</p><a href="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en">x</a>');
    const original = root.querySelector('p')!.firstChild as Text;
    const lens = lensFor(root);
    await lens.start();
    lens.stop();
    expect(root.querySelector('[data-td-lens-ref]')).toBeNull();
    expect(root.querySelector('p')!.firstChild).toBe(original);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
    expect(original.data).toBe('TD1 and TD2');
  });

  it('slices the work and survives a parser error', async () => {
    const root = fixture(Array.from({ length: 50 }, (_, i) => `<p>TD${i + 1}</p>`).join('') + '<p>boom 1</p>');
    const warn = console.warn;
    console.warn = () => {};
    const lens = createLens({
      root,
      parseLink,
      find: (t) => {
        if (t.startsWith('boom')) throw new Error('bad');
        return fakeFind(t);
      },
      slice: { budgetMs: 0 },
    });
    lenses.push(lens);
    const stats = await lens.start();
    console.warn = warn;
    expect(stats.slices).toBeGreaterThan(1);
    expect(root.querySelectorAll('[data-td-lens-ref]')).toHaveLength(50);
  });
});

describe('long text nodes', () => {
  it('are parsed a chunk of lines per step, with offsets into the whole node', async () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `Line ${i}: approve TD${i + 1} and WP2-${(i % 9) + 1} as agreed by the group.`,
    );
    const pre = document.createElement('pre');
    pre.textContent = lines.join('\n');
    document.body.append(pre);
    expect(pre.textContent.length).toBeGreaterThan(LONG_TEXT);
    const finds: number[] = [];
    const lens = createLens({
      root: pre,
      parseLink,
      find: (t) => (finds.push(t.length), fakeFind(t)),
      slice: { budgetMs: 0 },
      observe: false,
    });
    lenses.push(lens);
    const before = pre.textContent;
    await lens.start();
    expect(finds.length).toBeGreaterThan(2);
    expect(Math.max(...finds)).toBeLessThanOrEqual(8000);
    expect(pre.textContent).toBe(before);
    const ids = [...pre.querySelectorAll('[data-td-lens-ref]')].map((m) => m.textContent);
    expect(ids).toHaveLength(800);
    expect(ids.slice(-2)).toEqual(['TD400', 'WP2-4']);
  });

  it('cut at line ends, else spaces', () => {
    expect(chunkEnd('aaaa\nbbbb\ncccc', 0, 12)).toBe(10);
    expect(chunkEnd('aaaa bbbb cccc', 0, 12)).toBe(10);
    expect(chunkEnd('aaaaaaaaaaaaaa', 0, 12)).toBe(12);
    expect(chunkEnd('short', 0, 12)).toBe(5);
  });
});

/**
 * A page laid out by hand: paragraph i spans [20i, 20i + 20) in page coordinates; `scrollTo` moves the viewport,
 * whose band (the screen and what is near it) is 100 px tall.
 */
function laidOutPage(count: number) {
  const root = fixture(
    Array.from({ length: count }, (_, i) => `<p data-i="${i}">Item ${i}: see TD${i + 1}</p>`).join(''),
  );
  let scroll = 0;
  const view: View = {
    band: () => ({ top: 0, bottom: 100 }),
    rectOf(node) {
      const p = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('p');
      if (!p?.isConnected) return null;
      const top = Number(p.getAttribute('data-i')) * 20 - scroll;
      return { top, bottom: top + 20 };
    },
  };
  const marked = () =>
    [...root.querySelectorAll('[data-td-lens-ref]')].map((m) => Number(m.closest('p')!.getAttribute('data-i')));
  return { root, view, marked, scrollTo: (y: number) => void (scroll = y) };
}
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('big pages: the screen first, the rest as it comes near', () => {
  it('marks what is on screen, counts everything, and marks more as the delegate scrolls', async () => {
    const page = laidOutPage(40);
    const lens = createLens({
      root: page.root,
      find: fakeFind,
      parseLink,
      view: page.view,
      eagerLimit: 10,
      firstGuess: 0,
    });
    lenses.push(lens);
    await lens.start();
    expect(page.marked()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(lens.references()).toHaveLength(40);
    page.scrollTo(500);
    document.dispatchEvent(new Event('scroll'));
    await frame();
    await frame();
    await lens.idle();
    expect(page.marked()).toEqual([0, 1, 2, 3, 4, 5, 24, 25, 26, 27, 28, 29, 30]);
  });

  it('marks the first runs before the first frame, and the next ones before Tab moves focus', async () => {
    const page = laidOutPage(40);
    const lens = createLens({
      root: page.root,
      find: fakeFind,
      parseLink,
      view: page.view,
      eagerLimit: 10,
      firstGuess: 2,
    });
    lenses.push(lens);
    await lens.start();
    expect(page.marked()).toEqual([0, 1, 2, 3, 4, 5]);
    const last = page.root.querySelector<HTMLElement>('[data-i="5"] [data-td-lens-ref]')!;
    last.focus();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    // At once, in the keydown: the browser moves focus right after it.
    expect(page.marked().slice(6, 9)).toEqual([6, 7, 8]);
  });

  it('marks all the guessed runs in the slice that reads them, before the first frame, whatever its budget', async () => {
    const page = laidOutPage(40);
    // What the page's first frame would show: the marks in place when the first slice gives the thread back.
    let atFirstYield: number[] | null = null;
    const slice = { budgetMs: 0, yieldToPage: async () => void (atFirstYield ??= page.marked()) };
    const lens = createLens({
      root: page.root,
      find: fakeFind,
      parseLink,
      view: page.view,
      eagerLimit: 10,
      firstGuess: 4,
      slice,
    });
    lenses.push(lens);
    await lens.start();
    expect(atFirstYield).toEqual([0, 1, 2, 3]);
    expect(lens.references()).toHaveLength(40);
  });

  it('tells when the guessed top of the page is marked, then the first screen, and when the page is read', async () => {
    const page = laidOutPage(40);
    const phases: string[] = [];
    const lens = createLens({
      root: page.root,
      find: fakeFind,
      parseLink,
      view: page.view,
      eagerLimit: 10,
      onPhase: (p) => phases.push(p),
    });
    lenses.push(lens);
    await lens.start();
    expect(phases).toEqual(['top-marked', 'first-screen', 'page-read']);
  });
});

describe('pages that rewrite themselves', () => {
  it('leaves alone text the page puts back right away, after one round', async () => {
    const root = fixture('<p id="app">Approve TD106 and WP2-5 today.</p>');
    const app = root.querySelector('#app')!;
    const text = app.textContent!;
    let rounds = 0;
    // A framework that keeps its DOM as it rendered it.
    const page = new MutationObserver(() => {
      if (app.childNodes.length !== 1 || app.textContent !== text) {
        rounds++;
        app.textContent = text;
      }
    });
    page.observe(app, { childList: true, subtree: true, characterData: true });
    const lens = lensFor(root);
    await lens.start();
    await settle(lens, 5);
    page.disconnect();
    expect(rounds).toBe(1);
    expect(app.childNodes).toHaveLength(1);
    expect(app.textContent).toBe(text);
    expect(lens.counters()).toMatchObject({ marked: 1, undone: 1, fights: 1, dropped: 0 });
  });

  it('stops following an element whose content keeps fighting', async () => {
    const root = fixture('<p id="app">Approve TD1 today.</p>');
    const app = root.querySelector('#app')!;
    let rounds = 0;
    // Puts new text back whenever anything changes: never the same text, so never "put back" as it was.
    const page = new MutationObserver(() => {
      if (app.childNodes.length !== 1) {
        rounds++;
        app.textContent = `Approve TD${rounds + 1} today.`;
      }
    });
    page.observe(app, { childList: true, subtree: true, characterData: true });
    const lens = lensFor(root);
    await lens.start();
    await settle(lens, 10);
    page.disconnect();
    expect(rounds).toBe(MAX_FIGHTS);
    expect(lens.counters().dropped).toBe(1);
    expect(app.childNodes).toHaveLength(1);
  });

  it('follows the page writing its own text node, and takes its marks away when the page removes the node', async () => {
    const root = fixture('<p id="p">Approve TD1 today.</p>');
    const p = root.querySelector('#p')!;
    const own = p.firstChild as Text;
    const lens = lensFor(root);
    await lens.start();
    expect(p.querySelector('[data-td-lens-ref]')?.textContent).toBe('TD1');
    // A framework updating the text node it created (React: nodeValue = ...), well after it was marked.
    await new Promise((r) => setTimeout(r, FIGHT_WINDOW_MS + 20));
    own.nodeValue = 'Now TD2 instead.';
    await tick();
    await lens.idle();
    expect([p.textContent, [...p.querySelectorAll('[data-td-lens-ref]')].map((m) => m.textContent)]).toEqual([
      'Now TD2 instead.',
      ['TD2'],
    ]);
    // ... and removing it: nothing of TD Lens stays behind.
    await new Promise((r) => setTimeout(r, FIGHT_WINDOW_MS + 20));
    p.removeChild(own);
    await tick();
    await lens.idle();
    expect(p.childNodes).toHaveLength(0);
  });

  it('keeps nothing of content the page removed', async () => {
    const root = fixture('<main></main>');
    const main = root.querySelector('main')!;
    const lens = lensFor(root);
    await lens.start();
    for (let view = 0; view < 30; view++) {
      main.replaceChildren(
        ...Array.from({ length: 10 }, (_, i) =>
          Object.assign(document.createElement('p'), { textContent: `View ${view}: TD${view * 10 + i + 1}` }),
        ),
      );
      await tick();
      await lens.idle();
    }
    // Removed content is swept from the lists at most every 500 ms.
    await vi.waitFor(() => expect(lens.counters().tracked).toBe(10), { timeout: 5000, interval: 50 });
    expect(main.querySelectorAll('[data-td-lens-ref]')).toHaveLength(10);
    expect(lens.references()).toHaveLength(10);
  });
});
