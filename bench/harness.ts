/** What every benchmark reports: the subject's time beside a peer measured in the same run. */
export interface BenchResult {
  name: string;
  subject_ms: number;
  peer: string;
  peer_ms: number;
  /** subject_ms / peer_ms: below 1 the subject is faster. */
  ratio: number;
  /** Anything else worth printing (refs/s, MB/s, longest task, sizes). */
  [extra: string]: unknown;
}

/** What a benchmark of quality rather than time reports (recall, precision ...): figures alone, no peer. */
export interface FigureResult {
  name: string;
  figures: Record<string, string | number>;
}

/** Median wall time of `fn` over `runs` runs after one warm-up. */
export function timeMedian(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function result(
  name: string,
  subjectMs: number,
  peer: string,
  peerMs: number,
  extra: Record<string, unknown> = {},
): BenchResult {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    subject_ms: round(subjectMs),
    peer,
    peer_ms: round(peerMs),
    ratio: round(subjectMs / peerMs),
    ...extra,
  };
}
