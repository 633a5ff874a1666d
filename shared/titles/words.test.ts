import { describe, expect, it } from 'vitest';
import { stem, subjectWords } from './words';

describe('subjectWords', () => {
  it('keeps what a document is about, stemmed, and drops what every document says', () => {
    const words = subjectWords(
      'Approve Liaison Statement on activities and studies on sustainable digital transformation (Geneva, 29 May 2025)',
    );
    expect(words.map((w) => w.stem)).toEqual(['activity', 'sustainable', 'digital', 'transformation'].map(stem));
  });

  it('leaves out spans read as something else', () => {
    const text = 'LS on lead SG role for RG-WM';
    expect(subjectWords(text, [{ start: 22, end: 27 }]).map((w) => text.slice(w.start, w.end))).toEqual([
      'lead',
      'role',
    ]);
  });

  it.each([
    ['mandate', 'mandated'],
    ['study', 'studies'],
    ['coordination', 'coordinations'],
    ['network', 'networks'],
  ])('%s and %s meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
});
