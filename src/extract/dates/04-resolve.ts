/**
 * Step 4 of dates: anchor a completed date to the calendar. Written years win (`explicit`);
 * relative and yearless dates take the publication date when it is known (`published`); a
 * yearless date without one borrows the year of an explicit date of its sentence or paragraph
 * (`context`); what stays unanchored is `unresolved`: `--MM-DD`/`--MM` when month and day are
 * written, `null` when nothing is (`yesterday` with no publication date).
 */
import type { DateBasis, DatePrecision } from '../../schema.js';
import { daysInMonth } from './02-find.js';
import type { DateExpr, RawPoint } from './types.js';

/** A calendar day; months 1-12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** What a date can be anchored to besides its own words. */
export interface Anchor {
  /** The publication date, or `null` when unknown. */
  published: Ymd | null;
  /** The year of the nearest explicit date in the same sentence or paragraph, or `null`. */
  contextYear: number | null;
}

/** A resolved date: ISO 8601 at its precision (`2017-04-25`, `2016-01`, `2012`, `--07-18`), or `null`. */
export interface Resolved {
  date: string | null;
  until: string | null;
  precision: DatePrecision;
  basis: DateBasis;
}

/** `YYYY-MM-DD…` → Ymd, or `null`. */
export function parseIsoDay(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.m, v.y) ? v : null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

function iso(y: number | null, m?: number, d?: number): string {
  const head = y === null ? '-' : pad4(y);
  if (m === undefined) return head;
  return d === undefined ? `${head}-${pad2(m)}` : `${head}-${pad2(m)}-${pad2(d)}`;
}

function toUtc(v: Ymd): number {
  return Date.UTC(v.y, v.m - 1, v.d);
}

function addDays(v: Ymd, n: number): Ymd {
  const t = new Date(toUtc(v) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function precisionOf(p: RawPoint): DatePrecision {
  if (p.ago) return p.ago.unit === 'day' || p.ago.unit === 'week' ? 'day' : p.ago.unit;
  if (p.day !== undefined || p.dayOffset !== undefined || p.weekday !== undefined) return 'day';
  if (p.month !== undefined || p.monthOffset !== undefined) return 'month';
  return 'year';
}

/** The year that puts month/day closest to the publication date. */
function closestYear(pub: Ymd, m: number, d: number | undefined): number {
  let best = pub.y;
  let bestDist = Infinity;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    const day = Math.min(d ?? 15, daysInMonth(m, y));
    const dist = Math.abs(toUtc({ y, m, d: day }) - toUtc(pub));
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** One end of a date. */
export function resolvePoint(p: RawPoint, anchor: Anchor): { date: string | null; precision: DatePrecision; basis: DateBasis } {
  const precision = precisionOf(p);
  const pub = anchor.published;
  const unresolved = { date: null, precision, basis: 'unresolved' as const };
  if (p.year !== undefined) return { date: iso(p.year, p.month, p.day), precision, basis: 'explicit' };

  if (p.ago) {
    if (!pub) return unresolved;
    const { n, unit } = p.ago;
    if (unit === 'day' || unit === 'week') {
      const v = addDays(pub, -n * (unit === 'week' ? 7 : 1));
      return { date: iso(v.y, v.m, v.d), precision, basis: 'published' };
    }
    if (unit === 'month') {
      const v = addMonths(pub.y, pub.m, -n);
      return { date: iso(v.y, v.m), precision, basis: 'published' };
    }
    return { date: iso(pub.y - n), precision, basis: 'published' };
  }
  if (p.dayOffset !== undefined) {
    if (!pub) return unresolved;
    const v = addDays(pub, p.dayOffset);
    return { date: iso(v.y, v.m, v.d), precision, basis: 'published' };
  }
  if (p.weekday !== undefined && p.day === undefined) {
    if (!pub) return unresolved;
    const today = new Date(toUtc(pub)).getUTCDay();
    const back = (today - p.weekday + 7) % 7;
    const ahead = (p.weekday - today + 7) % 7;
    let shift: number;
    if (p.dir === -1) shift = -(back || 7);
    else if (p.dir === 1) shift = ahead || 7;
    else if (p.dir === 0 || p.forward) shift = ahead;
    else shift = -back;
    const v = addDays(pub, shift);
    return { date: iso(v.y, v.m, v.d), precision, basis: 'published' };
  }
  if (p.monthOffset !== undefined) {
    if (!pub) return unresolved;
    const v = addMonths(pub.y, pub.m, p.monthOffset);
    return { date: iso(v.y, v.m), precision, basis: 'published' };
  }
  if (p.month !== undefined && p.dir !== undefined) {
    if (!pub) return { date: iso(null, p.month), precision, basis: 'unresolved' };
    const y = p.dir === -1 ? (p.month < pub.m ? pub.y : pub.y - 1) : p.dir === 1 ? (p.month > pub.m ? pub.y : pub.y + 1) : pub.y;
    return { date: iso(y, p.month), precision, basis: 'published' };
  }
  if (p.yearOffset !== undefined) {
    if (p.month === undefined) return pub ? { date: iso(pub.y + p.yearOffset), precision, basis: 'published' } : unresolved;
    if (!pub) return { date: iso(null, p.month, p.day), precision, basis: 'unresolved' };
    return { date: iso(pub.y + p.yearOffset, p.month, p.day), precision, basis: 'published' };
  }
  if (p.month !== undefined) {
    if (pub) return { date: iso(closestYear(pub, p.month, p.day), p.month, p.day), precision, basis: 'published' };
    if (anchor.contextYear !== null) return { date: iso(anchor.contextYear, p.month, p.day), precision, basis: 'context' };
    return { date: iso(null, p.month, p.day), precision, basis: 'unresolved' };
  }
  return unresolved;
}

const BASIS_RANK: Record<DateBasis, number> = { explicit: 0, context: 1, published: 2, unresolved: 3 };
const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[b] > PRECISION_RANK[a] ? b : a;
}

/** A single date or a range; a range takes the weaker basis and the coarser precision of its ends. */
export function resolveExpr(e: DateExpr, anchor: Anchor): Resolved {
  const a = resolvePoint(e.from, anchor);
  if (!e.to) return { date: a.date, until: null, precision: a.precision, basis: a.basis };
  let to = e.to;
  // `from August to May` with no year written: the second end follows the first.
  const yearless = (p: RawPoint): boolean => p.year === undefined && p.yearOffset === undefined && p.month !== undefined && p.dir === undefined;
  if (yearless(e.from) && yearless(to) && a.date !== null && !a.date.startsWith('-')) {
    const y = Number(a.date.slice(0, 4));
    const m = e.from.month!;
    const later = to.month! > m || (to.month === m && (to.day ?? 31) >= (e.from.day ?? 1));
    to = { ...to, year: later ? y : y + 1 };
    const r = resolvePoint(to, anchor);
    return { date: a.date, until: r.date, precision: coarser(a.precision, r.precision), basis: a.basis };
  }
  const b = resolvePoint(to, anchor);
  return {
    date: a.date,
    until: b.date,
    precision: coarser(a.precision, b.precision),
    basis: BASIS_RANK[b.basis] > BASIS_RANK[a.basis] ? b.basis : a.basis,
  };
}

/** True when the year of every end is written in the text (a source of context years). */
export function hasExplicitYear(e: DateExpr): boolean {
  return e.from.year !== undefined && (e.to === null || e.to.year !== undefined);
}
