// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateTextNode, restoreRun, usableReferences } from './annotate';
import { fakeFind } from './fake-finder.testing';

function paragraph(text: string): { p: HTMLParagraphElement; node: Text } {
  const p = document.createElement('p');
  const node = document.createTextNode(text);
  p.append(node);
  document.body.append(p);
  return { p, node };
}

describe('annotateTextNode', () => {
  it('marks each reference with a focusable span and keeps the text', () => {
    const { p, node } = paragraph('Approve TD106 and WP2-4 today');
    const run = annotateTextNode(node, fakeFind(node.data));
    expect(p.textContent).toBe('Approve TD106 and WP2-4 today');
    expect(
      run?.marks.map((m) => [m.dataset.tdLensRef, m.dataset.tdLensKind, m.tabIndex, m.getAttribute('role')]),
    ).toEqual([
      ['TD106', 'td', 0, 'button'],
      ['WP2-4', 'action', 0, 'button'],
    ]);
    expect(run?.marks[0].getAttribute('aria-label')).toBe('TD106, temporary document: show details');
    expect(p.childNodes.length).toBe(5);
  });

  it("keeps the page's own text node in place, holding the text before the first reference", () => {
    const { p, node } = paragraph('Approve TD1, TD2 and TD3');
    const run = annotateTextNode(node, fakeFind(node.data))!;
    expect(p.firstChild).toBe(node);
    expect(node.data).toBe('Approve ');
    expect(run.text).toBe('Approve TD1, TD2 and TD3');
    expect(p.textContent).toBe('Approve TD1, TD2 and TD3');
    const atStart = paragraph('TD9 first');
    annotateTextNode(atStart.node, fakeFind(atStart.node.data));
    expect([atStart.p.firstChild, atStart.node.data]).toEqual([atStart.node, '']);
  });

  it('marks text inside links without making a second interactive element', () => {
    const a = document.createElement('a');
    a.href = 'https://example.org/';
    const node = document.createTextNode('see TD5');
    a.append(node);
    document.body.append(a);
    const run = annotateTextNode(node, fakeFind(node.data));
    expect(run?.marks[0].hasAttribute('tabindex')).toBe(false);
    expect(run?.marks[0].hasAttribute('role')).toBe(false);
    expect(a.querySelector('a')).toBeNull();
  });

  it('keeps HTML-looking text as text', () => {
    const { p, node } = paragraph('<img src=x onerror=alert(1)> TD9');
    annotateTextNode(node, fakeFind(node.data));
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)> TD9');
  });

  it('ignores references whose offsets do not match the text, and overlaps', () => {
    const data = 'TD1 TD2';
    const [a, b] = fakeFind(data);
    expect(usableReferences(data, [a, { ...a }, b])).toEqual([a, b]);
    expect(usableReferences(data, [{ ...a, text: 'XX1' }])).toEqual([]);
    expect(annotateTextNode(paragraph('nothing').node, [])).toBeNull();
  });

  it('puts the page back as it was, and never over text the page wrote since', () => {
    const { p, node } = paragraph('before TD7R1 after');
    const run = annotateTextNode(node, fakeFind(node.data))!;
    restoreRun(run);
    expect([p.childNodes.length, p.firstChild, node.data]).toEqual([1, node, 'before TD7R1 after']);
    restoreRun(run);
    expect(p.childNodes.length).toBe(1);

    const rewritten = paragraph('old TD8 text');
    const again = annotateTextNode(rewritten.node, fakeFind(rewritten.node.data))!;
    rewritten.node.data = 'the page wrote this';
    restoreRun(again);
    expect([rewritten.p.childNodes.length, rewritten.p.textContent]).toEqual([1, 'the page wrote this']);
  });

  it('never changes the text (property)', () => {
    const piece = fc.constantFrom('TD', 'TD1', 'TD 22R3', ' ', 'WP2-4', 'x', '<b>', '&amp;', '9', 'R1');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const { p, node } = paragraph(text);
        annotateTextNode(node, fakeFind(text));
        const same = p.textContent === text;
        p.remove();
        return same;
      }),
    );
  });
});
