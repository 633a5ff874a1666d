import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv';

const quote = (field: string) => (/[",\r\n]/.test(field) || field === '' ? `"${field.replace(/"/g, '""')}"` : field);

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes and line breaks inside quotes, with record start lines', () => {
    expect(parseCsv('a,"b ""c""",d\r\n"x\ny",,z\n')).toEqual([
      { fields: ['a', 'b "c"', 'd'], line: 1 },
      { fields: ['x\ny', '', 'z'], line: 2 },
    ]);
  });

  it('strips a BOM and skips blank lines', () => {
    expect(parseCsv('\uFEFFid\n\nTD1\n')).toEqual([
      { fields: ['id'], line: 1 },
      { fields: ['TD1'], line: 3 },
    ]);
  });

  it('names the line of syntax errors', () => {
    expect(() => parseCsv('a\n"b')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\nb"c')).toThrow('a quote inside an unquoted field');
  });

  it('property: quoting then parsing gives the records back', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r\n', 'é', '1'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (records) => {
          const csv = records.map((r) => r.map(quote).join(',')).join('\r\n');
          expect(parseCsv(csv).map((r) => r.fields)).toEqual(records);
        },
      ),
    );
  });
});
