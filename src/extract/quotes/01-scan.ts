/**
 * Step 1, find: pair quotation marks into quotations with one forward scan per paragraph
 * (linear time; the one regular expression on the text is a character class that lists where
 * the marks stand, so the scan visits marks, not every character).
 *
 * A mark's role comes from its context before its glyph: white space (or an opening bracket,
 * a dash, a colon) before it and a word after it opens; a word or punctuation before it and
 * white space or punctuation after it closes; the glyph decides only when the context does
 * not. So `”The …` opens, and a straight `"` works both ways.
 *
 * Recovery from malformed marks, so one bad mark never swallows the article:
 * - a quotation is never longer than its paragraph, except that a paragraph that leaves a
 *   quotation open continues it in the next paragraph when that one opens with a mark of
 *   the same family (the newspaper convention for quotes of several paragraphs);
 * - a mark that can only open, met while a quotation of its family is open, ends that
 *   quotation just before it (`reopened`) and opens a new one;
 * - a quotation still open at the end of its paragraph, with no continuation, ends with the
 *   paragraph (`unclosed`);
 * - single marks are apostrophes when a letter stands on both sides (`Leeds’s`), before a
 *   decade or year (`’90s`), after a plural `s` (`parents’ `) or in elisions (`’em`); a single
 *   quotation still open at the end of its paragraph is dropped and the paragraph is read again
 *   without single quotes (at most twice per paragraph, so the scan stays linear);
 * - single marks and guillemets inside a double quotation are nested quotes and ignored, and
 *   double marks inside a single quotation likewise;
 * - marks inside excluded regions (CMS markup, boilerplate) are never read: the live text
 *   of a paragraph is split at excluded regions, and no quotation crosses one;
 * - marks around no letter at all (`"2012"`, `“.”`, runs of stray marks) quote no words
 *   and make no quotation.
 */
import type { Segmented } from '../../schema.js';
import { stopped, type ExtractContext } from '../context.js';
import { QUOTE_MARK_BY_CODE, TWO_APOSTROPHES, type QuoteFamily, type QuoteMark } from '../../lexicon/quote-marks.js';
import { isSpace } from '../../text/paragraphs.js';

/** A span of quoted words inside one paragraph, without the marks, trimmed. */
export interface QuotePiece {
  start: number;
  end: number;
  /** Index of the paragraph the piece stands in. */
  paragraph: number;
}

/** A quotation as found: where its marks stand and what words it holds. */
export interface FoundQuote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset one past the closing mark (both code units of `''`), or one past the last quoted character when unclosed. */
  end: number;
  family: QuoteFamily;
  /** The quoted words, one piece per paragraph. */
  pieces: QuotePiece[];
  /** How the quotation ended: a closing mark, a new opening mark, or the paragraph end. */
  ending: 'closed' | 'reopened' | 'unclosed';
  /** Offset of the closing mark, or -1. */
  closeMark: number;
}

/** A stretch of live (not excluded) text inside one paragraph. */
interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** True when the unit starts where its paragraph starts (it may continue a quotation). */
  first: boolean;
}

/** Quotation mark code units, as a table. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of QUOTE_MARK_BY_CODE.keys()) if (c >= 0 && c < 0x10000) IS_MARK[c] = 1;

/** Any quotation mark: a character class of the lexicon's marks (built from it, so it stays in step). */
const ANY_MARK = new RegExp(
  `[${[...QUOTE_MARK_BY_CODE.keys()]
    .filter((c) => c >= 0 && c < 0x10000)
    .map((c) => `\\u${c.toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

/** Offsets of every quotation mark of the body, ascending (one native scan of the text). */
function markOffsets(body: string): number[] {
  const out: number[] = [];
  ANY_MARK.lastIndex = 0;
  // (`test` builds no match object; every mark is one code unit)
  while (ANY_MARK.test(body)) out.push(ANY_MARK.lastIndex - 1);
  return out;
}

/** Index of the first of the ascending `offsets` at or after `from`. */
function firstAtOrAfter(offsets: number[], from: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ELISIONS = new Set(['em', 'tis', 'twas', 'til', 'cause', 'n', 'round', 'bout', 'ol', 'nuff', 'kay']);

function isWordChar(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = body[i]!;
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0x660 && c <= 0x669);
}

function isLetter(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = body[i]!;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters after which a mark may open: brackets, dashes, slashes, colons, other marks. */
function opensAfter(c: number): boolean {
  return (
    c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x3a ||
    c === 0x2015 || QUOTE_MARK_BY_CODE.has(c)
  );
}

/** Characters before which a mark may close: punctuation, brackets, dashes, other marks. */
function closesBefore(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d ||
    c === 0x7d || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2026 || c === 0x2f || QUOTE_MARK_BY_CODE.has(c)
  );
}

type Role = 'open' | 'close' | 'either' | 'apostrophe';

/**
 * Width in code units of the mark at `i` (inside `[a, b)`): 2 for two apostrophes read as one
 * double mark (`''`), else 1. In a run of three (`'''`), the pair stands on the side away from
 * the words: `,'''` closes a nested single then the double; `'''We` opens the double then a
 * nested single. So at the first of three, a word before means a single mark here.
 */
export function markWidth(body: string, i: number, a: number, b: number): number {
  if (body.charCodeAt(i) !== 0x27) return 1;
  let r0 = i;
  while (r0 > a && i - r0 < 3 && body.charCodeAt(r0 - 1) === 0x27) r0--;
  let r1 = i + 1;
  while (r1 < b && r1 - i < 3 && body.charCodeAt(r1) === 0x27) r1++;
  const run = r1 - r0;
  if (run === 2) return i === r0 ? 2 : 1;
  if (run !== 3) return 1;
  const closing = r0 > a && !isSpace(body.charCodeAt(r0 - 1)) && !opensAfter(body.charCodeAt(r0 - 1));
  return i === (closing ? r0 + 1 : r0) ? 2 : 1;
}

/** The mark at `i` of width `w` (see markWidth). */
function markOf(body: string, i: number, w: number): QuoteMark {
  return w === 2 ? TWO_APOSTROPHES : QUOTE_MARK_BY_CODE.get(body.charCodeAt(i))!;
}

/** The role of the mark at `i` (of width `w`) in the unit `[a, b)`, from its context and glyph. */
export function markRole(body: string, i: number, a: number, b: number, w = 1): Role {
  const mark = markOf(body, i, w);
  const prev = i > a ? body.charCodeAt(i - 1) : -1;
  const next = i + w < b ? body.charCodeAt(i + w) : -1;
  const spaceBefore = prev === -1 || isSpace(prev) || opensAfter(prev);
  const spaceAfter = next === -1 || isSpace(next) || closesBefore(next);
  if (mark.family === 'single') {
    if (i > a && i + 1 < b && isLetter(body, i - 1) && isWordChar(body, i + 1)) return 'apostrophe';
    if (spaceBefore && next !== -1 && isDigit(next) && mark.direction !== 'open') return 'apostrophe';
    if (spaceBefore && next !== -1 && mark.direction !== 'open' && ELISIONS.has(wordAt(body, i + 1, b))) return 'apostrophe';
    if (!spaceBefore && spaceAfter && (prev === 0x73 || prev === 0x53) && mark.direction !== 'open') return 'either';
  }
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  if (mark.direction === 'open') return 'open';
  if (mark.direction === 'close') return 'close';
  return 'either';
}

/** Lower-case letters of the word starting at `i` (at most eight). */
function wordAt(body: string, i: number, b: number): string {
  let j = i;
  while (j < b && j - i < 8 && isLetter(body, j)) j++;
  return body.slice(i, j).toLowerCase();
}

/** Live stretches of each paragraph: paragraphs cut at excluded regions. */
export function unitsOf(doc: Segmented): Unit[] {
  const out: Unit[] = [];
  const ex = doc.excluded;
  let k = 0;
  for (const p of doc.paragraphs) {
    let from = p.start;
    while (k < ex.length && ex[k]!.end <= from) k++;
    let j = k;
    let first = true;
    while (from < p.end) {
      const e = j < ex.length ? ex[j]! : undefined;
      if (e && e.start <= from) {
        from = Math.max(from, e.end);
        first = false;
        j++;
        continue;
      }
      const to = e && e.start < p.end ? e.start : p.end;
      if (to > from) out.push({ start: from, end: to, paragraph: p.index, first });
      first = false;
      from = to;
    }
  }
  return out;
}

/** Trimmed `[start, end)`: white space cut from both ends. */
function trim(body: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return [start, end];
}

interface Open {
  family: QuoteFamily;
  start: number;
  pieces: QuotePiece[];
  /** Start of the current piece's words. */
  from: number;
  paragraph: number;
}

/** First mark of a unit, when the unit opens with a quotation mark (after a bullet, if any). */
function leadingMark(body: string, u: Unit): number {
  let i = u.start;
  while (i < u.end && isSpace(body.charCodeAt(i))) i++;
  const c = body.charCodeAt(i);
  if ((c === 0x2a || c === 0x2022 || c === 0x2d || c === 0x2013 || c === 0x2014) && i + 1 < u.end && isSpace(body.charCodeAt(i + 1))) {
    i++;
    while (i < u.end && isSpace(body.charCodeAt(i))) i++;
  }
  return i < u.end && QUOTE_MARK_BY_CODE.has(body.charCodeAt(i)) ? i : -1;
}

/** The mark at a unit's leading mark `lead`, with its width. */
function leadMark(body: string, lead: number, u: Unit): [QuoteMark, number] {
  const w = markWidth(body, lead, u.start, u.end);
  return [markOf(body, lead, w), w];
}

/** True when `next` is a new paragraph that opens with a mark of the open quotation's family. */
function continuesIn(body: string, open: Open, unit: Unit, next: Unit | undefined): boolean {
  if (!next || !next.first || next.paragraph === unit.paragraph) return false;
  const lead = leadingMark(body, next);
  return lead >= 0 && leadMark(body, lead, next)[0].family === open.family;
}

/**
 * Every quotation of the article, in order of start. See the module comment for the rules.
 * With `ctx.limit`, the scan stops at the first mark outside a quotation once it has found that
 * many, and says where (`stopped`).
 */
export function scanQuotes(doc: Segmented, ctx?: ExtractContext): FoundQuote[] {
  const body = doc.article.body;
  const units = unitsOf(doc);
  const marks = markOffsets(body);
  const out: FoundQuote[] = [];
  const stop: Stop = { limit: ctx?.limit ?? Infinity, at: -1 };
  let carry: Open | null = null;
  for (let u = 0; u < units.length && stop.at < 0; u++) {
    const unit = units[u]!;
    let startAt = unit.start;
    if (carry) {
      // The previous paragraph left a quotation open: this one continues it only if it
      // opens with a mark of the same family.
      const lead = unit.first && units[u - 1]!.paragraph !== unit.paragraph ? leadingMark(body, unit) : -1;
      const [m, w] = lead >= 0 ? leadMark(body, lead, unit) : [undefined, 1];
      if (m && m.family === carry.family && markRole(body, lead, unit.start, unit.end, w) !== 'close') {
        carry.from = lead + w;
        carry.paragraph = unit.paragraph;
        startAt = lead + w;
      } else {
        keep(out, finish(carry, 'unclosed', -1, body), body);
        carry = null;
      }
    }
    carry = scanUnit(body, unit, startAt, carry, out, true, marks, stop);
    if (carry && carry.family === 'single' && carry.start >= unit.start && !continuesIn(body, carry, unit, units[u + 1])) {
      // An unclosed single quotation is more likely an apostrophe: read again without singles.
      carry = scanUnit(body, unit, carry.start + 1, null, out, false, marks, stop);
    }
    if (!carry) continue;
    const [, e] = trim(body, carry.from, unit.end);
    carry.pieces.push({ start: carry.from, end: e, paragraph: unit.paragraph });
    if (!continuesIn(body, carry, unit, units[u + 1])) {
      keep(out, finish(carry, 'unclosed', -1, body), body);
      carry = null;
    }
  }
  if (carry) keep(out, finish(carry, 'unclosed', -1, body), body);
  if (stop.at >= 0 && ctx) stopped(ctx, stop.at);
  return out.sort((a, b) => a.start - b.start);
}

/** Where a scan with a limit stopped (`at`, -1 while it runs). */
interface Stop {
  limit: number;
  at: number;
}

/** Adds a found quotation to `out` if it quotes words (see `hasLetter`). */
function keep(out: FoundQuote[], q: FoundQuote, body: string): void {
  for (const p of q.pieces) {
    if (hasLetter(body, p.start, p.end)) {
      out.push(q);
      return;
    }
  }
}

/**
 * True when `[start, end)` holds a letter. A quotation quotes words: marks around nothing
 * but digits, punctuation or other marks (`"2012"`, `“.”`, a run of stray marks) are no
 * quotation, and a line of thousands of such marks would otherwise make a claim of each.
 */
function hasLetter(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isLetter(body, i)) return true;
  return false;
}

/**
 * Scan one unit from `from`, with `open` carried in from the previous paragraph. Finished
 * quotations go to `out`; the quotation still open at the unit's end is returned.
 */
function scanUnit(body: string, unit: Unit, from: number, open: Open | null, out: FoundQuote[], singles: boolean, marks: number[], stop: Stop): Open | null {
  let k = firstAtOrAfter(marks, from);
  for (let i = from; i < unit.end; i++) {
    // Every other character was passed over: go straight to the next mark at or after `i`.
    while (k < marks.length && marks[k]! < i) k++;
    if (k === marks.length || marks[k]! >= unit.end) break;
    i = marks[k]!;
    if (open === null && out.length >= stop.limit) {
      // (every quotation not found yet opens at this mark or after it)
      stop.at = i;
      return null;
    }
    const c = body.charCodeAt(i);
    if (IS_MARK[c] !== 1) continue;
    const w = c === 0x27 ? markWidth(body, i, unit.start, unit.end) : 1;
    const mark = markOf(body, i, w);
    if (mark.family === 'single' && !singles) continue;
    const role = markRole(body, i, unit.start, unit.end, w);
    if (role === 'apostrophe') continue;
    if (!open) {
      if (role === 'close') {
        i += w - 1;
        continue; // a stray closing mark
      }
      if (role === 'either' && mark.family === 'single') continue;
      if (mark.family === 'single' && !(i + 1 < unit.end && isWordChar(body, i + 1))) continue;
      open = { family: mark.family, start: i, pieces: [], from: i + w, paragraph: unit.paragraph };
      i += w - 1;
      continue;
    }
    if (mark.family !== open.family) {
      i += w - 1;
      continue; // a nested quotation of another family
    }
    if (role === 'open' && (mark.family !== 'single' || mark.direction === 'open')) {
      // A second opening mark before the first closed: end the first just before it.
      const [, e] = trim(body, open.from, i);
      open.pieces.push({ start: open.from, end: e, paragraph: unit.paragraph });
      keep(out, finish(open, 'reopened', -1, body), body);
      if (out.length >= stop.limit) {
        // (the next quotation would open here)
        stop.at = i;
        return null;
      }
      open = { family: mark.family, start: i, pieces: [], from: i + w, paragraph: unit.paragraph };
      i += w - 1;
      continue;
    }
    if (role === 'open') continue;
    open.pieces.push({ start: open.from, end: i, paragraph: unit.paragraph });
    keep(out, finish(open, 'closed', i, body, w), body);
    open = null;
    i += w - 1;
  }
  return open;
}

function finish(o: Open, ending: FoundQuote['ending'], closeMark: number, body: string, closeWidth = 1): FoundQuote {
  const pieces: QuotePiece[] = [];
  for (const p of o.pieces) {
    const [s, e] = trim(body, p.start, p.end);
    if (e > s) pieces.push({ start: s, end: e, paragraph: p.paragraph });
  }
  const last = pieces[pieces.length - 1];
  const end = closeMark >= 0 ? closeMark + closeWidth : last ? last.end : o.start + 1;
  return { start: o.start, end, family: o.family, pieces, ending, closeMark };
}

/** The quoted words of a quotation: its pieces joined with one space. */
export function quoteText(body: string, q: FoundQuote): string {
  // (most quotations stand in one paragraph: no array to join)
  if (q.pieces.length === 1) return body.slice(q.pieces[0]!.start, q.pieces[0]!.end);
  return q.pieces.map((p) => body.slice(p.start, p.end)).join(' ');
}
