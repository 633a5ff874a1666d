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
  let searchFrom = 0;
  list.forEach((item: unknown, index: number) => {
    // JSON.parse keeps no positions: find the entry's id in the text to name its line.
    const rawId = isObject(item) ? item.id : undefined;
    const idText = typeof rawId === 'string' ? rawId : typeof rawId === 'number' ? String(rawId) : '';
    const found = idText ? content.indexOf(JSON.stringify(rawId), searchFrom) : -1;
    if (found >= 0) searchFrom = found + 1;
    const line = found >= 0 ? lineOf(found) : 1;
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
  const meeting = isObject(data) && typeof data.meeting === 'string' ? parseMeetingId(data.meeting) ?? undefined : undefined;
  return createRegister({ fileName, format: 'json', meeting }, inputs);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
