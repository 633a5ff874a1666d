/**
 * Where a command writes, and how text output looks there: colour (only on a terminal, never with NO_COLOR),
 * aligned columns and clipped cells. Text that came from outside (file names, document text, register ids) is shown
 * with its control characters escaped (`printable`), so no input can drive the user's terminal.
 */
import { once } from 'node:events';
import { printable } from '../shared/text/printable';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colour the text output (stdout is a terminal and NO_COLOR is unset). */
  color: boolean;
  /** Resolves once the output has room again (stdout drained); absent when output never pushes back. */
  drained?(): Promise<unknown> | undefined;
}

const wantsColor = (): boolean =>
  Boolean(process.stdout.isTTY) && (process.env.NO_COLOR === undefined || process.env.NO_COLOR === '');

/** The real terminal. `out`/`err` write the text as given (callers end lines with `\n`). */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  color: wantsColor(),
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain') : undefined),
};

const ANSI: Record<string, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
};
export type Color = keyof typeof ANSI;

/** Wraps `text` in an ANSI colour when `enabled`. */
export function paint(text: string, color: Color, enabled: boolean): string {
  const codes = ANSI[color];
  return enabled && codes ? `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m` : text;
}

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** Visible width of a string (ANSI codes left out). */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI_PATTERN, '')].length;
}

/**
 * Aligned columns, one line (ending `\n`) at a time: every column but the last is padded to its widest cell.
 * Cells may hold ANSI colour. `rows` is read twice (widths, then lines), so it may be a lazy view of the data.
 */
export function* columnLines(rows: Iterable<string[]>, gap = 2): Generator<string> {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleWidth(cell))));
  for (const row of rows) {
    const line = row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - visibleWidth(cell) + gap)))
      .join('');
    yield `${line.trimEnd()}\n`;
  }
}

/** Shortens one-line text to `max` characters with an ellipsis; tabs and line ends become spaces, controls escaped. */
export function clip(text: string, max: number): string {
  const flat = printable(text.replace(/[\t\r\n]+/g, ' '));
  return [...flat].length <= max ? flat : [...flat].slice(0, Math.max(0, max - 1)).join('') + '…';
}
