/**
 * Test helper: does a reader stay linear on a pathological input? Doubling the input should about double the time
 * (a ratio near 2); a quadratic reader gives about 4. No wall-clock threshold: only the ratio, measured in one run.
 * Not used at run time.
 */
import { expect } from 'vitest';

const timed = (fn: () => unknown): number => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

/**
 * time(run(make(2n))) / time(run(make(n))), each the best of `rounds` runs, taken alternately so both sizes see
 * the same machine load. `run` may throw (a reader refusing hostile input is the point): that counts as done.
 */
export function growthRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, rounds = 5): number {
  const small = make(n);
  const large = make(2 * n);
  const attempt = (input: T) => () => {
    try {
      run(input);
    } catch {
      // Refusing is an answer too; its time counts.
    }
  };
  attempt(small)();
  attempt(large)();
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    a = Math.min(a, timed(attempt(small)));
    b = Math.min(b, timed(attempt(large)));
  }
  return b / Math.max(a, 0.01);
}

/** Asserts that doubling the input at most about doubles the time (below 3; quadratic work gives 4). */
export function expectLinearGrowth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): void {
  // A busy machine can spoil one measurement; a quadratic reader fails every one.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 3; attempt++) ratio = growthRatio(make, run, n);
  expect(ratio).toBeLessThan(3);
}
