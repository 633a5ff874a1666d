import { describe, expect, it } from 'vitest';
import { easterSunday, genevaHolidayOn, genevaHolidays, jeuneGenevois } from './geneva-holidays';

describe('Geneva holidays', () => {
  it('computes Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('puts Jeûne genevois on the Thursday after the first Sunday of September', () => {
    expect(jeuneGenevois(2025)).toBe('2025-09-11');
    expect(jeuneGenevois(2026)).toBe('2026-09-10');
    expect(jeuneGenevois(2024)).toBe('2024-09-05');
  });

  it('lists the movable and fixed holidays of a year in date order', () => {
    const isos = genevaHolidays(2026).map((h) => h.iso);
    expect(isos).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-04-06',
      '2026-05-14',
      '2026-05-25',
      '2026-08-01',
      '2026-09-10',
      '2026-12-25',
      '2026-12-31',
    ]);
    expect(genevaHolidayOn('2026-05-14')?.name).toBe('Ascension');
    expect(genevaHolidayOn('2026-05-13')).toBeUndefined();
  });
});
