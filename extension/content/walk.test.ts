// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.testing';
import {
  createTextWalker,
  headText,
  isInsideRejected,
  isRejectedElement,
  mayHoldReference,
  textNodesUnder,
} from './walk';

const page = fixture;

describe('text walker', () => {
  it('reads prose and skips scripts, styles, form fields, code, svg and editable regions', () => {
    const root = page(`
      <p>TD1 in prose</p>
      <script>var s = "TD2";</script><style>.x{content:"TD3"}</style><noscript>TD4</noscript>
      <textarea>TD5</textarea><select><option>TD6</option></select><code>TD7</code>
      <svg><text>TD8</text></svg>
      <div contenteditable="true"><p>TD9</p></div><div contenteditable="false">TD10</div>
      <span data-td-lens-ref="TD11">TD11</span><td-lens-card>TD12</td-lens-card>
      <pre>TD13 in a mail archive</pre>`);
    const texts = textNodesUnder(root).map((t) => t.data.trim());
    expect(texts).toEqual(['TD1 in prose', 'TD10', 'TD13 in a mail archive']);
  });

  it('skips text without digits and text already seen', () => {
    const root = page('<p>no refs here</p><p>TD1</p><p>TD2</p>');
    const seen = new WeakSet<Text>();
    seen.add(root.querySelectorAll('p')[1].firstChild as Text);
    expect(textNodesUnder(root, { seen }).map((t) => t.data)).toEqual(['TD2']);
    expect(mayHoldReference('x')).toBe(false);
    expect(mayHoldReference('TD1')).toBe(true);
  });

  it('lets onElement skip a subtree (annotated ITU links)', () => {
    const root = page('<a href="x">TD1</a><b>TD2</b>');
    const texts = textNodesUnder(root, { onElement: (el) => el.tagName !== 'A' }).map((t) => t.data);
    expect(texts).toEqual(['TD2']);
  });

  it('knows when a node sits inside a rejected element', () => {
    const root = page('<div contenteditable=""><p><b>TD1</b></p></div><p>TD2</p>');
    expect(isInsideRejected(root.querySelector('b')!.firstChild!)).toBe(true);
    expect(isInsideRejected(root.querySelectorAll('p')[1].firstChild!)).toBe(false);
    expect(isRejectedElement(document.createElement('textarea'))).toBe(true);
  });

  it('goes on when the page removes the node the walk would go on to, or starts over when it removed more', () => {
    const root = page('<p id="a">TD1</p><p id="b">TD2</p><p id="c">TD3</p><p id="d">TD4</p>');
    const walker = createTextWalker(root);
    expect(walker.nextNode()?.data).toBe('TD1');
    root.querySelector('#b')!.remove();
    expect(walker.nextNode()?.data).toBe('TD3');
    root.querySelector('#c')!.remove(); // the node it came from, and the one it would go on to
    root.querySelector('#d')!.remove();
    root.append(Object.assign(document.createElement('p'), { textContent: 'TD5' }));
    expect(walker.nextNode()?.data).toBe('TD1'); // started over: the lens skips what it has read
    expect(walker.nextNode()?.data).toBe('TD5');
    expect(walker.nextNode()).toBeNull();
  });
});

describe('headText', () => {
  it('reads the start of the page a line per block, without scripts and styles', () => {
    const root = page(
      '<h1>Agenda</h1><script>var x = 1;</script><p>TSAG <b>meeting</b> (Geneva, 26-30 May 2025)</p><div>rest</div>',
    );
    expect(headText(root, 1000)).toBe('Agenda\nTSAG meeting (Geneva, 26-30 May 2025)\nrest');
    expect(headText(root, 10)).toBe('Agenda\nTSA');
  });
});
