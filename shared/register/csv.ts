/** RFC 4180 CSV: quoted fields, `""` escapes, line breaks inside quotes, CRLF or LF. */

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(content: string): CsvRecord[] {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // `inField`: the current field has begun (a char or a quote); `inRecord`: the record has begun.
  let inField = false;
  let inRecord = false;

  const endRecord = () => {
    fields.push(field);
    // Blank lines are skipped rather than read as one empty field.
    if (inRecord) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    inField = false;
    inRecord = false;
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && !inField) {
      inField = true;
      inRecord = true;
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quoteLine, 'unterminated quoted field');
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(line, 'unexpected text after a closing quote');
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      inField = false;
      inRecord = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
    field += ch;
    inField = true;
    inRecord = true;
    i++;
  }
  if (inRecord) endRecord();
  return records;
}
