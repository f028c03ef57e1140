/**
 * A second opinion on where the article is, for when Readability settles on one part of it:
 * pages built from nested "sections" or "rows" often give every part the same weight, and
 * Readability keeps the one it scored highest. Here each element is scored by the prose it
 * holds (paragraphs of some length, few of their characters in links) less the other text it
 * holds (short lines, link lists, labels), and the best-scoring element is the container. One
 * iterative walk; each element's totals are added to its parent's when the walk leaves it.
 */
import { BLOCK_ELEMENTS, NEVER_TEXT } from '../../lexicon/html.js';
import type { Block } from './blocks.js';
import { chromeWords } from './clean.js';
import { isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** A paragraph with at least this many characters (white space runs counted as one)… */
export const PROSE_MIN_CHARS = 80;
/** …and less than this share of them in links is prose. */
export const PROSE_MAX_LINK_SHARE = 0.3;
/**
 * Kana, CJK ideographs and Hangul (U+3040–U+D7AF) say about as much per character as a short
 * word: each counts as this many characters, so a Chinese paragraph is prose at 27 characters.
 */
const DENSE_WEIGHT = 3;
const DENSE_FROM = 0x3040;
const DENSE_TO = 0xd7af;
const DENSE = /[\u3040-\ud7af]/g;

/** How much a character of other text takes off a container's score. */
const OTHER_WEIGHT = 1;

export interface Container {
  element: DomElement;
  /** Characters of prose inside the element. */
  prose: number;
}

/** Elements whose class or id words are not looked at (`<body class="… sidebar-right">`). */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

const LEAVE = 0;
const LEAVE_A = 1;
const LEAVE_CHROME = 2;

/** The element under `root` (or `root`) holding the most prose less other text; `null` for a page with no prose. */
export function proseContainer(root: DomElement): Container | null {
  const open: DomElement[] = [];
  const prose: number[] = [];
  const other: number[] = [];
  let best: Container | null = null;
  let bestScore = 0;
  let chars = 0;
  let linkChars = 0;
  let space = true;
  let link = 0;
  // inside a block whose class or id names chrome (comments, related stories) that the
  // pre-clean kept for its size, prose counts as other text
  let chrome = 0;
  const flush = (): void => {
    if (!chars) return;
    const top = open.length - 1;
    if (chrome === 0 && chars >= PROSE_MIN_CHARS && linkChars < chars * PROSE_MAX_LINK_SHARE) prose[top]! += chars;
    else other[top]! += chars;
    chars = 0;
    linkChars = 0;
    space = true;
  };
  const stack: Array<DomNode | typeof LEAVE | typeof LEAVE_A | typeof LEAVE_CHROME> = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === LEAVE_A) {
      link--;
      continue;
    }
    if (n === LEAVE_CHROME) {
      flush();
      chrome--;
      continue;
    }
    if (n === LEAVE) {
      flush();
      const i = open.length - 1;
      const el = open.pop()!;
      const p = prose.pop()!;
      const o = other.pop()!;
      const score = p - OTHER_WEIGHT * o;
      // ties go to the deeper element: its children are left before it
      if (score > bestScore) {
        best = { element: el, prose: p };
        bestScore = score;
      }
      if (i > 0) {
        prose[i - 1]! += p;
        other[i - 1]! += o;
      }
      continue;
    }
    if (n.nodeType === TEXT_NODE) {
      const t = n.textContent ?? '';
      const before = chars;
      for (let k = 0; k < t.length; k++) {
        const c = t.charCodeAt(k);
        const blank = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
        if (blank) {
          if (!space) chars++;
          space = true;
        } else {
          chars += c >= DENSE_FROM && c <= DENSE_TO ? DENSE_WEIGHT : 1;
          space = false;
        }
      }
      if (link > 0) linkChars += chars - before;
      continue;
    }
    if (!isElement(n)) continue;
    const name = tagOf(n);
    if (NEVER_TEXT.has(name)) continue;
    if (name === 'a') {
      link++;
      stack.push(LEAVE_A);
    }
    if (BLOCK_ELEMENTS.has(name) || n === root) {
      flush();
      const words = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
      if (words.length > 1 && !CONTAINERS.has(name) && chromeWords(words) !== null) {
        chrome++;
        stack.push(LEAVE_CHROME);
      }
      open.push(n);
      prose.push(0);
      other.push(0);
      stack.push(LEAVE);
    }
    const c = n.childNodes;
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return best;
}

/** A block's length as `proseContainer` counts it (dense scripts weighted). */
export function weightedLength(text: string): number {
  const dense = text.match(DENSE);
  return text.length + (dense ? dense.length * (DENSE_WEIGHT - 1) : 0);
}

/** Whether a block is prose by the measure of `proseContainer`. */
export function isProseBlock(b: Block): boolean {
  return b.linkChars < b.rawChars * PROSE_MAX_LINK_SHARE && weightedLength(b.text) >= PROSE_MIN_CHARS;
}

/** Characters of prose in blocks, by the same measure as `proseContainer`. */
export function proseChars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (isProseBlock(b)) n += weightedLength(b.text);
  return n;
}
