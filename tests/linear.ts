/**
 * A guard against catastrophic (super-linear) time that asserts no wall-clock budget: the work
 * runs on an eighth of the input and on all of it, and fails only when the full run is slow in
 * absolute terms *and* grew far faster than the input did. A shared, noisy machine changes the
 * absolute times; it does not turn ×8 input into ×64 time, which is what a quadratic scan does.
 */
import { expect } from 'vitest';

/** Slower than this on the full input, a run is looked at for its growth (below: no catastrophe to find). */
const SLOW_MS = 1000;
/** Growth allowed for ×8 input: linear is ~8, quadratic ~64; three times linear leaves room for noise and caches. */
const MAX_GROWTH = 24;

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Run `work` on the first eighth of `input` (a prefix of a repeated pattern is the same
 * pattern) and on all of it; fail when the full run takes over a second and more than 24 times
 * the small one, twice.
 */
export function expectLinear<T extends string | readonly unknown[]>(input: T, work: (x: T) => unknown, label = ''): void {
  expectLinearAfter(input, (x) => x, work, label);
}

/** `expectLinear` of `work(prepare(x))`, timing `work` alone (`prepare`, e.g. extraction, runs before). */
export function expectLinearAfter<T extends string | readonly unknown[], P>(input: T, prepare: (x: T) => P, work: (p: P) => unknown, label = ''): void {
  const small = prepare(input.slice(0, Math.max(1, Math.floor(input.length / 8))) as T);
  const full = prepare(input);
  const tSmall = Math.min(timed(() => work(small)), timed(() => work(small)));
  let tFull = timed(() => work(full));
  if (tFull < SLOW_MS) return;
  // a run preempted by other jobs on a shared machine looks like growth: time it once more
  if (tFull / Math.max(tSmall, 1) >= MAX_GROWTH) tFull = Math.min(tFull, timed(() => work(full)));
  if (tFull < SLOW_MS) return;
  expect(tFull / Math.max(tSmall, 1), `${label} took ${tFull.toFixed(0)} ms on the input and ${tSmall.toFixed(0)} ms on an eighth of it`).toBeLessThan(MAX_GROWTH);
}
