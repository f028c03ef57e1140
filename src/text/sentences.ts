/**
 * Sentence boundaries inside one paragraph, found by a single forward scan (linear time, no
 * regular expressions on the text).
 *
 * A sentence may end after a run of `.`, `!`, `?` or `…` and the closing quotes or brackets
 * that follow it, when white space comes next. Whether it does end is decided by what
 * follows (a lower-case word, a comma or a dash never starts a sentence) and, after a single
 * full stop, by the word before it (abbreviations, initials, dotted acronyms; see
 * `src/lexicon/abbreviations.ts`). Dots not followed by white space (decimals, `£3.8m`, URLs,
 * e-mail addresses, `e.g.,`) never end a sentence.
 */
import { ABBREVIATIONS, SENTENCE_STARTERS, type AbbreviationKind } from '../lexicon/abbreviations.js';
import { isSpace } from './paragraphs.js';

const DOT = 0x2e;
const BANG = 0x21;
const QUERY = 0x3f;
const ELLIPSIS = 0x2026;

/** The characters `isTerminal` accepts, for jumping from one to the next. */
const TERMINAL_RE = /[.!?\u2026\u203d]/g;
/** The last search: the first terminal at or after `from` in `text` is at `at` (-1: none). */
let lastSearch = { text: '', from: 0, at: -1 };

/**
 * Offset of the first terminal at or after `i`, or -1. One irregexp search (far faster than a
 * loop over the characters); the answer is remembered so that the next paragraphs of the same
 * text, asking from further on but not past it, do not scan the same stretch again (a text of
 * many paragraphs without a stop stays linear).
 */
function nextTerminal(text: string, i: number): number {
  const last = lastSearch;
  if (last.text === text && i >= last.from && (last.at === -1 || i <= last.at)) return last.at;
  const re = TERMINAL_RE;
  re.lastIndex = i;
  const at = re.exec(text) === null ? -1 : re.lastIndex - 1;
  lastSearch = { text, from: i, at };
  return at;
}

function isTerminal(c: number): boolean {
  return c === DOT || c === BANG || c === QUERY || c === ELLIPSIS || c === 0x203d /* ‽ */;
}

/** Closing marks that stay with the sentence they follow: quotes, brackets, emphasis marks. */
function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x2019: // ’
    case 0x00bb: // »
    case 0x203a: // ›
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2a: // *
    case 0x5f: // _
      return true;
    default:
      return false;
  }
}

/** Marks that open a quotation or bracket before a word. */
function isOpener(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x201e: // „
    case 0x00ab: // «
    case 0x2039: // ‹
    case 0x28: // (
    case 0x5b: // [
    case 0xbf: // ¿
    case 0xa1: // ¡
      return true;
    default:
      return false;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLower(text: string, i: number, c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Longest word before a stop that is looked at for an abbreviation. */
const MAX_TOKEN = 24;

/**
 * The sentences of `text[from, to)`, as a flat list of offsets `[s0, e0, s1, e1, …]`, each
 * span trimmed, in order, covering every non-space character of the range.
 */
export function sentenceSpans(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  while (to > i && isSpace(text.charCodeAt(to - 1))) to--;
  let sStart = i;
  while (i < to) {
    i = nextTerminal(text, i);
    if (i === -1 || i >= to) break;
    let j = i + 1;
    while (j < to && isTerminal(text.charCodeAt(j))) j++;
    let k = j;
    while (k < to && isCloser(text.charCodeAt(k))) k++;
    if (k >= to) break;
    if (!isSpace(text.charCodeAt(k))) {
      i = k;
      continue;
    }
    let n = k + 1;
    while (n < to && isSpace(text.charCodeAt(n))) n++;
    if (n >= to) break;
    if (endsSentence(text, i, j, k, n, to)) {
      out.push(sStart, k);
      sStart = n;
    }
    i = n;
  }
  if (sStart < to) out.push(sStart, to);
  return out;
}

/**
 * Does the terminal run `text[i, j)`, followed by closers up to `k` and white space up to
 * `n`, end a sentence?
 */
function endsSentence(text: string, i: number, j: number, k: number, n: number, to: number): boolean {
  const nc = text.charCodeAt(n);
  if (isLower(text, n, nc)) return false;
  switch (nc) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x29: // )
    case 0x5d: // ]
    case 0x26: // &
      return false;
  }
  // a spaced ellipsis (". . .") or a stray run of stops goes on
  if (isTerminal(nc)) return false;
  // `!`, `?`, an ellipsis, or a stop inside closing quotes: ends before anything but lower case
  if (j - i > 1 || c0(text, i) !== DOT || k > j) return true;
  const kind = kindOfWordBefore(text, i);
  switch (kind) {
    case undefined:
      return true;
    case 'never':
      return false;
    case 'before-number':
      return !isDigit(nc);
    case 'starter':
    case 'initial':
      return startsWithStarter(text, n, to);
  }
}

function c0(text: string, i: number): number {
  return text.charCodeAt(i);
}

type WordKind = AbbreviationKind | 'initial' | undefined;

/** What the word ending just before the stop at `dot` is: an abbreviation, an initial, or neither. */
function kindOfWordBefore(text: string, dot: number): WordKind {
  let p = dot;
  const min = Math.max(0, dot - MAX_TOKEN);
  while (p > min) {
    const c = text.charCodeAt(p - 1);
    if (isSpace(c) || (isOpener(c) && c !== 0x27)) break;
    p--;
  }
  if (p === dot) return undefined;
  if (p === min && min > 0 && !isSpace(text.charCodeAt(p - 1))) return undefined;
  const word = text.slice(p, dot);
  const known = ABBREVIATIONS.get(word);
  if (known) return known;
  if (word.length === 1 && isUpperLetter(word)) return 'initial';
  if (isDottedAcronym(word)) return 'starter';
  return undefined;
}

/** `U.S`, `a.m`, `U.S.A`: single letters joined by stops (the final stop is not in `word`). */
function isDottedAcronym(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let x = 0; x < word.length; x++) {
    const c = word.charCodeAt(x);
    if (x % 2 === 1) {
      if (c !== DOT) return false;
    } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** True when the word at `n` (after any opening quotes) typically opens a sentence. */
function startsWithStarter(text: string, n: number, to: number): boolean {
  let s = n;
  while (s < to && isOpener(text.charCodeAt(s))) s++;
  if (s > n) return true; // a quotation opens after the stop
  let e = s;
  while (e < to && e - s < 16) {
    const c = text.charCodeAt(e);
    if (isSpace(c) || c === 0x2c || c === DOT || c === 0x3a || c === 0x3b) break;
    e++;
  }
  return SENTENCE_STARTERS.has(text.slice(s, e));
}
