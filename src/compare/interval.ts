/** Closed numeric intervals; ±Infinity for open ends. */
export interface Interval {
  lo: number;
  hi: number;
}

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** The common part of two intervals, or `null` when they do not meet. */
export function intersection(a: Interval, b: Interval): Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

export function scale(a: Interval, k: number): Interval {
  return k >= 0 ? { lo: a.lo * k, hi: a.hi * k } : { lo: a.hi * k, hi: a.lo * k };
}
