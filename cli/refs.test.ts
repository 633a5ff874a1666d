import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run';
import { captureIo } from './terminal.testing';

const repo = resolve(import.meta.dirname, '..');

async function json(...argv: string[]) {
  const io = captureIo();
  expect(await runCli([...argv, '--format', 'json'], io)).toBe(0);
  return JSON.parse(io.stdout());
}

interface Ref {
  kind: string;
  id: string;
  text: string;
  number?: number;
  line: number;
}

describe.each(['samples/wp2-closing-agenda-2025-05.txt', 'samples/wp2-closing-agenda-2025-05.docx', 'test/fixtures/h2-sg17-wp1-agenda-2026-06.html'])(
  'td-lens refs %s lists what the tables know',
  (file) => {
    it('the WTSA action numbers and plan ids `tables` prints, each on its table line', async () => {
      const refs: Ref[] = (await json('refs', resolve(repo, file))).references;
      const tables = await json('tables', resolve(repo, file));
      const tableActions = refs.filter((r) => r.kind === 'wtsa-action' && r.text === String(r.number));
      expect(tableActions.map((r) => [r.number, r.line])).toEqual(tables.wtsaActions.map((a: { number: number; line: number }) => [a.number, a.line]));
      const plan = refs.filter((r) => r.kind === 'plan-action');
      expect(plan.map((r) => r.id)).toEqual(tables.planActions.map((a: { id: string }) => a.id));
      expect(tableActions.length + plan.length).toBeGreaterThan(0);
    });
  },
);
