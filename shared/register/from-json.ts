/** JSON registers: `[{"id":"TD9R3","title":..,"source":..}]` or `{"entries":[...]}`. */
import { createRegister, type EntryInput } from './register';
import { lineIndex } from '../text/lines';
import { parseTdId } from '../refs/td';
import { parseMeetingId } from '../meeting/id';
import { RegisterError, type TdRegister } from './types';

export function parseJsonRegister(content: string, fileName: string): TdRegister {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? lineIndex(content).lineOf(Number(at[1])) : 1;
    throw new RegisterError(fileName, line, `invalid JSON: ${message}`);
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.entries) ? data.entries : null;
  if (!list) throw new RegisterError(fileName, 1, 'expected an array of {id,title,source} or {"entries": [...]}');
  const inputs: EntryInput[] = [];
  const lineOf = lineIndex(content).lineOf;
  // JSON.parse keeps no positions: where each entry starts comes from one pass over the text.
  const starts = entryStarts(content, !Array.isArray(data));
  list.forEach((item: unknown, index: number) => {
    const rawId = isObject(item) ? item.id : undefined;
    const line = starts[index] === undefined ? 1 : lineOf(starts[index]);
    if (!isObject(item)) throw new RegisterError(fileName, line, `entry ${index + 1} is not an object`);
    if (typeof rawId !== 'string') throw new RegisterError(fileName, line, `entry ${index + 1} has no string "id"`);
    // Registers are typed by hand (`td9`); another group's TD (`SG12-TD648`) is not this meeting's.
    const id = parseTdId(rawId, { anyCase: true });
    if (!id || id.group !== undefined) throw new RegisterError(fileName, line, `id "${rawId}" is not a TD id`);
    inputs.push({
      number: id.number,
      revision: id.revision ?? 0,
      title: typeof item.title === 'string' ? item.title.trim() : '',
      source: typeof item.source === 'string' ? item.source.trim() : '',
      line,
    });
  });
  const meeting =
    isObject(data) && typeof data.meeting === 'string' ? (parseMeetingId(data.meeting) ?? undefined) : undefined;
  return createRegister({ fileName, format: 'json', meeting }, inputs);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where each element of the entries list starts: the top-level array's elements, or (`inObject`) those of the
 * top-level object's `"entries"` array (the last one, as JSON.parse keeps the last of equal keys). One pass over
 * text JSON.parse has accepted: strings skipped (escapes included), nesting counted.
 */
export function entryStarts(json: string, inObject: boolean): number[] {
  let starts: number[] = [];
  let current: number[] | null = null;
  let depth = 0;
  const listDepth = inObject ? 2 : 1;
  let key: string | null = null;
  let elementNext = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (elementNext && current) {
      if (c !== ']') current.push(i);
      elementNext = false;
    }
    if (c === '"') {
      const end = stringEnd(json, i);
      // A key of the top-level object: the string before a colon.
      if (inObject && depth === 1) {
        let after = end + 1;
        while (after < json.length && ' \t\n\r'.includes(json[after])) after++;
        if (json[after] === ':') key = JSON.parse(json.slice(i, end + 1)) as string;
      }
      i = end;
    } else if (c === '[' || c === '{') {
      depth++;
      if (c === '[' && depth === listDepth && (!inObject || key === 'entries')) {
        current = [];
        elementNext = true;
      }
    } else if (c === ']' || c === '}') {
      if (depth === listDepth && current) {
        starts = current;
        current = null;
        elementNext = false;
      }
      depth--;
    } else if (c === ',' && depth === listDepth && current) {
      elementNext = true;
    }
  }
  return starts;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(json: string, start: number): number {
  for (let i = start + 1; i < json.length; i++) {
    if (json[i] === '\\') i++;
    else if (json[i] === '"') return i;
  }
  return json.length;
}
