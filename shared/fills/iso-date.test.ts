import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, formatLongDate, parseIsoDate, toIsoDate, weekdayName } from './iso-date';

describe('iso dates', () => {
  it('formats full dates with years', () => {
    expect(formatLongDate('2025-09-10')).toBe('10 September 2025');
    expect(formatLongDate('2026-01-02')).toBe('2 January 2026');
    expect(weekdayName('2025-09-10')).toBe('Wednesday');
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('10 September 2025')).toBeNull();
    expect(() => addDays('2025-13-01', 1)).toThrow(/not a date/);
  });

  it('adds and subtracts days across months and years', () => {
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    expect(addDays('2026-03-04', -7)).toBe('2026-02-25');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -400, max: 400 }), (dayNumber, delta) => {
        const iso = toIsoDate(new Date(Date.UTC(2000, 0, 1 + dayNumber)));
        expect(addDays(addDays(iso, delta), -delta)).toBe(iso);
      }),
    );
  });
});
