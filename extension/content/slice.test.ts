import { describe, expect, it } from 'vitest';
import { runSliced, yieldForFrame } from './slice';

describe('runSliced', () => {
  it('yields whenever a slice spends its budget', async () => {
    let clock = 0;
    let left = 10;
    let yields = 0;
    const stats = await runSliced(
      () => {
        if (left === 0) return false;
        left--;
        clock += 4;
        return true;
      },
      { budgetMs: 10, now: () => clock, yieldToPage: async () => void yields++ },
    );
    expect(stats).toMatchObject({ units: 10, aborted: false });
    expect(yields).toBe(3);
    expect(stats.longestSliceMs).toBe(12);
  });

  it('asks a budget function after every step', async () => {
    let clock = 0;
    let left = 10;
    const sizes: number[] = [];
    let slice = 0;
    await runSliced(
      () => {
        if (left === 0) return false;
        left--;
        slice++;
        clock += 4;
        return true;
      },
      {
        // 20 ms while more than 4 units are left, then 4 ms: a slice of 5 units (20 ms), then slices of 1.
        budgetMs: () => (left > 4 ? 20 : 4),
        now: () => clock,
        yieldToPage: async () => void (sizes.push(slice), (slice = 0)),
      },
    );
    expect(sizes).toEqual([5, 1, 1, 1, 1, 1]);
  });

  it('stops when aborted', async () => {
    const abort = new AbortController();
    let units = 0;
    const stats = await runSliced(
      () => {
        if (++units === 3) abort.abort();
        return true;
      },
      { signal: abort.signal, yieldToPage: async () => {} },
    );
    expect(stats.aborted).toBe(true);
    expect(units).toBe(3);
  });
});

describe('yieldForFrame', () => {
  it('resumes after a frame, or after the timeout when no frame comes (hidden tab)', async () => {
    let frame: (() => void) | null = null;
    const win = { requestAnimationFrame: (cb: () => void) => void (frame = cb) } as unknown as Window;
    let resumed = false;
    const waiting = yieldForFrame(win, 1000).then(() => void (resumed = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(resumed).toBe(false);
    frame!();
    await waiting;
    expect(resumed).toBe(true);
    const never = { requestAnimationFrame: () => {} } as unknown as Window;
    const t0 = Date.now();
    await yieldForFrame(never, 20);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(15);
  });
});
