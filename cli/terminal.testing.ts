/** Test helper: an in-memory CliIo, so tests run commands in-process and read what they wrote. */
import type { CliIo } from './terminal';

export function captureIo(
  color = false,
): CliIo & { stdout: () => string; stderr: () => string; writes: () => string[] } {
  const writes: string[] = [];
  let err = '';
  return {
    out: (text) => void writes.push(text),
    err: (text) => void (err += text),
    color,
    stdout: () => writes.join(''),
    stderr: () => err,
    /** Each `out` call's text, to see that output came in bounded chunks. */
    writes: () => writes,
  };
}
