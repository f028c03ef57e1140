/**
 * Find step of the figures extractor: one left-to-right scan of the body for number mentions,
 * returning their spans and raw parts (qualifier, currency, numeral, scale, range end, unit,
 * counted noun). Values are computed later by `parse.ts`; drafts are built in `index.ts`.
 *
 * The scan is linear: a precompiled anchor regex jumps from one digit, currency sign or number
 * word to the next; every anchor is examined with bounded look-behind and sticky look-ahead, and
 * the scan resumes after whatever the anchor consumed (so a run of a million digits is read once).
 */
import { FRACTION_WORDS, NOT_FIGURE_CONTEXT, NUMBER_WORDS, SCALE_SUFFIXES, VAGUE_PLURALS, type ScaleSuffix, type VaguePlural } from '../../lexicon/numbers.js';
import { CHANGE_VERBS, QUALIFIERS, RANGE_OPENERS, type QualifierPhrase } from '../../lexicon/qualifiers.js';
import {
  AGE_AFTER,
  AGE_BEFORE,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_UNITS,
  PERCENT_WORDS,
  TIME_UNITS,
  type CurrencySymbol,
  type CurrencyWord,
  type MeasureUnit,
  type PercentWord,
  type TimeUnit,
} from '../../lexicon/units.js';
import { COUNT_MODIFIERS, PHRASE_BREAKERS } from '../../lexicon/nouns.js';
import { isCountableInvariant, looksPlural } from './singular.js';
import { parseNumberWords as parseWordsForRatio } from './parse.js';
import {
  isDigitCode,
  isInlineSpace,
  isLetterCode,
  phraseAfter,
  phraseBefore,
  skipSpaces,
  wordAfter,
  wordAt,
  wordBefore,
  type Word,
} from './words.js';

/** A part of the text with the lexicon entry it matched. */
export interface Match<T> {
  entry: T;
  start: number;
  end: number;
}

/** A unit found after a number. `noun`: a counted noun phrase `[start, end)` whose last word is `head`. */
export type RawUnit =
  | { kind: 'percent'; entry: PercentWord; start: number; end: number }
  | { kind: 'currency'; entry: CurrencyWord; start: number; end: number }
  | { kind: 'time'; entry: TimeUnit; start: number; end: number; age: boolean }
  | { kind: 'measure'; entry: MeasureUnit; start: number; end: number }
  | { kind: 'noun'; start: number; end: number; head: string; compound: boolean };

/** One number of a figure, as written. */
export interface RawNumber {
  /** Span of the number: currency sign, numeral and scale. */
  start: number;
  end: number;
  currency: Match<CurrencySymbol> | null;
  /** The numeral without scale: `4.2`, `1,234`, `sixty-three`, `a dozen`, `half a million`. */
  numeral: string;
  /** Written in words rather than digits. */
  words: boolean;
  scale: Match<ScaleSuffix> | null;
  /** A unit glued to this number before any range connector (`14%`, `50p`, `5km`, `16-year-old`). */
  attached: RawUnit | null;
  /** Written with a minus sign or "minus"/"negative" before it (`-5C`, `minus 5`). */
  negative?: boolean;
}

/** A figure mention as found: span and raw parts. */
export interface FoundFigure {
  start: number;
  end: number;
  qualifier: Match<QualifierPhrase> | null;
  /** "between" / "from" before a range, or "aged" before an age. */
  opener: { word: string; start: number; end: number } | null;
  low: RawNumber;
  /** Upper end of a range ("5 to 10"), else null. */
  high: RawNumber | null;
  /** Vague plurals ("hundreds", "of", "thousands") of an open range: their lexicon entries. */
  vague: VaguePlural[] | null;
  /** Unit after the (last) number, or glued to it. */
  unit: RawUnit | null;
  /** A proportion ("two-thirds of", "half of", "one in five"): read as a percentage. */
  fraction: { numerator: number; denominator: number } | null;
}

// ---- lexicon indexes, built once ----

const NUMBER_WORD_SET = new Set(NUMBER_WORDS.map((w) => w.word));
const VAGUE = new Map(VAGUE_PLURALS.map((v) => [v.word, v]));
const SCALE_ATTACHED = new Map(SCALE_SUFFIXES.filter((s) => s.attached).map((s) => [s.suffix, s]));
const SCALE_SPACED = new Map(SCALE_SUFFIXES.filter((s) => s.spaced).map((s) => [s.suffix, s]));
const QUALIFIER_BEFORE = new Map(QUALIFIERS.filter((q) => q.position === 'before').map((q) => [q.phrase, q]));
const QUALIFIER_AFTER = new Map(QUALIFIERS.filter((q) => q.position === 'after').map((q) => [q.phrase, q]));
const PERCENT_SPACED = new Map<string, PercentWord>();
const PERCENT_ATTACHED = new Map<string, PercentWord>();
for (const p of PERCENT_WORDS) {
  for (const w of p.words) {
    PERCENT_SPACED.set(w, p);
    if (p.attached) PERCENT_ATTACHED.set(w, p);
  }
}
const CURRENCY_SPACED = new Map<string, CurrencyWord>();
const CURRENCY_ATTACHED = new Map<string, CurrencyWord>();
for (const c of CURRENCY_WORDS) {
  for (const w of c.words) (c.attached ? CURRENCY_ATTACHED : CURRENCY_SPACED).set(w, c);
}
const TIME = new Map<string, TimeUnit>();
for (const t of TIME_UNITS) for (const w of t.words) TIME.set(w, t);
const MEASURE_SPACED = new Map<string, MeasureUnit>();
const MEASURE_ATTACHED = new Map<string, MeasureUnit>();
for (const m of MEASURE_UNITS) {
  for (const w of m.words) {
    if (w.length > 1 || m.attached) MEASURE_ATTACHED.set(w, m);
    if (w.length > 1 && /^[a-z]/.test(w)) MEASURE_SPACED.set(w, m);
  }
}
const AGE_AFTER_MAP = new Map(AGE_AFTER.map((w) => [w, w]));
const SYMBOLS = [...CURRENCY_SYMBOLS].sort((a, b) => b.symbol.length - a.symbol.length);
const MONTHS = new Set<string>(NOT_FIGURE_CONTEXT.months);
const YEAR_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.yearLeaders);
const RANK_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.rankLeaders);
const PRONOUN_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.pronounLeaders);
const PRONOUN_FOLLOWERS = new Set<string>(NOT_FIGURE_CONTEXT.pronounFollowers);
const CLOCK = new Map<string, string>(NOT_FIGURE_CONTEXT.clockWords.map((w) => [w, w]));
const ORDINAL = new Set<string>(NOT_FIGURE_CONTEXT.ordinalSuffixes);
const CHANGE = new Set(CHANGE_VERBS);
const OPENERS = new Set(RANGE_OPENERS);
const AGE_OPENERS = new Set(AGE_BEFORE);
/** Words after a hyphen that are not a counted unit ("12-strong", "two-thirds", "three-fold"). */
const NOT_HYPHEN_UNITS = new Set(['strong', 'fold', 'thirds', 'third', 'quarters', 'quarter', 'fifths', 'tenths', 'halves', 'and', 'or', 'to', 'nil', 'all', 'love']);
const FRACTIONS = new Map(FRACTION_WORDS.map((f) => [f.word, f]));
const FRACTION_HYPHEN = new Set(FRACTIONS.keys());

/** Anchors: a digit, a currency sign, or a number word / vague plural standing alone. */
const RE_ANCHOR = new RegExp(
  `[0-9£$€¥₹]|\\b(?:${[...NUMBER_WORD_SET, ...VAGUE.keys(), ...FRACTIONS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);
/** Digits with optional thousands separators and decimals. Bounded alternation: linear. */
const RE_DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
/** A run of id-like characters, skipped whole when a number inside it is rejected. */
const RE_ID_RUN = /[A-Za-z0-9_]+(?:[.,:/-][A-Za-z0-9_]+)*/y;
/** Range connectors: `-`, `–`, `—`, `- to`, `-to`, `to`, `and`, `or`, US `through`. */
const RE_CONNECTOR = /[ \t\u00a0]*(?:([-–—])[ \t\u00a0]*(?:to[ \t\u00a0]+)?|(to|and|or|through|thru)[ \t\u00a0]+)/y;

/** Why the scan skips a candidate; returned with where to resume. */
interface Reject {
  reject: string;
  next: number;
}

/** Find every figure mention in `body`. */
export function findFigures(body: string): FoundFigure[] {
  const out: FoundFigure[] = [];
  const re = RE_ANCHOR;
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = m.index;
    const r = figureAt(body, at);
    if ('reject' in r) {
      re.lastIndex = Math.max(r.next, at + 1);
      continue;
    }
    out.push(r);
    re.lastIndex = Math.max(r.end, at + 1);
  }
  return out;
}

function skipRun(body: string, pos: number): number {
  RE_ID_RUN.lastIndex = pos;
  const m = RE_ID_RUN.exec(body);
  return m ? pos + m[0].length : pos + 1;
}

/** A digit or sign at `pos` glued to what precedes it: part of a word, id, hashtag, URL or version. */
function gluedLeft(body: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = body.charCodeAt(pos - 1);
  if (isLetterCode(c) || isDigitCode(c)) return true;
  // # @ _ / \ : = & ~ ^ | < [ ' and a dot after a digit or letter
  if (c === 35 || c === 64 || c === 95 || c === 47 || c === 92 || c === 61 || c === 38 || c === 126 || c === 94 || c === 124) return true;
  if ((c === 46 || c === 45 || c === 58) && pos >= 2) {
    const b = body.charCodeAt(pos - 2);
    if (isLetterCode(b) || isDigitCode(b)) return true;
  }
  return false;
}

/** Examine one anchor: a figure, or a rejection with where to resume. */
function figureAt(body: string, at: number): FoundFigure | Reject {
  const c = body.charCodeAt(at);
  if (isLetterCode(c)) {
    const w = wordAt(body, at);
    if (w && VAGUE.has(w.lower)) return vagueAt(body, w);
    const fr = fractionAt(body, at);
    if (fr) return fr;
    if (w && FRACTIONS.has(w.lower) && w.lower !== 'half') return { reject: 'fraction-word', next: w.end };
  }
  const low = numberAt(body, at, true);
  if ('reject' in low) return low;

  // ---- look-behind: qualifier, opener ----
  let qualifier = phraseBefore(body, low.start, QUALIFIER_BEFORE, 4);
  let opener: FoundFigure['opener'] = null;
  const leftOf = qualifier ? qualifier.start : low.start;
  const before = wordBefore(body, leftOf);
  if (before && (OPENERS.has(before.lower) || AGE_OPENERS.has(before.lower))) {
    opener = { word: before.lower, start: before.start, end: before.end };
  }
  // "some one" is "someone" written apart, not an estimate
  if (qualifier && qualifier.entry.phrase === 'some' && low.words && low.numeral.toLowerCase() === 'one') qualifier = null;

  // ---- "one in five" ----
  const ratio = ratioAt(body, low);
  if (ratio) return ratio;

  const ctx = rejectByContext(body, low, qualifier !== null);
  if (ctx) return ctx;

  // ---- range ----
  let high: RawNumber | null = null;
  let connector = '';
  let p = low.end;
  if (!low.attached || low.attached.kind !== 'noun') {
    RE_CONNECTOR.lastIndex = p;
    const cm = RE_CONNECTOR.exec(body);
    if (cm && !body.slice(p, p + cm[0].length).includes('\n')) {
      connector = cm[1] ? '-' : cm[2]!.toLowerCase();
      const allowed =
        connector === '-' ||
        (connector === 'and' && opener?.word === 'between') ||
        connector === 'or' ||
        connector === 'through' ||
        connector === 'thru' ||
        (connector === 'to' && !(opener?.word === 'from' && isChange(body, opener.start)) && !(!opener && isChange(body, leftOf)));
      const h = allowed ? numberAt(body, p + cm[0].length, false) : null;
      if (h && !('reject' in h) && compatible(low, h, connector)) high = h;
    }
  }

  const last = high ?? low;
  p = last.end;

  // ---- trailing qualifier glued to the number ("1,000-plus", "50-odd", "20 or more") ----
  let after = trailingQualifier(body, p);
  if (after) p = after.end;

  // ---- unit ----
  let unit: RawUnit | null = last.attached ?? (high ? null : low.attached);
  if (!unit && high && low.attached && low.attached.kind !== 'noun') unit = low.attached;
  if (!last.attached && !low.currency && !high?.currency) {
    const u = unitAfter(body, p, valueIsOne(last));
    if (u) unit = u;
  }
  if (unit && unit.end > p) p = unit.end;
  if (!after) {
    after = trailingQualifier(body, p);
    if (after) p = after.end;
  }
  if (after && !qualifier) qualifier = after;

  // ---- rejections that need the whole figure ----
  const hasUnit = unit !== null || low.currency !== null || (high?.currency ?? null) !== null;
  if (!hasUnit && !qualifier) {
    if (isYearLike(low) && (!high || isYearLike(high) || connector === '-')) return { reject: 'year', next: p };
    if (high && connector === '-' && !low.words && !high.words && !low.scale && !high.scale) {
      const lo = Number(low.numeral.replace(/,/g, ''));
      const hi = Number(high.numeral.replace(/,/g, ''));
      if (hi <= lo) return { reject: 'score', next: p };
    }
    if (!high && low.words && !low.scale) {
      if (/^(?:one|a|an)$/i.test(low.numeral)) return { reject: 'pronoun', next: low.end };
      const b = wordBefore(body, low.start);
      if (b && PRONOUN_LEADERS.has(b.lower)) return { reject: 'pronoun', next: low.end };
    }
    if (!high && listMarker(body, low)) return { reject: 'list-marker', next: low.end };
  }
  // "1988 sales", "the 2012 inspection": edited news writes counts of a thousand and more with a
  // separator ("2,000 people"), so a bare 19xx/20xx before a noun is a year
  if (unit?.kind === 'noun' && isYearLike(low) && !high && !qualifier && !low.currency) return { reject: 'year', next: low.end };
  if (opener && AGE_OPENERS.has(opener.word) && unit && unit.kind !== 'time') opener = null;
  if (opener && opener.word === 'between' && !high) opener = null;
  if (opener && opener.word === 'from' && !high) opener = null;

  const start = Math.min(qualifier?.start ?? Infinity, opener?.start ?? Infinity, low.start);
  return { start, end: p, qualifier, opener, low, high, vague: null, unit, fraction: null };
}

/** Words that may count the parts of a fraction: "a", "one", "two", … "nine". */
const FRACTION_COUNTS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
]);

/**
 * "half of", "a third of", "two-thirds of", "three quarters of" at `at` (the count word or the
 * fraction word); null if the words do not make a fraction followed by "of".
 */
function fractionAt(body: string, at: number): FoundFigure | null {
  const w = wordAt(body, at);
  if (!w) return null;
  let numerator = 1;
  let start = w.start;
  let fw: { start: number; end: number; lower: string } | null = null;
  const parts = w.lower.split('-');
  if (parts.length === 2 && FRACTION_COUNTS.has(parts[0]!) && FRACTIONS.has(parts[1]!)) {
    numerator = FRACTION_COUNTS.get(parts[0]!)!;
    fw = { start: w.start + parts[0]!.length + 1, end: w.end, lower: parts[1]! };
  } else if (FRACTIONS.has(w.lower)) {
    fw = w;
    const a = wordBefore(body, w.start, 1);
    if (a && FRACTION_COUNTS.has(a.lower)) {
      numerator = FRACTION_COUNTS.get(a.lower)!;
      start = a.start;
    } else if (w.lower !== 'half') return null;
  } else if (FRACTION_COUNTS.has(w.lower)) {
    const nx = wordAfter(body, w.end, 1);
    if (!nx || !FRACTIONS.has(nx.lower)) return null;
    numerator = FRACTION_COUNTS.get(w.lower)!;
    fw = nx;
  } else return null;
  const f = FRACTIONS.get(fw.lower)!;
  if (numerator >= f.denominator || (numerator > 1 && !fw.lower.endsWith('s')) || (numerator === 1 && fw.lower.endsWith('s'))) return null;
  const of = wordAfter(body, fw.end, 1);
  if (!of || of.lower !== 'of') return null;
  const qualifier = phraseBefore(body, start, QUALIFIER_BEFORE, 4);
  const low: RawNumber = { start, end: fw.end, currency: null, numeral: body.slice(start, fw.end), words: true, scale: null, attached: null };
  return {
    start: qualifier?.start ?? start,
    end: fw.end,
    qualifier,
    opener: null,
    low,
    high: null,
    vague: null,
    unit: null,
    fraction: { numerator, denominator: f.denominator },
  };
}

/** "one in five children", "1 in 10": a proportion; null unless `low` is followed by "in" + a larger number. */
function ratioAt(body: string, low: RawNumber): FoundFigure | null {
  if (low.currency || low.scale || low.attached) return null;
  const inw = wordAfter(body, low.end, 1);
  if (!inw || inw.lower !== 'in') return null;
  const h = numberAt(body, skipSpaces(body, inw.end), false);
  if ('reject' in h || h.currency || h.attached || skipSpaces(body, inw.end) - inw.end !== 1) return null;
  const n = low.words ? null : Number(low.numeral.replace(/,/g, ''));
  const d = h.words ? null : Number(h.numeral.replace(/,/g, ''));
  const numerator = n ?? wordValue(low.numeral);
  const denominator = d ?? wordValue(h.numeral);
  if (numerator === null || denominator === null || !(denominator > numerator) || (h.scale && !low.scale)) return null;
  const qualifier = phraseBefore(body, low.start, QUALIFIER_BEFORE, 4);
  return {
    start: qualifier?.start ?? low.start,
    end: h.end,
    qualifier,
    opener: null,
    low,
    high: null,
    vague: null,
    unit: null,
    fraction: { numerator, denominator },
  };
}

function wordValue(numeral: string): number | null {
  return parseWordsForRatio(numeral);
}

function valueIsOne(n: RawNumber): boolean {
  return !n.scale && /^(?:1|one|a|an)$/i.test(n.numeral);
}

function isChange(body: string, pos: number): boolean {
  const w = wordBefore(body, pos);
  if (!w) return false;
  if (CHANGE.has(w.lower)) return true;
  // "rose by 5 to 10", "increased by"
  if (w.lower === 'by') {
    const v = wordBefore(body, w.start);
    return v !== null && CHANGE.has(v.lower);
  }
  return false;
}

/** A four-digit bare integer 1900–2099 (a year, unless a counted noun follows). */
function isYearLike(n: RawNumber): boolean {
  if (n.words || n.currency || n.scale || n.numeral.length !== 4) return false;
  if (n.attached && n.attached.kind !== 'noun') return false;
  const v = Number(n.numeral);
  return v >= 1900 && v <= 2099;
}

/** "1." or "2)" at the start of a line, or "(3)" standing alone: a list or note marker. */
function listMarker(body: string, n: RawNumber): boolean {
  let s = n.start;
  while (s > 0 && isInlineSpace(body.charCodeAt(s - 1))) s--;
  const prev = s > 0 ? body[s - 1] : '\n';
  const next = body[n.end];
  if (prev === '\n' && (next === '.' || next === ')') && /^[ \t]+\S/.test(body.slice(n.end + 1, n.end + 3))) return true;
  if (prev === '(' && next === ')') return true;
  if (prev === '[' && next === ']') return true;
  return false;
}

/** Two ends that make one range: same currency (or one side bare), same kind of glued unit. */
function compatible(low: RawNumber, high: RawNumber, connector: string): boolean {
  if (low.currency && high.currency && low.currency.entry.code !== high.currency.entry.code) return false;
  if (!low.currency && high.currency && connector !== '-') return false;
  const a = low.attached;
  const b = high.attached;
  if (a && a.kind === 'noun') return false;
  if (a && b && (a.kind !== b.kind || unitId(a) !== unitId(b))) {
    // "16-year-old to 17-year-old" fine; "5% to £3m" not
    return false;
  }
  if (a && !b && a.kind !== 'time' && a.kind !== 'percent') return false;
  if (a && a.kind === 'time' && !b) return false;
  return true;
}

function unitId(u: RawUnit): string {
  switch (u.kind) {
    case 'noun':
      return u.head;
    case 'time':
      return u.entry.unit;
    default:
      return u.entry.id;
  }
}

/** Context before and after a number that makes it a date, a clock time, a rank or an id. */
function rejectByContext(body: string, n: RawNumber, qualified: boolean): Reject | null {
  if (n.currency) return null;
  const before = wordBefore(body, n.start);
  const after = wordAfter(body, n.end, 2);
  if (!n.words && !n.scale) {
    if (before && MONTHS.has(before.lower) && !qualified) return { reject: 'date-day', next: n.end };
    if (after && MONTHS.has(after.lower) && (!n.attached || n.attached.kind === 'noun') && after.lower !== 'may') {
      return { reject: 'date-day', next: n.end };
    }
    if (after && after.lower === 'may' && body[after.start] === 'M') return { reject: 'date-day', next: n.end };
    if (after && CLOCK.has(after.lower)) return { reject: 'clock', next: after.end };
  }
  if (before && RANK_LEADERS.has(before.lower) && !qualified) {
    // "No 10", "number one priority", "chapter 3"; "No." with its dot too
    if (before.lower !== 'no' || body[before.start] === 'N' || body[before.end] === '.') return { reject: 'rank', next: n.end };
  }
  if (n.words && /^(?:one)$/i.test(n.numeral)) {
    if (before && PRONOUN_LEADERS.has(before.lower)) return { reject: 'pronoun', next: n.end };
    if (after && PRONOUN_FOLLOWERS.has(after.lower)) return { reject: 'pronoun', next: n.end };
  }
  return null;
}

/**
 * A number at `pos`: currency sign, digits or number words, scale, glued unit. `anchor` says
 * the scan landed here (so the look-behind for letter-prefixed signs like `US$` applies).
 */
function numberAt(body: string, pos: number, anchor: boolean): RawNumber | Reject {
  let start = pos;
  let currency: Match<CurrencySymbol> | null = null;
  for (const s of SYMBOLS) {
    if (body.startsWith(s.symbol, pos)) {
      currency = { entry: s, start: pos, end: pos + s.symbol.length };
      break;
    }
  }
  if (anchor && currency && currency.entry.symbol === '$') {
    // US$, A$, NZ$ … written before: widen to the longest letter-prefixed sign
    for (const s of SYMBOLS) {
      if (s.symbol.length > 1 && s.symbol.endsWith('$') && body.startsWith(s.symbol, pos + 1 - s.symbol.length)) {
        const b = pos + 1 - s.symbol.length;
        if (b === 0 || !isLetterCode(body.charCodeAt(b - 1))) {
          currency = { entry: s, start: b, end: pos + 1 };
          start = b;
          break;
        }
      }
    }
  }
  let p = currency ? currency.end : pos;
  if (currency) {
    if (start > 0 && currency.entry.symbol.length === 1 && gluedLeft(body, start) && !/[-–—(]/.test(body[start - 1]!)) return { reject: 'glued', next: skipRun(body, p) };
    const q = skipSpaces(body, p);
    if (q - p > 1) return { reject: 'lone-sign', next: p };
    p = q;
  } else if (anchor && isDigitCode(body.charCodeAt(pos))) {
    // ISO code before the digits: "GBP 5m", "USD 20bn"
    const w = wordBefore(body, pos, 1);
    if (w && /^(?:GBP|USD|EUR)$/.test(body.slice(w.start, w.end))) {
      const s = SYMBOLS.find((x) => x.symbol === body.slice(w.start, w.end))!;
      currency = { entry: s, start: w.start, end: w.end };
      start = w.start;
    }
  }
  const c = body.charCodeAt(p);
  let n: RawNumber | Reject;
  if (isDigitCode(c)) n = digitsAt(body, start, p, currency, anchor);
  else if (currency) return { reject: 'lone-sign', next: p };
  else if (isLetterCode(c)) n = wordsAt(body, p);
  else return { reject: 'none', next: p + 1 };
  return anchor && !('reject' in n) ? signed(body, n) : n;
}

/** Widen a number over a minus sign (`-5`, `−5` after a space or at the start) or "minus"/"negative". */
function signed(body: string, n: RawNumber): RawNumber {
  const s = n.start;
  const m = body[s - 1];
  if ((m === '-' || m === '−') && !n.currency && (s === 1 || /[\s(]/.test(body[s - 2]!))) return { ...n, start: s - 1, negative: true };
  const w = wordBefore(body, s, 1);
  if (w && (w.lower === 'minus' || w.lower === 'negative')) return { ...n, start: w.start, negative: true };
  return n;
}

function digitsAt(body: string, start: number, p: number, currency: Match<CurrencySymbol> | null, anchor: boolean): RawNumber | Reject {
  if (!currency && anchor && gluedLeft(body, p)) return { reject: 'glued', next: skipRun(body, p) };
  RE_DIGITS.lastIndex = p;
  const m = RE_DIGITS.exec(body)!;
  let numeral = m[0];
  // ".77": a decimal written without its leading zero
  if (!currency && anchor && body[p - 1] === '.' && !numeral.includes('.') && !/[\w.,]/.test(body[p - 2] ?? ' ')) {
    numeral = `0.${numeral}`;
    start = p - 1;
  }
  let end = p + m[0].length;
  const next = body.charCodeAt(end);
  const next2 = body.charCodeAt(end + 1);
  // versions, IPs, times, dates, fractions, phone groups, ids
  if ((next === 46 || next === 58 || next === 47 || next === 44) && isDigitCode(next2)) return { reject: 'id', next: skipRun(body, p) };
  if (!currency) {
    if (/^0\d/.test(numeral)) return { reject: 'phone', next: skipPhone(body, p) };
    if (/^\d{7,}$/.test(numeral)) return { reject: 'long-id', next: end };
    if (isInlineSpace(next) && isDigitCode(next2) && anchor && /^\d{1,4}$/.test(numeral)) {
      const after = RE_DIGITS;
      after.lastIndex = end + 1;
      const m2 = after.exec(body);
      // "020 8359 2000"-style groups; not "5 10-year-olds"
      if (m2 && /^\d{3,}$/.test(m2[0]) && /^\d{3,}$/.test(numeral) && !/[-–]/.test(body[end + 1 + m2[0].length] ?? '')) return { reject: 'phone', next: skipPhone(body, p) };
    }
  }
  let scale: Match<ScaleSuffix> | null = null;
  let attached: RawUnit | null = null;
  if (isLetterCode(next) || next === 37 || next === 0xb0 || next === 43) {
    const r = gluedSuffix(body, end);
    if ('reject' in r) return { reject: r.reject, next: skipRun(body, p) };
    scale = r.scale;
    attached = r.unit;
    end = r.end;
  }
  if (!scale) {
    // spaced scale: "4.2 million", "2 bn"
    const w = wordAfter(body, end, 1);
    if (w && SCALE_SPACED.has(w.lower) && w.end === skipRun(body, w.start) && body.slice(w.start, w.end) !== 'M') {
      scale = { entry: SCALE_SPACED.get(w.lower)!, start: w.start, end: w.end };
      end = w.end;
    }
  }
  if (scale && !attached) {
    // "£3.8m%"? no; but "5m%": rare. A currency word may follow a scale: "5 million pounds".
    if (body.charCodeAt(end) === 37) {
      attached = { kind: 'percent', entry: PERCENT_ATTACHED.get('%')!, start: end, end: end + 1 };
      end += 1;
    }
  }
  if (!attached && body.charCodeAt(end) === 45 && isLetterCode(body.charCodeAt(end + 1))) {
    const h = hyphenUnit(body, end);
    if (h && 'reject' in h) return { reject: h.reject, next: skipRun(body, p) };
    if (h) {
      attached = h;
    }
  }
  return { start, end, currency, numeral, words: false, scale, attached };
}

/** Letters (or `%`, `°`, `+`) glued to digits: a scale, a unit, or a reason to reject. */
function gluedSuffix(body: string, end: number): { scale: Match<ScaleSuffix> | null; unit: RawUnit | null; end: number } | { reject: string } {
  const c = body.charCodeAt(end);
  if (c === 43) return { scale: null, unit: null, end }; // "1,000+": trailing qualifier reads it
  if (c === 37) return { scale: null, unit: { kind: 'percent', entry: PERCENT_ATTACHED.get('%')!, start: end, end: end + 1 }, end: end + 1 };
  if (c === 0xb0) {
    const l = body[end + 1]?.toLowerCase();
    const key = l === 'c' || l === 'f' ? `°${l}` : '°';
    const m = MEASURE_ATTACHED.get(key)!;
    const e = end + key.length;
    return { scale: null, unit: { kind: 'measure', entry: m, start: end, end: e }, end: e };
  }
  let e = end;
  while (isLetterCode(body.charCodeAt(e))) e++;
  if (isDigitCode(body.charCodeAt(e))) return { reject: 'id' };
  const suffix = body.slice(end, e);
  const lower = suffix.toLowerCase();
  if (ORDINAL.has(lower)) return { reject: lower === 's' ? 'decade' : 'ordinal' };
  if (CLOCK.has(lower)) return { reject: 'clock' };
  const scale = SCALE_ATTACHED.get(lower);
  if (scale && suffix !== 'M' && suffix !== 'K' && suffix !== 'B') {
    const sm: Match<ScaleSuffix> = { entry: scale, start: end, end: e };
    // "£5m-a-year" fine; "5bn%": fine. "5mph" never reaches here (whole suffix read).
    return { scale: sm, unit: null, end: e };
  }
  if (scale) return { scale: { entry: scale, start: end, end: e }, unit: null, end: e };
  const pct = PERCENT_ATTACHED.get(lower);
  if (pct) return { scale: null, unit: { kind: 'percent', entry: pct, start: end, end: e }, end: e };
  const cur = CURRENCY_ATTACHED.get(lower);
  if (cur) return { scale: null, unit: { kind: 'currency', entry: cur, start: end, end: e }, end: e };
  const t = TIME.get(lower);
  if (t && lower.length > 1) return { scale: null, unit: { kind: 'time', entry: t, start: end, end: e, age: false }, end: e };
  // single letters are case-sensitive: "35C" is Celsius, "5G" is a network, "10g" grams
  let mu = MEASURE_ATTACHED.get(suffix.length === 1 ? suffix : lower);
  let me = e;
  if (!mu && body[e] === '/' && isLetterCode(body.charCodeAt(e + 1))) {
    let f = e + 1;
    while (isLetterCode(body.charCodeAt(f))) f++;
    mu = MEASURE_ATTACHED.get(body.slice(end, f).toLowerCase());
    if (mu) me = f;
  }
  if (mu) return { scale: null, unit: { kind: 'measure', entry: mu, start: end, end: me }, end: me };
  return { reject: 'glued-letters' };
}

/** A hyphenated unit after a number: `-year-old(s)`, `-year`, `-day`, `-bedroom`; null if none. */
function hyphenUnit(body: string, dash: number): RawUnit | Reject | null {
  const w = wordAt(body, dash + 1);
  if (!w) return null;
  const parts = w.lower.split('-');
  const first = parts[0]!;
  if (first === 'to' || NUMBER_WORD_SET.has(first)) return null;
  if (FRACTION_HYPHEN.has(first)) return { reject: 'fraction', next: w.end }; // "two-thirds" without "of"
  if (first === 'plus' || first === 'odd' || first === 'ish') return null;
  const t = TIME.get(first);
  if (t) {
    if (parts[1] === 'old' || parts[1] === 'olds') {
      // "16-year-old", "17-year-olds"; the whole compound is the unit's span
      return { kind: 'time', entry: t, start: dash, end: dash + 1 + parts.slice(0, 2).join('-').length, age: true };
    }
    return { kind: 'time', entry: t, start: dash, end: dash + 1 + first.length, age: false };
  }
  const cur = CURRENCY_SPACED.get(first) ?? CURRENCY_ATTACHED.get(first);
  if (cur) return { kind: 'currency', entry: cur, start: dash, end: dash + 1 + first.length }; // "12-cent", "one-yen"
  const pct = PERCENT_SPACED.get(first);
  if (pct && first !== 'percentage') return { kind: 'percent', entry: pct, start: dash, end: dash + 1 + first.length };
  const mu = MEASURE_SPACED.get(first) ?? MEASURE_ATTACHED.get(first);
  if (mu && first.length > 1) return { kind: 'measure', entry: mu, start: dash, end: dash + 1 + first.length };
  if (NOT_HYPHEN_UNITS.has(first) || PHRASE_BREAKERS.has(first)) return null;
  if (body.charCodeAt(dash + 1) < 97) return null; // capitalised: a name ("Covid-19" reversed, "5-Star")
  return { kind: 'noun', start: dash, end: dash + 1 + first.length, head: first, compound: true };
}

/** Number words at `pos`: "eight", "sixty-three", "one hundred and twenty", "a dozen", "half a million". */
function wordsAt(body: string, pos: number): RawNumber | Reject {
  let w: Word | null = wordAt(body, pos);
  if (!w) return { reject: 'none', next: pos + 1 };
  let start = w.start;
  let end = w.start;
  let lastWord = '';
  let count = 0;
  // A hyphenated word ("sixty-three", "two-year") is split at hyphens.
  let p = pos;
  for (;;) {
    const seg = segmentAt(body, p);
    if (!seg) break;
    const lw = seg.lower;
    if (NUMBER_WORD_SET.has(lw)) {
      count++;
      end = seg.end;
      lastWord = lw;
    } else if (lw === 'and' && count > 0 && (lastWord === 'hundred' || isScaleWord(lastWord))) {
      // "one hundred and twenty": only when a number word follows
      const nx = segmentAt(body, skipSpaces(body, seg.end));
      if (!nx || !NUMBER_WORD_SET.has(nx.lower) || isScaleWord(nx.lower)) break;
    } else break;
    // next segment: after a single space, or a hyphen inside a compound number
    const sep = body.charCodeAt(seg.end);
    if (sep === 45 && isLetterCode(body.charCodeAt(seg.end + 1))) {
      const nx = segmentAt(body, seg.end + 1);
      if (!nx || !NUMBER_WORD_SET.has(nx.lower)) break;
      p = seg.end + 1;
    } else if (isInlineSpace(sep)) {
      p = skipSpaces(body, seg.end);
      if (p - seg.end > 3 || !isLetterCode(body.charCodeAt(p))) break;
    } else break;
  }
  if (count === 0) return { reject: 'none', next: w.end };
  const first = body.slice(start, start + 10).toLowerCase();
  // "a dozen", "a million", "half a million", "an hundred"
  if (/^(?:hundred|thousand|million|billion|trillion|dozen)/.test(first)) {
    const a = wordBefore(body, start, 1);
    if (a && (a.lower === 'a' || a.lower === 'an')) {
      start = a.start;
      const h = wordBefore(body, a.start, 1);
      if (h && h.lower === 'half') start = h.start;
    }
  }
  // "two and a half"
  const tail = /^[ \t]+and a half\b/i.exec(body.slice(end, end + 16));
  if (tail) end += tail[0].length;
  w = null;
  const numeral = body.slice(start, end);
  let attached: RawUnit | null = null;
  if (body.charCodeAt(end) === 45 && isLetterCode(body.charCodeAt(end + 1))) {
    const h = hyphenUnit(body, end);
    if (h && 'reject' in h) return h;
    if (h) attached = h;
  }
  return { start, end, currency: null, numeral, words: true, scale: null, attached };
}

function isScaleWord(w: string): boolean {
  return w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion';
}

/** A run of letters at `pos` (no hyphen, no apostrophe), lower-cased. */
function segmentAt(body: string, pos: number): { start: number; end: number; lower: string } | null {
  let e = pos;
  while (isLetterCode(body.charCodeAt(e))) e++;
  if (e === pos) return null;
  return { start: pos, end: e, lower: body.slice(pos, e).toLowerCase() };
}

function skipPhone(body: string, pos: number): number {
  let p = pos;
  for (;;) {
    while (isDigitCode(body.charCodeAt(p))) p++;
    if ((isInlineSpace(body.charCodeAt(p)) || body[p] === '-') && isDigitCode(body.charCodeAt(p + 1))) p++;
    else return p;
  }
}

/** "or more", "-plus", "+", "-odd", "or so" right after `pos`. */
function trailingQualifier(body: string, pos: number): Match<QualifierPhrase> | null {
  const c = body.charCodeAt(pos);
  if (c === 43) return { entry: QUALIFIER_AFTER.get('+')!, start: pos, end: pos + 1 };
  if (c === 45) {
    const w = wordAt(body, pos + 1);
    if (w && (w.lower === 'plus' || w.lower === 'odd' || w.lower === 'ish')) {
      return { entry: QUALIFIER_AFTER.get(w.lower)!, start: pos, end: w.end };
    }
    return null;
  }
  const m = phraseAfter(body, pos, QUALIFIER_AFTER, 2, 1);
  if (m && m.entry.phrase.includes(' ')) {
    // "5 or more", but not "5 or more than 10"
    const nx = wordAfter(body, m.end, 1);
    if (nx && (nx.lower === 'than' || nx.lower === 'of')) return null;
    return m;
  }
  return null;
}

/** The unit after the last number: percent, currency word, time unit, measure or counted noun. */
function unitAfter(body: string, pos: number, one: boolean): RawUnit | null {
  if (body.charCodeAt(skipSpaces(body, pos)) === 37 && skipSpaces(body, pos) - pos <= 1) {
    const s = skipSpaces(body, pos);
    return { kind: 'percent', entry: PERCENT_ATTACHED.get('%')!, start: s, end: s + 1 };
  }
  const first = wordAfter(body, pos, 1);
  if (!first) return null;
  const pct = phraseAfter(body, pos, PERCENT_SPACED, 3, 1);
  if (pct && !pct.entry.attached) return { kind: 'percent', ...pct };
  const cur = phraseAfter(body, pos, CURRENCY_SPACED, 2, 1);
  if (cur) return { kind: 'currency', ...cur };
  const t = TIME.get(first.lower);
  if (t) {
    const age = phraseAfter(body, first.end, AGE_AFTER_MAP, 2, 1);
    if (age) return { kind: 'time', entry: t, start: first.start, end: age.end, age: true };
    return { kind: 'time', entry: t, start: first.start, end: first.end, age: false };
  }
  const mu = phraseAfter(body, pos, MEASURE_SPACED, 3, 1);
  if (mu && body.charCodeAt(mu.start) >= 97) return { kind: 'measure', ...mu };
  return countedNoun(body, pos, one);
}

/**
 * The counted noun after a number: the words up to the first phrase breaker (at most four),
 * lower-case; the head is the first plural-looking word ("serious incident notifications"),
 * else a countable invariant ("police"), else — for a count of one — the last word.
 */
export function countedNoun(body: string, pos: number, one: boolean): RawUnit | null {
  let p = pos;
  let w = wordAfter(body, p, 1);
  if (w && COUNT_MODIFIERS.has(w.lower)) {
    const nx = wordAfter(body, w.end, 1);
    if (nx && !PHRASE_BREAKERS.has(nx.lower)) {
      p = w.end;
      w = nx;
    }
  }
  const run: Word[] = [];
  while (w && run.length < 4) {
    if (PHRASE_BREAKERS.has(w.lower) || w.lower !== body.slice(w.start, w.end)) break;
    if (NUMBER_WORD_SET.has(w.lower) || MONTHS.has(w.lower) || VAGUE.has(w.lower) || w.lower === 'dozens') break;
    run.push(w);
    w = wordAfter(body, w.end, 1);
  }
  if (run.length === 0) return null;
  let head: Word | undefined;
  if (!one) {
    head = run.find((x) => looksPlural(x.lower) && !x.lower.endsWith("'s") && !x.lower.endsWith('’s'));
    head ??= run.find((x) => isCountableInvariant(x.lower));
  } else {
    // a count of one: the last of at most three words ("one serious case review")
    const r = run.slice(0, 3);
    head = r[r.length - 1];
    if (head && /(?:ing|ed|ly)$/.test(head.lower)) head = undefined;
  }
  if (!head) return null;
  return { kind: 'noun', start: run[0]!.start, end: head.end, head: body.slice(head.start, head.end), compound: false };
}

/** "dozens of", "hundreds of thousands of", "tens of millions of pounds": an open range. */
function vagueAt(body: string, w: Word): FoundFigure | Reject {
  const chain: VaguePlural[] = [VAGUE.get(w.lower)!];
  let end = w.end;
  let of = wordAfter(body, end, 1);
  if (!of || of.lower !== 'of') return { reject: 'vague-without-of', next: w.end };
  // "hundreds of thousands of": chain while a larger vague plural follows
  for (;;) {
    const nx = wordAfter(body, of.end, 1);
    const v = nx ? VAGUE.get(nx.lower) : undefined;
    if (!nx || !v || v.base <= chain[chain.length - 1]!.base || v.base < 1000) break;
    const of2 = wordAfter(body, nx.end, 1);
    chain.push(v);
    end = nx.end;
    if (!of2 || of2.lower !== 'of') {
      of = null;
      break;
    }
    of = of2;
  }
  let unit: RawUnit | null = null;
  if (of) {
    const cur = phraseAfter(body, of.end, CURRENCY_SPACED, 2, 1);
    if (cur) unit = { kind: 'currency', ...cur };
    else {
      const t = wordAfter(body, of.end, 1);
      const te = t ? TIME.get(t.lower) : undefined;
      if (t && te) unit = { kind: 'time', entry: te, start: t.start, end: t.end, age: false };
      else unit = countedNoun(body, of.end, false);
    }
  }
  const qualifier = phraseBefore(body, w.start, QUALIFIER_BEFORE, 4);
  const low: RawNumber = { start: w.start, end, currency: null, numeral: body.slice(w.start, end), words: true, scale: null, attached: null };
  return {
    start: qualifier?.start ?? w.start,
    end: unit ? unit.end : end,
    qualifier,
    opener: null,
    low,
    high: null,
    vague: chain,
    unit,
    fraction: null,
  };
}
