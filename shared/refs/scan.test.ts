import { describe, expect, it } from 'vitest';
import { nextAtBoundary, scanListTail } from './scan';

describe('nextAtBoundary', () => {
  it('skips matches glued to a word character or a forbidden one, and resumes one character later', () => {
    const re = /WP\d/g;
    const text = 'xWP1 -WP2 WP3';
    expect(nextAtBoundary(re, text)?.index).toBe(6);
    expect(nextAtBoundary(re, text)?.index).toBe(10);
    expect(nextAtBoundary(re, text)).toBeNull();
    re.lastIndex = 0;
    expect(nextAtBoundary(re, text, '-')?.index).toBe(10);
  });
});

describe('scanListTail', () => {
  it('reads comma items, then one and-item, each ending where its regex stopped', () => {
    const items: [string, number][] = [];
    const text = 'Resolutions 73, 77 and 92 and 5';
    const end = scanListTail(text, 14, /, ?(\d+)/y, / and (\d+)/y, (digits, at) => items.push([digits, at]));
    expect(items).toEqual([
      ['77', 18],
      ['92', 25],
    ]);
    expect(end).toBe(25);
  });
  it('returns where it started when no item follows', () => {
    expect(scanListTail('WP2-4: x', 5, /, ?(\d+)/y, / and (\d+)/y, () => {})).toBe(5);
  });
});
