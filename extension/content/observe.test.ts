// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from './fake-finder.test-helper';
import { isOwnNode, observePage, type PageChanges } from './observe';

describe('observePage', () => {
  it("reports the page's additions and text changes, not TD Lens's own nodes", async () => {
    const root = fixture('<p id="p">old</p>');
    const seen = new WeakSet<Text>();
    const changes: PageChanges[] = [];
    const stop = observePage(root, seen, (c) => changes.push(c));
    const own = document.createElement('span');
    own.setAttribute('data-td-lens-ref', 'TD1');
    const piece = document.createTextNode(' and ');
    seen.add(piece);
    root.append(own, piece, document.createElement('td-lens-card'));
    const added = document.createElement('div');
    root.append(added);
    (root.querySelector('#p')!.firstChild as Text).data = 'new TD2';
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(changes.flatMap((c) => c.added)).toEqual([added]);
    expect(changes.flatMap((c) => c.changedText).map((t) => t.data)).toEqual(['new TD2']);
    expect(isOwnNode(document.createComment('x'), seen)).toBe(true);
  });
});
