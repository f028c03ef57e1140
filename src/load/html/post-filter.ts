/**
 * The post-filter: blocks of the extracted article that are still not the article. The
 * plain-text line rules (`findBoilerplate`: calls to action, story links, paywall tails,
 * related-story rails, cookie and copyright lines) run over the blocks as paragraphs, so both
 * inputs share one set of scoring rules; on top come the rules only markup can tell: captions,
 * blocks made of link text, and a related-stories heading with the links under it.
 */
import { RELATED_HEADINGS } from '../../lexicon/boilerplate.js';
import { findBoilerplate, normalizeLine } from '../../text/boilerplate.js';
import type { ParagraphBlock } from '../../text/paragraphs.js';
import type { Block } from './blocks.js';

/** A list item with at least this share of link text is a link, not article text. */
const LIST_LINK_SHARE = 0.6;
/** A paragraph with at least this share of link text and fewer words is a link. */
const LINK_SHARE = 0.8;
const LINK_MAX_WORDS = 15;
/** Blocks under a related-stories heading that still belong to the rail: short or mostly links. */
const RAIL_MAX_WORDS = 25;
const RAIL_LINK_SHARE = 0.5;

/** The blocks to keep, in order. */
export function postFilter(blocks: readonly Block[]): Block[] {
  const keep = blocks.map((b) => !b.caption && !isLinkBlock(b));
  dropRepeats(blocks, keep);
  dropRelatedRails(blocks, keep);
  dropLineBoilerplate(blocks, keep);
  return blocks.filter((_, i) => keep[i]);
}

/**
 * Paragraphs this long that come again word for word, this many different ones in a row, are a second copy
 * of the layout (a mobile or gated rendering of the article): only the first showing is kept.
 * One repeated paragraph alone may be the article's own (a refrain, a repeated quotation).
 */
const REPEAT_MIN_CHARS = 100;
const REPEAT_MIN_RUN = 3;

function dropRepeats(blocks: readonly Block[], keep: boolean[]): void {
  const seen = new Set<string>();
  let run: number[] = [];
  const end = (): void => {
    if (new Set(run.map((i) => blocks[i]!.text)).size >= REPEAT_MIN_RUN) for (const i of run) keep[i] = false;
    run = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (!keep[i]) continue;
    if (t.length < REPEAT_MIN_CHARS) continue;
    if (seen.has(t)) run.push(i);
    else {
      seen.add(t);
      end();
    }
  }
  end();
}

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const sp = text.charCodeAt(i) === 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

function linkShare(b: Block): number {
  return b.rawChars ? b.linkChars / b.rawChars : 0;
}

function isLinkBlock(b: Block): boolean {
  const share = linkShare(b);
  if (b.listItem) return share >= LIST_LINK_SHARE;
  return share >= LINK_SHARE && words(b.text) < LINK_MAX_WORDS;
}

/** A related-stories heading and the short or link-heavy blocks under it, up to the next prose. */
function dropRelatedRails(blocks: readonly Block[], keep: boolean[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text.length > 60 || !RELATED_HEADINGS.has(normalizeLine(b.text))) continue;
    if (!b.heading && !(linkShare(b) === 0 && i + 1 < blocks.length && linkShare(blocks[i + 1]!) >= RAIL_LINK_SHARE)) continue;
    keep[i] = false;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const n = blocks[j]!;
      if (n.heading && linkShare(n) < RAIL_LINK_SHARE) break;
      if (words(n.text) > RAIL_MAX_WORDS && linkShare(n) < RAIL_LINK_SHARE) break;
      keep[j] = false;
    }
    i = j - 1;
  }
}

/** Run the plain-text line rules over the kept blocks and drop every block they exclude whole. */
function dropLineBoilerplate(blocks: readonly Block[], keep: boolean[]): void {
  const idx: number[] = [];
  const paras: ParagraphBlock[] = [];
  let body = '';
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    if (body) body += '\n\n';
    const start = body.length;
    body += blocks[i]!.text;
    paras.push({ start, end: body.length, textStart: start, bullet: blocks[i]!.listItem, breaksBefore: start ? 2 : 0 });
    idx.push(i);
  }
  const spans = findBoilerplate(body, paras);
  if (!spans.length) return;
  // spans are sorted by start; walk paragraphs and spans together
  let s = 0;
  let reach = -1;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    while (s < spans.length && spans[s]!.start <= p.start) reach = Math.max(reach, spans[s++]!.end);
    if (reach >= p.end) keep[idx[k]!] = false;
  }
}
