/**
 * Hand-offs between the steps of the date extractor: find (02) yields `Mention`s of `RawPoint`s,
 * parse (03) completes them into `DateExpr`s, resolve (04) anchors them to a calendar.
 */

/**
 * One end of a date as written. Every field is optional: a bare `25` inside `25-28 May` is a
 * point with only `day`. Months are 1-12, days 1-31, weekdays 0 (Sunday) … 6.
 */
export interface RawPoint {
  year?: number;
  /** Last year of a decade (`1990s` → 1999) or of a financial year (`2016-17` → 2017). */
  yearEnd?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** `this year` 0, `last year` -1, `next year` 1 (alone or after a month: `May last year`). */
  yearOffset?: number;
  /** `this month` 0, `last month` -1. */
  monthOffset?: number;
  /** `today` 0, `yesterday` -1, `tomorrow` 1. */
  dayOffset?: number;
  /** Direction of a month or weekday named with `last`/`this`/`next` (`last May`). */
  dir?: -1 | 0 | 1;
  /** A bare weekday in a sentence that speaks of the future (`will meet on Monday`). */
  forward?: boolean;
  /** `N units ago`. */
  ago?: { n: number; unit: 'day' | 'week' | 'month' | 'year' };
}

/** A date phrase found in the text: its span, the rule that matched, and its one or two ends. */
export interface Mention {
  /** 0-based UTF-16 offsets into the body, `end` exclusive. */
  start: number;
  end: number;
  /** Rule id, e.g. `date/day-month-year`, `date/range/between`. */
  rule: string;
  from: RawPoint;
  /** Last day of a range, or `null` for a single date. */
  to: RawPoint | null;
}

/** A mention whose range ends have borrowed from each other the parts written only once. */
export interface DateExpr {
  start: number;
  end: number;
  rule: string;
  from: RawPoint;
  to: RawPoint | null;
}
