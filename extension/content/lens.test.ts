// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/refs/types';
import { fakeFind, fixture } from './fake-finder.test-helper';
import { chunkEnd, createLens, LONG_TEXT, type Lens } from './lens';
import type { LinkParser } from './links';

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

afterEach(() => {
  lenses.splice(0).forEach((l) => l.stop());
  document.body.replaceChildren();
});

describe('lens', () => {
  it('marks every reference on the page in one pass and keeps the text', async () => {
    const root = fixture('<h1>Agenda</h1><ul><li>Report – TD106</li><li>WP2-5: approve TD7R1</li></ul><textarea>TD1</textarea>');
    const before = root.textContent;
    const stats = await lensFor(root).start();
    expect([...root.querySelectorAll('[data-td-lens-ref]')].map((m) => m.getAttribute('data-td-lens-ref'))).toEqual(['TD106', 'WP2-5', 'TD7R1']);
    expect(root.textContent).toBe(before);
    expect(root.querySelector('textarea')!.value).toBe('TD1');
    expect(stats.units).toBeGreaterThanOrEqual(2);
  });

  it('annotates ITU links on the <a> itself and does not mark their text', async () => {
    const root = fixture('<a href="https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0106/en">TD106</a> <a href="https://example.org/">TD5</a>');
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
    const original = root.querySelector('p')!.firstChild;
    const lens = lensFor(root);
    await lens.start();
    lens.stop();
    expect(root.querySelector('[data-td-lens-ref]')).toBeNull();
    expect(root.querySelector('p')!.firstChild).toBe(original);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
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
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i}: approve TD${i + 1} and WP2-${(i % 9) + 1} as agreed by the group.`);
    const pre = document.createElement('pre');
    pre.textContent = lines.join('\n');
    document.body.append(pre);
    expect(pre.textContent.length).toBeGreaterThan(LONG_TEXT);
    const finds: number[] = [];
    const lens = createLens({ root: pre, parseLink, find: (t) => (finds.push(t.length), fakeFind(t)), slice: { budgetMs: 0 }, observe: false });
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
