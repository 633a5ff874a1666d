// Reference parser throughput: findReferences over a ~5 MB corpus (the sample agenda repeated), next to
// linkify-it (a general link finder doing a comparable one-pass scan) and a single-regex floor (/TD\s?\d+/g).
// The sample holds no URL or e-mail address, so linkify-it finds nothing (peer_matches=0): its figure is the cost
// of its scan alone, without building a single match, which flatters the peer rather than TD Lens.
// Runs are interleaved (subject, peers, subject, ...) so that load from other processes hits all of them alike.
import { readFileSync } from 'node:fs';
import LinkifyIt from 'linkify-it';
import { findReferences } from '../shared/refs/find-references';
import { result, type BenchResult } from './harness';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 7;

function corpus(): string {
  const sample = readFileSync(new URL('../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');
  return sample.repeat(Math.ceil(TARGET_BYTES / sample.length));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of each function, measured in interleaved rounds after one warm-up round. */
function timeInterleaved(fns: (() => unknown)[], runs: number): number[] {
  for (const f of fns) f();
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    fns.forEach((f, i) => {
      const t0 = performance.now();
      f();
      times[i].push(performance.now() - t0);
    });
  }
  return times.map(median);
}

export async function run(): Promise<BenchResult[]> {
  const text = corpus();
  const mb = Buffer.byteLength(text, 'utf8') / (1024 * 1024);
  const linkify = new LinkifyIt();
  let refs = 0;
  let links = 0;
  let floorCount = 0;
  const [subjectMs, linkifyMs, floorMs] = timeInterleaved(
    [
      () => {
        refs = findReferences(text).length;
      },
      () => {
        links = linkify.match(text)?.length ?? 0;
      },
      () => {
        floorCount = 0;
        const re = /TD\s?\d+/g;
        while (re.exec(text) !== null) floorCount++;
      },
    ],
    RUNS,
  );
  const extra = {
    corpus_mb: Math.round(mb * 100) / 100,
    refs,
    refs_per_s: Math.round(refs / (subjectMs / 1000)),
    mb_per_s: Math.round((mb / (subjectMs / 1000)) * 10) / 10,
  };
  // The extension's case: many short text nodes. The corpus's lines stand in for them.
  const nodes = text.split('\n');
  let nodeRefs = 0;
  let nodeLinks = 0;
  const [nodesMs, nodesLinkifyMs] = timeInterleaved(
    [
      () => {
        nodeRefs = 0;
        for (const n of nodes) nodeRefs += findReferences(n).length;
      },
      () => {
        nodeLinks = 0;
        for (const n of nodes) nodeLinks += linkify.match(n)?.length ?? 0;
      },
    ],
    RUNS,
  );
  return [
    result('findReferences vs linkify-it', subjectMs, 'linkify-it match', linkifyMs, { ...extra, peer_matches: links }),
    result('findReferences vs single regex', subjectMs, '/TD\\s?\\d+/g count', floorMs, {
      ...extra,
      peer_matches: floorCount,
    }),
    result('findReferences per text node vs linkify-it', nodesMs, 'linkify-it match per node', nodesLinkifyMs, {
      nodes: nodes.length,
      refs: nodeRefs,
      us_per_node: Math.round(((nodesMs * 1000) / nodes.length) * 100) / 100,
      peer_matches: nodeLinks,
    }),
  ];
}
