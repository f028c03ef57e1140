/**
 * Word-level scanning helpers over the article body, shared by the find and claim steps.
 * All positions are 0-based UTF-16 offsets into the body. Words never cross a line break.
 */

import { mayContain, wordFilter, type WordFilter } from '../../text/tokens.js';

/** A word of the body: `[start, end)` and its lower-case text. */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

/**
 * Letters with inner apostrophes, hyphens or dots ("children’s", "poor-quality", "a.m"): the
 * letters are `[A-Za-z\u00C0-\u024F]`, each inner mark stands between two letters.
 */
export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces that may stand inside a phrase: space, tab, no-break and thin spaces. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Offset of the first non-inline-space character at or after `pos`. */
export function skipSpaces(body: string, pos: number): number {
  while (pos < body.length && isInlineSpace(body.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * Words of the body scanned last, by start (`wordAt`) and by end (`wordBefore`): the find and
 * claim steps ask for the same few words around each number many times over. Words are never
 * changed by their users, so one object serves every caller. Each memo is direct-mapped by
 * offset (a slot holds the last offset that fell in it): the words asked for lie close together,
 * and typed-array slots cost less than a `Map` of numbers.
 */
const MEMO_SLOTS = 256;
const MEMO_MASK = MEMO_SLOTS - 1;
let memoBody = '';
/** Bumped when the body changes: a slot is valid only when it was filled in the current generation. */
let generation = 0;
const startKeys = new Int32Array(MEMO_SLOTS);
const startGens = new Int32Array(MEMO_SLOTS).fill(-1);
const startWords: (Word | null)[] = new Array<Word | null>(MEMO_SLOTS).fill(null);
const endKeys = new Int32Array(MEMO_SLOTS);
const endGens = new Int32Array(MEMO_SLOTS).fill(-1);
const endWords: (Word | null)[] = new Array<Word | null>(MEMO_SLOTS).fill(null);
/**
 * The slots filled since the memo was last dropped (start slots as they are, end slots plus
 * `MEMO_SLOTS`), so that `forgetWords` clears those few rather than every slot of both memos
 * after each article; -1 in `filledCount` once more were filled than the list holds.
 */
const filled = new Int32Array(128);
let filledCount = 0;

function noteFilled(slot: number): void {
  if (filledCount === -1) return;
  if (filledCount === filled.length) filledCount = -1;
  else filled[filledCount++] = slot;
}

function memoOf(body: string): void {
  if (body === memoBody) return;
  memoBody = body;
  nextGeneration();
}

/** Invalidate every slot (on the rare wrap-around of the counter, by clearing the stamps). */
function nextGeneration(): void {
  if (++generation === 0x7fffffff) {
    generation = 0;
    startGens.fill(-1);
    endGens.fill(-1);
  }
}

/** Drop the memo (so that a long body is not held after its figures are found). */
export function forgetWords(): void {
  memoBody = '';
  nextGeneration();
  if (filledCount === -1) {
    startWords.fill(null);
    endWords.fill(null);
  } else {
    for (let k = 0; k < filledCount; k++) {
      const slot = filled[k]!;
      if (slot < MEMO_SLOTS) startWords[slot] = null;
      else endWords[slot - MEMO_SLOTS] = null;
    }
  }
  filledCount = 0;
}

/** The word starting exactly at `pos`, or null. */
export function wordAt(body: string, pos: number): Word | null {
  memoOf(body);
  const slot = pos & MEMO_MASK;
  if (startKeys[slot] === pos && startGens[slot] === generation) return startWords[slot]!;
  const end = wordEnd(body, pos);
  const w = end === pos ? null : { start: pos, end, lower: body.slice(pos, end).toLowerCase() };
  startKeys[slot] = pos;
  startGens[slot] = generation;
  startWords[slot] = w;
  noteFilled(slot);
  return w;
}

/** End of the word starting at `pos` (see `Word`), or `pos` when no word starts there. */
export function wordEnd(body: string, pos: number): number {
  const n = body.length;
  let e = pos;
  while (e < n && isLetterCode(body.charCodeAt(e))) e++;
  if (e === pos) return pos;
  while (e + 1 < n) {
    const c = body.charCodeAt(e);
    if (!(c === 39 || c === 0x2019 || c === 46 || c === 45) || !isLetterCode(body.charCodeAt(e + 1))) break;
    e += 2;
    while (e < n && isLetterCode(body.charCodeAt(e))) e++;
  }
  return e;
}

/**
 * The word after `pos`, skipping at most `maxGap` inline spaces (0: glued; 1 or more: spaced,
 * and spaced means up to three whatever `maxGap` says, as words two or three spaces apart are
 * one space apart in meaning: a typed double space, a CRLF line break in wrapped text read as two
 * spaces, blanked Markdown syntax). The word must start where the spaces end; punctuation in
 * between means no word.
 */
export function wordAfter(body: string, pos: number, maxGap = 3): Word | null {
  const s = skipSpaces(body, pos);
  if (s - pos > (maxGap === 0 ? 0 : Math.max(maxGap, 3))) return null;
  const w = wordAt(body, s);
  if (!w) return null;
  // a word glued to a following letter-digit run is an id ("CO4"), not a word
  const c = body.charCodeAt(w.end);
  if (isDigitCode(c)) return null;
  return w;
}

/** The word ending just before `pos`, skipping inline spaces as `wordAfter` does; null across punctuation. */
export function wordBefore(body: string, pos: number, maxGap = 3): Word | null {
  let e = pos;
  const gap = maxGap === 0 ? 0 : Math.max(maxGap, 3);
  while (e > 0 && isInlineSpace(body.charCodeAt(e - 1)) && pos - e < gap) e--;
  if (e > 0 && isInlineSpace(body.charCodeAt(e - 1))) return null;
  memoOf(body);
  const slot = e & MEMO_MASK;
  if (endKeys[slot] === e && endGens[slot] === generation) return endWords[slot]!;
  const w = wordEndingAt(body, e);
  endKeys[slot] = e;
  endGens[slot] = generation;
  endWords[slot] = w;
  noteFilled(slot + MEMO_SLOTS);
  return w;
}

/** The word ending exactly at `e` (see `wordBefore`), or null. */
function wordEndingAt(body: string, e: number): Word | null {
  let s = e;
  while (s > 0) {
    const c = body.charCodeAt(s - 1);
    if (isLetterCode(c)) s--;
    else if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && s - 2 >= 0 && isLetterCode(body.charCodeAt(s - 2)) && s < e) s--;
    else break;
  }
  if (s === e) return null;
  if (s > 0 && isDigitCode(body.charCodeAt(s - 1))) return null;
  return { start: s, end: e, lower: body.slice(s, e).toLowerCase() };
}

/** Whether the word is written in lower case (its text is its `lower`), tested without a substring. */
export function writtenLower(body: string, w: Word): boolean {
  return w.lower.length === w.end - w.start && body.startsWith(w.lower, w.start);
}

/**
 * A phrase table (keys: lower-case words joined by single spaces) with what the matchers need,
 * built once beside the table: every word sequence that starts (`heads`) or ends (`tails`) some
 * key, and the first and last words of the keys as filters (most words are neither, and are
 * turned away unhashed).
 */
export interface PhraseTable<T> {
  map: ReadonlyMap<string, T>;
  heads: Set<string>;
  tails: Set<string>;
  firsts: WordFilter;
  lasts: WordFilter;
}

/** The phrase table of `map` (lexicon data, built once and never changed). */
export function phraseTable<T>(map: ReadonlyMap<string, T>): PhraseTable<T> {
  const heads = new Set<string>();
  const tails = new Set<string>();
  const firsts: string[] = [];
  const lasts: string[] = [];
  for (const key of map.keys()) {
    const ws = key.split(' ');
    firsts.push(ws[0]!);
    lasts.push(ws[ws.length - 1]!);
    for (let n = 1; n <= ws.length; n++) {
      heads.add(ws.slice(0, n).join(' '));
      tails.add(ws.slice(ws.length - n).join(' '));
    }
  }
  return { map, heads, tails, firsts: wordFilter(firsts), lasts: wordFilter(lasts) };
}

/**
 * Match the longest phrase of `table` starting at the word after `pos`. Returns the entry and
 * the phrase's end, or null. Words are read only while the words so far begin some key.
 */
export function phraseAfter<T>(body: string, pos: number, table: PhraseTable<T>, maxWords: number, maxGap = 3): { entry: T; start: number; end: number } | null {
  const w = wordAfter(body, pos, maxGap);
  return w ? phraseFrom(body, w, table, maxWords) : null;
}

/**
 * `phraseAfter` from its first word, already read (`wordAfter(body, pos, maxGap)`): a caller
 * that tries several tables after the same number reads that word once.
 */
export function phraseFrom<T>(body: string, first: Word, table: PhraseTable<T>, maxWords: number): { entry: T; start: number; end: number } | null {
  const { heads, firsts, map } = table;
  if (maxWords < 1 || !mayContain(firsts, first.lower)) return null;
  let best: { entry: T; start: number; end: number } | null = null;
  let key = first.lower;
  let w: Word | null = first;
  for (let i = 0; ; ) {
    if (!heads.has(key)) break;
    const entry = map.get(key);
    if (entry !== undefined) best = { entry, start: first.start, end: w.end };
    if (++i >= maxWords) break;
    w = wordAfter(body, w.end, 1);
    if (!w) break;
    key = `${key} ${w.lower}`;
  }
  return best;
}

/**
 * Match the longest phrase of `table` ending at the word before `pos` ("more than" before a
 * number). `maxWords` bounds the look-back. Words are read only while the words so far end
 * some key.
 */
export function phraseBefore<T>(body: string, pos: number, table: PhraseTable<T>, maxWords: number): { entry: T; start: number; end: number } | null {
  const { tails, lasts, map } = table;
  let best: { entry: T; start: number; end: number } | null = null;
  let key = '';
  let end = -1;
  let p = pos;
  for (let i = 0; i < maxWords; i++) {
    const w = wordBefore(body, p, i === 0 ? 3 : 1);
    if (!w) break;
    if (i === 0 && !mayContain(lasts, w.lower)) break;
    key = i === 0 ? w.lower : `${w.lower} ${key}`;
    if (!tails.has(key)) break;
    if (i === 0) end = w.end;
    const entry = map.get(key);
    if (entry !== undefined) best = { entry, start: w.start, end };
    p = w.start;
  }
  return best;
}

/**
 * A set of lower-case words asked about spans of the body without cutting them out:
 * `has(body, s, e)` is `set.has(body.slice(s, e).toLowerCase())`. Spans of ASCII characters
 * (nearly all) are hashed and compared in place, lower-cased on the fly; any other span takes
 * the slice (a non-ASCII character may lower-case to something else, even to two characters).
 */
export class BodyWordSet {
  private readonly set: ReadonlySet<string>;
  private readonly maxLength: number;
  /** Open addressing over the ASCII keys: index + 1 into `keys`, 0 for an empty slot. */
  private readonly table: Int32Array;
  private readonly keys: string[] = [];
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const set = new Set(words);
    this.set = set;
    let size = 16;
    while (size < set.size * 4) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    let maxLength = 0;
    for (const w of set) {
      maxLength = Math.max(maxLength, w.length);
      if (!/^[\x00-\x7f]*$/.test(w)) continue; // matched through the slice only
      let slot = asciiHash(w, 0, w.length) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys.push(w);
      this.table[slot] = this.keys.length;
    }
    this.maxLength = maxLength;
  }

  has(body: string, s: number, e: number): boolean {
    // lower-casing never shortens a string: a span longer than every key is none of them
    if (e - s > this.maxLength) return false;
    let h = 0;
    for (let k = s; k < e; k++) {
      const c = body.charCodeAt(k);
      if (c >= 128) return this.set.has(body.slice(s, e).toLowerCase());
      h = (Math.imul(h, 31) + lowerAscii(c)) | 0;
    }
    for (let slot = h & this.mask, i = this.table[slot]!; i !== 0; slot = (slot + 1) & this.mask, i = this.table[slot]!) {
      const key = this.keys[i - 1]!;
      if (key.length === e - s && sameLowerAscii(body, s, key)) return true;
    }
    return false;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function asciiHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + lowerAscii(text.charCodeAt(k))) | 0;
  return h;
}

/** Whether `body` from `s`, lower-cased (ASCII), spells `key`. */
function sameLowerAscii(body: string, s: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (lowerAscii(body.charCodeAt(s + k)) !== key.charCodeAt(k)) return false;
  return true;
}
