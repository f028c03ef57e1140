/**
 * Step 1: tokens of one sentence or list item, with offsets. Words are runs of letters, digits,
 * inner apostrophes, hyphens and dots between letters (`watchdog's`, `co-ordinated`, `U.S`); every
 * other non-space character is a token of its own. One forward scan, no regular expressions.
 */
import { isSpace } from '../../text/paragraphs.js';

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

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      out.push({ start: i, end: i + 1, lower: text[i]!, word: false, cap: false });
      i++;
      continue;
    }
    let j = i + 1;
    // Nothing to lower-case or replace while every character is ASCII and not upper case.
    let plain = c < 128 && !(c >= 65 && c <= 90);
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        if (d >= 128 || (d >= 65 && d <= 90)) plain = false;
        j++;
      } else if (isJoiner(d) && j + 1 < to && isWordChar(text.charCodeAt(j + 1))) {
        const e = text.charCodeAt(j + 1);
        if (d >= 128 || e >= 128 || (e >= 65 && e <= 90)) plain = false;
        j += 2;
      }
      // thousands separators stay in a number: "2,000"
      else if (d === 0x2c && j + 1 < to && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    const raw = text.slice(i, j);
    let lower = raw;
    if (!plain) {
      lower = raw.toLowerCase();
      if (lower.indexOf('\u2019') !== -1) lower = lower.replace(/\u2019/g, "'");
    }
    const c0 = text.charCodeAt(i);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : raw[0] !== lower[0];
    out.push({ start: i, end: j, lower, word: true, cap });
    i = j;
  }
  return out;
}

/** The word without a possessive ending (`watchdog's` → `watchdog`, `inspectors'` stays). */
export function unpossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}
