/**
 * Step 3 of dates: complete a mention. The ends of a range share what is written only once
 * (`25 April - 18 May 2017`: the year; `10-22 August`: the month; `between April 25 and May 18
 * this year`: the relative year), and a range that would run backwards after borrowing a year
 * starts in the year before (`December to February 2017`).
 */
import type { DateExpr, Mention, RawPoint } from './types.js';

function borrow(into: RawPoint, from: RawPoint): void {
  if (into.year === undefined && into.yearOffset === undefined) {
    if (from.year !== undefined) into.year = from.year;
    else if (from.yearOffset !== undefined) into.yearOffset = from.yearOffset;
  }
}

function before(a: RawPoint, b: RawPoint): boolean {
  const am = a.month ?? 1;
  const bm = b.month ?? 1;
  return am < bm || (am === bm && (a.day ?? 1) <= (b.day ?? 1));
}

/** A mention with its range ends completed from each other. Pure: the mention is not changed. */
export function parseMention(m: Mention): DateExpr {
  const from: RawPoint = { ...m.from };
  if (!m.to) return { start: m.start, end: m.end, rule: m.rule, from, to: null };
  const to: RawPoint = { ...m.to };
  // Day-only ends take the month of the other end.
  if (from.day !== undefined && from.month === undefined && to.month !== undefined) from.month = to.month;
  if (to.day !== undefined && to.month === undefined && from.month !== undefined) to.month = from.month;
  const fromHadYear = from.year !== undefined || from.yearOffset !== undefined;
  const toHadYear = to.year !== undefined || to.yearOffset !== undefined;
  borrow(from, to);
  borrow(to, from);
  if (from.month !== undefined && to.month !== undefined && !before(from, to)) {
    if (!fromHadYear && from.year !== undefined) from.year -= 1;
    else if (!fromHadYear && from.yearOffset !== undefined) from.yearOffset -= 1;
    else if (!toHadYear && to.year !== undefined) to.year += 1;
    else if (!toHadYear && to.yearOffset !== undefined) to.yearOffset += 1;
  }
  return { start: m.start, end: m.end, rule: m.rule, from, to };
}
