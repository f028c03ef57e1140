/**
 * What a figure's words allow: the interval of values compatible with "more than six weeks",
 * "about 4,000" or "£2.4 million", given the precision the number is written to. Pure
 * functions over `FigureClaim`.
 */
import type { FigureClaim } from '../schema.js';
import { AGE_AFTER, AGE_BEFORE } from '../lexicon/units.js';
import { DURATION_DAYS } from '../lexicon/events.js';
import type { Interval } from './interval.js';

/** How loose "about" and "almost" are when the written precision is finer: a share of the value. */
export const APPROXIMATE_SHARE = 0.1;

/**
 * The step the number is written to, in the claim's units: `2.4 million` → 100,000; `4,000` →
 * 1,000 (two or more trailing zeros read as rounding); `4,127` → 1; `2.5` → 0.1; a number
 * written in words → 1, or its magnitude word ("three million" → 1,000,000).
 */
export function writtenPrecision(c: Pick<FigureClaim, 'text' | 'value' | 'min' | 'max'>): number {
  const v = c.value ?? c.min ?? c.max;
  if (v === null || v === 0) return 1;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(c.text);
  if (!m) {
    const mag = /\b(billion|bn|million|m|thousand|k|hundred)\b/i.exec(c.text);
    return mag ? MAGNITUDE[mag[1]!.toLowerCase()]! : 1;
  }
  const intPart = m[1]!.replace(/,/g, '');
  const decimals = m[2] ?? '';
  const written = Number(`${intPart}${decimals ? '.' + decimals : ''}`);
  let step = 1;
  if (decimals) step = 10 ** -decimals.length;
  else {
    // counted backwards: the unanchored /0*$/ restarts at every zero of a long run (quadratic)
    let zeros = 0;
    while (zeros < intPart.length && intPart.charCodeAt(intPart.length - 1 - zeros) === 48) zeros++;
    if (zeros >= 2 && zeros < intPart.length) step = 10 ** zeros;
  }
  const magnitude = written > 0 ? roundToPowerOfTen(Math.abs(v) / written) : 1;
  return step * magnitude;
}

const MAGNITUDE: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3, hundred: 100 };

function roundToPowerOfTen(x: number): number {
  if (!(x > 0)) return 1;
  const p = Math.round(Math.log10(x));
  return Math.abs(x - 10 ** p) / 10 ** p < 0.01 ? 10 ** p : x;
}

/**
 * The values a figure allows, in its own unit. A bare number stands for the interval it rounds
 * from (±half its written step); `more than`/`at least` open it upwards, `less than`/`up to`
 * downwards; `about` widens it to ±max(half step, 10 %); `almost` reaches down by as much.
 * `tolerance` (relative, e.g. 0.05) widens every side by that share of the value.
 */
export function figureInterval(c: Pick<FigureClaim, 'text' | 'value' | 'min' | 'max' | 'qualifier'>, tolerance = 0): Interval {
  const p = writtenPrecision(c);
  // half-open rounding: 2.45 rounds to 2.5, so "2.4" and "2.5" never meet at the boundary
  const half = (p / 2) * (1 - 1e-9);
  // each side of a comparison widens by half the tolerance, so two exact figures meet when they
  // are within `tolerance` of each other (relative to their mean), as "--tolerance 2%" promises
  const share = tolerance / 2;
  if (c.value === null) {
    const lo = c.min === null ? -Infinity : c.min - half - share * Math.abs(c.min);
    const hi = c.max === null ? Infinity : c.max + half + share * Math.abs(c.max);
    return { lo, hi };
  }
  const v = c.value;
  const t = share * Math.abs(v);
  const approx = Math.max(half, APPROXIMATE_SHARE * Math.abs(v));
  switch (c.qualifier) {
    case 'more than':
      return { lo: v - t, hi: Infinity };
    case 'at least':
      return { lo: v - half - t, hi: Infinity };
    case 'less than':
      return { lo: -Infinity, hi: v + t };
    case 'up to':
      return { lo: -Infinity, hi: v + half + t };
    case 'about':
      return { lo: v - approx - t, hi: v + approx + t };
    case 'almost':
      return { lo: v - approx - t, hi: v + half + t };
    default:
      return { lo: v - half - t, hi: v + half + t };
  }
}

/** A time unit's length in days, or `null` for any other unit. */
export function daysPerUnit(unit: string | null): number | null {
  return unit !== null && unit in DURATION_DAYS ? DURATION_DAYS[unit]! : null;
}

/** A figure that measures a span of time ("12 days", "more than six weeks"), not an age. */
export function isDuration(c: FigureClaim): boolean {
  if (daysPerUnit(c.unit) === null) return false;
  // (the extractor's own word: "Doe, 23,", "aged 23", "a 23-year-old")
  if (c.rule.startsWith('figures/age') || c.rule.startsWith('figures/range-age')) return false;
  const s = c.sentence.toLowerCase();
  const at = s.indexOf(c.text.toLowerCase());
  const after = at >= 0 ? s.slice(at + c.text.length, at + c.text.length + 12) : '';
  const before = at >= 0 ? s.slice(Math.max(0, at - 12), at) : '';
  const text = c.text.toLowerCase();
  if (AGE_AFTER.some((w) => new RegExp(`(^|[\\s-])${w}\\b`).test(text) || new RegExp(`^[\\s-]*${w}\\b`).test(after))) return false;
  if (AGE_BEFORE.some((w) => new RegExp(`\\b${w}\\s*$`).test(before))) return false;
  return true;
}

/** A duration's interval in days. */
export function durationDays(c: FigureClaim, tolerance = 0): Interval | null {
  const k = daysPerUnit(c.unit);
  if (k === null) return null;
  const i = figureInterval(c, tolerance);
  return { lo: i.lo * k, hi: i.hi * k };
}

const CURRENCY_SIGN: Record<string, string> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹' };

/** A number as a reader writes it: `2.4 million`, `4,127`, `0.5`. */
export function formatNumber(n: number): string {
  let s = numberCache.get(n);
  if (s === undefined) {
    s = formatNumberUncached(n);
    if (numberCache.size > 100_000) numberCache.clear();
    numberCache.set(n, s);
  }
  return s;
}

const numberCache = new Map<number, string>();

/**
 * `toLocaleString('en-GB', { maximumFractionDigits: 3 })` made once: that call builds a new
 * formatter each time (~10 µs), which a check of an article of thousands of distinct values
 * (a table) paid for each.
 */
const EN_GB_3 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

function formatNumberUncached(n: number): string {
  const a = Math.abs(n);
  for (const [k, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    if (a >= k) {
      const x = n / k;
      return `${EN_GB_3.format(Number(x.toPrecision(6)))} ${word}`;
    }
  }
  return EN_GB_3.format(n);
}

/** A figure's normalised reading: `£2.4 million`, `more than 6 weeks`, `7–9 years`, `120 worker`. */
export function formatFigure(c: Pick<FigureClaim, 'value' | 'min' | 'max' | 'unit' | 'qualifier'>): string {
  const amount =
    c.value !== null
      ? formatNumber(c.value)
      : c.min !== null && c.max !== null
        ? `${formatNumber(c.min)}–${formatNumber(c.max)}`
        : c.min !== null
          ? `at least ${formatNumber(c.min)}`
          : c.max !== null
            ? `up to ${formatNumber(c.max)}`
            : '?';
  const q = c.qualifier ? `${c.qualifier} ` : '';
  const unit = c.unit;
  if (unit && CURRENCY_SIGN[unit]) return `${q}${CURRENCY_SIGN[unit]}${amount}`;
  if (unit && /^[A-Z]{3}$/.test(unit)) return `${q}${amount} ${unit}`;
  if (unit === 'percent') return `${q}${amount}%`;
  if (!unit) return `${q}${amount}`;
  const plural = c.value !== 1 && daysPerUnit(unit) !== null ? 's' : '';
  return `${q}${amount} ${unit}${plural}`;
}
