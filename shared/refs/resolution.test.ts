import { describe, expect, it } from 'vitest';
import { findResolutions } from './resolution';

describe('findResolutions', () => {
  it.each([
    ['Resolution 73', 'Resolution 73', undefined, 'Resolution 73'],
    ['Res. 73', 'Resolution 73', undefined, 'Res. 73'],
    [
      'WTSA Resolution 99 (rev. New Delhi, 2024)',
      'Resolution 99',
      'Rev. New Delhi, 2024',
      'WTSA Resolution 99 (rev. New Delhi, 2024)',
    ],
    [
      'Resolution 2 (Rev. New Delhi, 2024) mandate',
      'Resolution 2',
      'Rev. New Delhi, 2024',
      'Resolution 2 (Rev. New Delhi, 2024)',
    ],
    ['WTSA-16 Resolution 7', 'Resolution 7', undefined, 'WTSA-16 Resolution 7'],
    [
      'WTSA Resolution 22 (Rev. Dubai, 2012)',
      'Resolution 22',
      'Rev. Dubai, 2012',
      'WTSA Resolution 22 (Rev. Dubai, 2012)',
    ],
    ['Resolution 73 (instructs TSAG 1)', 'Resolution 73', undefined, 'Resolution 73'],
  ])('%s', (text, id, revision, span) => {
    const [ref] = findResolutions(text);
    expect(ref.id).toBe(id);
    expect(ref.revision).toBe(revision);
    expect(ref.text).toBe(span);
  });

  it('keeps the assembly', () => {
    expect(findResolutions('WTSA-16 Resolution 7')[0].assembly).toBe('WTSA-16');
  });

  it.each(['Resolutions', 'Resolutions of', 'Resolution', 'Resolution 1234', 'resolution 5', 'Resolution 7.1'])(
    'no resolution in %s',
    (text) => {
      expect(findResolutions(text)).toEqual([]);
    },
  );
});

describe('resolution lists', () => {
  it('gives one reference per number', () => {
    const refs = findResolutions('WTSA Resolutions 73, 77 and 92 apply');
    expect(refs.map((r) => [r.id, r.text, r.assembly])).toEqual([
      ['Resolution 73', 'WTSA Resolutions 73', 'WTSA'],
      ['Resolution 77', '77', 'WTSA'],
      ['Resolution 92', '92', 'WTSA'],
    ]);
  });
});
