/**
 * Test helper: does a reader stay linear on a pathological input? Doubling the input should about double the time
 * (a ratio near 2); a quadratic reader gives about 4. No wall-clock threshold: only the ratio, measured in one run.
 *
 * Time is this process's CPU time (each test file runs in its own), not wall time, so other work on the machine
 * does not count; each size is measured over calls adding up to at least 25 ms, and the least disturbed of five
 * rounds is kept, since disturbance (caches, the scheduler) only ever makes a round slower.
 */
import { expect } from 'vitest';

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** `run(input)`, where throwing is an answer too (a reader refusing hostile input is the point): its time counts. */
const attempt =
  <T>(run: (input: T) => unknown, input: T) =>
  (): void => {
    try {
      run(input);
    } catch {
      // Refused: done.
    }
  };

/** CPU milliseconds per call of `fn`, the best of `rounds` rounds of at least 25 ms each. */
export function msPerCall(fn: () => void, rounds = 5): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    let elapsed = 0;
    const start = cpuMs();
    do {
      fn();
      calls++;
      elapsed = cpuMs() - start;
    } while (elapsed < 25);
    best = Math.min(best, elapsed / calls);
  }
  return best;
}

/** time(run(make(2n))) / time(run(make(n))). */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): number {
  const small = attempt(run, make(n));
  const large = attempt(run, make(2 * n));
  large(); // warm up
  return msPerCall(large) / Math.max(msPerCall(small), 0.001);
}

/** Asserts that doubling the input at most about doubles the time (below 3; quadratic work gives 4). */
export function expectLinearGrowth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): void {
  // A busy machine can spoil one measurement; a superlinear reader fails every one.
  let ratio = Infinity;
  for (let tries = 0; tries < 3 && ratio >= 3; tries++) ratio = Math.min(ratio, growthRatio(make, run, n));
  expect(ratio).toBeLessThan(3);
}
