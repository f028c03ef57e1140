/**
 * Find step of the figures extractor: one left-to-right scan of the body for number mentions,
 * returning their spans and raw parts (qualifier, currency, numeral, scale, range end, unit,
 * counted noun). Values are computed later by `parse.ts`; drafts are built in `index.ts`.
 *
 * The scan is linear: a precompiled anchor regex jumps from one digit, currency sign or number
 * word to the next; every anchor is examined with bounded look-behind and sticky look-ahead, and
 * the scan resumes after whatever the anchor consumed (so a run of a million digits is read once).
 */
import {
  EMERGENCY_CONTEXT,
  EMERGENCY_NUMBERS,
  FRACTION_WORDS,
  NOT_FIGURE_CONTEXT,
  NUMBER_WORDS,
  SCALE_SUFFIXES,
  VAGUE_LEADERS,
  VAGUE_PLURALS,
  type ScaleSuffix,
  type VaguePlural,
} from '../../lexicon/numbers.js';
import { CHANGE_VERBS, QUALIFIERS, RANGE_OPENERS, type QualifierPhrase } from '../../lexicon/qualifiers.js';
import {
  AGE_AFTER,
  AGE_BEFORE,
  AGE_CONTEXT,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_BEFORE,
  MEASURE_UNITS,
  PERCENT_WORDS,
  TIME_UNITS,
  type CurrencySymbol,
  type CurrencyWord,
  type MeasureUnit,
  type PercentWord,
  type TimeUnit,
} from '../../lexicon/units.js';
import {
  COUNT_MODIFIERS,
  GROUP_PLURAL_ENDINGS,
  MAX_CAPITALISED_MODIFIERS,
  MULTIPLIER_FOLLOWERS,
  PARTITIVE_DETERMINERS,
  PHRASE_BREAKERS,
} from '../../lexicon/nouns.js';
import { ADDRESS_BLOCK_WORDS, STREET_DIRECTIONS, STREET_WORDS } from '../../lexicon/places.js';
import { isCountableInvariant, looksPlural } from './singular.js';
import { anchorSigns, anchorWords, TokenAnchors } from './anchors.js';
import type { Tokens } from '../../text/tokens.js';
import { parseNumberWords as parseWordsForRatio } from './parse.js';
import {
  BodyWordSet,
  isDigitCode,
  isInlineSpace,
  isLetterCode,
  phraseAfter,
  phraseBefore,
  phraseFrom,
  phraseTable,
  skipSpaces,
  wordAfter,
  wordAt,
  wordBefore,
  writtenLower,
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
  | { kind: 'noun'; start: number; end: number; head: string; compound: boolean; partitive?: number };
// `partitive`: for "14 of the nurses", the offset of the phrase after "of" ("the nurses").

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
  /**
   * An age in years read from context rather than a unit word: `how` names the pattern
   * (`apposition`: "Ann Lee, 34,"; `death`: "died at 81"; `copula`: "She was 68."), `subject`
   * the name or person noun it belongs to, when one stands before it.
   */
  age?: { how: 'apposition' | 'death' | 'copula'; subject: { start: number; end: number } | null };
}

// ---- lexicon indexes, built once ----

const NUMBER_WORD_SET = new Set(NUMBER_WORDS.map((w) => w.word));
const VAGUE = new Map(VAGUE_PLURALS.map((v) => [v.word, v]));
const VAGUE_LEAD = new Set(VAGUE_LEADERS);
/** "hundred", "dozen", "thousand", "million" …: their value, as the base of "several hundred". */
const SCALE_BASES = new Map(NUMBER_WORDS.filter((w) => w.kind === 'hundred' || w.kind === 'scale' || w.kind === 'dozen').map((w) => [w.word, w.value]));
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
/** Measure words with a capital ("GB", "MHz"), matched only as written, glued or spaced. */
const MEASURE_EXACT = new Map<string, MeasureUnit>();
for (const m of MEASURE_UNITS) {
  for (const w of m.words) {
    if (w.length > 1 && /[A-Z]/.test(w)) {
      MEASURE_EXACT.set(w, m);
      continue;
    }
    if (w.length > 1 || m.attached) MEASURE_ATTACHED.set(w, m);
    if (w.length > 1 && /^[a-z]/.test(w)) MEASURE_SPACED.set(w, m);
  }
}
const MEASURE_EXACT_SHAPES = shapesOf(MEASURE_EXACT.keys());
const MEASURE_LEADERS = new Map(MEASURE_BEFORE.map((w) => [w, MEASURE_SPACED.get(w)!]));
const AGE_AFTER_MAP = new Map(AGE_AFTER.map((w) => [w, w]));
const SYMBOLS = [...CURRENCY_SYMBOLS].sort((a, b) => b.symbol.length - a.symbol.length);
/** First characters of the currency signs: where none stands, no sign is looked for. */
const SYMBOL_LEADS = new Set(SYMBOLS.map((s) => s.symbol.charCodeAt(0)));
const NO_SYMBOLS: typeof SYMBOLS = [];
const MONTHS = new Set<string>(NOT_FIGURE_CONTEXT.months);
const YEAR_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.yearLeaders);
const RANK_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.rankLeaders);
const PRONOUN_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.pronounLeaders);
const PRONOUN_FOLLOWERS = new Set<string>(NOT_FIGURE_CONTEXT.pronounFollowers);
const CLOCK = new Map<string, string>(NOT_FIGURE_CONTEXT.clockWords.map((w) => [w, w]));
const MILITARY_CLOCK = new Set<string>(NOT_FIGURE_CONTEXT.militaryClockWords);
const CLOCK_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.clockLeaders);
const ORDINAL = new Set<string>(NOT_FIGURE_CONTEXT.ordinalSuffixes);
const CHANGE = new Set(CHANGE_VERBS);
const OPENERS = new Set(RANGE_OPENERS);
const AGE_OPENERS = new Set(AGE_BEFORE);
const DOTTED_LEADERS = new Set<string>(NOT_FIGURE_CONTEXT.dottedLeaders);
const WEEKDAYS = new Set<string>(NOT_FIGURE_CONTEXT.weekdays);
const EMERGENCY_VERBS = new Set<string>(EMERGENCY_CONTEXT.verbs);
const EMERGENCY_NOUNS = new Set<string>(EMERGENCY_CONTEXT.nouns);
const DEATH_WORDS = new Set<string>(AGE_CONTEXT.deathWords);
const AGE_PRONOUNS = new Set<string>(AGE_CONTEXT.pronouns);
const AGE_COPULAS = new Set<string>(AGE_CONTEXT.copulas);
const PERSON_NOUNS = new Set<string>(AGE_CONTEXT.personNouns);
const BLOCK_WORDS = new Set(ADDRESS_BLOCK_WORDS);
/** The tables read as phrases (`phraseAfter`, `phraseBefore`), indexed once. */
const QUALIFIER_BEFORE_PHRASES = phraseTable(QUALIFIER_BEFORE);
const QUALIFIER_AFTER_PHRASES = phraseTable(QUALIFIER_AFTER);
const PERCENT_SPACED_PHRASES = phraseTable(PERCENT_SPACED);
const CURRENCY_SPACED_PHRASES = phraseTable(CURRENCY_SPACED);
const MEASURE_SPACED_PHRASES = phraseTable(MEASURE_SPACED);
const AGE_AFTER_PHRASES = phraseTable(AGE_AFTER_MAP);
/** Symbols written as a word before the digits: ISO codes, "Rs". */
const CODE_SYMBOLS = new Map(CURRENCY_SYMBOLS.filter((c) => /^[A-Za-z]+$/.test(c.symbol)).map((c) => [c.symbol, c]));

/** Length and first character of the keys of a table of words as written: a word that fails this test is not looked up (nor sliced). */
function shapesOf(keys: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const k of keys) out.add(k.length * 65536 + k.charCodeAt(0));
  return out;
}
/** `table.get(body.slice(start, end))`, skipping the slice for most words. */
function getWritten<T>(table: ReadonlyMap<string, T>, shapes: ReadonlySet<number>, body: string, start: number, end: number): T | undefined {
  return shapes.has((end - start) * 65536 + body.charCodeAt(start)) ? table.get(body.slice(start, end)) : undefined;
}
const CODE_SYMBOL_SHAPES = shapesOf(CODE_SYMBOLS.keys());
/** Words after a hyphen that are not a counted unit ("12-strong", "two-thirds", "three-fold"). */
const NOT_HYPHEN_UNITS = new Set(['strong', 'fold', 'thirds', 'third', 'quarters', 'quarter', 'fifths', 'tenths', 'halves', 'and', 'or', 'to', 'nil', 'all', 'love']);
const FRACTIONS = new Map(FRACTION_WORDS.map((f) => [f.word, f]));
const FRACTION_HYPHEN = new Set(FRACTIONS.keys());

/**
 * Anchors: a digit, a currency sign, or a number word / vague plural standing alone. (One
 * irregexp scan: faster than a hand-written loop over the characters, measured.)
 */
const ANCHOR_SIGN_CHARS = '£$€¥₹';
const RE_ANCHOR = new RegExp(
  `[0-9${ANCHOR_SIGN_CHARS}]|\\b(?:${[...NUMBER_WORD_SET, ...VAGUE.keys(), ...FRACTIONS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'gi',
);
/** The same anchors, for `TokenAnchors`. */
const ANCHOR_WORDS = anchorWords([...NUMBER_WORD_SET, ...VAGUE.keys(), ...FRACTIONS.keys()]);
const ANCHOR_SIGNS = anchorSigns(ANCHOR_SIGN_CHARS);
/** Digits with optional thousands separators and decimals. Bounded alternation: linear. */
const RE_DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
/**
 * End of the `RE_DIGITS` match at `p` (a digit), read by hand: the regex's first branch takes
 * one to three digits and every ",ddd" group after them, its second a plain run of digits; then
 * a decimal part. (No regex call and no match array for every number of the body.)
 */
function numeralEnd(body: string, p: number): number {
  let e = p;
  while (isDigitCode(body.charCodeAt(e))) e++;
  if (e - p <= 3) {
    while (body.charCodeAt(e) === 44 && isDigitCode(body.charCodeAt(e + 1)) && isDigitCode(body.charCodeAt(e + 2)) && isDigitCode(body.charCodeAt(e + 3))) e += 4;
  }
  if (body.charCodeAt(e) === 46 && isDigitCode(body.charCodeAt(e + 1))) {
    e += 2;
    while (isDigitCode(body.charCodeAt(e))) e++;
  }
  return e;
}

/** Range connectors: `-`, `–`, `—`, `- to`, `-to`, `to`, `and`, `or`, US `through` (see `connectorAt`). */
const CONNECTOR_WORDS = ['to', 'and', 'or', 'through', 'thru'];

/** The spaces around a range connector: those between any two words (`isInlineSpace`: narrow and thin no-break spaces too). */
function isConnectorSpace(c: number): boolean {
  return isInlineSpace(c);
}

/**
 * The range connector at `p`: what `/S*(?:([-–—])S*(?:toS+)?|(to|and|or|through|thru)S+)/y`
 * matches, `S` an inline space (`isInlineSpace`), read by hand (no regex call and match array per figure). `word` is `-` for a dash
 * (with an optional "to" after it) or the connector word, `end` where the match ends; null when none.
 */
function connectorAt(body: string, p: number): { word: string; end: number } | null {
  let q = p;
  while (isConnectorSpace(body.charCodeAt(q))) q++;
  const c = body.charCodeAt(q);
  if (c === 45 || c === 0x2013 || c === 0x2014) {
    let e = q + 1;
    while (isConnectorSpace(body.charCodeAt(e))) e++;
    if (body.startsWith('to', e) && isConnectorSpace(body.charCodeAt(e + 2))) {
      e += 3;
      while (isConnectorSpace(body.charCodeAt(e))) e++;
    }
    return { word: '-', end: e };
  }
  for (const w of CONNECTOR_WORDS) {
    if (!body.startsWith(w, q)) continue;
    let e = q + w.length;
    if (!isConnectorSpace(body.charCodeAt(e))) continue;
    while (isConnectorSpace(body.charCodeAt(e))) e++;
    return { word: w, end: e };
  }
  return null;
}

/** Why the scan skips a candidate; returned with where to resume. */
interface Reject {
  reject: string;
  next: number;
}

/**
 * Find every figure mention in `body`, in order, or the first `limit`. With the body's `tokens`,
 * the anchors are read off them (`anchors.ts`: the same places, without a regex scan of every
 * character).
 */
export function findFigures(body: string, tokens?: Tokens, limit = Infinity): FoundFigure[] {
  const out: FoundFigure[] = [];
  if (tokens && tokens.text === body) {
    const anchors = new TokenAnchors(tokens, ANCHOR_WORDS, ANCHOR_SIGNS);
    let from = 0;
    for (let at = anchors.next(0); at !== -1; at = anchors.next(from)) {
      const r = figureAt(body, at);
      if ('reject' in r) {
        from = Math.max(r.next, at + 1);
        continue;
      }
      if (out.push(r) >= limit) break;
      from = Math.max(r.end, at + 1);
    }
  } else {
    const re = RE_ANCHOR;
    re.lastIndex = 0;
    // `test`, not `exec`: no match array for every anchor (the anchor's start is read back from its end)
    while (re.test(body)) {
      const at = anchorStart(body, re.lastIndex);
      const r = figureAt(body, at);
      if ('reject' in r) {
        re.lastIndex = Math.max(r.next, at + 1);
        continue;
      }
      if (out.push(r) >= limit) break;
      re.lastIndex = Math.max(r.end, at + 1);
    }
  }
  nounRun.length = 0; // (its words' text may be views of this body: not kept past the scan)
  return out;
}

/**
 * Where the `RE_ANCHOR` match ending at `end` starts: a digit or sign is one character; a
 * number word is ASCII letters with no word character before them (its `\b`).
 */
function anchorStart(body: string, end: number): number {
  let s = end - 1;
  if (!isAsciiLetterCode(body.charCodeAt(s))) return s;
  while (s > 0 && isAsciiLetterCode(body.charCodeAt(s - 1))) s--;
  return s;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Past the id-like run at `pos` (word characters `[A-Za-z0-9_]` joined by single `.,:/-`:
 * "v2.1.3", "10:30", "1,1,1"), or one character on when none starts there. Scanned by hand: the regular
 * expression's backtracking stack grows with the repetitions and overflowed on a 40 MB run of
 * "1,".
 */
function skipRun(body: string, pos: number): number {
  let i = pos;
  while (i < body.length && isIdCode(body.charCodeAt(i))) i++;
  if (i === pos) return pos + 1;
  for (;;) {
    const c = body.charCodeAt(i);
    if (!(c === 46 || c === 44 || c === 58 || c === 47 || c === 45) || !isIdCode(body.charCodeAt(i + 1))) return i;
    i += 2;
    while (i < body.length && isIdCode(body.charCodeAt(i))) i++;
  }
}

/** `[A-Za-z0-9_]` (NaN past the end is none). */
function isIdCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
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
    if (w && SCALE_BASES.has(w.lower)) {
      const lead = wordBefore(body, w.start, 1);
      if (lead && VAGUE_LEAD.has(lead.lower)) return vagueScaleAt(body, w, lead);
    }
    const fr = fractionAt(body, at);
    if (fr) return fr;
    if (w && FRACTIONS.has(w.lower) && w.lower !== 'half') return { reject: 'fraction-word', next: w.end };
  }
  const low = numberAt(body, at, true);
  if ('reject' in low) return low;
  // "the Big Three", "the Famous Five": a capitalised number word inside a name
  if (low.words && isUpperCode(body.charCodeAt(low.start)) && !sentenceStart(body, low.start) && !isUpperCode(body.charCodeAt(low.start + 1))) {
    const b = wordBefore(body, low.start, 1);
    const a = wordAfter(body, low.end, 1);
    if ((b && isUpperCode(body.charCodeAt(b.start))) || (a && isUpperCode(body.charCodeAt(a.start)))) return { reject: 'name-words', next: low.end };
  }

  // ---- look-behind: qualifier, opener ----
  let qualifier = phraseBefore(body, low.start, QUALIFIER_BEFORE_PHRASES, 4);
  let opener: FoundFigure['opener'] = null;
  const leftOf = qualifier ? qualifier.start : low.start;
  const before = wordBefore(body, leftOf);
  if (before && (OPENERS.has(before.lower) || AGE_OPENERS.has(before.lower))) {
    opener = { word: before.lower, start: before.start, end: before.end };
  } else if (before && before.lower === 'of') {
    // "at the age of 88"
    const a = wordBefore(body, before.start, 1);
    if (a && (a.lower === 'age' || a.lower === 'ages')) opener = { word: `${a.lower} of`, start: a.start, end: before.end };
  }
  // "some one" is "someone" written apart, not an estimate
  if (qualifier && qualifier.entry.phrase === 'some' && low.words && low.numeral.toLowerCase() === 'one') qualifier = null;

  // ---- "one in five" ----
  const ratio = ratioAt(body, low);
  if (ratio) return ratio;

  const ctx = rejectByContext(body, low, qualifier !== null);
  if (ctx) return ctx;
  // a house number ("12 Elm Grove Road", "the 700 block of …")
  if (!low.words && !low.currency && !low.scale && !low.attached) {
    const addr = addressEnd(body, low.end);
    if (addr > 0) return { reject: 'address', next: addr };
  }

  // ---- range ----
  let high: RawNumber | null = null;
  let connector = '';
  let p = low.end;
  if (!low.attached || low.attached.kind !== 'noun') {
    const cm = connectorAt(body, p);
    // (a connector never holds a line break: its spaces are spaces, tabs and no-break spaces)
    if (cm) {
      connector = cm.word;
      const allowed =
        connector === '-' ||
        (connector === 'and' && (opener?.word === 'between' || opener?.word === 'ages of')) ||
        connector === 'or' ||
        connector === 'through' ||
        connector === 'thru' ||
        (connector === 'to' && !(opener?.word === 'from' && isChange(body, opener.start)) && !(!opener && isChange(body, leftOf)));
      const h = allowed ? numberAt(body, cm.end, false) : null;
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
  // "14 of the nurses": the counted noun after a partitive "of"
  if (!unit && !high && !low.currency && !low.scale) {
    const u = partitiveAfter(body, p);
    if (u) unit = u;
  }
  // "a magnitude 5.2 tremor": a measure written before the number
  if (!unit && !high && !low.currency) {
    const b = wordBefore(body, low.start, 1);
    const mu = b ? MEASURE_LEADERS.get(b.lower) : undefined;
    if (b && mu && !qualifier) unit = { kind: 'measure', entry: mu, start: b.start, end: b.end };
  }
  if (unit && unit.end > p) p = unit.end;
  if (!after) {
    after = trailingQualifier(body, p);
    if (after) p = after.end;
  }
  if (after && !qualifier) qualifier = after;

  // ---- rejections that need the whole figure ----
  const hasUnit = unit !== null || low.currency !== null || (high?.currency ?? null) !== null;
  // "Terminal 5", "Gate 9", "Model 3", "Pixel 7 owners": digits right after a
  // capitalised word (not the first of a sentence) and with no unit but a counted noun are a name
  if (!low.words && !low.scale && !low.currency && !qualifier && !opener && (!unit || (unit.kind === 'noun' && unit.partitive === undefined)) && nameBefore(body, low.start)) {
    return { reject: 'name-number', next: unit ? p : listEnd(body, p) };
  }
  if (!hasUnit && !qualifier && !high && !opener) {
    const age = ageAt(body, low);
    if (age) {
      return { start: low.start, end: low.end, qualifier: null, opener: null, low, high: null, vague: null, unit: null, fraction: null, age };
    }
  }
  if (!hasUnit && !qualifier) {
    if (isYearLike(low) && (!high || isYearLike(high) || connector === '-')) return { reject: 'year', next: p };
    if (high && connector === '-' && !low.words && !high.words && !low.scale && !high.scale) {
      const lo = Number(low.numeral.replace(/,/g, ''));
      const hi = Number(high.numeral.replace(/,/g, ''));
      if (hi <= lo) return { reject: 'score', next: p };
    }
    if (!high && low.words && !low.scale) {
      if (isOneWord(low.numeral)) return { reject: 'pronoun', next: low.end };
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

  const start = Math.min(qualifier?.start ?? Infinity, opener?.start ?? Infinity, unit && unit.start < low.start ? unit.start : Infinity, low.start);
  return { start, end: p, qualifier, opener, low, high, vague: null, unit, fraction: null };
}

/** Whether the character at `pos` is an upper-case letter (ASCII or Latin-1/Extended). */
function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * Whether a sentence starts at `pos`: the start of the body, or after a line break, a sentence
 * end, a colon, an opening quote or bracket, or a dash (inline spaces skipped).
 */
function sentenceStart(body: string, pos: number): boolean {
  let q = pos;
  while (q > 0 && isInlineSpace(body.charCodeAt(q - 1))) q--;
  if (q === 0) return true;
  return '\n\r.!?:;"“”‘’\'([{—–-|•*'.includes(body[q - 1]!);
}

/**
 * A capitalised word right before the digits at `pos`, one space away, that makes them part of a
 * name ("Terminal 5", "Gate 9", "Model 3"): not the first word of a sentence ("Only
 * 12 …", "Some 200 …"), not a day or month name ("Sunday 14"), not a lone "I".
 */
function nameBefore(body: string, pos: number): boolean {
  const w = wordBefore(body, pos, 1);
  if (!w || w.end === pos || !isUpperCode(body.charCodeAt(w.start))) return false;
  if (w.lower === 'i' || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) return false;
  // a possessive owns the count: "the club's 240 members"
  if (w.lower.endsWith("'s") || w.lower.endsWith('’s') || body[w.end] === '’' || body[w.end] === "'") return false;
  return !sentenceStart(body, w.start);
}

/** One more item of a bare-number list after a name: ", 7", ", and 8", " or 9" (each followed by punctuation or the list going on). */
const RE_LIST_ITEM = /(?:,[ \t\u00a0\u202f\u2009]?(?:(?:and|or) )?|[ \t\u00a0\u202f\u2009](?:and|or|&) )\d{1,4}(?:\.\d{1,3})?/y;

/** The end of a list of bare numbers that continues a rejected name or rank ("Model 4, 5 and 6"). */
function listEnd(body: string, pos: number): number {
  let p = pos;
  for (;;) {
    RE_LIST_ITEM.lastIndex = p;
    const m = RE_LIST_ITEM.exec(body);
    if (!m) return p;
    const e = p + m[0].length;
    const c = body.charCodeAt(e);
    const goesOn = c !== c || c === 44 || c === 46 || c === 59 || c === 41 || c === 10 || c === 58 ||
      (c === 32 && /^ (?:and|or|&) /.test(body.slice(e, e + 5)));
    if (!goesOn || (c === 46 && isDigitCode(body.charCodeAt(e + 1)))) return p;
    p = e;
  }
}

/**
 * A street address after a house number: an optional compass word, then at most four
 * capitalised words or ordinals ("5th") ending in a street word ("Avenue", "St."); or "block of".
 * Returns the address's end, or -1. A plural noun after the street word ("8 High Court
 * judges") makes it a count, not an address.
 */
const RE_ADDRESS_WORD = /[ \t\u00a0\u202f\u2009]([A-Z][A-Za-z'’-]*\.?|\d{1,4}(?:st|nd|rd|th)\b)/y;
function addressEnd(body: string, pos: number): number {
  const first = wordAfter(body, pos, 1);
  if (first && BLOCK_WORDS.has(first.lower) && body.slice(first.start, first.end) === first.lower) {
    const of = wordAfter(body, first.end, 1);
    return of && of.lower === 'of' ? of.end : -1;
  }
  let p = pos;
  for (let i = 0; i < 5; i++) {
    // the regex needs an inline space, then a capital or a digit: most numbers fail here, without a regex call
    const c0 = body.charCodeAt(p);
    const c1 = body.charCodeAt(p + 1);
    if (!isInlineSpace(c0) || !((c1 >= 65 && c1 <= 90) || isDigitCode(c1))) return -1;
    RE_ADDRESS_WORD.lastIndex = p;
    const m = RE_ADDRESS_WORD.exec(body);
    if (!m) return -1;
    const tok = m[1]!.replace(/\.$/, '').toLowerCase();
    p += m[0].length;
    if (i === 0 && STREET_DIRECTIONS.has(tok)) continue;
    if (STREET_WORDS.has(tok) && i > 0) {
      const nx = wordAfter(body, p, 1);
      if (nx && body.slice(nx.start, nx.end) === nx.lower && looksPlural(nx.lower)) return -1;
      return p;
    }
  }
  return -1;
}

/**
 * The name before ", 33," (`end` is the comma): up to four capitalised words, initials with
 * their dot ("Mary J. Okafor"), or a person noun with its determiner ("her daughter").
 */
function ageOwnerBefore(body: string, end: number): { start: number; end: number } | null {
  const last = wordBefore(body, end, 0);
  if (!last) {
    return null;
  }
  if (!isUpperCode(body.charCodeAt(last.start))) {
    if (!PERSON_NOUNS.has(last.lower)) return null;
    const d = wordBefore(body, last.start, 1);
    return { start: d && (d.lower === 'a' || d.lower === 'an' || PARTITIVE_DETERMINERS.has(d.lower)) ? d.start : last.start, end: last.end };
  }
  // a name may open the sentence ("Okafor, 57, of Hull"): the closing comma and the 0–125
  // bound already keep out "In 2012, 33," and lists
  if (MONTHS.has(last.lower) || WEEKDAYS.has(last.lower)) return null;
  let start = last.start;
  for (let i = 0; i < 3; i++) {
    let e = start;
    if (e < 2 || body.charCodeAt(e - 1) !== 32) break;
    e--;
    // an initial: "K."
    if (body[e - 1] === '.' && e >= 2 && isUpperCode(body.charCodeAt(e - 2)) && (e === 2 || body.charCodeAt(e - 3) === 32)) {
      start = e - 2;
      continue;
    }
    const w = wordBefore(body, e + 1, 1);
    if (!w || !isUpperCode(body.charCodeAt(w.start)) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) break;
    start = w.start;
    if (sentenceStart(body, w.start)) break;
  }
  return { start, end: last.end };
}

/** Whether the clause closes at `pos`: punctuation (not a list of numbers going on) or a line end. */
function closesAt(body: string, pos: number): boolean {
  if (pos >= body.length) return true;
  const c = body[pos]!;
  if (c === ',' ) {
    const q = skipSpaces(body, pos + 1);
    return !isDigitCode(body.charCodeAt(q));
  }
  if (c === '.') return !isDigitCode(body.charCodeAt(pos + 1));
  // "Okafor, 57 ― a teacher": a spaced dash
  if (c === ' ' && '—–―'.includes(body[pos + 1] ?? 'x')) return true;
  return c === ';' || c === ':' || c === ')' || c === '\n' || c === '\r' || c === '!' || c === '?' || c === '—' || c === '–';
}

/**
 * A bare whole number from 0 to 125 read as an age from its context (see `AGE_CONTEXT`):
 * "Ann Lee, 34, …", "the gunman, 59,", "Jo Bloggs, now 28.", "Sean Byrne (42)", "died at 81",
 * "She was 68.". Null when the context is none of these.
 */
function ageAt(body: string, n: RawNumber): FoundFigure['age'] | null {
  if (n.scale || n.attached || n.currency || n.negative) return null;
  const v = n.words ? wordValue(n.numeral) : /^\d{1,3}$/.test(n.numeral) ? Number(n.numeral) : null;
  if (v === null || v > AGE_CONTEXT.max) return null;
  const b1 = wordBefore(body, n.start, 1);
  // "died at 81", "passed away at 90"
  if (b1 && b1.lower === 'at') {
    const b2 = wordBefore(body, b1.start, 1);
    if (b2 && DEATH_WORDS.has(b2.lower) && (b2.lower !== 'away' || wordBefore(body, b2.start, 1)?.lower === 'passed')) {
      const nx = wordAfter(body, n.end, 1);
      if (closesAt(body, n.end) || (nx && (nx.lower === 'in' || nx.lower === 'after' || nx.lower === 'following'))) return { how: 'death', subject: null };
    }
    return null;
  }
  // "She was 68.", "who is 33,"
  if (b1 && AGE_COPULAS.has(b1.lower)) {
    const b2 = wordBefore(body, b1.start, 1);
    const nx = wordAfter(body, n.end, 1);
    if (b2 && AGE_PRONOUNS.has(b2.lower) && (closesAt(body, n.end) || nx?.lower === 'when')) return { how: 'copula', subject: null };
    return null;
  }
  if (n.words) return null;
  // "Sean Byrne (42)"
  if (body[n.start - 1] === '(' && body[n.end] === ')' && body.charCodeAt(n.start - 2) === 32) {
    const owner = ageOwnerBefore(body, n.start - 2);
    return owner && isUpperCode(body.charCodeAt(owner.start)) ? { how: 'apposition', subject: owner } : null;
  }
  // "Ann Lee, 34,", "Jo Bloggs, now 28."
  let q = n.start;
  if (b1 && b1.lower === 'now') q = b1.start;
  if (q - 2 < 0 || body.charCodeAt(q - 1) !== 32 || body[q - 2] !== ',') return null;
  if (!closesAt(body, n.end)) return null;
  const owner = ageOwnerBefore(body, q - 2);
  return owner ? { how: 'apposition', subject: owner } : null;
}

/** "of the nurses", "of its ships" after a number: the partitive's counted noun, or null. */
function partitiveAfter(body: string, pos: number): RawUnit | null {
  const of = wordAfter(body, pos, 1);
  if (!of || of.lower !== 'of' || body.slice(of.start, of.end) !== 'of') return null;
  const det = wordAfter(body, of.end, 1);
  if (!det || !PARTITIVE_DETERMINERS.has(det.lower)) return null;
  const noun = countedNoun(body, det.end, false);
  if (!noun || noun.kind !== 'noun') return null;
  return { ...noun, start: of.start, partitive: det.start };
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
  // "two-thirds": a count and a fraction word joined by one hyphen
  const dash = w.lower.indexOf('-');
  const count = dash !== -1 && w.lower.indexOf('-', dash + 1) === -1 ? w.lower.slice(0, dash) : '';
  const part = count ? w.lower.slice(dash + 1) : '';
  if (count && FRACTION_COUNTS.has(count) && FRACTIONS.has(part)) {
    numerator = FRACTION_COUNTS.get(count)!;
    fw = { start: w.start + count.length + 1, end: w.end, lower: part };
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
  const qualifier = phraseBefore(body, start, QUALIFIER_BEFORE_PHRASES, 4);
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
  let inw = wordAfter(body, low.end, 1);
  if (!inw || inw.lower !== 'in') return null;
  // "one in every 40"
  const every = wordAfter(body, inw.end, 1);
  if (every && every.lower === 'every') inw = every;
  const h = numberAt(body, skipSpaces(body, inw.end), false);
  if ('reject' in h || h.currency || h.attached || skipSpaces(body, inw.end) - inw.end !== 1) return null;
  const n = low.words ? null : Number(low.numeral.replace(/,/g, ''));
  const d = h.words ? null : Number(h.numeral.replace(/,/g, ''));
  const numerator = n ?? wordValue(low.numeral);
  const denominator = d ?? wordValue(h.numeral);
  if (numerator === null || denominator === null || !(denominator > numerator) || (h.scale && !low.scale)) return null;
  const qualifier = phraseBefore(body, low.start, QUALIFIER_BEFORE_PHRASES, 4);
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

/** `/^(?:one|a|an)$/i.test(s)`, read by hand (case folded with `| 32`: only an ASCII letter folds onto a lower-case one). */
function isOneWord(s: string): boolean {
  const n = s.length;
  if (n === 1) return (s.charCodeAt(0) | 32) === 97;
  if (n === 2) return (s.charCodeAt(0) | 32) === 97 && (s.charCodeAt(1) | 32) === 110;
  return n === 3 && (s.charCodeAt(0) | 32) === 111 && (s.charCodeAt(1) | 32) === 110 && (s.charCodeAt(2) | 32) === 101;
}

function valueIsOne(n: RawNumber): boolean {
  return !n.scale && (n.numeral === '1' || isOneWord(n.numeral));
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
    // "Oct. 9", "No. 4": a short abbreviation with its dot
    const dotted = dottedBefore(body, n.start);
    if (dotted && MONTHS.has(dotted) && !qualified) return { reject: 'date-day', next: n.end };
    if (dotted && RANK_LEADERS.has(dotted) && !qualified) return { reject: 'rank', next: listEnd(body, n.end) };
    // "called 911", "a 999 call"
    // (the numeral, a fresh string, is hashed only next to such a word)
    if (!n.attached && ((before && EMERGENCY_VERBS.has(before.lower)) || (after && EMERGENCY_NOUNS.has(after.lower))) && EMERGENCY_NUMBERS.has(n.numeral)) {
      return { reject: 'emergency-number', next: n.end };
    }
    if (before && MONTHS.has(before.lower) && !qualified) return { reject: 'date-day', next: n.end };
    if (after && MONTHS.has(after.lower) && (!n.attached || n.attached.kind === 'noun') && after.lower !== 'may') {
      return { reject: 'date-day', next: n.end };
    }
    if (after && after.lower === 'may' && body[after.start] === 'M') return { reject: 'date-day', next: n.end };
    if (after && CLOCK.has(after.lower)) return { reject: 'clock', next: after.end };
    // "at 1100 hours", "by 0600 hrs": a 24-hour clock, not a duration
    if (after && before && MILITARY_CLOCK.has(after.lower) && CLOCK_LEADERS.has(before.lower) && isClockDigits(n.numeral)) {
      return { reject: 'clock', next: after.end };
    }
  }
  if (before && RANK_LEADERS.has(before.lower) && !qualified) {
    // "No 10", "number one priority", "chapter 3"; "No." with its dot too
    if (before.lower !== 'no' || body[before.start] === 'N' || body[before.end] === '.') return { reject: 'rank', next: listEnd(body, n.end) };
  }
  if (n.words && n.numeral.length === 3 && isOneWord(n.numeral)) {
    if (before && PRONOUN_LEADERS.has(before.lower)) return { reject: 'pronoun', next: n.end };
    if (after && PRONOUN_FOLLOWERS.has(after.lower)) return { reject: 'pronoun', next: n.end };
  }
  return null;
}

/** Four digits that read as a 24-hour clock time, 0000 to 2359 ("1100", "0630"). */
function isClockDigits(numeral: string): boolean {
  if (numeral.length !== 4) return false;
  for (let k = 0; k < 4; k++) if (!isDigitCode(numeral.charCodeAt(k))) return false;
  const hh = Number(numeral.slice(0, 2));
  const mm = Number(numeral.slice(2));
  return hh <= 23 && mm <= 59;
}

/** The dotted abbreviation before `pos` ("Oct." in "Oct. 9"), lower-case without its dot; null if none. */
function dottedBefore(body: string, pos: number): string | null {
  let q = pos;
  if (q > 0 && isInlineSpace(body.charCodeAt(q - 1))) q--;
  if (q < 2 || body[q - 1] !== '.') return null;
  const w = wordBefore(body, q - 1, 0);
  return w && DOTTED_LEADERS.has(w.lower) ? w.lower : null;
}

/**
 * A number at `pos`: currency sign, digits or number words, scale, glued unit. `anchor` says
 * the scan landed here (so the look-behind for letter-prefixed signs like `US$` applies).
 */
function numberAt(body: string, pos: number, anchor: boolean): RawNumber | Reject {
  let start = pos;
  let currency: Match<CurrencySymbol> | null = null;
  const lead = SYMBOL_LEADS.has(body.charCodeAt(pos));
  for (const s of lead ? SYMBOLS : NO_SYMBOLS) {
    if (body.startsWith(s.symbol, pos)) {
      // "$US4m" but not "$Acme": a sign ending in a letter needs digits after it
      const e = pos + s.symbol.length;
      if (isLetterCode(s.symbol.charCodeAt(s.symbol.length - 1)) && !isDigitCode(body.charCodeAt(e)) && !(isInlineSpace(body.charCodeAt(e)) && isDigitCode(body.charCodeAt(e + 1)))) continue;
      if (isLetterCode(body.charCodeAt(e)) && isLetterCode(s.symbol.charCodeAt(s.symbol.length - 1))) continue;
      currency = { entry: s, start: pos, end: e };
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
    // ISO code or "Rs" before the digits: "GBP 5m", "USD 20bn", "Rs 350 crore", "Rs.500"
    let w = wordBefore(body, pos, 1);
    if (!w) {
      let q = pos;
      if (q > 0 && isInlineSpace(body.charCodeAt(q - 1))) q--;
      if (q > 1 && body[q - 1] === '.') w = wordBefore(body, q - 1, 0);
    }
    const s = w ? getWritten(CODE_SYMBOLS, CODE_SYMBOL_SHAPES, body, w.start, w.end) : undefined;
    if (w && s && (w.start === 0 || !isLetterCode(body.charCodeAt(w.start - 1)))) {
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
  const digitsEnd = numeralEnd(body, p);
  let numeral = body.slice(p, digitsEnd);
  // ".77": a decimal written without its leading zero
  if (!currency && anchor && body[p - 1] === '.' && !numeral.includes('.') && !/[\w.,]/.test(body[p - 2] ?? ' ')) {
    numeral = `0.${numeral}`;
    start = p - 1;
  }
  let end = digitsEnd;
  const next = body.charCodeAt(end);
  const next2 = body.charCodeAt(end + 1);
  // versions, IPs, times, dates, fractions, phone groups, ids
  if ((next === 46 || next === 58 || next === 47 || next === 44) && isDigitCode(next2)) return { reject: 'id', next: skipRun(body, p) };
  if (!currency) {
    // (past the whole numeral too: "000,000,…" would otherwise be read again from each group)
    if (numeral.charCodeAt(0) === 48 && isDigitCode(numeral.charCodeAt(1))) return { reject: 'phone', next: Math.max(skipPhone(body, p), digitsEnd) };
    if (numeral.length >= 7 && allInRange(numeral, 0, numeral.length, 48, 57)) return { reject: 'long-id', next: end };
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
  if (next === 0x20ac && !currency) {
    // "5€": a sign written after the amount
    return { start, end: end + 1, currency, numeral, words: false, scale, attached: { kind: 'currency', entry: CURRENCY_ATTACHED.get('€')!, start: end, end: end + 1 } };
  }
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
  if (!scale && body.charCodeAt(end) === 45) {
    // Canadian style: "$75-million deal", "€40-billion bailout"
    const w = wordAt(body, end + 1);
    if (w && SCALE_SPACED.has(w.lower) && isScaleWord(w.lower) && body.charCodeAt(w.end) !== 45) {
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
  mu ??= MEASURE_EXACT.get(suffix);
  if (mu) return { scale: null, unit: { kind: 'measure', entry: mu, start: end, end: me }, end: me };
  return { reject: 'glued-letters' };
}

/** A hyphenated unit after a number: `-year-old(s)`, `-year`, `-day`, `-bedroom`; null if none. */
function hyphenUnit(body: string, dash: number): RawUnit | Reject | null {
  const w = wordAt(body, dash + 1);
  if (!w) return null;
  // the first two parts of a hyphenated word ("year", "old" of "year-old"), without splitting it
  const lw = w.lower;
  const d1 = lw.indexOf('-');
  const d2 = d1 === -1 ? -1 : lw.indexOf('-', d1 + 1);
  const first = d1 === -1 ? lw : lw.slice(0, d1);
  const second = d1 === -1 ? undefined : lw.slice(d1 + 1, d2 === -1 ? lw.length : d2);
  if (first === 'to' || NUMBER_WORD_SET.has(first)) return null;
  if (FRACTION_HYPHEN.has(first)) return { reject: 'fraction', next: w.end }; // "two-thirds" without "of"
  if (first === 'plus' || first === 'odd' || first === 'ish') return null;
  const t = TIME.get(first);
  if (t) {
    if (second === 'old' || second === 'olds') {
      // "16-year-old", "17-year-olds"; the whole compound is the unit's span
      return { kind: 'time', entry: t, start: dash, end: dash + 1 + first.length + 1 + second.length, age: true };
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
  let count = 0;
  // the last number word's span (its lower case is made once, after the loop)
  let lastStart = -1;
  let lastEnd = -1;
  // A hyphenated word ("sixty-three", "two-year") is split at hyphens into runs of letters,
  // each read in place (`NUMBER_WORD_SPANS`), not cut out and lower-cased.
  let p = pos;
  for (;;) {
    const e = letterRunEnd(body, p);
    if (e === p) break;
    if (NUMBER_WORD_SPANS.has(body, p, e)) {
      count++;
      end = e;
      lastStart = p;
      lastEnd = e;
    } else if (AND_SPANS.has(body, p, e) && count > 0 && HUNDRED_OR_SCALE_SPANS.has(body, lastStart, lastEnd)) {
      // "one hundred and twenty": only when a number word follows
      const q = skipSpaces(body, e);
      const qe = letterRunEnd(body, q);
      if (qe === q || !NUMBER_WORD_SPANS.has(body, q, qe) || SCALE_WORD_SPANS.has(body, q, qe)) break;
    } else break;
    // next run: after a single space, or a hyphen inside a compound number
    const sep = body.charCodeAt(e);
    if (sep === 45 && isLetterCode(body.charCodeAt(e + 1))) {
      if (!NUMBER_WORD_SPANS.has(body, e + 1, letterRunEnd(body, e + 1))) break;
      p = e + 1;
    } else if (isInlineSpace(sep)) {
      p = skipSpaces(body, e);
      if (p - e > 3 || !isLetterCode(body.charCodeAt(p))) break;
    } else break;
  }
  if (count === 0) return { reject: 'none', next: w.end };
  const lastWord = body.slice(lastStart, lastEnd).toLowerCase();
  const bare = count === 1 && (isScaleWord(lastWord) || lastWord === 'hundred' || lastWord === 'dozen');
  // "a dozen", "a million", "half a million", "an hundred"
  if (isScaleLead(body.charCodeAt(start)) && /^(?:hundred|thousand|million|billion|trillion|dozen)/.test(body.slice(start, start + 10).toLowerCase())) {
    const a = wordBefore(body, start, 1);
    if (a && (a.lower === 'a' || a.lower === 'an')) {
      start = a.start;
      const h = wordBefore(body, a.start, 1);
      if (h && h.lower === 'half') start = h.start;
    }
  }
  // a scale word alone ("million" after a sign we could not read) is never a figure
  // ("the dozen people", "the hundred days" still count)
  if (bare && start === w.start && lastWord !== 'dozen' && wordBefore(body, start, 1)?.lower !== 'the') return { reject: 'bare-scale', next: end };
  // "two and a half"
  const tail = isSpaceOrTab(body.charCodeAt(end)) && (body.charCodeAt(skipSpacesOrTabs(body, end)) | 32) === 97 ? /^[ \t]+and a half\b/i.exec(body.slice(end, end + 16)) : null;
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

/** A first letter of the scale words that "a" may stand before (`h t m b d`, any case): the test below lower-cases ten characters only after one of them. */
function isScaleLead(c: number): boolean {
  const l = c | 32; // (only the upper and lower case of a letter fold onto it)
  return l === 104 || l === 116 || l === 109 || l === 98 || l === 100;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** Offset of the first character at or after `pos` that is not a space or a tab (the regex's `[ \t]+` before "and a half": nearly every number word is followed by a space, rarely by "and"). */
function skipSpacesOrTabs(body: string, pos: number): number {
  while (isSpaceOrTab(body.charCodeAt(pos))) pos++;
  return pos;
}

function isScaleWord(w: string): boolean {
  return w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion';
}

/** End of the run of letters at `pos` (no hyphen, no apostrophe); `pos` when none. */
function letterRunEnd(body: string, pos: number): number {
  let e = pos;
  while (isLetterCode(body.charCodeAt(e))) e++;
  return e;
}

/** Number words and the few `wordsAt` asks about, read in place on the body (see `BodyWordSet`). */
const NUMBER_WORD_SPANS = new BodyWordSet(NUMBER_WORD_SET);
const AND_SPANS = new BodyWordSet(['and']);
const SCALE_WORD_SPANS = new BodyWordSet(['thousand', 'million', 'billion', 'trillion']);
const HUNDRED_OR_SCALE_SPANS = new BodyWordSet(['hundred', 'thousand', 'million', 'billion', 'trillion']);

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
  const m = phraseAfter(body, pos, QUALIFIER_AFTER_PHRASES, 2, 1);
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
  if (body.charCodeAt(pos) === 32 && body.charCodeAt(pos + 1) === 0x20ac) {
    // "5 €": a sign written after the amount
    return { kind: 'currency', entry: CURRENCY_ATTACHED.get('€')!, start: pos + 1, end: pos + 2 };
  }
  const first = wordAfter(body, pos, 1);
  if (!first) return null;
  // (the tables are tried from `first`, read once)
  const pct = phraseFrom(body, first, PERCENT_SPACED_PHRASES, 3);
  if (pct && !pct.entry.attached) return { kind: 'percent', ...pct };
  const cur = phraseFrom(body, first, CURRENCY_SPACED_PHRASES, 2);
  if (cur) return { kind: 'currency', ...cur };
  const t = TIME.get(first.lower);
  if (t) {
    const age = phraseAfter(body, first.end, AGE_AFTER_PHRASES, 2, 1);
    if (age) return { kind: 'time', entry: t, start: first.start, end: age.end, age: true };
    return { kind: 'time', entry: t, start: first.start, end: first.end, age: false };
  }
  // "a 19 year-old student": the compound written after a space
  const dash = first.lower.indexOf('-');
  if (dash > 0) {
    const parts = first.lower.split('-');
    const tu = TIME.get(parts[0]!);
    if (tu && (parts[1] === 'old' || parts[1] === 'olds')) {
      return { kind: 'time', entry: tu, start: first.start, end: first.start + parts[0]!.length + 1 + parts[1].length, age: true };
    }
  }
  const mu = phraseFrom(body, first, MEASURE_SPACED_PHRASES, 3);
  if (mu && body.charCodeAt(mu.start) >= 97) return { kind: 'measure', ...mu };
  const exact = getWritten(MEASURE_EXACT, MEASURE_EXACT_SHAPES, body, first.start, first.end);
  if (exact) return { kind: 'measure', entry: exact, start: first.start, end: first.end };
  // "arrested four times" (occasions), but not "three times as many" or "five times higher"
  if (first.lower === 'times' && body.slice(first.start, first.end) === 'times' && !one) {
    const nx = wordAfter(body, first.end, 1);
    const q = skipSpaces(body, first.end);
    if (!isDigitCode(body.charCodeAt(q)) && (!nx || (!MULTIPLIER_FOLLOWERS.has(nx.lower) && !nx.lower.endsWith('er')))) {
      return { kind: 'noun', start: first.start, end: first.end, head: 'times', compound: false };
    }
    return null;
  }
  return countedNoun(body, pos, one);
}

/** A capitalised plural that is a counted noun, not a name: "MPs", "RBIs" (acronyms), "Canadians". */
function isGroupPlural(body: string, start: number, end: number): boolean {
  // /^[A-Z]{2,}s$/ and /^[A-Z][a-z]+$/ plus an ending, read on the body (no slice, no closure)
  const n = end - start;
  if (n >= 3 && body.charCodeAt(end - 1) === 115 && allInRange(body, start, end - 1, 65, 90)) return true;
  if (n < 6 || !isAsciiUpper(body.charCodeAt(start)) || !allInRange(body, start + 1, end, 97, 122)) return false;
  for (const e of GROUP_PLURAL_ENDINGS) if (e.length <= n && body.startsWith(e, end - e.length)) return true;
  return false;
}

/** Whether every character of `body[start, end)` has a code from `lo` to `hi`. */
function allInRange(body: string, start: number, end: number, lo: number, hi: number): boolean {
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c < lo || c > hi) return false;
  }
  return true;
}

/** Whether `body[start, end)` holds a dot. */
function hasDot(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (body.charCodeAt(i) === 46) return true;
  return false;
}

function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * The words `countedNoun` reads, filled again by every call: it is done with them before it
 * calls itself (for "12 male and 11 female officers"); a new array for every number was a good
 * part of what the figures allocate.
 */
const nounRun: Word[] = [];

/**
 * The counted noun after a number: the words up to the first phrase breaker (at most four
 * lower-case ones), lower-case; the head is the first plural-looking word ("serious incident
 * notifications"), else a countable invariant ("police"), else — for a count of one — the last
 * word. Up to `MAX_CAPITALISED_MODIFIERS` capitalised words may come first, joined by "and"/"or"
 * ("14 Albanian migrants" → "migrants", "three Republican governors", "60 Tory MPs"), but only
 * when a lower-case (or group-plural) head follows: capitals alone are a name ("3 Doors Down").
 * "12 male and 11 female officers": a phrase with no head of its own shares the next one's.
 */
export function countedNoun(body: string, pos: number, one: boolean, share = true): RawUnit | null {
  let p = pos;
  let w = wordAfter(body, p, 1);
  if (w && COUNT_MODIFIERS.has(w.lower)) {
    const nx = wordAfter(body, w.end, 1);
    if (nx && !PHRASE_BREAKERS.has(nx.lower)) {
      p = w.end;
      w = nx;
    }
  }
  // the lower-case words read, in `run[0, n)` (one array for every call: see `nounRun`)
  const run = nounRun;
  let n = 0;
  let first: Word | null = null;
  let lastEnd = -1;
  let caps = 0;
  let capHead: Word | null = null;
  while (w && n < 4) {
    if (!writtenLower(body, w)) {
      if (n > 0 || PHRASE_BREAKERS.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) break;
      if (isGroupPlural(body, w.start, w.end)) {
        capHead = w;
        first ??= w;
        lastEnd = w.end;
        break;
      }
      if (caps >= MAX_CAPITALISED_MODIFIERS || !isUpperCode(body.charCodeAt(w.start))) break;
      caps++;
      first ??= w;
      let e = w.end;
      // "AK-47", "U.S." as modifiers
      if (body[e] === '-' && isDigitCode(body.charCodeAt(e + 1))) {
        e++;
        while (isDigitCode(body.charCodeAt(e)) && e - w.end < 8) e++;
        if (isLetterCode(body.charCodeAt(e)) || isDigitCode(body.charCodeAt(e))) break;
      } else if (body[e] === '.' && hasDot(body, w.start, w.end)) e++;
      lastEnd = e;
      let nx = wordAfter(body, e, 1);
      if (nx && (nx.lower === 'and' || nx.lower === 'or') && body.slice(nx.start, nx.end) === nx.lower) {
        const n2 = wordAfter(body, nx.end, 1);
        if (n2 && isUpperCode(body.charCodeAt(n2.start)) && !isGroupPlural(body, n2.start, n2.end)) nx = n2;
      }
      w = nx;
      continue;
    }
    if (PHRASE_BREAKERS.has(w.lower)) break;
    if (NUMBER_WORD_SET.has(w.lower) || MONTHS.has(w.lower) || VAGUE.has(w.lower) || w.lower === 'dozens') break;
    run[n++] = w;
    first ??= w;
    lastEnd = w.end;
    w = wordAfter(body, w.end, 1);
  }
  if (!first) return null;
  let head: Word | undefined;
  if (capHead) head = capHead;
  else if (!one) {
    // (loops, not `find` with arrow functions: no closure made for every number)
    for (let i = 0; i < n && !head; i++) {
      const x = run[i]!;
      if (looksPlural(x.lower) && !x.lower.endsWith("'s") && !x.lower.endsWith('’s')) head = x;
    }
    for (let i = 0; i < n && !head; i++) if (isCountableInvariant(run[i]!.lower)) head = run[i];
  } else if (n > 0) {
    // a count of one: the last of at most three words ("one serious case review")
    head = run[Math.min(n, 3) - 1];
    if (head && /(?:ing|ed|ly)$/.test(head.lower)) head = undefined;
  }
  // (not when the words before "and" end in a plural of their own: "8 Pistols and 400 rounds")
  if (!head && share && w && (w.lower === 'and' || w.lower === 'or') && !one && !looksPlural(lastChunkLower(body, first.start, lastEnd))) {
    // "12 male and 11 female officers", "9 Maltese and 4 Moldovan nationals"
    const q = skipSpaces(body, w.end);
    let numEnd = -1;
    if (isDigitCode(body.charCodeAt(q))) {
      RE_DIGITS.lastIndex = q;
      const m = RE_DIGITS.exec(body);
      if (m && !isLetterCode(body.charCodeAt(q + m[0].length))) numEnd = q + m[0].length;
    } else {
      const nw = wordAt(body, q);
      if (nw && NUMBER_WORD_SET.has(nw.lower) && !isScaleWord(nw.lower)) numEnd = nw.end;
    }
    const other = numEnd > 0 ? countedNoun(body, numEnd, false, false) : null;
    if (other && other.kind === 'noun') return { kind: 'noun', start: first.start, end: lastEnd, head: other.head, compound: false };
  }
  if (!head) return null;
  return { kind: 'noun', start: first.start, end: head.end, head: body.slice(head.start, head.end), compound: false };
}

/** The last white-space-separated part of `body[start, end)`, lower-cased: `body.slice(start, end).split(/\s+/).pop()!.toLowerCase()` without the array. */
function lastChunkLower(body: string, start: number, end: number): string {
  let s = end;
  while (s > start && !RE_SPACE_CHAR.test(body[s - 1]!)) s--;
  return body.slice(s, end).toLowerCase();
}
const RE_SPACE_CHAR = /\s/;

/** "several hundred protesters", "a few thousand pounds": an open range from two of the base. */
function vagueScaleAt(body: string, w: Word, lead: Word): FoundFigure {
  let base = SCALE_BASES.get(w.lower)!;
  let start = lead.start;
  const a = wordBefore(body, lead.start, 1);
  if (lead.lower === 'few' && a && a.lower === 'a') start = a.start;
  // "several hundred million": a larger scale multiplies the base
  const more = wordAfter(body, w.end, 1);
  const big = more ? SCALE_BASES.get(more.lower) : undefined;
  if (more && big !== undefined && big > base) {
    base *= big;
    w = { start: w.start, end: more.end, lower: `${w.lower} ${more.lower}` };
  }
  let p = w.end;
  const of = wordAfter(body, p, 1);
  if (of && of.lower === 'of') p = of.end;
  let unit: RawUnit | null = null;
  const cur = phraseAfter(body, p, CURRENCY_SPACED_PHRASES, 2, 1);
  if (cur) unit = { kind: 'currency', ...cur };
  else {
    const t = wordAfter(body, p, 1);
    const te = t ? TIME.get(t.lower) : undefined;
    if (t && te) unit = { kind: 'time', entry: te, start: t.start, end: t.end, age: false };
    else unit = countedNoun(body, p, false);
  }
  const low: RawNumber = { start, end: w.end, currency: null, numeral: body.slice(start, w.end), words: true, scale: null, attached: null };
  return {
    start,
    end: unit ? unit.end : w.end,
    qualifier: null,
    opener: null,
    low,
    high: null,
    vague: [{ id: `vague/${lead.lower}-${w.lower.replace(' ', '-')}`, word: w.lower, base }],
    unit,
    fraction: null,
  };
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
    const cur = phraseAfter(body, of.end, CURRENCY_SPACED_PHRASES, 2, 1);
    if (cur) unit = { kind: 'currency', ...cur };
    else {
      const t = wordAfter(body, of.end, 1);
      const te = t ? TIME.get(t.lower) : undefined;
      if (t && te) unit = { kind: 'time', entry: te, start: t.start, end: t.end, age: false };
      else unit = countedNoun(body, of.end, false);
    }
  }
  const qualifier = phraseBefore(body, w.start, QUALIFIER_BEFORE_PHRASES, 4);
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
