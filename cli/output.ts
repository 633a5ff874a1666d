/**
 * Output of any size: every command yields its output in pieces, and `writeOutput` hands them to the terminal in
 * bounded chunks, waiting when stdout asks to. A report is never built as one string first (V8 strings stop at
 * about 512 MB: `refs --format json` on 3M references failed with `Invalid string length`).
 */
import { BIDI_CONTROLS } from '../shared/text/printable';
import type { CliIo } from './terminal';

/** How much output is gathered before one write. */
const CHUNK = 64 * 1024;

/** Writes `pieces` in chunks of about CHUNK characters. */
export async function writeOutput(io: CliIo, pieces: Iterable<string>): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK) {
      io.out(chunk);
      chunk = '';
      await io.drained?.();
    }
  }
  if (chunk) io.out(chunk);
}

// What JSON.stringify leaves raw and a terminal or editor acts on: DEL and the C1 controls (U+009B is CSI to some
// terminals), the bidi controls (they reorder what is shown), line and paragraph separators. Escaped, the JSON
// says the same.
const RAW_CONTROLS = new RegExp(`[\u007f-\u009f\u2028\u2029${BIDI_CONTROLS}]`, 'g');
const escapeControl = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value)` of a value without arrays or objects inside, terminal-safe (valid JSON still). */
const leaf = (value: unknown, indent: string): string =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`).replace(RAW_CONTROLS, escapeControl);

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;
const skipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';
const hasToJSON = (value: object) => typeof (value as { toJSON?: unknown }).toJSON === 'function';
/** A value with no array or object inside (a reference, a finding): its text is small, and stringified whole. */
const isFlat = (value: unknown) =>
  !isContainer(value) || (!Array.isArray(value) && !hasToJSON(value) && !Object.values(value).some(isContainer));

/** Flat array elements stringified in one call: JSON.stringify's native loop, not one call and two replaces each. */
const BATCH = 256;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: arrays a few hundred flat elements (or one element that
 * is not flat) at a time, objects member by member, so no piece is larger than a batch of flat objects.
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (isContainer(value) && hasToJSON(value)) value = (value as { toJSON: () => unknown }).toJSON();
  if (!isContainer(value) || (!Array.isArray(value) && isFlat(value))) {
    yield leaf(value, indent);
    return;
  }
  const inner = `${indent}  `;
  const array = Array.isArray(value);
  const keys = array ? null : Object.keys(value).filter((k) => !skipped((value as Record<string, unknown>)[k]));
  const length = keys ? keys.length : (value as unknown[]).length;
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (length === 0) {
    yield open + close;
    return;
  }
  yield open;
  for (let i = 0; i < length;) {
    const separator = i === 0 ? '\n' : ',\n';
    if (!keys) {
      // A run of flat elements: `[\n  a,\n  b\n]` without its brackets, each line indented as it is nested here.
      let end = i;
      while (end < length && end - i < BATCH && isFlat((value as unknown[])[end])) end++;
      if (end > i) {
        const text = JSON.stringify((value as unknown[]).slice(i, end), null, 2);
        yield `${separator}${indent}${text.slice(2, -2).replace(/\n/g, `\n${indent}`).replace(RAW_CONTROLS, escapeControl)}`;
        i = end;
        continue;
      }
    }
    const key = keys ? `${leaf(keys[i], inner)}: ` : '';
    const member = keys ? (value as Record<string, unknown>)[keys[i]] : (value as unknown[])[i];
    yield `${separator}${inner}${key}`;
    yield* jsonPieces(skipped(member) ? null : member, inner);
    i++;
  }
  yield `\n${indent}${close}`;
}

/** A command's JSON output: the value as `JSON.stringify(value, null, 2)` would write it, then a line end. */
export function* jsonOutput(value: unknown): Generator<string> {
  yield* jsonPieces(value);
  yield '\n';
}
