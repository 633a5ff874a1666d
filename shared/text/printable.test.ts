import { describe, expect, it } from 'vitest';
import { printable, printableExcerpt } from './printable';

describe('printable', () => {
  it('writes terminal controls as visible escapes', () => {
    expect(printable('TD1\u001b]0;pwned\u0007\u001b[31mX')).toBe('TD1\\x1b]0;pwned\\x07\\x1b[31mX');
    expect(printable('a\nb\tc\r\u009b\u007f')).toBe('a\\x0ab\\x09c\\x0d\\x9b\\x7f');
    expect(printable('abc\u202edcba')).toBe('abc\\u202edcba');
  });

  it('leaves ordinary text alone, accents and typographic signs included', () => {
    expect(printable('Genève – TD 106 «Rev.1»')).toBe('Genève – TD 106 «Rev.1»');
  });

  it('shortens long values with an ellipsis, counting characters not code units', () => {
    expect(printableExcerpt('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(printableExcerpt('😀'.repeat(5), 10)).toBe('😀'.repeat(5));
    expect(printableExcerpt('\u001b'.repeat(3), 10)).toBe('\\x1b'.repeat(3));
  });
});
