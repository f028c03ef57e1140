/**
 * Number words of English news prose, as data. The figures extractor reads these tables; the
 * grammar that combines them ("one hundred and twenty", "sixty-three") lives in
 * `src/extract/figures/parse.ts`.
 */

/** How a number word combines with its neighbours. */
export type NumberWordKind =
  | 'unit' // zero … nine: adds, may be followed by a multiplier
  | 'teen' // ten … nineteen: adds, may be followed by a multiplier
  | 'tens' // twenty … ninety: adds, may be followed by a unit ("sixty-three")
  | 'hundred' // multiplies what precedes it (default 1)
  | 'scale' // thousand, million, …: closes a group and multiplies it
  | 'dozen'; // a dozen = 12; multiplies what precedes it ("two dozen")

export interface NumberWord {
  /** Stable id of the entry (shown by `--explain`). */
  id: string;
  /** Lower-case spelling. */
  word: string;
  value: number;
  kind: NumberWordKind;
}

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const NUMBER_WORDS: readonly NumberWord[] = [
  ...units.map((word, value): NumberWord => ({ id: `number/${word}`, word, value, kind: 'unit' })),
  { id: 'number/nought', word: 'nought', value: 0, kind: 'unit' },
  ...teens.map((word, i): NumberWord => ({ id: `number/${word}`, word, value: 10 + i, kind: 'teen' })),
  ...tens.map((word, i): NumberWord => ({ id: `number/${word}`, word, value: 20 + 10 * i, kind: 'tens' })),
  { id: 'number/fourty', word: 'fourty', value: 40, kind: 'tens' }, // common misspelling
  { id: 'number/hundred', word: 'hundred', value: 100, kind: 'hundred' },
  { id: 'number/thousand', word: 'thousand', value: 1e3, kind: 'scale' },
  { id: 'number/million', word: 'million', value: 1e6, kind: 'scale' },
  { id: 'number/billion', word: 'billion', value: 1e9, kind: 'scale' },
  { id: 'number/trillion', word: 'trillion', value: 1e12, kind: 'scale' },
  { id: 'number/dozen', word: 'dozen', value: 12, kind: 'dozen' },
];

/**
 * Scale words and abbreviations written after digits: `4.2million`, `£1.2bn`, `5k`, `2.5 billion`.
 * `exponent` is the power of ten. `attached`: may stand glued to the digits; `spaced`: may stand
 * after a space. News uses `m` for million (`£2m`, `1m people`), never for metres after money.
 */
export interface ScaleSuffix {
  id: string;
  suffix: string;
  exponent: number;
  attached: boolean;
  spaced: boolean;
}

export const SCALE_SUFFIXES: readonly ScaleSuffix[] = [
  { id: 'scale/k', suffix: 'k', exponent: 3, attached: true, spaced: false },
  { id: 'scale/thousand', suffix: 'thousand', exponent: 3, attached: false, spaced: true },
  { id: 'scale/m', suffix: 'm', exponent: 6, attached: true, spaced: false },
  { id: 'scale/mn', suffix: 'mn', exponent: 6, attached: true, spaced: true },
  { id: 'scale/mln', suffix: 'mln', exponent: 6, attached: true, spaced: true },
  { id: 'scale/million', suffix: 'million', exponent: 6, attached: true, spaced: true },
  { id: 'scale/bn', suffix: 'bn', exponent: 9, attached: true, spaced: true },
  { id: 'scale/b', suffix: 'b', exponent: 9, attached: true, spaced: false },
  { id: 'scale/billion', suffix: 'billion', exponent: 9, attached: true, spaced: true },
  { id: 'scale/tn', suffix: 'tn', exponent: 12, attached: true, spaced: true },
  { id: 'scale/trillion', suffix: 'trillion', exponent: 12, attached: true, spaced: true },
  // South Asian scales: "Rs 350 crore", "5 lakh people"
  { id: 'scale/lakh', suffix: 'lakh', exponent: 5, attached: false, spaced: true },
  { id: 'scale/lakhs', suffix: 'lakhs', exponent: 5, attached: false, spaced: true },
  { id: 'scale/crore', suffix: 'crore', exponent: 7, attached: true, spaced: true },
  { id: 'scale/crores', suffix: 'crores', exponent: 7, attached: false, spaced: true },
  { id: 'scale/cr', suffix: 'cr', exponent: 7, attached: true, spaced: false },
];

/**
 * Vague plurals: "dozens of", "hundreds of", "tens of thousands of". A figure made of them is an
 * open range: `min` is two of the base ("hundreds" means at least two hundred), `max` is null and
 * `value` is null. Chained words multiply: "hundreds of thousands" → min 200 × 1000.
 */
export interface VaguePlural {
  id: string;
  word: string;
  /** Value of one of the base unit: dozens → 12, hundreds → 100. */
  base: number;
}

export const VAGUE_PLURALS: readonly VaguePlural[] = [
  { id: 'vague/dozens', word: 'dozens', base: 12 },
  { id: 'vague/scores', word: 'scores', base: 20 },
  { id: 'vague/tens', word: 'tens', base: 10 },
  { id: 'vague/hundreds', word: 'hundreds', base: 100 },
  { id: 'vague/thousands', word: 'thousands', base: 1e3 },
  { id: 'vague/millions', word: 'millions', base: 1e6 },
  { id: 'vague/billions', word: 'billions', base: 1e9 },
];

/**
 * Words before a bare "hundred", "dozen", "thousand" or "million" that make it vague: "several
 * hundred protesters", "a few thousand fans". Read like the vague plurals: `min` is two of the base.
 */
export const VAGUE_LEADERS: readonly string[] = ['several', 'few', 'many'];

/** "half a million", "half an hour": the word that halves the scale or unit after it. */
export const HALF_WORD = 'half';

/**
 * Words that may open a number phrase without being a number: "a dozen", "a million",
 * "an eighty-year-old". Only before a `hundred`, `scale` or `dozen` word do they mean one.
 */
export const ONE_ARTICLES: readonly string[] = ['a', 'an'];

/**
 * Context that makes a number something other than a figure. Each list names the words seen
 * next to the number; the finder in `src/extract/figures/find.ts` applies them.
 */
export const NOT_FIGURE_CONTEXT = {
  /** A number next to a month name is a day of a date ("25 April", "April 25"). */
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec',
  ],
  /** Words before a four-digit number that make it a year ("in 2012", "since 2015"). */
  yearLeaders: [
    'in', 'since', 'by', 'from', 'until', 'till', 'to', 'during', 'before', 'after', 'of', 'the',
    'year', 'early', 'late', 'mid', 'summer', 'winter', 'spring', 'autumn', 'fall', 'around', 'circa',
    'through', 'throughout', 'between', 'and', 'or', 'fiscal', 'financial', 'season', 'class',
  ],
  /** Words before a number that make it a name or rank ("number one priority", "No 10"). */
  rankLeaders: ['number', 'no', 'no.', 'nos', 'nr', 'page', 'chapter', 'section', 'clause', 'article', 'paragraph',
    'rule', 'part', 'room', 'flat', 'unit', 'gate', 'platform', 'route', 'bus', 'line', 'channel', 'level',
    'stage', 'phase', 'grade', 'tier', 'band', 'category', 'class', 'version', 'season', 'series', 'episode',
    'volume', 'vol', 'issue', 'item', 'question', 'figure', 'table', 'appendix', 'junction', 'exit', 'act',
    'schedule', 'annex', 'step', 'day', 'week', 'game', 'round', 'match', 'hole', 'lap', 'windows',
    'iphone', 'code', 'versions', 'nos', 'vol', 'fig', 'art', 'sec', 'pt', 'p', 'pp'],
  /**
   * Abbreviations written with a dot that still lead a day or a rank: "Oct. 9", "No. 4", "Vol. 3".
   * Only these short forms are read across the dot, so a sentence ending "… in March. 12 people"
   * keeps its figure.
   */
  dottedLeaders: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'nos', 'vol', 'fig', 'nr', 'art', 'sec', 'ch', 'pt', 'p', 'pp'],
  /** Day names: a capitalised word before a number that is a date, not a name ("Sunday 14"). */
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  /** Words before a bare number word that make it a pronoun ("the two", "no one", "this one"). */
  pronounLeaders: ['the', 'these', 'those', 'this', 'that', 'no', 'every', 'any', 'each', 'which', 'last',
    'other', 'another', 'only', 'all', 'both', 'same', 'first', 'one', 'little', 'loved', 'special', 'chosen', 'right', 'wrong'],
  /** Words after "one" that make it a pronoun or idiom ("one of the", "one another"). */
  pronounFollowers: ['of', 'another', 'thing', 'way', 'day', 'another’s', "another's", 'or', 'who', 'that', 'which',
    'is', 'was', 'has', 'had', 'can', 'could', 'would', 'should', 'must', 'may', 'might', 'will', 'does', 'did', 'in'],
  /** Words after a number that make it a time of day ("10am", "9.30 p.m."). */
  clockWords: ['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'o’clock', 'gmt', 'bst', 'utc', 'est', 'pst', 'cet'],
  /**
   * Words after four digits that make them a 24-hour clock time ("at 1100 hours", "by 0600
   * hrs"), when a word of `clockLeaders` stands before.
   */
  militaryClockWords: ['hours', 'hrs', 'hundred'],
  clockLeaders: ['at', 'by', 'from', 'until', 'till', 'before', 'after', 'around', 'about', 'since', 'between', 'and', 'to'],
  /** Suffixes glued to digits that make them an ordinal ("21st") or a decade ("1990s"). */
  ordinalSuffixes: ['st', 'nd', 'rd', 'th', 's'],
} as const;

/**
 * Emergency and helpline numbers, which news quotes as numbers to ring, not as figures ("called
 * 911", "a 999 call", "dial 112"). Read as not figures only next to a word of `EMERGENCY_CONTEXT`.
 */
export const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112', '000', '101', '111', '119', '988']);

export const EMERGENCY_CONTEXT = {
  /** Verbs before the number: "called 911", "dial 999", "ring 101". */
  verbs: ['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling',
    'ring', 'rings', 'rang', 'ringing', 'phone', 'phoned', 'phoning', 'text', 'texted', 'contact', 'contacted'],
  /** Nouns after the number: "a 911 call", "999 operators", "the 911 operator". */
  nouns: ['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'dispatch', 'operator', 'operators',
    'center', 'centre', 'centers', 'centres', 'line', 'lines', 'system', 'service', 'services', 'tape', 'tapes',
    'recording', 'recordings', 'supervisor', 'supervisors', 'emergency', 'hang-up', 'hangup', 'number'],
} as const;

/**
 * Fractions of a whole, read as percentages: "half of voters" → 50 percent, "two-thirds of
 * councils" → 66.67, "a quarter of" → 25. Only before "of" (or as "one in five"), so "the
 * first quarter" and "half-time" stay out.
 */
export interface FractionWord {
  id: string;
  word: string;
  /** The denominator: third → 3. */
  denominator: number;
}

export const FRACTION_WORDS: readonly FractionWord[] = [
  { id: 'fraction/half', word: 'half', denominator: 2 },
  { id: 'fraction/halves', word: 'halves', denominator: 2 },
  { id: 'fraction/third', word: 'third', denominator: 3 },
  { id: 'fraction/thirds', word: 'thirds', denominator: 3 },
  { id: 'fraction/quarter', word: 'quarter', denominator: 4 },
  { id: 'fraction/quarters', word: 'quarters', denominator: 4 },
  { id: 'fraction/fifth', word: 'fifth', denominator: 5 },
  { id: 'fraction/fifths', word: 'fifths', denominator: 5 },
  { id: 'fraction/tenth', word: 'tenth', denominator: 10 },
  { id: 'fraction/tenths', word: 'tenths', denominator: 10 },
];
