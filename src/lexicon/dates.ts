/**
 * Words of English dates, as data: month and weekday names with their abbreviations, ordinal
 * words for days of the month, relative words, and the small word lists that decide whether a
 * bare month name or a bare four-digit number is a date. Keys are lower case; the date
 * extractor (`src/extract/dates/`) looks words up here and never spells them itself.
 */

/** A month of the year. */
export interface MonthEntry {
  /** Rule id fragment, e.g. `month/may`. */
  readonly id: string;
  /** 1-12. */
  readonly month: number;
  /** Full name and abbreviations, lower case, without the abbreviation dot. */
  readonly words: readonly string[];
  /**
   * The word is also a common English word or given name (`may`, `march`, `august`, `april`…):
   * standing alone it must be capitalised and needs a licensing word before or after it.
   */
  readonly ambiguous: boolean;
  /** Also an English verb (`may`, `march`, `mar`): capitalised even with a number (`may 2`). */
  readonly verb?: boolean;
}

export const MONTHS: readonly MonthEntry[] = [
  { id: 'month/january', month: 1, words: ['january', 'jan'], ambiguous: false },
  { id: 'month/february', month: 2, words: ['february', 'feb'], ambiguous: false },
  { id: 'month/march', month: 3, words: ['march', 'mar'], ambiguous: true, verb: true },
  { id: 'month/april', month: 4, words: ['april', 'apr'], ambiguous: true },
  { id: 'month/may', month: 5, words: ['may'], ambiguous: true, verb: true },
  { id: 'month/june', month: 6, words: ['june', 'jun'], ambiguous: true },
  { id: 'month/july', month: 7, words: ['july', 'jul'], ambiguous: false },
  { id: 'month/august', month: 8, words: ['august', 'aug'], ambiguous: true },
  { id: 'month/september', month: 9, words: ['september', 'sept', 'sep'], ambiguous: false },
  { id: 'month/october', month: 10, words: ['october', 'oct'], ambiguous: false },
  { id: 'month/november', month: 11, words: ['november', 'nov'], ambiguous: false },
  { id: 'month/december', month: 12, words: ['december', 'dec'], ambiguous: false },
];

/** A day of the week. */
export interface WeekdayEntry {
  readonly id: string;
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
  readonly weekday: number;
  /** Full name first, then abbreviations (only ever read directly before a written date). */
  readonly words: readonly string[];
}

export const WEEKDAYS: readonly WeekdayEntry[] = [
  { id: 'weekday/sunday', weekday: 0, words: ['sunday', 'sun'] },
  { id: 'weekday/monday', weekday: 1, words: ['monday', 'mon'] },
  { id: 'weekday/tuesday', weekday: 2, words: ['tuesday', 'tue', 'tues'] },
  { id: 'weekday/wednesday', weekday: 3, words: ['wednesday', 'wed'] },
  { id: 'weekday/thursday', weekday: 4, words: ['thursday', 'thu', 'thur', 'thurs'] },
  { id: 'weekday/friday', weekday: 5, words: ['friday', 'fri'] },
  { id: 'weekday/saturday', weekday: 6, words: ['saturday', 'sat'] },
];

/** Ordinal words for days of the month: `first` … `thirty-first` (compounds are read as tens + unit). */
export const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** Tens that combine with a unit ordinal: `twenty-first`, `thirty first`. */
export const ORDINAL_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30 };

/** Suffixes of numeric ordinals: `25th`, `1st`. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Words naming a day relative to the publication date, with their offset in days. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
};

/**
 * Two-word day phrases of news copy (UK papers' "said last night"): first word → second word →
 * offset in days. Times of day otherwise are out of scope; these name a day.
 */
export const RELATIVE_DAY_PHRASES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  last: { night: -1 },
  this: { morning: 0, afternoon: 0, evening: 0 },
};

/** Direction words before `year`, `month`, a month name or a weekday: `last May`, `next year`. */
export const DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
};

/** Calendar units a direction word can name as a date (`week` has no precision in the schema). */
export const CALENDAR_UNITS: Readonly<Record<string, 'year' | 'month'>> = { year: 'year', month: 'month' };

/** Words before `this year`/`this month` that stay in the span: `earlier this year`. */
export const RELATIVE_HEDGES: ReadonlySet<string> = new Set(['earlier', 'later', 'early', 'late']);

/** Words before a month or year naming part of it; kept in the span, not in the value: `mid-2016`, `early March`. */
export const PART_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/** Units of `N … ago`, with the precision of the date they give. */
export const AGO_UNITS: Readonly<Record<string, { unit: 'day' | 'week' | 'month' | 'year' }>> = {
  day: { unit: 'day' }, days: { unit: 'day' },
  week: { unit: 'week' }, weeks: { unit: 'week' },
  month: { unit: 'month' }, months: { unit: 'month' },
  year: { unit: 'year' }, years: { unit: 'year' },
};

/** Small counts written as words before `… ago` (`two years ago`, `a week ago`). */
export const AGO_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, few: 3, several: 3,
};

/**
 * Words that, right before a bare month name, a bare year or a bare weekday, make it a date:
 * `in May`, `since 2015`, `on Monday`. (`on` licenses weekdays only.)
 */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'from', 'during', 'before', 'after', 'through',
  'throughout', 'between', 'around', 'circa', 'early', 'mid', 'late', 'of', 'to', 'and', 'or',
  'on', 'last', 'this', 'next', 'until', 'as', 'for', 'at',
]);

/** Of the prepositions, those that license a bare weekday (`on Monday`, `by Friday`). */
export const WEEKDAY_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'and', 'or', 'to', 'through',
  'last', 'this', 'next', 'early', 'late', 'until',
]);

/** Prepositions that do not license a bare year or month on their own (too often counts: `of 2000`, `to 2000`). */
export const WEAK_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'and', 'or', 'as', 'for', 'at', 'around']);

/** Nouns before `of` that make it temporal: `the end of August`, `the spring of 2016`. */
export const OF_HEADS: ReadonlySet<string> = new Set([
  'end', 'start', 'beginning', 'middle', 'rest', 'half', 'part', 'course', 'summer', 'spring',
  'autumn', 'fall', 'winter', 'year', 'month', 'months', 'week', 'weeks', 'days', 'day',
  'quarter', 'election', 'elections', 'class', 'budget', 'census', 'floods', 'riots',
]);

/** Nouns right before a bare year that make it a date: `the year 2000`, `summer 2016`. */
export const YEAR_HEADS: ReadonlySet<string> = new Set([
  'year', 'summer', 'spring', 'autumn', 'fall', 'winter', 'season', 'census', 'budget',
]);

/** Verbs that, right after a sentence-initial bare year, make it a date: `2012 was …`. */
export const YEAR_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'was', 'is', 'will', 'saw', 'sees', 'has', 'had', 'marked', 'marks', 'brought', 'began', 'ended',
]);

/** Words joining the two ends of a range (`to`, `until`, dashes are read as punctuation). */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'til', 'through', 'thru']);

/** Dashes that join range ends: hyphen-minus, en dash, em dash, minus sign. */
export const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2212']);

/** Words in the few tokens before a bare weekday that point it forward: `will meet on Monday`. */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'shall', 'll', 'due', 'expected', 'scheduled', 'set', 'going', 'plans', 'plan',
  'planned', 'until', 'till', 'by', 'next', 'coming', 'upcoming',
]);
