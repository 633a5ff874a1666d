/** CSV registers: a header row naming at least `id` (usually `id,title,source`), one TD a row. */
import { parseCsv, CsvSyntaxError } from './csv';
import { createRegister, type EntryInput } from './register';
import { parseTdId } from '../refs/td';
import { RegisterError, type TdRegister } from './types';

export function parseCsvRegister(content: string, fileName: string): TdRegister {
  let records;
  try {
    records = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new RegisterError(fileName, error.line, error.reason);
    throw error;
  }
  if (records.length === 0) throw new RegisterError(fileName, 1, 'empty register: expected a header "id,title,source"');
  const header = records[0].fields.map((name) => name.trim().toLowerCase());
  const idColumn = header.indexOf('id');
  if (idColumn < 0) {
    throw new RegisterError(
      fileName,
      records[0].line,
      `header has no "id" column (expected "id,title,source", got "${records[0].fields.join(',')}")`,
    );
  }
  const titleColumn = header.indexOf('title');
  const sourceColumn = header.indexOf('source');
  const inputs: EntryInput[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== header.length) {
      throw new RegisterError(fileName, record.line, `expected ${header.length} fields, found ${record.fields.length}`);
    }
    const rawId = record.fields[idColumn].trim();
    // Registers are typed by hand (`td9`); another group's TD (`SG12-TD648`) is not this meeting's.
    const id = parseTdId(rawId, { anyCase: true });
    if (!id || id.group !== undefined) throw new RegisterError(fileName, record.line, `id "${rawId}" is not a TD id`);
    inputs.push({
      number: id.number,
      revision: id.revision ?? 0,
      title: titleColumn >= 0 ? record.fields[titleColumn].trim() : '',
      source: sourceColumn >= 0 ? record.fields[sourceColumn].trim() : '',
      line: record.line,
    });
  }
  return createRegister({ fileName, format: 'csv' }, inputs);
}
