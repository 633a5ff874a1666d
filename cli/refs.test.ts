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

describe.each([
  'samples/wp2-closing-agenda-2025-05.txt',
  'samples/wp2-closing-agenda-2025-05.docx',
  'test/fixtures/h2-sg17-wp1-agenda-2026-06.html',
])('td-lens refs %s lists what the tables know', (file) => {
  it('the WTSA action numbers and plan ids `tables` prints, each on its table line', async () => {
    const refs: Ref[] = (await json('refs', resolve(repo, file))).references;
    const tables = await json('tables', resolve(repo, file));
    const tableActions = refs.filter((r) => r.kind === 'wtsa-action' && r.text === String(r.number));
    expect(tableActions.map((r) => [r.number, r.line])).toEqual(
      tables.wtsaActions.map((a: { number: number; line: number }) => [a.number, a.line]),
    );
    const plan = refs.filter((r) => r.kind === 'plan-action');
    expect(plan.map((r) => r.id)).toEqual(tables.planActions.map((a: { id: string }) => a.id));
    expect(tableActions.length + plan.length).toBeGreaterThan(0);
  });
});

describe('td-lens refs --meeting', () => {
  it("gives each TD and contribution its ITU page (another group's TD none: its meeting is not the agenda's)", async () => {
    const io = captureIo();
    const file = resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt');
    expect(await runCli(['refs', file, '--format', 'json', '--meeting', 'T25-TSAG-250526'], io)).toBe(0);
    const refs: (Ref & { url?: string; group?: string })[] = JSON.parse(io.stdout()).references;
    const td7 = refs.find((r) => r.kind === 'td' && r.id === 'TD7R1');
    expect(td7?.url).toBe('https://www.itu.int/md/T25-TSAG-250526-TD-GEN-0007/en');
    for (const r of refs) {
      const own = r.kind === 'contribution' || (r.kind === 'td' && (!r.group || r.group === 'TSAG'));
      expect(r.url !== undefined, `${r.kind} ${r.text}`).toBe(own);
    }
  });

  it('gives no page without the meeting', async () => {
    const refs: (Ref & { url?: string })[] = (
      await json('refs', resolve(repo, 'samples/wp2-closing-agenda-2025-05.txt'))
    ).references;
    expect(refs.some((r) => r.url !== undefined)).toBe(false);
  });
});
