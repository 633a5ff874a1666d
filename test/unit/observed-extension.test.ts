// @vitest-environment jsdom
/**
 * One recognizer for both front ends, on what others wrote: the extension, running on a page that holds each observed
 * snippet (test/fixtures/observed), marks exactly the TDs, contributions, action codes and Questions that
 * `findReferences` (what `td-lens refs` prints) finds in it, with the same ids and the same text. The one difference
 * is by design: Questions that share a range's dash (`Q1-4/13`: Q2/13 and Q3/13) are one mark, the first of them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readObserved } from '../observed-forms.testing';
import { findReferences } from '../../shared/refs/find-references';
import type { Reference } from '../../shared/refs/types';
import { findMarked, MARKED_KINDS } from '../../extension/content/kinds';
import { parseItuLink } from '../../extension/content/itu-link';
import { createLens } from '../../extension/content/lens';

/** What `refs` finds of the marked kinds, one per span (the first of those that share one). */
function expectedMarks(text: string): [string, string][] {
  const refs = findReferences(text, { kinds: MARKED_KINDS });
  const kept: Reference[] = refs.filter(
    (r, i) => i === 0 || r.start !== refs[i - 1].start || r.end !== refs[i - 1].end,
  );
  return kept.map((r) => [r.id, r.text]);
}

describe('the extension marks what refs finds, on the observed forms', () => {
  // Under jsdom, module URLs are not file URLs: the folder is named from the repository root (the tests' folder).
  const samples = readObserved(pathToFileURL(join(process.cwd(), 'test/fixtures/observed/')));

  it('on every snippet, as one page of paragraphs', async () => {
    const root = document.createElement('div');
    for (const s of samples) {
      const p = document.createElement('p');
      p.textContent = s.text;
      root.append(p);
    }
    document.body.append(root);
    const lens = createLens({ root, find: findMarked, parseLink: parseItuLink, observe: false });
    await lens.start();
    const paragraphs = [...root.children];
    const differences: string[] = [];
    let marks = 0;
    samples.forEach((s, i) => {
      const marked = [...paragraphs[i].querySelectorAll('[data-td-lens-ref]')].map((el) => [
        el.getAttribute('data-td-lens-ref'),
        el.textContent,
      ]);
      const expected = expectedMarks(s.text);
      marks += marked.length;
      if (JSON.stringify(marked) !== JSON.stringify(expected))
        differences.push(`${s.genre}:${s.line} marked ${JSON.stringify(marked)}, refs ${JSON.stringify(expected)}`);
    });
    lens.stop();
    root.remove();
    expect(differences).toEqual([]);
    expect(samples.length).toBeGreaterThan(300);
    expect(marks).toBeGreaterThan(400);
  }, 60_000);
});
