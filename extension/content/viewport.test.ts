// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.testing';
import { firstAtOrAfter, itemsInBand, type Band, type View } from './viewport';

/** Items laid out by hand: item i spans [20i, 20i + 20); `hidden` ones are not rendered. */
function column(count: number, hidden: ReadonlySet<number> = new Set()) {
  const nodes = Array.from({ length: count }, (_, i) => Object.assign(document.createElement('p'), { id: `i${i}` }));
  let reads = 0;
  const view: View = {
    band: () => ({ top: 0, bottom: 0 }),
    rectOf(node) {
      reads++;
      const i = nodes.indexOf(node as HTMLParagraphElement);
      return hidden.has(i) ? null : { top: i * 20, bottom: i * 20 + 20 };
    },
  };
  return { nodes, view, reads: () => reads };
}
const same = (n: Node) => n;

describe('itemsInBand', () => {
  it('finds the items that meet the band, reading few rectangles', () => {
    const { nodes, view, reads } = column(10_000);
    const band: Band = { top: 100_000, bottom: 100_100 };
    expect(itemsInBand(nodes, same, view, band)).toEqual([4999, 5000, 5001, 5002, 5003, 5004, 5005]);
    expect(reads()).toBeLessThan(40);
  });

  it('skips hidden items, and starts where it is told', () => {
    const { nodes, view } = column(50, new Set([2, 3]));
    expect(itemsInBand(nodes, same, view, { top: 0, bottom: 100 })).toEqual([0, 1, 4, 5]);
    expect(itemsInBand(nodes, same, view, { top: 0, bottom: 100 }, 3)).toEqual([4, 5]);
    expect(itemsInBand(nodes, same, view, { top: 5000, bottom: 5100 })).toEqual([]);
  });
});

describe('firstAtOrAfter', () => {
  it('finds the first item at or after a node, in document order', () => {
    const root = fixture('<p id="a">a</p><div><p id="b">b</p><span id="x">x</span></div><p id="c">c</p>');
    const items = ['a', 'b', 'c'].map((id) => root.querySelector(`#${id}`)!);
    expect(firstAtOrAfter(items, same, root.querySelector('#b')!)).toBe(1);
    expect(firstAtOrAfter(items, same, root.querySelector('#x')!)).toBe(2);
    expect(firstAtOrAfter(items, same, root.querySelector('#c')!.firstChild!)).toBe(3);
    expect(firstAtOrAfter(items, same, root)).toBe(0);
  });
});
