import { describe, expect, it } from 'vitest';
import { genevaOffsetMinutes, genevaZone, intlOffsetMinutes, nodeOffsetMinutes } from './geneva-time';

describe('genevaZone', () => {
  it.each([
    ['2025-10-26', 'CET'],
    ['2025-10-25', 'CEST'],
    ['2026-03-29', 'CEST'],
    ['2026-03-28', 'CET'],
    ['2025-09-10', 'CEST'],
    ['2025-11-12', 'CET'],
    ['2026-01-01', 'CET'],
    ['2024-03-31', 'CEST'],
    ['2024-03-30', 'CET'],
    ['2032-10-31', 'CET'],
    ['2032-10-30', 'CEST'],
  ])('%s is %s', (iso, zone) => {
    expect(genevaZone(iso)).toBe(zone);
  });

  it('switches at 01:00 UTC for instants', () => {
    expect(genevaZone('2026-03-29T00:59:00Z')).toBe('CET');
    expect(genevaZone('2026-03-29T01:00:00Z')).toBe('CEST');
    expect(genevaZone('2025-10-26T00:59:00Z')).toBe('CEST');
    expect(genevaZone(new Date(Date.UTC(2025, 9, 26, 1)))).toBe('CET');
  });

  it('gives offsets', () => {
    expect(genevaOffsetMinutes('2025-07-01')).toBe(120);
    expect(genevaOffsetMinutes('2025-12-01')).toBe(60);
  });

  it('agrees with the platform time-zone database for every day of 1997-2040', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Zurich', timeZoneName: 'short' });
    for (let y = 1997; y <= 2040; y++) {
      for (let d = new Date(Date.UTC(y, 0, 1, 12)); d.getUTCFullYear() === y; d = new Date(d.getTime() + 86_400_000)) {
        const name = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
        const expected = name === 'GMT+2' || name === 'CEST' ? 'CEST' : 'CET';
        expect(genevaZone(d.toISOString().slice(0, 10))).toBe(expected);
      }
    }
  });

  // The EU rule since 1996, written out here only as the test's second opinion: summer time from the last Sunday
  // of March to the last Sunday of October, switching at 01:00 UTC.
  const lastSunday = (year: number, month: number) => {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };

  it("switches at the EU rule's instants, 1997-2040", () => {
    for (let y = 1997; y <= 2040; y++) {
      const start = Date.UTC(y, 2, lastSunday(y, 3), 1);
      const end = Date.UTC(y, 9, lastSunday(y, 10), 1);
      expect([genevaZone(new Date(start - 60_000)), genevaZone(new Date(start))]).toEqual(['CET', 'CEST']);
      expect([genevaZone(new Date(end - 60_000)), genevaZone(new Date(end))]).toEqual(['CEST', 'CET']);
      expect(genevaZone(new Date(Date.UTC(y, 6, 1)))).toBe('CEST');
      expect(genevaZone(new Date(Date.UTC(y, 0, 1)))).toBe('CET');
    }
  });

  it('rejects malformed input with a clear error', () => {
    expect(() => genevaZone('tomorrow')).toThrow(/genevaZone: not an ISO date/);
    expect(() => genevaZone('2025-13-01')).toThrow(RangeError);
    expect(() => genevaZone(new Date(Number.NaN))).toThrow(RangeError);
  });

  it(
    "reads Node's zone data as Intl does, hours around each switch and a noon a month of 1997-2040, and puts TZ back",
    { timeout: 60_000 },
    () => {
      const saved = process.env.TZ;
      process.env.TZ = 'America/New_York';
      try {
        for (let y = 1997; y <= 2040; y++) {
          for (const month of [2, 9]) {
            const day = Date.UTC(y, month, lastSunday(y, month + 1));
            // The switch is at 01:00 UTC on the last Sunday: the hours around it, and the minute before it.
            for (let ms = day - 2 * 3_600_000; ms <= day + 4 * 3_600_000; ms += 3_600_000)
              expect(nodeOffsetMinutes(ms)).toBe(intlOffsetMinutes(ms));
            expect(nodeOffsetMinutes(day + 3_600_000 - 60_000)).toBe(intlOffsetMinutes(day + 3_600_000 - 60_000));
          }
          for (let month = 0; month < 12; month++)
            expect(nodeOffsetMinutes(Date.UTC(y, month, 15, 12))).toBe(intlOffsetMinutes(Date.UTC(y, month, 15, 12)));
        }
        expect(process.env.TZ).toBe('America/New_York');
        expect(new Date(Date.UTC(2025, 6, 1, 12)).getTimezoneOffset()).toBe(240);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});
