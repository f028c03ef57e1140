/**
 * The anchors of the figures scan (where a figure may start), read off the shared token stream
 * instead of running the anchor regex `/[0-9£$€¥₹]|\b(?:number word|…)\b/gi` over every
 * character of the body: the dates extractor tokenizes every body the figures extractor reads,
 * so the stream is there already.
 *
 * What the regex finds, in token terms:
 * - a digit: a digit of a NUM token (its digits, not an ordinal suffix after them);
 * - a sign: a PUNCT token that is one of the signs;
 * - a number word, in any case: a run of ASCII letters inside a WORD token with no word
 *   character of the regex (`[A-Za-z0-9_]`) on either side. A WORD token is a whole run of
 *   letters, so for a word of ASCII letters the run is the token and only a digit or `_` can
 *   touch it; inside a word with other letters (`é`), which `\b` does not count as word
 *   characters, each run of ASCII letters stands alone. (Case-insensitive matching without the
 *   `u` flag folds no other letter onto an ASCII one.)
 */
import { hasShape, markedTokens, markMarks, markWords, NUM, PUNCT, shapeFilter, WORD, type ShapeFilter, type TokenMarks, type Tokens } from '../../text/tokens.js';

/** The anchor words by length and first two letters (case-folded): most words are turned away by one bit test. */
export interface AnchorWords {
  bits: Uint32Array;
  bySlot: Map<number, string[]>;
  /** The length of the longest word: longer words are turned away at once. */
  maxLen: number;
  /** The words' shapes: a WORD token of ASCII letters whose shape is not here is none of them (tested by index, its letters unread). */
  shapes: ShapeFilter;
}

const MAX_LEN = 15;

function slotOf(len: number, a: number, b: number): number {
  return (len << 10) | ((a & 31) << 5) | (b & 31);
}

/** The table of anchor words: lower-case ASCII letters, 2 to 15 of them. */
export function anchorWords(words: Iterable<string>): AnchorWords {
  const bits = new Uint32Array(((MAX_LEN + 1) << 10) >>> 5);
  const bySlot = new Map<number, string[]>();
  let maxLen = 0;
  for (const w of words) {
    maxLen = Math.max(maxLen, w.length);
    if (!/^[a-z]{2,15}$/.test(w)) throw new Error(`figures: anchor word not 2 to 15 letters a-z: ${w}`);
    const s = slotOf(w.length, w.charCodeAt(0), w.charCodeAt(1));
    bits[s >>> 5]! |= 1 << (s & 31);
    const list = bySlot.get(s);
    if (!list) bySlot.set(s, [w]);
    else if (!list.includes(w)) list.push(w);
  }
  const all = [...bySlot.values()].flat();
  markWords(all); // (their tokens are listed as texts are tokenized: `TokenAnchors` walks that list)
  return { bits, bySlot, maxLen, shapes: shapeFilter(all) };
}

/** The sign characters (`£`, `$`, …) by code unit: ASCII ones in a table, so that the common marks need no set look-up. */
export interface AnchorSigns {
  ascii: Uint8Array;
  others: ReadonlySet<number>;
}

/** The table of the sign characters `chars` (each one code unit); marks them (`markMarks`) for `TokenAnchors`. */
export function anchorSigns(chars: string): AnchorSigns {
  const ascii = new Uint8Array(128);
  const others = new Set<number>();
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    if (c < 128) ascii[c] = 1;
    else others.add(c);
  }
  markMarks(chars);
  return { ascii, others };
}

/** Whether the ASCII letters `text[s, e)` spell one of the words, in any case. */
function isAnchorWord(words: AnchorWords, text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len < 2 || len > words.maxLen) return false;
  const slot = slotOf(len, text.charCodeAt(s), text.charCodeAt(s + 1));
  if ((words.bits[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
  for (const w of words.bySlot.get(slot)!) {
    let k = 2;
    // ASCII letters: `| 32` is their lower case
    while (k < len && (text.charCodeAt(s + k) | 32) === w.charCodeAt(k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** A digit or `_`: the word characters of the regex that are not letters (a letter next to a WORD token would be in it). */
function isDigitOrUnderscore(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

/**
 * The first anchor word at or after `from` in the WORD token `[s, e)` that holds letters beyond
 * ASCII: its runs of ASCII letters are words of their own to the regex. -1 if none.
 */
function wideWordAnchor(words: AnchorWords, text: string, s: number, e: number, from: number): number {
  let a = s;
  while (a < e) {
    if (!isAsciiLetter(text.charCodeAt(a))) {
      a++;
      continue;
    }
    let b = a + 1;
    while (b < e && isAsciiLetter(text.charCodeAt(b))) b++;
    // (a run that starts before `from` has no `\b` inside it for the regex to start at)
    if (a >= from && !isDigitOrUnderscore(text.charCodeAt(a - 1)) && !isDigitOrUnderscore(text.charCodeAt(b)) && isAnchorWord(words, text, a, b)) return a;
    a = b;
  }
  return -1;
}

/**
 * The anchors of a text in order, from its tokens. `next(from)` is where the regex, started at
 * `from`, would match next, or -1; `from` never goes back (the scan only moves on), so a cursor
 * walks the tokens once. It walks only the marked tokens (`markedTokens`: every NUM, the words
 * with letters beyond ASCII, the tokens of the anchor words' shapes and of the signs, which
 * `anchorWords` and `anchorSigns` mark): no other token holds an anchor.
 */
export class TokenAnchors {
  private readonly marks: TokenMarks;
  /** Cursor into the marked tokens. */
  private k = 0;

  constructor(
    private readonly t: Tokens,
    private readonly words: AnchorWords,
    /** The sign characters (`£`, `$`, …), by code unit. */
    private readonly signs: AnchorSigns,
  ) {
    this.marks = markedTokens(t);
  }

  next(from: number): number {
    const t = this.t;
    const { kind, start, end, text, shape, wide } = t;
    const { list, count } = this.marks;
    const shapes = this.words.shapes;
    let k = this.k;
    while (k < count && end[list[k]!]! <= from) k++;
    let at = -1;
    for (; k < count; k++) {
      const i = list[k]!;
      const kd = kind[i];
      if (kd === WORD) {
        if (wide[i] === 1) {
          const a = wideWordAnchor(this.words, text, start[i]!, end[i]!, from);
          if (a !== -1) {
            at = a;
            break;
          }
        } else if (hasShape(shapes, shape[i]!)) {
          // (a word marked for another extractor is turned away by its shape)
          const s = start[i]!;
          const e = end[i]!;
          if (s >= from && isAnchorWord(this.words, text, s, e) && !isDigitOrUnderscore(text.charCodeAt(s - 1)) && !isDigitOrUnderscore(text.charCodeAt(e))) {
            at = s;
            break;
          }
        }
      } else if (kd === NUM) {
        // every digit is an anchor (the scan may resume inside a run of them); an ordinal
        // suffix ("1st") is letters
        const s = start[i]!;
        const digitsEnd = t.ordinal[i] === 1 ? end[i]! - 2 : end[i]!;
        const p = s >= from ? s : from;
        if (p < digitsEnd) {
          at = p;
          break;
        }
      } else if (kd === PUNCT) {
        const s = start[i]!;
        const c = text.charCodeAt(s);
        if (s >= from && (c < 128 ? this.signs.ascii[c] === 1 : this.signs.others.has(c))) {
          at = s;
          break;
        }
      }
    }
    this.k = k;
    return at;
  }
}
