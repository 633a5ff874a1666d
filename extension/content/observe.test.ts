// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.testing';
import { observePage, type PageChanges } from './observe';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('observePage', () => {
  it("reports the page's additions, removals and text changes, and none of TD Lens's own writes", async () => {
    const root = fixture('<p id="p">old</p><p id="gone">x</p>');
    const changes: PageChanges[] = [];
    const observer = observePage(root, (c) => changes.push(c));
    const added = document.createElement('div');
    root.append(added);
    const gone = root.querySelector('#gone')!;
    // TD Lens's writes, between two of the page's: dropped, and the page's earlier change still arrives.
    const written = observer.quietly(() => {
      const own = document.createElement('span');
      root.querySelector('#p')!.append(own);
      (root.querySelector('#p')!.firstChild as Text).data = 'ours';
      return own;
    });
    gone.remove();
    await tick();
    observer.disconnect();
    expect(written.tagName).toBe('SPAN');
    expect(changes.flatMap((c) => c.added)).toEqual([added]);
    expect(changes.flatMap((c) => c.removed)).toEqual([{ node: gone, from: root }]);
    expect(changes.flatMap((c) => c.changedText)).toEqual([]);
  });

  it('reports text the page changes, and skips targets it is told to ignore', async () => {
    const root = fixture('<p id="a">one</p><p id="b">two</p>');
    const changes: PageChanges[] = [];
    const b = root.querySelector('#b')!;
    const observer = observePage(
      root,
      (c) => changes.push(c),
      (target) => b.contains(target),
    );
    (root.querySelector('#a')!.firstChild as Text).data = 'TD1';
    (b.firstChild as Text).data = 'TD2';
    b.append('more');
    await tick();
    observer.disconnect();
    expect(changes.flatMap((c) => c.changedText).map((t) => t.data)).toEqual(['TD1']);
    expect(changes.flatMap((c) => c.added)).toEqual([]);
  });
});
