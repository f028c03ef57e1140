/**
 * Step 2 of dates: a small grammar over the tokens of step 1 that finds date phrases and reads
 * the parts written in each (`RawPoint`s). It scans once, left to right; at every token it tries
 * a bounded number of patterns, each looking at most a dozen tokens ahead, so it is linear in
 * the length of the text whatever the input.
 *
 * Decisions (news reading, documented in tests/dates.test.ts):
 * - A bare month name or a bare year 1900-2099 is a date only when a word licenses it
 *   (`in May`, `since 2015`, `the 2016 election`, `2012's`, `May last year`, `mid-2016`);
 *   `2,012`, `2012 children` and `Theresa May` are not dates.
 * - Ambiguous month words (`May`, `March`, `August`, `April`, `June`) and all abbreviations must
 *   be capitalised.
 * - `the last year`, `the past year`, `over the last year` are durations: not dates.
 * - Numeric dates read day/month/year when both orders are possible (UK order); `8/10` without a
 *   year, `24/7` and `9/11` are not dates.
 * - Financial years `2016-17`, `2016/17` and compact year ranges `2012-2015` are year ranges;
 *   decades `1990s` are the range of their ten years.
 * - Prepositions (`in`, `on`, `since`) stay outside the span; range openers (`between`, `from`
 *   when a second end follows) and part words (`early`, `mid-`, `late`, `earlier`) are inside.
 */
import {
  AGO_COUNTS,
  AGO_UNITS,
  CALENDAR_UNITS,
  DIRECTIONS,
  FUTURE_CUES,
  MONTHS,
  OF_HEADS,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  PART_MODIFIERS,
  RANGE_DASHES,
  RANGE_JOINERS,
  RELATIVE_DAYS,
  RELATIVE_DAY_PHRASES,
  RELATIVE_HEDGES,
  TIME_PREPOSITIONS,
  WEAK_PREPOSITIONS,
  WEEKDAYS,
  WEEKDAY_PREPOSITIONS,
  YEAR_HEADS,
  YEAR_SUBJECT_VERBS,
} from '../../lexicon/dates.js';
import { GAP_BREAK, GAP_LINE, GAP_NONE, NUM, PUNCT, WORD, type Tokens } from './01-tokenize.js';
import { hasShape, markedTokens, markWords, shapeFilter } from '../../text/tokens.js';
import type { Mention, RawPoint } from './types.js';

interface MonthWord {
  month: number;
  ambiguous: boolean;
  verb: boolean;
  abbr: boolean;
}
interface WeekdayWord {
  weekday: number;
  abbr: boolean;
}

const MONTH_WORDS = new Map<string, MonthWord>();
for (const m of MONTHS) m.words.forEach((w, i) => MONTH_WORDS.set(w, { month: m.month, ambiguous: m.ambiguous, verb: m.verb ?? false, abbr: i > 0 }));
const WEEKDAY_WORDS = new Map<string, WeekdayWord>();
for (const d of WEEKDAYS) d.words.forEach((w, i) => WEEKDAY_WORDS.set(w, { weekday: d.weekday, abbr: i > 0 }));

/**
 * `record[key]` for a lexicon record, through a Map: a keyed load on the object with ever new
 * strings is slow where the scan is busy, and the object would answer words such as
 * `constructor` or `valueOf` from its prototype ("May constructor" read as a date).
 */
function recordLookup<V>(record: Readonly<Record<string, V>>): (key: string) => V | undefined {
  const map = new Map<string, V>(Object.entries(record));
  return (key) => map.get(key);
}
const ordinalUnit = recordLookup(ORDINAL_UNITS);
const ordinalTens = recordLookup(ORDINAL_TENS);
const relativeDay = recordLookup(RELATIVE_DAYS);
const relativeDayPhrase = recordLookup(RELATIVE_DAY_PHRASES);
const direction = recordLookup(DIRECTIONS);
const calendarUnit = recordLookup(CALENDAR_UNITS);
const agoCount = recordLookup(AGO_COUNTS);
const agoUnit = recordLookup(AGO_UNITS);

/** Words that never start a date phrase are skipped without further look (speed). */
const TRIGGERS = new Set<string>([
  ...MONTH_WORDS.keys(),
  ...WEEKDAY_WORDS.keys(),
  ...Object.keys(ORDINAL_UNITS),
  ...Object.keys(ORDINAL_TENS),
  ...Object.keys(RELATIVE_DAYS),
  ...Object.keys(RELATIVE_DAY_PHRASES),
  ...Object.keys(DIRECTIONS),
  ...Object.keys(AGO_COUNTS),
  'between',
  'from',
]);

/** Trigger words as written in news (`may`, `May`, `MAY`) → lower case: most words are rejected without lower-casing. */
const TRIGGER_CASES = new Map<string, string>();
for (const w of TRIGGERS) {
  TRIGGER_CASES.set(w, w);
  TRIGGER_CASES.set(w[0]!.toUpperCase() + w.slice(1), w);
  TRIGGER_CASES.set(w.toUpperCase(), w);
}
/** The shapes of the trigger casings (`Tokens.shape`): most WORD tokens are turned away by index, their letters unread. */
const TRIGGER_FILTER = shapeFilter(TRIGGER_CASES.keys());
markWords(TRIGGER_CASES.keys()); // (their tokens are listed as texts are tokenized: `findMentions` walks that list)
/** Words longer than this are no trigger (and `w` does not read them). */
const MAX_TRIGGER = 12;
if (Math.max(...[...TRIGGER_CASES.keys()].map((k) => k.length)) > MAX_TRIGGER) throw new Error('dates: a trigger word is too long');

/** The trigger casings in an open-addressing table by a hash of their characters: `triggerAt` makes no substring. */
const CASE_BITS = 11;
const CASE_MASK = (1 << CASE_BITS) - 1;
const CASE_TABLE = new Int32Array(1 << CASE_BITS);
const CASE_KEYS: string[] = [];
const CASE_WORDS: string[] = [];
function caseHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h & CASE_MASK;
}
for (const [k, w] of TRIGGER_CASES) {
  let slot = caseHash(k, 0, k.length);
  while (CASE_TABLE[slot] !== 0) slot = (slot + 1) & CASE_MASK;
  CASE_KEYS.push(k);
  CASE_WORDS.push(w);
  CASE_TABLE[slot] = CASE_KEYS.length;
}
if (CASE_KEYS.length * 2 > CASE_TABLE.length) throw new Error('dates: trigger table too small');

/** `TRIGGER_CASES.get(text.slice(s, e))`, without the slice. */
function triggerAt(text: string, s: number, e: number): string | undefined {
  const len = e - s;
  for (let slot = caseHash(text, s, e), k = CASE_TABLE[slot]!; k !== 0; slot = (slot + 1) & CASE_MASK, k = CASE_TABLE[slot]!) {
    const key = CASE_KEYS[k - 1]!;
    if (key.length === len && text.startsWith(key, s)) return CASE_WORDS[k - 1];
  }
  return undefined;
}

/** Count words (`a`, `two`, `several`) that start nothing but `… ago`: no other pattern is tried after them. */
const ONLY_AGO = new Set(
  Object.keys(AGO_COUNTS).filter(
    (w) =>
      !MONTH_WORDS.has(w) && !WEEKDAY_WORDS.has(w) && !(w in ORDINAL_UNITS) && !(w in ORDINAL_TENS) && !(w in RELATIVE_DAYS) &&
      !(w in RELATIVE_DAY_PHRASES) && !(w in DIRECTIONS) && w !== 'between' && w !== 'from',
  ),
);

/** The shapes of the trigger casings but those of `ONLY_AGO` words. */
const NOT_ONLY_AGO_FILTER = shapeFilter([...TRIGGER_CASES].filter(([, w]) => !ONLY_AGO.has(w)).map(([k]) => k));

/** Words before `last`/`this`/`next …` that turn it into a duration or a noun phrase (`the last year`). */
/** Irregular plurals after which a four-digit number is a count, not a year. */
const COUNT_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'feet', 'teeth', 'mice']);

const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every', 'each', 'whole', 'entire', 'same']);

/** Marks after which a new sentence (or heading, or quotation) starts. */
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', '\u2018', '(', '\u2014', '\u2013', '\u2022', '*', '|']);
const APOSTROPHES = new Set(["'", '\u2019']);
const CURRENCY = new Set(['£', '$', '€', '¥', '#', '№']);
const NUMERIC_JOINS = new Set([',', '.']);
const DATE_SEPARATORS = new Set(['/', '.', '-']);
const ISO_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?/y;

type Shape = 'D' | 'DM' | 'DMY' | 'M' | 'MY' | 'Y' | 'Y+' | 'R';

interface PointMatch {
  /** First and one-past-last token of the phrase. */
  first: number;
  next: number;
  /** Character end when it is not the end of token `next - 1` (ISO time suffix). */
  endChar?: number;
  p: RawPoint;
  rule: string;
}

function shapeOf(p: RawPoint): Shape {
  if (p.dayOffset !== undefined || p.monthOffset !== undefined || p.ago || p.dir !== undefined) return 'R';
  if (p.yearEnd !== undefined) return 'Y+';
  if (p.weekday !== undefined && p.day === undefined) return 'R';
  const y = p.year !== undefined || p.yearOffset !== undefined;
  if (p.day !== undefined) return p.month === undefined ? 'D' : y ? 'DMY' : 'DM';
  if (p.month !== undefined) return y ? 'MY' : 'M';
  if (p.year !== undefined) return 'Y';
  return 'R';
}

function pivotYear(two: number): number {
  return two < 50 ? 2000 + two : 1900 + two;
}

function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The lower case of the words read so far, by token index: a direct-mapped memo (a slot holds
 * the last index that fell in it) shared by every finder, each under a generation of its own.
 * The grammar reads a few tokens around each trigger, so this costs less than an array the
 * length of the text for every text.
 */
const LOWER_SLOTS = 1024;
const LOWER_MASK = LOWER_SLOTS - 1;
const lowerKeys = new Int32Array(LOWER_SLOTS);
const lowerGens = new Int32Array(LOWER_SLOTS);
const lowerWords: string[] = new Array<string>(LOWER_SLOTS).fill('');
let lowerGeneration = 0;

function nextLowerGeneration(): number {
  if (++lowerGeneration === 0x7fffffff) {
    lowerGens.fill(0);
    lowerGeneration = 1;
  }
  return lowerGeneration;
}

/**
 * The one-character string of a mark, made once: a slice of a character beyond Latin-1 (’ “ —)
 * is a new string every time, hashed again by every set it is looked up in.
 */
const MARK_STRINGS = new Array<string | undefined>(0x2100); // (up to the general punctuation and currency signs)
function markString(c: number): string {
  if (c >= MARK_STRINGS.length) return String.fromCharCode(c);
  let v = MARK_STRINGS[c];
  if (v === undefined) MARK_STRINGS[c] = v = String.fromCharCode(c);
  return v;
}

class Finder {
  /** This finder's generation in the lower-case memo. */
  private readonly gen = nextLowerGeneration();
  /** Token index one past the last mention accepted, and whether it was a bare year/month. */
  private lastEnd = -1;
  private lastListable = false;

  constructor(private readonly t: Tokens) {}

  private remember(i: number, v: string): void {
    const slot = i & LOWER_MASK;
    lowerKeys[slot] = i;
    lowerGens[slot] = this.gen;
    lowerWords[slot] = v;
  }

  // ---- token access -------------------------------------------------------------------------

  private w(i: number): string {
    const t = this.t;
    if (i < 0 || i >= t.count || t.kind[i] !== WORD) return '';
    const slot = i & LOWER_MASK;
    if (lowerKeys[slot] === i && lowerGens[slot] === this.gen) return lowerWords[slot]!;
    const s = t.start[i]!;
    const e = t.end[i]!;
    let v = '';
    if (e - s <= MAX_TRIGGER) {
      // a trigger casing maps to its word; any other word is lower-cased
      v = (hasShape(TRIGGER_FILTER, t.shape[i]!) ? triggerAt(t.text, s, e) : undefined) ?? t.text.slice(s, e).toLowerCase();
    }
    this.remember(i, v);
    return v;
  }

  private cap(i: number): boolean {
    if (i < 0 || i >= this.t.count) return false;
    const s = this.t.start[i]!;
    const c = this.t.text.charCodeAt(s);
    // (ASCII read off its code; any other character is asked of its lower case)
    if (c < 128) return c >= 65 && c <= 90;
    const ch = this.t.text[s]!;
    return ch !== ch.toLowerCase();
  }

  private p(i: number): string {
    const t = this.t;
    if (i < 0 || i >= t.count || t.kind[i] !== PUNCT) return '';
    const s = t.start[i]!;
    const e = t.end[i]!;
    return e - s === 1 ? markString(t.text.charCodeAt(s)) : t.text.slice(s, e);
  }

  private isNum(i: number, maxDigits = 4, minDigits = 1): boolean {
    const t = this.t;
    if (i < 0 || i >= t.count || t.kind[i] !== NUM) return false;
    const d = t.digits[i]!;
    return d >= minDigits && d <= maxDigits;
  }

  private val(i: number): number {
    return this.t.value[i] ?? -1;
  }

  private ord(i: number): boolean {
    return this.t.ordinal[i] === 1;
  }

  /** Token `i` exists and follows the previous one on the same line or the next. */
  private near(i: number): boolean {
    return i < this.t.count && i >= 0 && this.t.gap[i]! <= GAP_LINE;
  }

  /** Token `i` exists and touches the previous one. */
  private tight(i: number): boolean {
    return i < this.t.count && i >= 0 && this.t.gap[i] === GAP_NONE;
  }

  private sentenceStart(i: number): boolean {
    if (i <= 0) return true;
    if (this.t.gap[i]! >= GAP_LINE) return true;
    return SENTENCE_MARKS.has(this.p(i - 1));
  }

  private startOf(i: number): number {
    return this.t.start[i]!;
  }

  private endOf(i: number): number {
    return this.t.end[i]!;
  }

  /** A number that is not part of a larger number, amount or time (`2,012`, `£2012`, `20:12`, `12%`). */
  private standaloneNumber(i: number): boolean {
    if (this.tight(i)) {
      const before = this.p(i - 1);
      if (CURRENCY.has(before)) return false;
      if ((NUMERIC_JOINS.has(before) || before === '/' || before === ':') && this.isNum(i - 2, 255) && this.tight(i - 1)) return false;
    }
    if (this.tight(i + 1)) {
      const after = this.p(i + 1);
      if (after === '%') return false;
      if ((NUMERIC_JOINS.has(after) || after === ':' || after === '/') && this.isNum(i + 2, 255) && this.tight(i + 2)) return false;
    }
    return true;
  }

  // ---- parts --------------------------------------------------------------------------------

  /** A day of the month: `25`, `25th`, `twenty-fifth`. */
  private dayAt(i: number): { next: number; day: number; numeric: boolean; ordinal: boolean } | null {
    if (this.isNum(i, 2)) {
      const v = this.val(i);
      if (v < 1 || v > 31 || !this.standaloneNumber(i)) return null;
      return { next: i + 1, day: v, numeric: true, ordinal: this.ord(i) };
    }
    const w = this.w(i);
    if (!w) return null;
    const unit = ordinalUnit(w);
    if (unit !== undefined) return { next: i + 1, day: unit, numeric: false, ordinal: true };
    const tens = ordinalTens(w);
    if (tens !== undefined) {
      let j = i + 1;
      if (this.p(j) === '-' && this.tight(j) && this.tight(j + 1)) j++;
      else if (!this.near(j)) return null;
      const u = ordinalUnit(this.w(j));
      if (u !== undefined && u < 10 && tens + u <= 31) return { next: j + 1, day: tens + u, numeric: false, ordinal: true };
    }
    return null;
  }

  /** A month name or abbreviation (with its dot): `April`, `Apr.`, `SEPT`. */
  private monthAt(i: number): { next: number; month: number; abbr: boolean; lower: boolean } | null {
    const w = this.w(i);
    const m = w ? MONTH_WORDS.get(w) : undefined;
    if (!m) return null;
    // Lower case is read only where a number is attached (checked by the callers): never for verbs.
    const lower = !this.cap(i);
    if (lower && m.verb) return null;
    let next = i + 1;
    if (m.abbr && this.p(next) === '.' && this.tight(next)) next++;
    return { next, month: m.month, abbr: m.abbr, lower };
  }

  /** A year after a month or day: `2017`, `'96`, or (when `plain2`) `96` at the end of a phrase. */
  private yearAt(i: number, plain2: boolean): { next: number; year: number } | null {
    if (!this.near(i)) return null;
    if (this.isNum(i, 4, 4) && !this.ord(i)) {
      const v = this.val(i);
      const decade = this.tight(i + 1) && this.w(i + 1) === 's';
      if (v >= 1000 && v <= 2999 && this.standaloneNumber(i) && !decade) return { next: i + 1, year: v };
      return null;
    }
    if (APOSTROPHES.has(this.p(i)) && this.isNum(i + 1, 2, 2) && this.tight(i + 1) && !this.ord(i + 1)) {
      if (this.tight(i + 2) && this.w(i + 2) === 's') return null; // '90s
      return { next: i + 2, year: pivotYear(this.val(i + 1)) };
    }
    if (plain2 && this.isNum(i, 2, 2) && !this.ord(i) && this.standaloneNumber(i)) {
      const n = i + 1;
      const k = n < this.t.count ? this.t.kind[n] : 0;
      if (n < this.t.count && this.t.gap[n]! < GAP_BREAK && (k === WORD || k === NUM || this.p(n) === ':')) return null;
      return { next: n, year: pivotYear(this.val(i)) };
    }
    return null;
  }

  private decadeSuffix(i: number): boolean {
    return this.tight(i) && (this.w(i) === 's' || (APOSTROPHES.has(this.p(i)) && this.w(i + 1) === 's' && this.tight(i + 1)));
  }

  /** `this year`, `last year`, `of next year` after a yearless month or day. */
  private yearOffsetAt(i: number): { next: number; offset: number } | null {
    let j = i;
    if (!this.near(j)) return null;
    if (this.w(j) === 'of' && this.near(j + 1)) j++;
    const d = this.w(j);
    if (d !== 'this' && d !== 'last' && d !== 'next') return null;
    if (this.w(j + 1) !== 'year' || !this.near(j + 1)) return null;
    return { next: j + 2, offset: direction(d)! };
  }

  // ---- points -------------------------------------------------------------------------------

  /** ISO and year-first forms: `2017-04-25`, `2017-04`, `2016-17`, `2012-2015`, `2012/Aug/10`. */
  private isoAt(i: number): PointMatch | null {
    if (!this.isNum(i, 4, 4) || this.ord(i)) return null;
    const y = this.val(i);
    if (y < 1000 || y > 2999) return null;
    if (this.tight(i) && (DATE_SEPARATORS.has(this.p(i - 1)) || this.t.kind[i - 1] === NUM)) return null;
    const sep = this.p(i + 1);
    if ((sep !== '-' && sep !== '/' && !RANGE_DASHES.has(sep)) || !this.tight(i + 1) || !this.tight(i + 2)) return null;
    const b = i + 2;
    // Year/month-name/day.
    const mo = this.monthAt(b);
    if (mo && sep !== '\u2013' && this.p(mo.next) === sep && this.tight(mo.next) && this.isNum(mo.next + 1, 2) && this.tight(mo.next + 1)) {
      const d = this.val(mo.next + 1);
      if (d >= 1 && d <= daysInMonth(mo.month, y)) return { first: i, next: mo.next + 2, p: { year: y, month: mo.month, day: d }, rule: 'date/year-month-day' };
    }
    if (!this.isNum(b, 4) || this.ord(b)) return null;
    const nb = this.t.digits[b]!;
    const vb = this.val(b);
    if (nb <= 2 && sep !== '\u2013' && sep !== '\u2014' && sep !== '\u2212') {
      // YYYY-MM-DD (or YYYY/MM/DD)
      if (this.p(b + 1) === sep && this.tight(b + 1) && this.isNum(b + 2, 2) && this.tight(b + 2)) {
        const d = this.val(b + 2);
        if (vb < 1 || vb > 12 || d < 1 || d > daysInMonth(vb, y)) return null;
        if (this.tight(b + 3) && DATE_SEPARATORS.has(this.p(b + 3)) && this.isNum(b + 4, 255) && this.tight(b + 4)) return null;
        const m: PointMatch = { first: i, next: b + 3, p: { year: y, month: vb, day: d }, rule: 'date/iso' };
        if (sep === '-') {
          ISO_TIME.lastIndex = this.endOf(b + 2);
          const tm = ISO_TIME.exec(this.t.text);
          if (tm) {
            m.endChar = tm.index + tm[0].length;
            let k = b + 3;
            while (k < this.t.count && this.startOf(k) < m.endChar) k++;
            m.next = k;
          }
        }
        return m;
      }
      if (this.tight(b + 1) && DATE_SEPARATORS.has(this.p(b + 1)) && this.isNum(b + 2, 255)) return null;
      if (nb === 2 && vb === (y + 1) % 100) return { first: i, next: b + 1, p: { year: y, yearEnd: y + 1 }, rule: 'date/financial-year' };
      if (sep === '-' && vb >= 1 && vb <= 12) return { first: i, next: b + 1, p: { year: y, month: vb }, rule: 'date/iso-month' };
      if (nb === 2 && sep === '-' && vb > y % 100 && vb - (y % 100) <= 10 && y >= 1900 && y <= 2099) {
        return { first: i, next: b + 1, p: { year: y, yearEnd: y - (y % 100) + vb }, rule: 'date/year-range' };
      }
      return null;
    }
    if (nb === 4 && y >= 1900 && y <= 2099 && vb > y && vb <= 2099 && vb - y <= 100 && this.standaloneNumber(b)) {
      if (this.tight(b + 1) && DATE_SEPARATORS.has(this.p(b + 1)) && this.isNum(b + 2, 255)) return null;
      if (sep === '/' && vb !== y + 1) return null;
      return { first: i, next: b + 1, p: { year: y, yearEnd: vb }, rule: sep === '/' ? 'date/financial-year' : 'date/year-range' };
    }
    return null;
  }

  /** Numeric day-first (or month-first when the day is > 12) dates: `25/04/2017`, `8/Oct/2012`, `04/2016`. */
  private numericAt(i: number): PointMatch | null {
    if (!this.isNum(i, 2) || this.ord(i)) return null;
    if (this.tight(i) && (DATE_SEPARATORS.has(this.p(i - 1)) || this.t.kind[i - 1] === NUM || CURRENCY.has(this.p(i - 1)))) return null;
    const sep = this.p(i + 1);
    if (!DATE_SEPARATORS.has(sep) || !this.tight(i + 1) || !this.tight(i + 2)) return null;
    const a = this.val(i);
    const b = i + 2;
    let month = -1;
    let day = -1;
    let after = -1;
    const mo = this.monthAt(b);
    if (mo) {
      day = a;
      month = mo.month;
      after = mo.next;
    } else if (this.isNum(b, 2) && !this.ord(b)) {
      const vb = this.val(b);
      after = b + 1;
      if (a > 12 && vb <= 12) [day, month] = [a, vb];
      else if (vb > 12 && a <= 12) [day, month] = [vb, a];
      else if (a <= 12 && vb <= 12) [day, month] = [a, vb];
      else return null;
    } else if (sep === '/' && this.isNum(b, 4, 4) && !this.ord(b)) {
      // MM/YYYY
      const y = this.val(b);
      if (a < 1 || a > 12 || y < 1900 || y > 2099) return null;
      if (this.tight(b + 1) && DATE_SEPARATORS.has(this.p(b + 1)) && this.isNum(b + 2, 255)) return null;
      if (this.tight(b + 1) && (NUMERIC_JOINS.has(this.p(b + 1)) || this.p(b + 1) === '%') && this.isNum(b + 2, 255)) return null;
      return { first: i, next: b + 1, p: { year: y, month: a }, rule: 'date/numeric-month-year' };
    } else return null;
    if (this.p(after) !== sep || !this.tight(after) || !this.tight(after + 1)) return null;
    const yi = after + 1;
    let year: number;
    if (this.isNum(yi, 4, 4) && !this.ord(yi)) year = this.val(yi);
    else if (this.isNum(yi, 2, 2) && sep === '/' && !this.ord(yi)) year = pivotYear(this.val(yi));
    else return null;
    if (year < 1000 || year > 2999) return null;
    if (this.tight(yi + 1) && (DATE_SEPARATORS.has(this.p(yi + 1)) || this.p(yi + 1) === ',') && this.isNum(yi + 2, 255)) return null;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return null;
    return { first: i, next: yi + 1, p: { year, month, day }, rule: 'date/numeric' };
  }

  /** Day first: `25 April 2017`, `25th of April`, `Twenty-fourth of May`; a bare day when `bareDay`. */
  private dayMonthAt(i: number, bareDay: boolean): PointMatch | null {
    const d = this.dayAt(i);
    if (!d) return null;
    let j = d.next;
    let mo = null;
    if (this.w(j) === 'of' && this.near(j)) mo = this.near(j + 1) ? this.monthAt(j + 1) : null;
    else if (this.near(j) && (this.t.gap[j] !== GAP_NONE || d.numeric)) mo = this.monthAt(j);
    if (!mo) {
      if (!bareDay) return null;
      return { first: i, next: d.next, p: { day: d.day }, rule: 'date/day' };
    }
    const p: RawPoint = { day: d.day, month: mo.month };
    j = mo.next;
    const y = this.p(j) === ',' && this.near(j) ? this.yearAt(j + 1, false) : this.yearAt(j, mo.abbr);
    if (y) {
      p.year = y.year;
      j = y.next;
    } else {
      const r = this.yearOffsetAt(j);
      if (r) {
        p.yearOffset = r.offset;
        j = r.next;
      }
    }
    if (p.day! > daysInMonth(p.month!, p.year)) return null;
    return { first: i, next: j, p, rule: p.year !== undefined ? 'date/day-month-year' : 'date/day-month' };
  }

  /** Month first: `April 25, 2017`, `April 25`, `January 2016`, `Jan. 2016`, `May of 2010`, bare `May`. */
  private monthDayAt(i: number): PointMatch | null {
    const mo = this.monthAt(i);
    if (!mo) return null;
    const p: RawPoint = { month: mo.month };
    let j = mo.next;
    let rule = 'date/month';
    const comma = this.p(j) === ',' && this.near(j);
    const k = comma ? j + 1 : j;
    const day = this.near(k) ? this.dayAt(k) : null;
    const dayOk =
      day !== null &&
      (!comma || day.ordinal) &&
      (this.t.gap[k] !== GAP_NONE || day.numeric) &&
      !(day.numeric && this.tight(day.next) && this.p(day.next) === ':');
    if (dayOk) {
      p.day = day.day;
      j = day.next;
      rule = 'date/month-day';
      const y = this.p(j) === ',' && this.near(j) ? this.yearAt(j + 1, true) : this.yearAt(j, true);
      if (y) {
        p.year = y.year;
        j = y.next;
        rule = 'date/month-day-year';
      }
    } else {
      let y = this.yearAt(k, mo.abbr && !comma);
      // `Dec-2018`, `Dec/2018`
      if (!y && !comma && (this.p(j) === '-' || this.p(j) === '/') && this.tight(j) && this.tight(j + 1) && this.isNum(j + 1, 4, 4)) y = this.yearAt(j + 1, false);
      if (!y && !comma && this.w(j) === 'of' && this.near(j)) y = this.yearAt(j + 1, false);
      if (!y && !comma && this.isNum(j, 2, 2) && this.val(j) > 31) y = this.yearAt(j, true);
      if (y) {
        p.year = y.year;
        j = y.next;
        rule = 'date/month-year';
      }
    }
    if (p.year === undefined) {
      const r = this.yearOffsetAt(j);
      if (r) {
        p.yearOffset = r.offset;
        j = r.next;
        rule = p.day === undefined ? 'date/month-relative-year' : 'date/month-day-relative-year';
      }
    }
    if (p.day !== undefined && p.day > daysInMonth(p.month!, p.year)) return null;
    if (mo.lower && p.day === undefined && p.year === undefined) return null;
    return { first: i, next: j, p, rule };
  }

  /** Year forms: decade `1990s`, ISO/financial/compact ranges, or a bare year (licensed by the caller). */
  private yearFormAt(i: number): PointMatch | null {
    const iso = this.isoAt(i);
    if (iso) return iso;
    if (!this.isNum(i, 4, 4) || this.ord(i) || !this.standaloneNumber(i)) return null;
    const y = this.val(i);
    if (y < 1900 || y > 2099) return null;
    if (this.decadeSuffix(i + 1)) {
      // `1990s`; `the 1990's` too, but `2012's` (and `2010's` without `the`) is a possessive year.
      const plain = this.w(i + 1) === 's';
      if (y % 10 === 0 && (plain || this.prevWord(i) === 'the')) {
        return { first: i, next: plain ? i + 2 : i + 3, p: { year: y, yearEnd: y + 9 }, rule: 'date/decade' };
      }
      if (plain) return null;
    }
    return { first: i, next: i + 1, p: { year: y }, rule: 'date/year' };
  }

  /** Any written (non-relative) date point starting at token `i`. */
  private pointAt(i: number, bareDay: boolean): PointMatch | null {
    const k = this.t.kind[i];
    if (k === NUM) {
      return this.numericAt(i) ?? this.yearFormAt(i) ?? this.dayMonthAt(i, bareDay);
    }
    if (k !== WORD) return null;
    const w = this.w(i);
    const wd = WEEKDAY_WORDS.get(w);
    if (wd && this.cap(i)) {
      let j = i + 1;
      if (wd.abbr && this.p(j) === '.' && this.tight(j)) j++;
      if (this.p(j) === ',' && this.near(j)) j++;
      if (!this.near(j)) return null;
      const inner = this.numericAt(j) ?? this.dayMonthAt(j, false) ?? this.monthDayAt(j);
      if (!inner || inner.p.day === undefined) return null;
      // `Sunday 12/7/2014`: when both numeric orders are possible, the weekday picks one.
      const p = inner.p;
      if (inner.rule === 'date/numeric' && p.year !== undefined && p.day! <= 12 && p.month! <= 12) {
        const w0 = new Date(Date.UTC(p.year, p.month! - 1, p.day!)).getUTCDay();
        const w1 = new Date(Date.UTC(p.year, p.day! - 1, p.month!)).getUTCDay();
        if (w0 !== wd.weekday && w1 === wd.weekday) [p.day, p.month] = [p.month!, p.day!];
      }
      inner.p.weekday = wd.weekday;
      inner.first = i;
      inner.rule = `${inner.rule}+weekday`;
      return inner;
    }
    return this.dayMonthAt(i, bareDay) ?? this.monthDayAt(i);
  }

  // ---- licences -----------------------------------------------------------------------------

  /** A bare year or month continues a list of them: `in 2012, 2013 and 2015`. */
  private continuesList(i: number): boolean {
    if (!this.lastListable) return false;
    const w = this.w(i - 1);
    return (w === 'and' || w === 'or' || this.p(i - 1) === ',') && this.lastEnd === i - 1;
  }

  /** Part words before a month or year (`early`, `mid-`, `late`): the token the span starts at, or -1. */
  private partStart(i: number): number {
    if (this.p(i - 1) === '-' && this.tight(i) && this.tight(i - 1) && this.w(i - 2) === 'mid') return i - 2 > this.lastEnd - 1 ? i - 2 : -1;
    if (PART_MODIFIERS.has(this.w(i - 1)) && this.near(i) && i - 1 >= this.lastEnd) return i - 1;
    return -1;
  }

  /** The word before token `i`, when it stands close enough to speak of it. */
  private prevWord(i: number): string {
    return this.near(i) ? this.w(i - 1) : '';
  }

  /** `the end of August`, `the three months to March`: `of`/`to` after a time noun. */
  private ofTemporal(i: number): boolean {
    const w = this.prevWord(i);
    return (w === 'of' || w === 'to') && OF_HEADS.has(this.w(i - 2));
  }

  private strongPreposition(w: string): boolean {
    return TIME_PREPOSITIONS.has(w) && !WEAK_PREPOSITIONS.has(w);
  }

  /** `2000 people`, `1900 cases`: a lower-case plural after the number makes it a count. */
  private countFollows(next: number): boolean {
    if (this.t.kind[next] !== WORD || !this.near(next) || this.cap(next)) return false;
    const w = this.w(next);
    return COUNT_PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'));
  }

  private yearLicensed(i: number, next: number): boolean {
    const w = this.prevWord(i);
    if ((w === 'the' || this.val(i) % 100 === 0) && this.countFollows(next)) return false;
    if (this.strongPreposition(w) || YEAR_HEADS.has(w) || this.ofTemporal(i)) return true;
    if (this.partStart(i) >= 0) return true;
    if (w === 'the' && this.t.kind[next] === WORD && this.near(next)) return true;
    if (APOSTROPHES.has(this.p(next)) && this.tight(next) && this.w(next + 1) === 's' && this.tight(next + 1)) return true;
    if (this.sentenceStart(i) && YEAR_SUBJECT_VERBS.has(this.w(next))) return true;
    if (this.p(i - 1) === '(' && this.p(next) === ')') return true;
    return this.continuesList(i);
  }

  private monthLicensed(m: PointMatch): boolean {
    const i = m.first;
    if (!this.cap(i)) return false;
    const w = this.prevWord(i);
    // `Theresa May last year`: a capitalised word before a bare month makes it a surname.
    if (this.t.kind[i - 1] === WORD && this.cap(i - 1) && !TIME_PREPOSITIONS.has(w) && !PART_MODIFIERS.has(w)) return false;
    if (m.p.yearOffset !== undefined) return true;
    // `in April Jones's case`: an ambiguous month followed by a capitalised word is a given name.
    const n = m.next;
    if (MONTH_WORDS.get(this.w(i))?.ambiguous && this.t.kind[n] === WORD && this.cap(n) && this.near(n) && !this.sentenceStart(n)) return false;
    if (this.strongPreposition(w) || this.ofTemporal(i) || this.partStart(i) >= 0) return true;
    return this.continuesList(i);
  }

  private weekdayLicensed(i: number): boolean {
    const w = this.prevWord(i);
    if (WEEKDAY_PREPOSITIONS.has(w)) return true;
    const n = i + 1;
    if (APOSTROPHES.has(this.p(n)) && this.tight(n) && this.w(n + 1) === 's') return true;
    if (this.sentenceStart(i) && !(this.t.kind[n] === WORD && this.cap(n) && this.near(n))) return true;
    if (this.p(i - 1) === ',' && (this.p(n) === ',' || this.p(n) === '.')) return true;
    return this.continuesList(i);
  }

  /** Whether the sentence before token `i` points to the future (`will`, `due`, `next`). */
  private futureBefore(i: number): boolean {
    for (let k = i - 1, n = 0; k >= 0 && n < 10; k--, n++) {
      if (this.t.kind[k] === PUNCT && SENTENCE_MARKS.has(this.p(k))) return false;
      if (FUTURE_CUES.has(this.w(k))) return true;
      if (this.t.gap[k + 1]! >= GAP_BREAK) return false;
    }
    return false;
  }

  // ---- ranges -------------------------------------------------------------------------------

  private compatible(a: Shape, b: Shape, opener: boolean): boolean {
    if (a === 'D') return b === 'DM' || b === 'DMY';
    if (b === 'D') return a === 'DM' || a === 'DMY';
    const days = (s: Shape): boolean => s === 'DM' || s === 'DMY';
    const months = (s: Shape): boolean => s === 'M' || s === 'MY';
    if (a === 'Y' && b === 'Y') return true;
    if ((days(a) && days(b)) || (months(a) && months(b))) return true;
    if (!opener) return false;
    const written = (s: Shape): boolean => days(s) || months(s) || s === 'Y';
    return written(a) && written(b) && !(a === 'Y' && b !== 'Y' && b !== 'MY' && b !== 'DMY');
  }

  /** After a first point `a`, a joiner and a second point make a range. */
  private rangeAfter(a: PointMatch, opener: 'between' | 'from' | null, openerTok: number): Mention | null {
    const j = a.next;
    if (!this.near(j) && !this.tight(j)) return null;
    const jw = this.w(j);
    const jp = this.p(j);
    const sa = shapeOf(a.p);
    if (sa === 'R' || sa === 'Y+') return null;
    let ok: boolean;
    if (opener === 'between') ok = jw === 'and' || RANGE_DASHES.has(jp);
    else ok = RANGE_JOINERS.has(jw) || RANGE_DASHES.has(jp) || (opener === null && jw === 'and' && sa === 'M');
    if (!ok || !this.near(j + 1)) return null;
    const b = this.pointAt(j + 1, sa === 'DM' || sa === 'DMY');
    if (!b) return null;
    const sb = shapeOf(b.p);
    if (sb === 'R' || sb === 'Y+') return null;
    if (!this.compatible(sa, sb, opener !== null)) return null;
    if (sb === 'D') {
      if (this.t.kind[b.next] === WORD && this.near(b.next) && !this.cap(b.next)) return null;
      // `August 10 - 22, 2012`: the year after the second day belongs to the range.
      const y = this.p(b.next) === ',' && this.near(b.next) ? this.yearAt(b.next + 1, false) : this.yearAt(b.next, false);
      if (y && a.p.year === undefined) {
        b.p.year = y.year;
        b.next = y.next;
      }
    }
    if (opener === null) {
      if (sa === 'Y' && !this.yearLicensed(a.first, a.next)) return null;
      if (sa === 'M' && jw === 'and' && !this.monthLicensed(a) && b.p.year === undefined && b.p.yearOffset === undefined) return null;
      if (sa === 'M' && !this.cap(a.first)) return null;
    }
    const first = opener ? openerTok : this.extendPart(a);
    const end = b.endChar ?? this.endOf(b.next - 1);
    const how = opener ?? (RANGE_DASHES.has(jp) ? 'dash' : jw);
    this.accept(b.next, false);
    return { start: this.startOf(first), end, rule: `date/range/${how}`, from: a.p, to: b.p };
  }

  // ---- relative -----------------------------------------------------------------------------

  private relativeAt(i: number): { next: number; first: number; p: RawPoint; rule: string } | null {
    const w = this.w(i);
    if (!w) return null;
    const dayOff = relativeDay(w);
    if (dayOff !== undefined) {
      if (this.prevWord(i) === 'the') return null;
      // Title Case (`Subscribe Today`, `Good Morning Tomorrow`) is a heading or a name.
      if (this.cap(i) && !this.sentenceStart(i) && this.t.kind[i - 1] === WORD && this.cap(i - 1)) return null;
      return { first: i, next: i + 1, p: { dayOffset: dayOff }, rule: 'date/relative-day' };
    }
    const phrase = relativeDayPhrase(w);
    const prev = this.prevWord(i);
    if (phrase && this.near(i + 1)) {
      const off = phrase[this.w(i + 1)];
      if (off !== undefined && !DETERMINERS.has(prev)) return { first: i, next: i + 2, p: { dayOffset: off }, rule: 'date/relative-day' };
    }
    const dir = direction(w);
    if (dir !== undefined && this.near(i + 1) && !DETERMINERS.has(prev)) {
      const n = i + 1;
      const unit = calendarUnit(this.w(n));
      if (unit && (w === 'last' || w === 'this' || w === 'next')) {
        // `this year's`, `last year`, but not `last year-end` figures; the hedge joins the span.
        const first = RELATIVE_HEDGES.has(prev) && i - 1 >= this.lastEnd ? i - 1 : i;
        const p: RawPoint = unit === 'year' ? { yearOffset: dir } : { monthOffset: dir };
        return { first, next: n + 1, p, rule: `date/relative-${unit}` };
      }
      const mo = MONTH_WORDS.get(this.w(n));
      if (mo && !mo.abbr && this.cap(n)) {
        return { first: i, next: n + 1, p: { month: mo.month, dir }, rule: 'date/relative-month-name' };
      }
      const wd = WEEKDAY_WORDS.get(this.w(n));
      if (wd && !wd.abbr && this.cap(n)) {
        return { first: i, next: n + 1, p: { weekday: wd.weekday, dir }, rule: 'date/relative-weekday' };
      }
    }
    const wd = WEEKDAY_WORDS.get(w);
    if (wd && !wd.abbr && this.cap(i) && this.weekdayLicensed(i)) {
      const p: RawPoint = { weekday: wd.weekday };
      if (this.futureBefore(i)) p.forward = true;
      return { first: i, next: i + 1, p, rule: 'date/weekday' };
    }
    return null;
  }

  /** `5 years ago`, `two weeks ago`, `a few days ago`. */
  private agoAt(i: number): { next: number; p: RawPoint } | null {
    let n: number;
    let j = i + 1;
    if (this.isNum(i, 3) && !this.ord(i) && this.standaloneNumber(i)) n = this.val(i);
    else {
      const w = this.w(i);
      const c = agoCount(w);
      if (c === undefined) return null;
      n = c;
      if ((w === 'a' || w === 'an') && this.t.end[j]! - this.t.start[j]! === 3 && this.w(j) === 'few' && this.near(j)) {
        n = AGO_COUNTS['few']!;
        j++;
      }
    }
    if (!this.near(j) || !this.near(j + 1)) return null;
    // `ago` first: a length test spares reading the word after nearly every `a`
    if (this.t.end[j + 1]! - this.t.start[j + 1]! !== 3 || this.w(j + 1) !== 'ago') return null;
    const unit = agoUnit(this.w(j));
    if (!unit) return null;
    return { next: j + 2, p: { ago: { n, unit: unit.unit } } };
  }

  // ---- scan ---------------------------------------------------------------------------------

  private accept(next: number, listable: boolean): void {
    this.lastEnd = next;
    this.lastListable = listable;
  }

  private extendPart(m: PointMatch): number {
    const s = shapeOf(m.p);
    if (s !== 'M' && s !== 'MY' && s !== 'Y' && s !== 'Y+') return m.first;
    const ps = this.partStart(m.first);
    return ps >= 0 ? ps : m.first;
  }

  private single(m: PointMatch, listable: boolean): Mention {
    const first = this.extendPart(m);
    this.accept(m.next, listable);
    const end = m.endChar ?? this.endOf(m.next - 1);
    const to = m.p.yearEnd !== undefined ? { year: m.p.yearEnd } : null;
    const from = { ...m.p };
    delete from.yearEnd;
    return { start: this.startOf(first), end, rule: m.rule, from, to };
  }

  /**
   * The mention starting at token `i` (a number, or a word whose trigger word is `w`), and the
   * token after it; `null` when none starts there.
   */
  at(i: number, w: string): { mention: Mention; next: number } | null {
    if (this.t.kind[i] === WORD) this.remember(i, w); // what `w(i)` reads for it

    if (w === 'between' || w === 'from') {
      const a = this.near(i + 1) ? this.pointAt(i + 1, true) : null;
      if (a) {
        const r = this.rangeAfter(a, w, i);
        if (r) return { mention: r, next: this.lastEnd };
        // `between 2014-2018`: a compact range keeps its opener in the span.
        if (a.rule === 'date/year-range') {
          const m = this.single(a, false);
          m.start = this.startOf(i);
          m.rule = `date/range/${w}`;
          return { mention: m, next: a.next };
        }
      }
      return null;
    }

    const ago = this.agoAt(i);
    if (!ago && ONLY_AGO.has(w)) return null;
    if (ago) {
      this.accept(ago.next, false);
      return { mention: { start: this.startOf(i), end: this.endOf(ago.next - 1), rule: 'date/ago', from: ago.p, to: null }, next: ago.next };
    }

    const m = this.pointAt(i, true);
    if (m) {
      const r = this.rangeAfter(m, null, -1);
      if (r) return { mention: r, next: this.lastEnd };
      const s = shapeOf(m.p);
      if (s === 'D') return null;
      if (s === 'Y' && !this.yearLicensed(m.first, m.next)) return null;
      if ((s === 'M' || (s === 'MY' && m.p.year === undefined)) && !this.monthLicensed(m)) return null;
      return { mention: this.single(m, s === 'Y' || s === 'M' || s === 'MY'), next: m.next };
    }

    const r = this.relativeAt(i);
    if (r) {
      this.accept(r.next, r.p.weekday !== undefined);
      return { mention: { start: this.startOf(r.first), end: this.endOf(r.next - 1), rule: r.rule, from: r.p, to: null }, next: r.next };
    }
    return null;
  }
}

/** Whether token `i` exists and is three characters long (as `ago` is). */
function threeLettersAt(t: Tokens, i: number): boolean {
  return i < t.count && t.end[i]! - t.start[i]! === 3;
}

/**
 * Every date phrase of the tokenized text, in order, not overlapping. Only the marked tokens
 * (`markedTokens`: every NUM, the words of the triggers' shapes, which this module marks, and the
 * words with letters beyond ASCII) are looked at: punctuation and other words start nothing.
 */
export function findMentions(tokens: Tokens, limit = Infinity): Mention[] {
  const f = new Finder(tokens);
  const out: Mention[] = [];
  const { kind, start, end, text, shape } = tokens;
  const { list, count } = markedTokens(tokens);
  // the first token a mention may start at (past the last mention)
  let i = 0;
  for (let k = 0; k < count; k++) {
    const at = list[k]!;
    if (at < i) continue;
    const kd = kind[at];
    if (kd === PUNCT) continue; // (marked for another extractor)
    let w = '';
    if (kd === WORD) {
      // Odd casings (`mAy`) never start a date; a word that starts nothing but `… ago` ("a",
      // "two", "several") needs a three-letter token two or three on (`a week ago`, `a few days ago`).
      // (A word outside the other triggers' shapes can only be such a count word: the cheap
      // three-letter test comes before its look-up, which turns away nearly every "a".)
      const h = shape[at]!;
      const hit =
        hasShape(TRIGGER_FILTER, h) && (hasShape(NOT_ONLY_AGO_FILTER, h) || threeLettersAt(tokens, at + 2) || threeLettersAt(tokens, at + 3))
          ? triggerAt(text, start[at]!, end[at]!)
          : undefined;
      if (hit === undefined || (ONLY_AGO.has(hit) && !threeLettersAt(tokens, at + 2) && !threeLettersAt(tokens, at + 3))) continue;
      w = hit;
    } else if (kd === NUM) {
      // A number of five digits or more starts nothing, nor one of three digits or above 31
      // (no day, month or year) unless as "… ago" with a three-letter word two on.
      const d = tokens.digits[at]!;
      if (d >= 5 || (d !== 4 && (d === 3 || tokens.value[at]! > 31) && !threeLettersAt(tokens, at + 2))) continue;
    }
    const m = f.at(at, w);
    if (m) {
      if (out.push(m.mention) >= limit) break;
      i = Math.max(m.next, at + 1);
    } else i = at + 1;
  }
  return out;
}

export { daysInMonth };
