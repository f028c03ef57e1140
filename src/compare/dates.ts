/**
 * What a date claim allows: the days it may stand for at the precision written, whether two
 * dates can be the same, how long a range lasts, and how long ago a date was. Days are counted
 * from 1970-01-01 (UTC). A date without a year ("9 March", written `--03-09`) is compared on
 * its month and day only.
 */
import type { DateClaim } from '../schema.js';
import type { Interval } from './interval.js';
import { intersects } from './interval.js';

const DAY_MS = 86_400_000;
/** A common (non-leap) year used to place month-and-day dates on a line. */
const REF_YEAR = 2001;

/** One end of a date claim: the days it may be, and whether its year is unknown. */
export interface DatePoint extends Interval {
  yearless: boolean;
}

/** A date claim as days: `start` for a single date, `start` and `end` for a range. */
export interface DateValue {
  start: DatePoint;
  end: DatePoint | null;
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The days an ISO date at its precision may be: `2009` → all of 2009, `--03-09` → 9 March of the reference year. */
export function parsePoint(iso: string): DatePoint | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m) {
    const y = Number(m[1]);
    if (!m[2]) return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31), yearless: false };
    const mo = Number(m[2]);
    if (!m[3]) return { lo: dayNumber(y, mo, 1), hi: dayNumber(y, mo, lastDay(y, mo)), yearless: false };
    const d = dayNumber(y, mo, Number(m[3]));
    return { lo: d, hi: d, yearless: false };
  }
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (m) {
    const mo = Number(m[1]);
    if (!m[2]) return { lo: dayNumber(REF_YEAR, mo, 1), hi: dayNumber(REF_YEAR, mo, lastDay(REF_YEAR, mo)), yearless: true };
    const d = dayNumber(REF_YEAR, mo, Number(m[2]));
    return { lo: d, hi: d, yearless: true };
  }
  return null;
}

export function dateValue(c: Pick<DateClaim, 'date' | 'until'>): DateValue | null {
  if (!c.date) return null;
  const start = parsePoint(c.date);
  if (!start) return null;
  const end = c.until ? parsePoint(c.until) : null;
  if (end && end.yearless && start.yearless && end.hi < start.lo) {
    // "between 20 December and 5 January": the end is in the following year
    end.lo += 365;
    end.hi += 365;
  }
  return { start, end };
}

/** The same span moved onto the reference year's line (month and day kept), as one or two pieces. */
function projectYearless(p: Interval): Interval[] {
  if (p.hi - p.lo >= 365) return [{ lo: -Infinity, hi: Infinity }];
  const lo = new Date(p.lo * DAY_MS);
  const hi = new Date(p.hi * DAY_MS);
  const onRef = (d: Date): number => {
    const mo = d.getUTCMonth() + 1;
    return dayNumber(REF_YEAR, mo, Math.min(d.getUTCDate(), lastDay(REF_YEAR, mo)));
  };
  const a = onRef(lo);
  const b = onRef(hi);
  // a span crossing the new year covers the end of the line and its start
  return a <= b ? [{ lo: a, hi: b }] : [{ lo: a, hi: Infinity }, { lo: -Infinity, hi: b }];
}

/** Whether two spans of days can be the same day, a yearless span matching on month and day. */
export function pointsMeet(a: DatePoint, b: DatePoint): boolean {
  if (a.yearless === b.yearless) return intersects(a, b) || (a.yearless && intersects({ lo: a.lo + 365, hi: a.hi + 365 }, b)) || (a.yearless && intersects(a, { lo: b.lo + 365, hi: b.hi + 365 }));
  const [y, f] = a.yearless ? [a, b] : [b, a];
  const yl = [y, { lo: y.lo + 365, hi: y.hi + 365 }];
  return projectYearless(f).some((p) => yl.some((q) => intersects(p, q)));
}

/** The whole span a date claim covers, first day to last. */
export function span(v: DateValue): DatePoint {
  return v.end ? { lo: v.start.lo, hi: v.end.hi, yearless: v.start.yearless || v.end.yearless } : v.start;
}

/**
 * Whether two date claims can speak of the same time: two ranges when their starts meet and
 * their ends meet; a single date and a range when the date falls in the range; two single
 * dates when they overlap at the precision both give ("2009" and "June 2009" meet).
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  if (a.end && b.end) return pointsMeet(a.start, b.start) && pointsMeet(a.end, b.end);
  return pointsMeet(span(a), span(b));
}

/**
 * How many days a range lasts, as an interval: from the days between its ends to that plus one
 * (counting both ends), at the precision written. `null` for a single date.
 */
export function rangeLength(v: DateValue): Interval | null {
  if (!v.end) return null;
  if (v.start.yearless !== v.end.yearless) return null;
  return { lo: Math.max(0, v.end.lo - v.start.hi), hi: v.end.hi - v.start.lo + 1 };
}

/** Days from a date (as far as its precision goes) to `now`, as an interval; `null` for a yearless date. */
export function elapsed(v: DateValue, now: Interval): Interval | null {
  const s = span(v);
  if (s.yearless) return null;
  return { lo: now.lo - s.hi, hi: now.hi - s.lo };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date at its precision as a reader writes it: `9 March 2009`, `June 2009`, `2009`, `9 March`. */
export function formatIsoDate(iso: string | null): string {
  if (!iso) return 'an unknown date';
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (m) {
    if (!m[2]) return m[1]!;
    const month = MONTH_NAMES[Number(m[2]) - 1];
    return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
  }
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (m) return m[2] ? `${Number(m[2])} ${MONTH_NAMES[Number(m[1]) - 1]}` : MONTH_NAMES[Number(m[1]) - 1]!;
  return iso;
}

/** A date claim's reading: `9 March–2 April 2009`, `June 2009`, `March–April`. */
export function formatDate(c: Pick<DateClaim, 'date' | 'until'>): string {
  const a = formatIsoDate(c.date);
  if (!c.until) return a;
  const b = formatIsoDate(c.until);
  const ya = /\d{4}$/.exec(a)?.[0];
  const yb = /\d{4}$/.exec(b)?.[0];
  return `${ya && ya === yb ? a.slice(0, -5) : a}–${b}`;
}

/** A number of days as a reader says it: `24 days`, `about 5 years`. */
export function formatDays(i: Interval): string {
  if (i.hi - i.lo <= 1 && i.hi < 120) {
    const n = Math.round(i.hi);
    return `${n} day${n === 1 ? '' : 's'}`;
  }
  const y = (x: number): string => (x / 365.25).toFixed(1).replace(/\.0$/, '');
  if (i.lo >= 300) return y(i.lo) === y(i.hi) ? `${y(i.lo)} years` : `${y(i.lo)}–${y(i.hi)} years`;
  return `${Math.round(i.lo)}–${Math.round(i.hi)} days`;
}

/** The day number of an ISO `YYYY-MM-DD` (or longer) string. */
export function isoDayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The last day of the year a day number falls in. */
export function endOfYear(day: number): number {
  const y = new Date(day * DAY_MS).getUTCFullYear();
  return dayNumber(y, 12, 31);
}
