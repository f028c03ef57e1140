/**
 * Words and punctuation of a stretch of the body, with offsets, by one forward scan. Used on
 * short windows around quotations and over sentences for the entity table, so the cost is
 * linear in the text read.
 */
import { isSpace } from '../../text/paragraphs.js';
import { possessiveAfterBlanks, writtenOf } from '../../text/written.js';
import { QUOTE_MARK_BY_CODE } from '../../lexicon/quote-marks.js';
// (code units read as in units.ts: this scan is given strings of every representation)
import { cut, unitAt } from './units.js';

export interface Token {
  /** 0-based UTF-16 offsets into the body, half-open. */
  start: number;
  end: number;
  /** The text as written (a word keeps inner apostrophes, hyphens and dots: `O’Malley`, `U.S.`). */
  text: string;
  /** Lower case of `text`, with a trailing possessive (`’s`) removed. */
  lower: string;
  kind: 'word' | 'punct' | 'mark';
  /** First letter is upper case. */
  cap: boolean;
  /** The word ends in a possessive `’s`/`'s` (or `s’`). */
  possessive: boolean;
}

function isLetterOrDigit(text: string, i: number): boolean {
  const c = unitAt(text, i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = cut(text, i, i + 1);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Classes of the ASCII characters, so the scan below decides most characters by one load. */
const A_OTHER = 0;
const A_SPACE = 1;
/** A lower-case letter or a digit: nothing to lower-case. */
const A_LOWER = 2;
const A_UPPER = 3;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII[c] = isSpace(c) ? A_SPACE : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? A_LOWER : c >= 65 && c <= 90 ? A_UPPER : A_OTHER;
}

/** Quotation mark code units (all in the BMP). */
const IS_MARK = new Uint8Array(0x10000);
for (const c of QUOTE_MARK_BY_CODE.keys()) if (c < 0x10000) IS_MARK[c] = 1;

/** One-character punctuation strings, made once each (a curly mark would be a new string every time). */
const PUNCT_TEXT: string[] = new Array<string>(0x10000).fill('');

/** Tokens of `text[from, to)`. At most `limit` tokens are returned. */
export function tokenize(text: string, from: number, to: number, limit = Infinity): Token[] {
  return scan(text, from, to, limit, null);
}

/**
 * Like `tokenize`, but the token objects are taken from `pool` (and added to it when it runs
 * short) and overwritten: the tokens of the previous call with the same pool are no longer
 * valid. For a caller that reads one stretch at a time and keeps no token (the entity table
 * reads every sentence of every article: a fresh object per token was most of its memory
 * traffic). The returned array itself is new.
 */
export function tokenizeReusing(text: string, from: number, to: number, limit: number, pool: Token[]): Token[] {
  return scan(text, from, to, limit, pool);
}

/** Append a token to `out`: a new object, or the next one of `pool` overwritten. */
function emit(out: Token[], pool: Token[] | null, start: number, end: number, text: string, lower: string, kind: Token['kind'], cap: boolean, possessive: boolean): void {
  if (pool !== null) {
    const t = pool[out.length];
    if (t !== undefined) {
      t.start = start;
      t.end = end;
      t.text = text;
      t.lower = lower;
      t.kind = kind;
      t.cap = cap;
      t.possessive = possessive;
      out.push(t);
      return;
    }
  }
  // (one object shape for every token, pooled or not)
  const t: Token = { start, end, text, lower, kind, cap, possessive };
  if (pool !== null) pool.push(t);
  out.push(t);
}

/**
 * How many letters the last part of `text[from, to)` has (after its last dot, hyphen or
 * apostrophe), when that part is a lower-case word, capitalised or not ("said", "Gov",
 * "Republicans"); 0 for anything else ("US", "4th", "iPhone").
 */
function lowerLettersBefore(text: string, from: number, to: number): number {
  let k = to;
  while (k > from) {
    const c = unitAt(text, k - 1);
    if (c >= 97 && c <= 122) k--;
    else if (c === 0x2e || c === 0x2d || isApostrophe(c)) break;
    else if (c >= 65 && c <= 90 && (k - 1 === from || !isLetterOrDigit(text, k - 2)) && k < to) {
      // A capital opening the part: "Gov.Jane", "Republicans.The".
      k--;
      break;
    } else return 0;
  }
  return to - k;
}

function scan(text: string, from: number, to: number, limit: number, pool: Token[] | null): Token[] {
  const out: Token[] = [];
  const written = writtenOf(text);
  let i = from;
  while (i < to && out.length < limit) {
    const c = unitAt(text, i);
    let word: boolean;
    // `plain`: the word so far has no upper-case ASCII letter and no other character than ASCII
    // (its lower case is itself).
    let plain = false;
    if (c < 128) {
      const k = ASCII[c]!;
      if (k === A_SPACE) {
        i++;
        continue;
      }
      word = k === A_LOWER || k === A_UPPER;
      plain = k === A_LOWER;
    } else {
      if (isSpace(c)) {
        i++;
        continue;
      }
      word = isLetterOrDigit(text, i);
    }
    if (word) {
      let j = i + 1;
      while (j < to) {
        const d = unitAt(text, j);
        if (d < 128) {
          const k = ASCII[d]!;
          if (k === A_LOWER) {
            j++;
            continue;
          }
          if (k === A_UPPER) {
            plain = false;
            j++;
            continue;
          }
        } else if (isLetterOrDigit(text, j)) {
          plain = false;
          j++;
          continue;
        }
        if ((isApostrophe(d) || d === 0x2d || d === 0x2e) && j + 1 < to && isLetterOrDigit(text, j + 1)) {
          const e = unitAt(text, j + 1);
          // "… he said.Doe added", "Gov.Jane Doe": a full stop missing its space, not one dotted
          // word ("U.S.", "a.m.", "e.g.", "Ph.D.", "example.com" keep theirs: no word of three
          // letters, lower case after its first, before a capital there).
          if (d === 0x2e && e < 128 && ASCII[e] === A_UPPER && lowerLettersBefore(text, i, j) >= 3) break;
          if (d >= 128 || e >= 128 || ASCII[e] !== A_LOWER) plain = false;
          j += 2;
        } else break;
      }
      // A dot after a single letter or a dotted acronym belongs to the word ("J.", "U.S.").
      if (j < to && unitAt(text, j) === 0x2e && (j - i === 1 || unitAt(text, j - 2) === 0x2e)) j++;
      let raw = cut(text, i, j);
      let possessive = false;
      let lower = plain ? raw : raw.toLowerCase();
      // Does `lower` end in "s" (and "’s")? Read off the text, whose last two characters those
      // of `lower` are the lower case of (no other character lower-cases to "s" or an
      // apostrophe): no read of the new string, whatever its representation.
      const z = unitAt(text, j - 1);
      const endsInS = z === 0x73 || z === 0x53;
      if (endsInS && j - i > 2 && isApostrophe(unitAt(text, j - 2))) {
        possessive = true;
        lower = lower.slice(0, -2);
      } else if (endsInS && j < to && isApostrophe(unitAt(text, j)) && !(j + 1 < to && (isLetterOrDigit(text, j + 1) || unitAt(text, j + 1) === 0x27))) {
        possessive = true;
        j++;
        raw = cut(text, i, j);
      } else if (written !== undefined) {
        // blanked syntax between the word and its possessive (see `writtenOf`): the token spans it
        const k = possessiveAfterBlanks(text, written, j, to, isLetterOrDigit);
        if (k >= 0) {
          possessive = true;
          raw += cut(text, k, k + 2);
          j = k + 2;
        }
      }
      let cap: boolean;
      if (c < 128) cap = c >= 65 && c <= 90;
      else {
        const ch = raw[0]!;
        cap = ch !== ch.toLowerCase();
      }
      emit(out, pool, i, j, raw, lower, 'word', cap, possessive);
      i = j;
      continue;
    }
    const kind = IS_MARK[c] === 1 ? 'mark' : 'punct';
    let j = i + 1;
    // "--" as a dash; "''" as one double quotation mark
    if ((c === 0x2d || c === 0x27) && j < to && unitAt(text, j) === c) j++;
    let raw: string;
    if (j === i + 1) {
      raw = PUNCT_TEXT[c]!;
      if (raw === '') raw = PUNCT_TEXT[c] = cut(text, i, j);
    } else raw = cut(text, i, j);
    emit(out, pool, i, j, raw, raw, kind, false, false);
    i = j;
  }
  return out;
}

/** Tokens of `text[from, to)` read backwards from `to`: the last `limit` tokens, in text order. */
export function tokensBefore(text: string, from: number, to: number, limit: number): Token[] {
  // Step back over about `limit` words' worth of characters, then tokenize forward.
  let i = to;
  let words = 0;
  let inWord = false;
  while (i > from && words <= limit) {
    const sp = isSpace(unitAt(text, i - 1));
    if (!sp && !inWord) words++;
    inWord = !sp;
    i--;
  }
  // Do not start inside a word.
  while (i > from && !isSpace(unitAt(text, i - 1))) i--;
  const toks = tokenize(text, i, to);
  return toks.length > limit ? toks.slice(toks.length - limit) : toks;
}
