/**
 * The reading view of a Markdown body: the same text with Markdown's syntax blanked out, each
 * character of it a space, so that every offset still points at the same words. Extractors read
 * `said [Jane Doe](https://…)` as `said  Jane Doe ` and `**£4.5 million**` as `  £4.5 million  `;
 * claims are located, and their texts taken, in the body as written.
 *
 * Blanked: a blockquote's `>` and a heading's `#` markers at the start of a line; images
 * (`![alt](src)`) whole; a link's brackets and destination (`[text](url)`, `[text][ref]`); the
 * lines that define link references (`[ref]: url`); emphasis and strike-through delimiters
 * (`*`, `_`, `**`, `__`, `~~`) where they open or close a span, not inside a word (`snake_case`);
 * inline code's backticks; a backslash that escapes punctuation; inline HTML tags (`<br>`,
 * `<em>`). Everything else, code blocks included, is left as written.
 */

import { isWordStart } from './paragraphs.js';

/** A link's destination or an image longer than this is not taken for one (a stray bracket in prose). */
const MAX_DESTINATION = 2048;
/** A link's text longer than this is not taken for one. */
const MAX_LINK_TEXT = 1000;
/** An inline HTML tag longer than this is not taken for one. */
const MAX_TAG = 300;

/**
 * Is a body that is not a `.md` file Markdown all the same: text a page converter wrote as
 * Markdown and saved as `.txt` or in a JSON field? Two inline links to a web address or a path
 * (`](https://`, `](/`) say so: news prose has no such sequence.
 */
export function looksLikeMarkdown(body: string): boolean {
  let links = 0;
  for (let i = body.indexOf(']('); i !== -1 && links < 2; i = body.indexOf('](', i + 2)) {
    const c = body.charCodeAt(i + 2);
    if (c === 0x2f || body.startsWith('http', i + 2)) links++;
  }
  return links >= 2;
}

/** The view of `body`, or `body` itself when it has no Markdown syntax to blank. */
export function markdownView(body: string): string {
  // (the code units, copied on the first blank)
  const view: { codes: Uint16Array | null } = { codes: null };
  const blank = (from: number, to: number): void => {
    const codes = (view.codes ??= codesOf(body));
    for (let i = from; i < to; i++) if (codes[i] !== 10 && codes[i] !== 13) codes[i] = 32;
  };
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    blankLine(body, lineStart, lineEnd, blank);
    lineStart = lineEnd + 1;
  }
  return view.codes === null ? body : decode(view.codes);
}

/** A link reference definition line: `[label]: destination` and an optional title, nothing else. */
const REFERENCE_DEFINITION = /^\[[^\]\n]{1,200}\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*\r?$/;

type Blank = (from: number, to: number) => void;

/** Blanks the syntax of one line `body[start, end)`. */
function blankLine(body: string, start: number, end: number, blank: Blank): void {
  let i = start;
  while (i < end && isBlank(body.charCodeAt(i))) i++;
  // blockquote markers, nested or not: "> ", ">> ", "> > "
  while (i < end && body.charCodeAt(i) === 0x3e) {
    blank(i, i + 1);
    i++;
    while (i < end && isBlank(body.charCodeAt(i))) i++;
  }
  // an ATX heading: one to six "#" and a space
  let h = i;
  while (h < end && h - i < 7 && body.charCodeAt(h) === 0x23) h++;
  if (h > i && h - i <= 6 && (h === end || isBlank(body.charCodeAt(h)))) {
    blank(i, h);
    // and the closing run of "#" after a space, if any
    let e = end;
    while (e > h && isBlank(body.charCodeAt(e - 1))) e--;
    let c = e;
    while (c > h && body.charCodeAt(c - 1) === 0x23) c--;
    if (c < e && c > h && isBlank(body.charCodeAt(c - 1))) blank(c, e);
    i = h;
  }
  // a link reference definition: "[ref]: destination …" is no text
  if (body.charCodeAt(i) === 0x5b && end - i <= MAX_DESTINATION && REFERENCE_DEFINITION.test(body.slice(i, end))) {
    blank(i, end);
    return;
  }
  if (i < end) blankInline(body, i, end, blank, pairsOf(body, i, end));
}

/**
 * Where each `[` and each run of backticks of a line is closed, found in one pass, so that no
 * scan for a closing mark reads the rest of the line again for every opening one (a line of
 * thousands of `[` or backticks stays linear).
 */
interface Pairs {
  /** The `]` matching a `[`, by the `[`'s offset. */
  bracket: Map<number, number>;
  /** The next run of backticks of the same length, by a run's offset. */
  backticks: Map<number, number>;
}

function pairsOf(body: string, from: number, end: number): Pairs {
  const bracket = new Map<number, number>();
  const backticks = new Map<number, number>();
  const open: number[] = [];
  const runs: Array<[number, number]> = [];
  for (let i = from; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) open.push(i);
    else if (c === 0x5d) {
      const o = open.pop();
      if (o !== undefined) bracket.set(o, i);
    } else if (c === 0x60) {
      let n = i;
      while (n < end && body.charCodeAt(n) === 0x60) n++;
      runs.push([i, n - i]);
      i = n - 1;
    }
  }
  // (each run's next of its length: from the last run back)
  const nextOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const [at, length] = runs[k]!;
    const next = nextOfLength.get(length);
    if (next !== undefined) backticks.set(at, next);
    nextOfLength.set(length, at);
  }
  return { bracket, backticks };
}

/** Blanks the inline syntax of `body[from, end)`, one line. */
function blankInline(body: string, from: number, end: number, blank: Blank, pairs: Pairs): void {
  for (let i = from; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      if (i + 1 < end && isAsciiPunct(body.charCodeAt(i + 1))) {
        blank(i, i + 1);
        i++;
      }
      continue;
    }
    if (c === 0x60 /* ` */) {
      // inline code: the backticks go, the code stays
      let n = i;
      while (n < end && body.charCodeAt(n) === 0x60) n++;
      const close = pairs.backticks.get(i);
      if (close !== undefined && close < end) {
        blank(i, n);
        blank(close, close + (n - i));
        i = close + (n - i) - 1;
      } else i = n - 1;
      continue;
    }
    if (c === 0x21 /* ! */ && body.charCodeAt(i + 1) === 0x5b) {
      const link = linkAt(body, i + 1, end, pairs);
      if (link) {
        blank(i, link.end);
        i = link.end - 1;
      }
      continue;
    }
    if (c === 0x5b /* [ */) {
      const link = linkAt(body, i, end, pairs);
      if (link) {
        blank(i, i + 1);
        blank(link.textEnd, link.end);
        blankInline(body, i + 1, link.textEnd, blank, pairs);
        i = link.end - 1;
      }
      continue;
    }
    if (c === 0x3c /* < */) {
      // (the `>` looked for no further than a tag's length, nor past another `<`)
      let close = i + 1;
      while (close < end && close - i <= MAX_TAG && body.charCodeAt(close) !== 0x3e && body.charCodeAt(close) !== 0x3c) close++;
      if (close < end && body.charCodeAt(close) === 0x3e && isTag(body, i, close)) {
        blank(i, close + 1);
        i = close;
      }
      continue;
    }
    if (c === 0x2a || c === 0x5f || c === 0x7e) {
      // a run of "*", "_" or "~~": emphasis or strike-through where it opens or closes a span
      let n = i;
      while (n < end && body.charCodeAt(n) === c) n++;
      if (c === 0x7e && n - i !== 2) {
        i = n - 1;
        continue;
      }
      const before = i > from ? body.charCodeAt(i - 1) : 0x20;
      const after = n < end ? body.charCodeAt(n) : 0x20;
      const opens = !isBlank(after) && !(isWordStart(before) && (c === 0x5f || isWordStart(after)));
      const closes = !isBlank(before) && !(isWordStart(after) && (c === 0x5f || isWordStart(before)));
      if (n - i <= 3 && (opens || closes) && !(isBlank(before) && isBlank(after))) blank(i, n);
      i = n - 1;
    }
  }
}

/** The link whose text opens with `[` at `open`: where its text ends (`]`) and where it ends. */
function linkAt(body: string, open: number, end: number, pairs: Pairs): { textEnd: number; end: number } | null {
  const k = pairs.bracket.get(open);
  if (k === undefined || k >= end || k - open > MAX_LINK_TEXT) return null;
  const next = body.charCodeAt(k + 1);
  if (next === 0x28 /* ( */) {
    // the destination, with balanced parentheses, on this line; a title after a space in quotes
    // (`[a](url "t")`); no bracket (the scan stops there: a line of links is read once)
    let d = 0;
    for (let j = k + 1; j < end && j - k <= MAX_DESTINATION; j++) {
      const c = body.charCodeAt(j);
      if (c === 0x5b || c === 0x5d) return null;
      if (c === 0x28) d++;
      else if (c === 0x29 && --d === 0) return { textEnd: k, end: j + 1 };
    }
    return null;
  }
  if (next === 0x5b /* [ */) {
    const close = pairs.bracket.get(k + 1);
    if (close !== undefined && close < end && close - k <= MAX_LINK_TEXT) return { textEnd: k, end: close + 1 };
  }
  return null;
}

/** `<tag …>`, `</tag>` or `<tag/>`: a letter after `<` (or `/`), no `<` inside. */
function isTag(body: string, open: number, close: number): boolean {
  let k = open + 1;
  if (body.charCodeAt(k) === 0x2f) k++;
  const c = body.charCodeAt(k);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  return body.indexOf('<', open + 1) === -1 || body.indexOf('<', open + 1) > close;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

function codesOf(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function decode(codes: Uint16Array): string {
  const parts: string[] = [];
  // (in slices: String.fromCharCode takes its arguments on the stack)
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join('');
}
