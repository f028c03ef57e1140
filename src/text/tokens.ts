/**
 * The shared token stream of a body: word, number and punctuation tokens with exact offsets and
 * the whitespace before each, cut in one linear pass over the characters (no regex) into typed
 * arrays. `tokensOf(doc)` computes it once per segmented article, for every extractor that
 * reads words: no extractor needs to scan the characters again.
 *
 * Tokens: a WORD is a run of letters (`\p{L}`), a NUM a run of ASCII digits (with an ordinal
 * suffix `st`/`nd`/`rd`/`th` glued on, flagged), and every other non-space character is a PUNCT
 * of its own (a surrogate pair stays whole, one PUNCT: letters beyond the BMP are not read as
 * letters). Spaces are what `String.prototype.trim` removes (but U+1680), and U+200B. So
 * `O’Malley` is WORD PUNCT WORD with no gap, `3.8m` is NUM PUNCT NUM WORD, `U.S.` is WORD
 * PUNCT WORD PUNCT: consumers join what they need by the gaps.
 *
 * Each WORD also keeps its shape (a hash of its length and a few letters, `wordShape`), and the
 * tokenizer lists as it goes the tokens an extractor may start at (`markedTokens`: numbers and
 * the words and marks the extractors mark), so that no extractor walks every token again.
 *
 * ```ts
 * const t = tokensOf(doc);
 * const [first, end] = sentenceTokens(doc, s.index);
 * for (let i = first; i < end; i++) if (t.kind[i] === WORD && tokenLower(t, i) === 'said') …
 * ```
 */
import type { Segmented } from '../schema.js';
import { objectMemo } from './memo.js';

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Whitespace before a token: none, spaces on one line, one line break, a paragraph break (or a long run). */
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_LINE = 2;
export const GAP_BREAK = 3;

/** Tokens of a text as parallel arrays; offsets are 0-based UTF-16, `end` exclusive. */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  /** WORD, NUM or PUNCT. */
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Whitespace between the previous token and this one (GAP_*). */
  readonly gap: Uint8Array;
  /** NUM: the value when it has at most 4 digits, else -1. */
  readonly value: Int32Array;
  /** NUM: number of digits (capped at 255); the token may end with an ordinal suffix after them. */
  readonly digits: Uint8Array;
  /** NUM: 1 when an ordinal suffix (`st`, `nd`, `rd`, `th`) follows the digits inside the token. */
  readonly ordinal: Uint8Array;
  /** WORD: 1 when it holds a letter beyond ASCII (else its letters are `[A-Za-z]`). */
  readonly wide: Uint8Array;
  /** WORD: its shape (`wordShape`), for `ShapeFilter` tests by index; 0 for other tokens. */
  readonly shape: Uint16Array;
  /** The marked tokens, listed as the text was tokenized (read them through `markedTokens`). */
  readonly marks: TokenMarks;
}

/**
 * The indexes of the tokens an extractor may start at, in order: every NUM, every WORD with a
 * letter beyond ASCII or of a marked shape (`markWords`), every PUNCT whose first code unit is a
 * marked mark (`markMarks`). An extractor that looks for a few words, the numbers or a few signs
 * walks this list instead of every token: most tokens are turned away once, by the tokenizer,
 * for all of them.
 */
export interface TokenMarks {
  readonly list: Int32Array;
  readonly count: number;
  /** The marks' version it was made with (see `markWords`). */
  readonly version: number;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number, c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(text[i]!);
}

/** Character classes of the code units below `CLASS_LIMIT`, decided once by the functions above. */
const C_OTHER = 0;
const C_SPACE = 1;
const C_DIGIT = 2;
const C_LETTER = 3;
const CLASS_LIMIT = 0x800;
const CLASS = new Uint8Array(CLASS_LIMIT);
for (let c = 0; c < CLASS_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = isSpace(c) ? C_SPACE : isDigit(c) ? C_DIGIT : isLetter(ch, 0, c) ? C_LETTER : C_OTHER;
}

function classOf(text: string, i: number, c: number): number {
  if (c < CLASS_LIMIT) return CLASS[c]!;
  return isSpace(c) ? C_SPACE : isLetter(text, i, c) ? C_LETTER : C_OTHER;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** True when `text[i..i+2)` is an ordinal suffix not followed by another letter. */
function ordinalSuffixAt(text: string, i: number): boolean {
  if (i + 1 >= text.length) return false;
  const a = lowerAscii(text.charCodeAt(i));
  const b = lowerAscii(text.charCodeAt(i + 1));
  const ok = (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
  if (!ok) return false;
  const n = i + 2 < text.length ? text.charCodeAt(i + 2) : 32;
  return !isLetter(text, i + 2, n) && !isDigit(n);
}

/** The ten arrays of `cap` tokens, as views of one zeroed buffer (one allocation, not ten). */
interface Arrays {
  /** The marked tokens' indexes (at most one a token). */
  marked: Int32Array;
  shape: Uint16Array;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
  value: Int32Array;
  digits: Uint8Array;
  ordinal: Uint8Array;
  wide: Uint8Array;
}

function arrays(cap: number): Arrays {
  const buf = new ArrayBuffer(cap * 23);
  return {
    start: new Int32Array(buf, 0, cap),
    end: new Int32Array(buf, cap * 4, cap),
    value: new Int32Array(buf, cap * 8, cap),
    marked: new Int32Array(buf, cap * 12, cap),
    shape: new Uint16Array(buf, cap * 16, cap),
    kind: new Uint8Array(buf, cap * 18, cap),
    gap: new Uint8Array(buf, cap * 19, cap),
    digits: new Uint8Array(buf, cap * 20, cap),
    ordinal: new Uint8Array(buf, cap * 21, cap),
    wide: new Uint8Array(buf, cap * 22, cap),
  };
}

/**
 * Tokenize `text` (whole body). Linear in its length. `written`, when `text` is a same-length
 * copy of it with syntax blanked (a Markdown article: `Segmented.source`), makes those blanks
 * no gap: a space of `text` counts only where `written` has white space too, so `_Tuesday_’s`
 * reads as tight as `Tuesday’s`, and a blanked link destination is not a paragraph break.
 */
export function tokenize(text: string, written?: string): Tokens {
  let cap = (text.length >> 2) + 16;
  const a = arrays(cap);
  let kind = a.kind;
  let start = a.start;
  let end = a.end;
  let gap = a.gap;
  let value = a.value;
  let digits = a.digits;
  let ordinal = a.ordinal;
  let wide = a.wide;
  let shape = a.shape;
  let n = 0;
  let marked = a.marked;
  let m = 0;
  const markedShapes = MARKED_SHAPES;
  const markedMarks = MARKED_MARKS;
  // (growth is written out in the loop, not in a closure: arrays a closure assigns live in a
  // heap context, and every store to them in this loop would load them from there)

  const len = text.length;
  let i = 0;
  let g = GAP_BREAK; // the start of the text counts as a break
  let spaces = 0;
  let newlines = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // a plain space, the commonest character
      if (written === undefined || isSpace(written.charCodeAt(i))) spaces++;
      i++;
      continue;
    }
    const cls = classOf(text, i, c);
    if (cls === C_SPACE) {
      spaces++;
      if (c === 10) newlines++;
      i++;
      continue;
    }
    if (n === 0) g = GAP_BREAK;
    else if (spaces === 0) g = GAP_NONE;
    else if (newlines >= 2 || spaces > 12) g = GAP_BREAK;
    else if (newlines === 1) g = GAP_LINE;
    else g = GAP_SPACE;
    spaces = 0;
    newlines = 0;
    if (n === cap) {
      cap *= 2;
      const b = arrays(cap);
      b.kind.set(kind); kind = b.kind;
      b.start.set(start); start = b.start;
      b.end.set(end); end = b.end;
      b.gap.set(gap); gap = b.gap;
      b.value.set(value); value = b.value;
      b.digits.set(digits); digits = b.digits;
      b.ordinal.set(ordinal); ordinal = b.ordinal;
      b.wide.set(wide); wide = b.wide;
      b.shape.set(shape); shape = b.shape;
      b.marked.set(marked); marked = b.marked;
    }
    start[n] = i;
    gap[n] = g;
    if (cls === C_DIGIT) {
      let j = i;
      let v = 0;
      while (j < len && isDigit(text.charCodeAt(j))) {
        if (j - i < 4) v = v * 10 + (text.charCodeAt(j) - 48);
        j++;
      }
      const nd = j - i;
      kind[n] = NUM;
      value[n] = nd <= 4 ? v : -1;
      digits[n] = nd > 255 ? 255 : nd;
      if (ordinalSuffixAt(text, j)) {
        ordinal[n] = 1;
        j += 2;
      } else ordinal[n] = 0;
      end[n] = j;
      i = j;
      marked[m++] = n;
    } else if (cls === C_LETTER) {
      let j = i + 1;
      let w = c >= 128 ? 1 : 0;
      let z = c; // the last letter (kept as read: cheaper than reading it again)
      while (j < len) {
        const d = text.charCodeAt(j);
        if (((d | 32) - 97) >>> 0 < 26) {
          // ASCII letter, the common case
          z = d;
          j++;
        } else if (d < CLASS_LIMIT ? CLASS[d] === C_LETTER : isLetter(text, j, d)) {
          w = 1;
          z = d;
          j++;
        } else break;
      }
      kind[n] = WORD;
      wide[n] = w;
      const h = wordShape(j - i, c, j - i > 1 ? text.charCodeAt(i + 1) : 0, z);
      shape[n] = h;
      value[n] = -1;
      end[n] = j;
      i = j;
      if (w === 1 || hasShape(markedShapes, h)) marked[m++] = n;
    } else {
      // One punctuation mark; a surrogate pair stays whole.
      const lo = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      const w = c >= 0xd800 && c <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
      kind[n] = PUNCT;
      value[n] = -1;
      end[n] = i + w;
      i += w;
      if (markedMarks[c] === 1) marked[m++] = n;
    }
    n++;
  }
  return { text, count: n, kind, start, end, gap, value, digits, ordinal, wide, shape, marks: { list: marked, count: m, version: marksVersion } };
}

/** Tokens of a segmented article, plus what is built from them on demand. */
interface DocTokens {
  tokens: Tokens;
  /** `[first, end)` token ranges of the sentences, flat: `[f0, e0, f1, e1, …]`. */
  sentenceRanges: Int32Array | null;
}
const DOC_TOKENS = objectMemo<Segmented, DocTokens>('tokensOf');
const LOWER = objectMemo<Tokens, (string | undefined)[]>('tokenLower');

function docTokens(doc: Segmented): DocTokens {
  let d = DOC_TOKENS.get(doc);
  if (!d) {
    d = { tokens: tokenize(doc.article.body, doc.source?.body), sentenceRanges: null };
    DOC_TOKENS.set(doc, d);
  }
  return d;
}

/** The tokens of the whole body of a segmented article, computed on first use and shared. */
export function tokensOf(doc: Segmented): Tokens {
  return docTokens(doc).tokens;
}

/**
 * The tokens of `doc` when they were already made (by `tokensOf`), else `null`: for an extractor
 * with a cheaper way of its own when nothing else reads the tokens.
 */
export function tokensIfMade(doc: Segmented): Tokens | null {
  return DOC_TOKENS.get(doc)?.tokens ?? null;
}

/**
 * The tokens of sentence `k` of `doc` as a half-open index range `[first, end)` into
 * `tokensOf(doc)`. A sentence is a trimmed span that ends before white space, so no token
 * straddles its edges; the ranges of all sentences are built in one merge pass on first use.
 */
export function sentenceTokens(doc: Segmented, k: number): [number, number] {
  const d = docTokens(doc);
  if (!d.sentenceRanges) {
    const t = d.tokens;
    const ss = doc.sentences;
    const r = new Int32Array(ss.length * 2);
    let i = 0;
    for (let s = 0; s < ss.length; s++) {
      while (i < t.count && t.start[i]! < ss[s]!.start) i++;
      r[2 * s] = i;
      while (i < t.count && t.start[i]! < ss[s]!.end) i++;
      r[2 * s + 1] = i;
    }
    d.sentenceRanges = r;
  }
  return [d.sentenceRanges[2 * k]!, d.sentenceRanges[2 * k + 1]!];
}

/** The text of token `i`. */
export function tokenText(t: Tokens, i: number): string {
  return t.text.slice(t.start[i]!, t.end[i]!);
}

/** The lower case of token `i`, made once per token and shared by every caller. */
export function tokenLower(t: Tokens, i: number): string {
  let cache = LOWER.get(t);
  if (!cache) {
    cache = new Array<string | undefined>(t.count);
    LOWER.set(t, cache);
  }
  let v = cache[i];
  if (v === undefined) {
    v = tokenText(t, i).toLowerCase();
    cache[i] = v;
  }
  return v;
}

/** Index of the first token that ends after `offset` (the token at or after it); `t.count` if none. */
export function tokenAt(t: Tokens, offset: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A set of words as a bitmap of 65,536 bits over a cheap hash of their first, middle and last
 * code units and length: `mayContain(f, w)` is false for most words outside the set and never
 * for a word inside it, and costs no string hashing. Put in front of a `Map`/`Set` lookup of
 * freshly cut words. (On news text about 1% of the words outside a lexicon of a few hundred
 * words pass; with first and last code units only, many more common words looked alike.)
 */
export type WordFilter = Uint32Array;

function wordSlot(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  // The four code units' low bits packed apart (for ASCII, no two overlap), then multiplicative
  // hashing: the top 16 bits of the product.
  const key = (s.charCodeAt(0) << 24) ^ (s.charCodeAt(n >> 1) << 16) ^ (s.charCodeAt(n - 1) << 8) ^ n;
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/** The filter of a set of words (any number of key sets). */
export function wordFilter(...sets: Iterable<string>[]): WordFilter {
  const f = new Uint32Array(2048);
  for (const keys of sets) {
    for (const k of keys) {
      const h = wordSlot(k);
      f[h >>> 5]! |= 1 << (h & 31);
    }
  }
  return f;
}

/** False when `w` is surely not in the filter's sets. */
export function mayContain(f: WordFilter, w: string): boolean {
  const h = wordSlot(w);
  return (f[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/**
 * The shape of a word: a 16-bit hash of its length and its first, second (0 for a one-letter
 * word) and last code units, each folded with `| 32` (ASCII letters to lower case). The
 * tokenizer keeps it for every WORD token (`Tokens.shape`), so a scan that looks for a few words
 * among all of them (figure anchors, date triggers) tests one bit by token index, without
 * reading the word's characters: only the words that pass are read.
 */
export function wordShape(len: number, first: number, second: number, last: number): number {
  return Math.imul(len | ((first | 32) << 4) | ((second | 32) << 11) | ((last | 32) << 18), 0x9e3779b1) >>> 16;
}

/**
 * A set of words as a bitmap of their shapes (65,536 bits): `hasShape(f, t.shape[i])` is true
 * for every WORD token that spells one of the words in any ASCII case, and false for nearly all
 * others.
 */
export type ShapeFilter = Uint32Array;

/** The shape filter of a set of words (matched in any ASCII case). */
export function shapeFilter(words: Iterable<string>): ShapeFilter {
  const f = new Uint32Array(2048);
  for (const w of words) {
    const h = wordShape(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1));
    f[h >>> 5]! |= 1 << (h & 31);
  }
  return f;
}

/** False when a word of shape `shape` is surely none of the filter's words. */
export function hasShape(f: ShapeFilter, shape: number): boolean {
  return (f[shape >>> 5]! & (1 << (shape & 31))) !== 0;
}

/** The shapes of the marked words and the marked marks (by code unit), and their version: bumped when either grows. */
const MARKED_SHAPES: ShapeFilter = new Uint32Array(2048);
const MARKED_MARKS = new Uint8Array(0x10000);
let marksVersion = 0;

/**
 * Mark words (in any ASCII case): from now on their tokens are listed in `Tokens.marks`. An
 * extractor marks what it looks for when it is loaded; a token stream made before is listed
 * again by `markedTokens` when first asked.
 */
export function markWords(words: Iterable<string>): void {
  const f = shapeFilter(words);
  let grew = false;
  for (let k = 0; k < f.length; k++) {
    if ((f[k]! & ~MARKED_SHAPES[k]!) !== 0) {
      MARKED_SHAPES[k]! |= f[k]!;
      grew = true;
    }
  }
  if (grew) marksVersion++;
}

/** Mark punctuation marks (characters of one code unit): see `markWords`. */
export function markMarks(chars: string): void {
  let grew = false;
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    if (MARKED_MARKS[c] === 0) {
      MARKED_MARKS[c] = 1;
      grew = true;
    }
  }
  if (grew) marksVersion++;
}

const REMARKED = objectMemo<Tokens, TokenMarks>('markedTokens');

/**
 * The marked tokens of `t` (see `TokenMarks`): those the tokenizer listed, or, when words or
 * marks were marked after `t` was made, the list made again (once).
 */
export function markedTokens(t: Tokens): TokenMarks {
  if (t.marks.version === marksVersion) return t.marks;
  const again = REMARKED.get(t);
  if (again && again.version === marksVersion) return again;
  const list = new Int32Array(t.count);
  let m = 0;
  for (let i = 0; i < t.count; i++) {
    const k = t.kind[i];
    if (k === NUM || (k === WORD && (t.wide[i] === 1 || hasShape(MARKED_SHAPES, t.shape[i]!))) || (k === PUNCT && MARKED_MARKS[t.text.charCodeAt(t.start[i]!)] === 1)) list[m++] = i;
  }
  const marks = { list, count: m, version: marksVersion };
  REMARKED.set(t, marks);
  return marks;
}
