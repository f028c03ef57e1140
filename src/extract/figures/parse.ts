/**
 * Parse step of the figures extractor: number phrases (as found by `find.ts`) to values.
 * Pure functions over strings; no offsets.
 */
import { NUMBER_WORDS, SCALE_SUFFIXES, type NumberWord, type ScaleSuffix } from '../../lexicon/numbers.js';

const WORDS = new Map<string, NumberWord>(NUMBER_WORDS.map((w) => [w.word, w]));
const SCALES = new Map<string, ScaleSuffix>(SCALE_SUFFIXES.map((s) => [s.suffix, s]));

/** The number-word entry for a lower-case word, if any. */
export function numberWord(word: string): NumberWord | undefined {
  return WORDS.get(word);
}

/** The scale entry for a suffix (`m`, `bn`, `million`), lower-case. */
export function scaleSuffix(suffix: string): ScaleSuffix | undefined {
  return SCALES.get(suffix);
}

/**
 * Value of digits with optional thousands separators and decimals, times ten to `exponent`:
 * `parseDigits("1,234")` → 1234, `parseDigits("4.2", 6)` → 4200000. Scaling goes through the
 * decimal string (`4.2e6`), so no binary rounding error creeps in. `null` if malformed.
 */
export function parseDigits(raw: string, exponent = 0): number | null {
  const plain = raw.includes(',') ? raw.replace(/,/g, '') : raw;
  if (!isPlainDecimal(plain)) return null;
  const v = Number(exponent === 0 ? plain : `${plain}e${exponent}`);
  return Number.isFinite(v) ? v : null;
}

/** `/^\d+(?:\.\d+)?$/.test(s)`, read by hand (no regex call for every number). */
function isPlainDecimal(s: string): boolean {
  const n = s.length;
  let i = 0;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === 0) return false;
  if (i === n) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const f = ++i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  return i > f && i === n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Value of a phrase of number words: "sixty-three" → 63, "one hundred and twenty" → 120,
 * "two million" → 2000000, "a dozen" → 12, "half a million" → 500000, "three and a half" → 3.5.
 * Words are separated by spaces or hyphens. `null` when the words do not form one number
 * ("one two", "hundred thousand seven eight").
 */
export function parseNumberWords(raw: string): number | null {
  // The same few phrases ("two", "three", "a dozen") come back again and again: their values
  // are kept, up to a bound, instead of being split and read each time. Only short phrases: a
  // longer one cut from a body may be a view of the whole body, which the table would keep alive
  // (V8 copies substrings shorter than 13 characters).
  if (raw.length > 12) return readNumberWords(raw);
  let v = WORD_VALUES.get(raw);
  if (v === undefined) {
    v = readNumberWords(raw);
    if (WORD_VALUES.size >= MAX_WORD_VALUES) WORD_VALUES.clear();
    WORD_VALUES.set(raw, v);
  }
  return v;
}
const WORD_VALUES = new Map<string, number | null>();
const MAX_WORD_VALUES = 512;

function readNumberWords(raw: string): number | null {
  const words = raw.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0);
  let total = 0; // sum of closed groups (thousands, millions, …)
  let group = 0; // the group being built (below a thousand, or a multiple of a hundred)
  let last: NumberWord['kind'] | 'start' | 'and' | 'article' = 'start';
  let lastScale = Infinity; // scales must fall: "two million three thousand"
  let half = false;
  let addHalf = false;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' || w === 'an') {
      if (last !== 'start' && !(half && last === 'article')) return null;
      last = 'article';
      group = 1;
      continue;
    }
    if (w === 'half') {
      if (last !== 'start') return null;
      half = true;
      last = 'article';
      continue;
    }
    if (w === 'and') {
      if (words[i + 1] === 'a' && words[i + 2] === 'half' && i + 3 === words.length && last !== 'start') {
        addHalf = true;
        break;
      }
      if (last !== 'hundred' && last !== 'scale') return null;
      last = 'and';
      continue;
    }
    const e = WORDS.get(w);
    if (!e) return null;
    switch (e.kind) {
      case 'unit':
      case 'teen':
        if (last === 'unit' || last === 'teen' || last === 'article') return null;
        if (last === 'tens' && e.kind === 'teen') return null;
        group += e.value;
        break;
      case 'tens':
        if (last === 'unit' || last === 'teen' || last === 'tens' || last === 'article') return null;
        group += e.value;
        break;
      case 'hundred':
        if (last === 'hundred' || last === 'and') return null;
        group = (group || 1) * 100;
        break;
      case 'dozen':
        if (last === 'and') return null;
        group = (group || 1) * 12;
        break;
      case 'scale':
        if (last === 'and' || e.value >= lastScale) return null;
        total += (group || 1) * e.value;
        group = 0;
        lastScale = e.value;
        break;
    }
    last = e.kind;
    seen = true;
  }
  if (!seen || last === 'and' || last === 'article') return null;
  let v = total + group;
  if (addHalf) v += 0.5;
  if (half) v /= 2;
  return v;
}

/**
 * Value of any numeral the finder returns: digits (`4.2`, `1,234`), digits with a scale
 * (`4.2million`, `1.2bn`, `5k`, `2.5 billion`) or number words. `null` if it is not one.
 */
export function parseNumeral(raw: string): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
  if (m) {
    const scale = m[2] ? SCALES.get(m[2].toLowerCase()) : undefined;
    if (m[2] && !scale) return null;
    return parseDigits(m[1]!, scale?.exponent ?? 0);
  }
  return parseNumberWords(raw);
}
