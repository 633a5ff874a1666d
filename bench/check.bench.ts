/**
 * `td-lens check` cost: the full rule run (agenda parse + references + every rule) on the sample, and on synthetic
 * agendas 10× and 100× its size (the sample's body repeated with renumbered actions and plan rows, so every rule
 * has work). Peer: `findReferences` alone on the same text, the floor any check pays.
 */
import { readFileSync } from 'node:fs';
import { readTextDocument } from '../shared/document/from-text';
import { runChecks } from '../shared/checks/run-checks';
import { findReferences } from '../shared/refs/find-references';
import { parseRegister } from '../shared/register/parse-register';
import { createRegister } from '../shared/register/register';
import type { TdRegister } from '../shared/register/types';
import { result, timeMedian, type BenchResult } from './harness';

const samplePath = new URL('../samples/wp2-closing-agenda-2025-05.txt', import.meta.url);
const titlesAgendaPath = new URL('../test/fixtures/titles/tsag-closing-agenda-2025-05.txt', import.meta.url);
const titlesRegisterPath = new URL('../test/fixtures/titles/T25-TSAG-250526-TD.xml', import.meta.url);

/** The sample with `copies` copies of its agenda + annexes, codes shifted so each copy is new work, not duplicates. */
export function syntheticAgenda(sample: string, copies: number): string {
  if (copies <= 1) return sample;
  const parts = [sample];
  for (let i = 1; i < copies; i++) {
    parts.push(
      sample
        .replace(/\b(WP2|RG-WPR|RG-DT)-(\d+)/g, (_, s: string, n: string) => `${s}-${Number(n) + i * 10}`)
        .replace(/\bTD(\d+)/g, (_, n: string) => `TD${Number(n) + i * 200}`),
    );
  }
  return parts.join('\n');
}

/** ITU's TD list of the titles fixture, each entry copied the way syntheticAgenda shifts TD numbers. */
function shiftedRegister(base: TdRegister, copies: number): TdRegister {
  const entries = Array.from({ length: copies }, (_, i) =>
    base.entries.map(({ id: _id, ...e }) => ({ ...e, number: e.number + i * 200 })),
  ).flat();
  return createRegister(
    { fileName: base.fileName, format: base.format, ...(base.meeting ? { meeting: base.meeting } : {}) },
    entries,
  );
}

/**
 * td-title-mismatch, the one rule that reads every line against a register's titles, against the same check without
 * a register: the titles fixture agenda and 100 copies of it with ITU's TD list of its meeting (26 titled TDs); and
 * 100 copies with TD numbers shifted per copy and the list copied alike (2,600 titled TDs: the register's size).
 */
function titlesRuns(): BenchResult[] {
  const agenda = readFileSync(titlesAgendaPath, 'utf8');
  const register = parseRegister(readFileSync(titlesRegisterPath, 'utf8'), 'T25-TSAG-250526-TD.xml');
  const copies = (n: number) => Array.from({ length: n }, () => agenda).join('\n');
  const runs = [
    ['1x, ITU list', copies(1), register, 15],
    ['100x, ITU list', copies(100), register, 3],
    ['100x shifted, list of 2600 TDs', syntheticAgenda(agenda, 100), shiftedRegister(register, 100), 3],
  ] as const;
  return runs.map(([label, text, reg, times]) => {
    let findings = 0;
    const subject = timeMedian(() => {
      findings = runChecks(readTextDocument(text, 'bench.txt'), { register: reg, rules: ['td-title-mismatch'] }).length;
    }, times);
    const peer = timeMedian(() => runChecks(readTextDocument(text, 'bench.txt')), times);
    return result(`td-title-mismatch ${label}`, subject, 'check without register', peer, {
      kb: Math.round((text.length / 1024) * 10) / 10,
      findings,
      tds: reg.entries.length,
    });
  });
}

export async function run(): Promise<BenchResult[]> {
  const sample = readFileSync(samplePath, 'utf8');
  const out: BenchResult[] = [];
  // The first runs are JIT warm-up (about 30 ms for the sample, 10 ms once warm): report it, then time steady state.
  const t0 = performance.now();
  runChecks(readTextDocument(sample, 'bench.txt'));
  const coldMs = Math.round((performance.now() - t0) * 100) / 100;
  for (let i = 0; i < 20; i++) {
    runChecks(readTextDocument(sample, 'bench.txt'));
    findReferences(sample);
  }
  for (const [label, copies, runs] of [
    ['sample', 1, 15],
    ['10x', 10, 7],
    ['100x', 100, 3],
  ] as const) {
    const text = syntheticAgenda(sample, copies);
    const kb = text.length / 1024;
    let findings = 0;
    const subject = timeMedian(() => {
      findings = runChecks(readTextDocument(text, 'bench.txt')).length;
    }, runs);
    const peer = timeMedian(() => findReferences(text), runs);
    out.push(
      result(`check ${label}`, subject, 'findReferences', peer, {
        kb: Math.round(kb * 10) / 10,
        ms_per_kb: Math.round((subject / kb) * 1000) / 1000,
        peer_ms_per_kb: Math.round((peer / kb) * 1000) / 1000,
        findings,
        ...(copies === 1 ? { cold_first_run_ms: coldMs } : {}),
      }),
    );
  }
  out.push(...titlesRuns());
  return out;
}
