/**
 * Step 1: tokens of one sentence or list item, with offsets. Words are runs of letters, digits,
 * inner apostrophes, hyphens and dots between letters (`watchdog's`, `co-ordinated`, `U.S`); every
 * other non-space character is a token of its own. One forward scan, no regular expressions.
 */
import { isSpace } from '../../text/paragraphs.js';
import { possessiveAfterBlanks, writtenOf } from '../../text/written.js';

export interface Token {
  /** 0-based UTF-16 offsets into the body, half-open. */
  start: number;
  end: number;
  /** Lower-case text (a word) or the character itself (punctuation). */
  lower: string;
  word: boolean;
  /** The word starts with an upper-case letter. */
  cap: boolean;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xa3) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}

/** Joiners that stay inside a word when a word character stands on both sides. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x2010 || c === 0x2011;
}

/**
 * Classes of every UTF-16 code unit, decided once by the functions above (a letter test beyond
 * ASCII lower- and upper-cases a string): W a word character, D a digit (also W), S white space,
 * J a joiner, U an ASCII upper-case letter, N beyond ASCII (a word with one is lower-cased).
 */
const W = 1;
const D = 2;
const S = 4;
const J = 8;
const U = 16;
const N = 32;
/** Set on every decided entry: 0 means not decided yet (each code unit is decided on first sight). */
const KNOWN = 64;
const CLASS = new Uint8Array(65536);

function decide(c: number): number {
  let k = KNOWN;
  if (isWordChar(c)) k |= W;
  if (isDigitCode(c)) k |= D;
  if (isSpace(c)) k |= S;
  if (isJoiner(c)) k |= J;
  if (c >= 65 && c <= 90) k |= U;
  if (c >= 128) k |= N;
  CLASS[c] = k;
  return k;
}
for (let c = 0; c < 128; c++) decide(c);

function classOf(c: number): number {
  const k = CLASS[c]!;
  return k !== 0 ? k : decide(c);
}

/** One-character strings of punctuation beyond ASCII, made once each (`text[i]` would make a new one every time). */
const PUNCT_TEXT: string[] = new Array<string>(0x10000).fill('');

function punctText(text: string, i: number, c: number): string {
  if (c < 128) return text[i]!;
  let s = PUNCT_TEXT[c]!;
  if (s === '') s = PUNCT_TEXT[c] = text[i]!;
  return s;
}

/** Whether `text[i]` is a word character (for `possessiveAfterBlanks`). */
function isWordAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & W) !== 0;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const written = writtenOf(text);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // a plain space, the commonest character
      i++;
      continue;
    }
    const k = classOf(c);
    if ((k & S) !== 0) {
      i++;
      continue;
    }
    if ((k & W) === 0) {
      out.push({ start: i, end: i + 1, lower: punctText(text, i, c), word: false, cap: false });
      i++;
      continue;
    }
    let j = i + 1;
    // Nothing to lower-case or replace while every character is ASCII and not upper case.
    let odd = k & (U | N);
    while (j < to) {
      const e = text.charCodeAt(j);
      if (e >= 97 && e <= 122) {
        // a lower-case ASCII letter, the commonest case: nothing to note
        j++;
        continue;
      }
      const d = classOf(e);
      if ((d & W) !== 0) {
        odd |= d;
        j++;
      } else if ((d & J) !== 0 && j + 1 < to && (classOf(text.charCodeAt(j + 1)) & W) !== 0) {
        odd |= d | classOf(text.charCodeAt(j + 1));
        j += 2;
      }
      // thousands separators stay in a number: "2,000"
      else if (text.charCodeAt(j) === 0x2c && j + 1 < to && (classOf(text.charCodeAt(j - 1)) & D) !== 0 && (classOf(text.charCodeAt(j + 1)) & D) !== 0) j += 2;
      else break;
    }
    let raw = text.slice(i, j);
    if (written !== undefined) {
      // blanked syntax between the word and its possessive (see `writtenOf`): the token spans it
      const k = possessiveAfterBlanks(text, written, j, to, isWordAt);
      if (k >= 0) {
        raw += text.slice(k, k + 2);
        odd |= classOf(text.charCodeAt(k)) | classOf(text.charCodeAt(k + 1));
        j = k + 2;
      }
    }
    let lower = raw;
    if ((odd & (U | N)) !== 0) {
      lower = raw.toLowerCase();
      // (a word of ASCII characters has no ’ to replace)
      if ((odd & N) !== 0 && lower.indexOf('\u2019') !== -1) lower = lower.replace(/\u2019/g, "'");
    }
    const cap = c < 128 ? (k & U) !== 0 : raw[0] !== lower[0];
    out.push({ start: i, end: j, lower, word: true, cap });
    i = j;
  }
  return out;
}

/** The word without a possessive ending (`watchdog's` → `watchdog`, `inspectors'` stays). */
export function unpossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}
