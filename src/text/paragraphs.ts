/**
 * Paragraphs of a plain-text body with exact offsets.
 *
 * A paragraph is a block of lines between blank lines, except that a block's lines are each a
 * paragraph of their own unless the block is hard-wrapped prose (lines broken mid-sentence at
 * a fixed width, as in e-mail or terminal text). In a text with such blocks, a short block the
 * test cannot judge (two lines: a quotation and "Doe said.") is joined where the wrapping tool
 * broke it: where the next line's first word would not have fitted on the line. In a wrapped
 * block (paragraphs with no blank line between), a paragraph ends at a short line, at a
 * sentence's end after which the next word would have fitted, and before a line indented further
 * than the block's lines. Bullet lines always start a paragraph.
 * Offsets are 0-based UTF-16 code units, half-open; `\r` of CRLF line ends never lies inside a
 * paragraph because spans are trimmed.
 */

/** A paragraph as the segmenter sees it, with what boilerplate detection needs to know. */
export interface ParagraphBlock {
  /** Offset of the first non-space character (a bullet marker, if any). */
  start: number;
  /** Offset one past the last non-space character. */
  end: number;
  /** Offset where the text starts after a bullet marker and its spaces (`start` if none). */
  textStart: number;
  /** True when the paragraph is a bullet or numbered list item. */
  bullet: boolean;
  /** Line breaks between the end of the previous paragraph (or the start of the body) and this one. */
  breaksBefore: number;
}

interface Line {
  /** Trimmed start and end of the line's text. */
  start: number;
  end: number;
  /** 0-based line number. */
  no: number;
  /** End of the bullet marker and the spaces after it; -1 when the line is no bullet. */
  marker: number;
}

/** True for the characters `String.prototype.trim` removes. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Bullet characters that open a list item when followed by a space (or standing alone). */
const BULLET_MARKS = new Set([
  0x2a /* * */, 0x2022 /* • */, 0x2d /* - */, 0x2013 /* – */, 0x2014 /* — */, 0xb7 /* · */,
  0x25aa /* ▪ */, 0x25cf /* ● */, 0x25e6 /* ◦ */, 0x2023 /* ‣ */, 0x25cb /* ○ */, 0x25a0 /* ■ */,
  0x25ba /* ► */, 0x2043 /* ⁃ */, 0x2219 /* ∙ */,
]);

/**
 * Where the text of a list item starts, after its marker and the spaces that follow; -1 when
 * the text at `start` is not a list item. Markers: a bullet character, or `1.`/`1)` numbering
 * (at most three digits, so a year opening a line is not taken for one).
 */
export function bulletEnd(text: string, start: number, end: number): number {
  let i = start;
  const c = text.charCodeAt(i);
  if (BULLET_MARKS.has(c)) i++;
  else {
    while (i < end && i - start < 3 && isDigit(text.charCodeAt(i))) i++;
    if (i === start || i >= end) return -1;
    const d = text.charCodeAt(i);
    if (d !== 0x2e && d !== 0x29) return -1;
    i++;
  }
  if (i < end && !isSpace(text.charCodeAt(i))) return -1;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Split `text` into paragraphs; see the module comment for the rules. */
export function findParagraphs(text: string): ParagraphBlock[] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    blocks.push(block);
    block = [];
  };
  let no = 0;
  let ls = 0;
  const n = text.length;
  while (ls <= n) {
    let le = text.indexOf('\n', ls);
    if (le === -1) le = n;
    let s = ls;
    let e = le;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) flush();
    else block.push({ start: s, end: e, no, marker: bulletEnd(text, s, e) });
    no++;
    ls = le + 1;
  }
  flush();
  const wrapped = blocks.map((b) => isWrapped(text, b));
  const width = wrapWidths(text, blocks, wrapped);
  const out: ParagraphBlock[] = [];
  // Line number of the previous paragraph's last line; 0 before the first, so that the first
  // paragraph's `breaksBefore` counts the line breaks before it.
  let lastLine = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    emitBlock(text, b, out, lastLine, wrapped[k]!, width);
    lastLine = b[b.length - 1]!.no;
  }
  return out;
}

/** The widths a text may have been wrapped at: from `lo` to `hi` (`null`: no block is wrapped). */
interface WrapWidths {
  lo: number;
  hi: number;
}

/**
 * The widths a text may have been wrapped at, from its wrapped blocks. A tool wrapping at `w`
 * makes no line longer than `w`, and breaks a line only where the next word would not fit: so
 * `w` is at least the widest line and below every broken line's length plus one plus the next
 * line's first word.
 */
function wrapWidths(text: string, blocks: readonly Line[][], wrapped: readonly boolean[]): WrapWidths | null {
  let widest = 0;
  let below = Infinity;
  for (let k = 0; k < blocks.length; k++) {
    if (!wrapped[k]) continue;
    const lines = blocks[k]!;
    let blockWidest = 0;
    for (const l of lines) blockWidest = Math.max(blockWidest, l.end - l.start);
    widest = Math.max(widest, blockWidest);
    for (let j = 0; j + 1 < lines.length; j++) {
      const l = lines[j]!;
      const n = l.end - l.start;
      // (the breaks emitBlock joins: a wide line, no list item after it)
      if (n >= blockWidest * 0.6 && lines[j + 1]!.marker === -1) below = Math.min(below, n + 1 + firstWordLength(text, lines[j + 1]!));
    }
  }
  if (widest === 0) return null;
  return { lo: widest, hi: Math.max(widest, below === Infinity ? widest : below - 1) };
}

function firstWordLength(text: string, l: Line): number {
  let w = l.start;
  while (w < l.end && !isSpace(text.charCodeAt(w))) w++;
  return w - l.start;
}

/**
 * Could the break after `l` have been made by the tool that wrapped the text: at some width it
 * may have used, the line fits and the next line's first word would not have fitted after it?
 */
function brokenAtWidth(text: string, l: Line, next: Line, width: WrapWidths): boolean {
  const n = l.end - l.start;
  return n <= width.hi && n + 1 + firstWordLength(text, next) > width.lo && proseBreak(text, l, next);
}

/**
 * Could the break between `l` and `next` fall inside prose: prose goes on with a word, a number,
 * a sum or a quotation; not after a table row or a Markdown heading, nor into one or a code fence.
 */
function proseBreak(text: string, l: Line, next: Line): boolean {
  const c = text.charCodeAt(next.start);
  return text.charCodeAt(l.end - 1) !== 0x7c && text.charCodeAt(l.start) !== 0x23 && (isWordStart(c) || PROSE_OPENERS.has(c));
}

/** Besides letters and digits, what a wrapped line of prose may begin with: quotation marks, brackets, currency signs, dashes, an ellipsis. */
const PROSE_OPENERS = new Set([0x22, 0x27, 0x201c, 0x2018, 0xab, 0x28, 0x5b, 0xa3, 0x24, 0x20ac, 0xa5, 0x2014, 0x2013, 0x2026]);

/** A letter or digit (any script). */
export function isWordStart(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x0660 && c <= 0x0669);
}

const STOPS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3a, 0x22, 0x201d, 0x2019, 0x29, 0x3b]);

/** True when a line ends where a sentence could not go on (`.`, `!`, `?`, `:`, a closing quote…). */
function endsClosed(text: string, l: Line): boolean {
  return STOPS.has(text.charCodeAt(l.end - 1));
}

function startsLower(text: string, l: Line): boolean {
  const c = text.charCodeAt(l.start);
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = text[l.start]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Widest line a hard-wrapped text is expected to have. */
const WRAP_MAX = 100;
/** Narrowest wrap width taken for one: shorter lines are a list or verse, not wrapped prose. */
const WRAP_MIN = 50;

/**
 * A block is hard-wrapped when its lines are of wrap width (most of them near the widest, which
 * is between `WRAP_MIN` and `WRAP_MAX`) and at least a third of its line breaks fall inside a
 * sentence (no stop before, a lower-case word or a comma-continued clause after).
 */
function isWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < 2) return false;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  if (width < WRAP_MIN || width > WRAP_MAX) return false;
  let wide = 0;
  for (let j = 0; j < lines.length - 1; j++) if (lines[j]!.end - lines[j]!.start >= width * 0.7) wide++;
  if (wide * 2 < lines.length - 1) return false;
  let joins = 0;
  let breaks = 0;
  for (let j = 0; j < lines.length - 1; j++) {
    const l = lines[j]!;
    if (l.end - l.start > WRAP_MAX) return false;
    const next = lines[j + 1]!;
    if (next.marker !== -1) continue;
    breaks++;
    const last = text.charCodeAt(l.end - 1);
    // (or a full line of prose whose next word would not have fitted on it: "… baseman Mark" /
    // "Teixeira …"; not a line in title case, as in a list of headlines)
    if (!endsClosed(text, l) && (startsLower(text, next) || last === 0x2c || last === 0x2d || (l.end - l.start + 1 + firstWordLength(text, next) > width && proseBreak(text, l, next) && !isTitleCase(text, l)))) joins++;
  }
  return joins > 0 && joins * 3 >= breaks;
}

/** Three in four or more of a line's words that open with a letter open with a capital ("Paris Climate Agreement Adopted In Paris"). */
function isTitleCase(text: string, l: Line): boolean {
  let words = 0;
  let caps = 0;
  for (let i = l.start; i < l.end; i++) {
    if (i > l.start && !isSpace(text.charCodeAt(i - 1))) continue;
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    words++;
    if (c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase()) caps++;
  }
  return words > 0 && caps * 4 >= words * 3;
}

/** How many spaces or tabs stand before a line's text. */
function indentOf(text: string, l: Line): number {
  let s = l.start;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  return l.start - s;
}

/** The indentation most lines of a block have (the least of the most common, on a tie). */
function commonIndent(text: string, lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = indentOf(text, l);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [n, c] of counts) if (c > most || (c === most && n < best)) [best, most] = [n, c];
  return best;
}

/**
 * The paragraphs of one block: its lines joined where it is wrapped (`wrapped`), else each line
 * its own unless the text's wrap widths (`textWidth`, null for none) show the break was a wrap.
 */
function emitBlock(text: string, lines: Line[], out: ParagraphBlock[], prevLine: number, wrapped: boolean, textWidth: WrapWidths | null): void {
  let width = 0;
  if (wrapped) for (const l of lines) width = Math.max(width, l.end - l.start);
  // (the indentation most of a wrapped block's lines have: a line indented further opens a
  // paragraph, as first lines are in wrapped text without blank lines)
  const base = wrapped ? commonIndent(text, lines) : 0;
  let cur: ParagraphBlock | null = null;
  let prev: Line | null = null;
  let prevEndLine = prevLine;
  for (const l of lines) {
    const startsNew =
      cur === null ||
      l.marker !== -1 ||
      (wrapped
        ? // in wrapped text a short line ends its paragraph (a last line, or a heading), and so
          // does a line after which the next word would have fitted, at a sentence's end
          prev !== null &&
          ((prev.end - prev.start < width * 0.6 && text.charCodeAt(prev.end - 1) !== 0x2c) ||
            (textWidth !== null && endsClosed(text, prev) && prev.end - prev.start + 1 + firstWordLength(text, l) <= textWidth.lo) ||
            (indentOf(text, l) > base && indentOf(text, prev) <= base && endsClosed(text, prev)))
        : textWidth === null || !brokenAtWidth(text, prev!, l, textWidth) || (endsClosed(text, prev!) && indentOf(text, l) > indentOf(text, prev!)));
    if (startsNew) {
      if (cur) out.push(cur);
      cur = {
        start: l.start,
        end: l.end,
        textStart: l.marker === -1 ? l.start : l.marker,
        bullet: l.marker !== -1,
        breaksBefore: l.no - prevEndLine,
      };
    } else cur!.end = l.end;
    prev = l;
    prevEndLine = l.no;
  }
  if (cur) out.push(cur);
}
