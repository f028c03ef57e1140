/**
 * Where the body stands inside quotation marks, so that a reporting verb inside someone's
 * quoted words is not taken for a finding of the article, and so that content that is wholly a
 * direct quotation is left to the quote extractor. One forward scan per paragraph.
 *
 * Curly marks open and close as drawn, except a closing mark after a space and before a word,
 * which opens (a mis-directed mark: `said: ”The …`). Straight double quotes open after a space
 * or a bracket and close otherwise. A quotation left open at the end of its paragraph runs to
 * the paragraph's end (news continues multi-paragraph quotes with a new opening mark).
 */
import type { Paragraph } from '../../schema.js';
import { isSpace } from '../../text/paragraphs.js';
import { findSpanAt } from '../../text/location.js';
import { markedTokens, markMarks, PUNCT, type Tokens } from '../../text/tokens.js';

export interface Region {
  /** Offset of the opening mark and one past the closing mark (or the paragraph end). */
  start: number;
  end: number;
}

export const OPENERS = new Set([0x201c, 0x201e, 0x00ab]);
export const CLOSERS = new Set([0x201d, 0x00bb]);

export function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** The double quotation marks, as one search (every mark is one code unit). */
const MARK = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
markMarks('"\u201c\u201d\u201e\u00ab\u00bb'); // (their tokens are listed as texts are tokenized: `markOffsets` walks that list)

/**
 * The quoted regions of `text`, a body cut into `paragraphs`. `tokens`, the body's shared
 * tokens when they are made, tell where the marks stand without searching the text again.
 */
export function quotedRegions(text: string, paragraphs: readonly Paragraph[], tokens: Tokens | null = null): Region[] {
  return regionsOfMarks(text, paragraphs, tokens ? markOffsets(tokens) : searchMarks(text));
}

/** The quoted regions of `text` from the offsets of its double quotation marks, ascending. */
export function regionsOfMarks(text: string, paragraphs: readonly Paragraph[], marks: readonly number[]): Region[] {
  const out: Region[] = [];
  let m = 0;
  for (const p of paragraphs) {
    let open = -1;
    // (`marks[m]` is the first mark at or after the paragraph)
    while (m < marks.length && marks[m]! < p.start) m++;
    for (; m < marks.length && marks[m]! < p.end; m++) {
      const i = marks[m]!;
      const c = text.charCodeAt(i);
      const before = i === p.start ? 32 : text.charCodeAt(i - 1);
      const after = i + 1 < p.end ? text.charCodeAt(i + 1) : 32;
      // A mis-directed closing mark opens when it stands after a space and before a word.
      const opensHere = isSpace(before) || before === 0x28 || before === 0x5b || i === p.start;
      let opener: boolean;
      if (OPENERS.has(c)) opener = true;
      else if (CLOSERS.has(c)) opener = open < 0 && opensHere && !isSpace(after);
      else opener = open < 0;
      if (opener) {
        if (open < 0) open = i;
      } else if (open >= 0) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out;
}

/** Offsets of the double quotation marks of `text`, ascending (one native search). */
function searchMarks(text: string): number[] {
  const out: number[] = [];
  MARK.lastIndex = 0;
  // (`test` builds no match object)
  while (MARK.test(text)) out.push(MARK.lastIndex - 1);
  return out;
}

/** The same offsets read from the marked tokens (every mark is a PUNCT token of its own). */
function markOffsets(t: Tokens): number[] {
  const out: number[] = [];
  const { list, count } = markedTokens(t);
  for (let k = 0; k < count; k++) {
    const i = list[k]!;
    if (t.kind[i] === PUNCT && isQuoteMark(t.text.charCodeAt(t.start[i]!))) out.push(t.start[i]!);
  }
  return out;
}

/** The region containing `offset`, or `undefined`. */
export function regionAt(regions: readonly Region[], offset: number): Region | undefined {
  const i = findSpanAt(regions, offset);
  const r = i >= 0 ? regions[i] : undefined;
  return r && offset < r.end ? r : undefined;
}
