/**
 * HTML → article text. A saved page becomes the body that claims are extracted from: the
 * article's headings, paragraphs, list items and blockquotes, one paragraph each with a blank
 * line between them, and none of the page's chrome (navigation, share bars, teasers for other
 * stories, cookie and newsletter prompts, paywall prompts, captions, comments).
 *
 * Stages (each in `./html/`):
 * 1. `guard`: pages nesting deeper than `MAX_DEPTH`, longer than `MAX_CHARS` once their
 *    scripts, styles and inline data are cut (`strip`), with more
 *    than `MAX_TEXT_ANGLES` `<` in their text or more than `MAX_TAGS` start tags take the
 *    one-pass `stream` path (linkedom, Readability and htmlparser2 slow down sharply on them).
 * 2. `metadata`: one walk collects JSON-LD, meta tags, `<title>`, `<time>`, before anything
 *    mutates the tree.
 * 3. `clean`: chrome removed by element, role, class/id words and hidden state.
 * 4. `readability`: Mozilla Readability finds the article's container (skipped for short pages,
 *    whose cleaned text is the article).
 * 5. `blocks` + `post-filter`: block text, then captions, link blocks, related rails and the
 *    plain-text line rules (shared with `.txt` inputs) removed.
 * 6. `lines`: each paragraph's 1-based line in the HTML source.
 *
 * Measured with `npm run eval:html` (see `bench/eval-html.js`).
 */
import { load } from 'cheerio/slim';
import { parseHTML } from 'linkedom';
import { blocksOf, normaliseSpace, type Block } from './html/blocks.js';
import { oneDocument, removeChrome } from './html/clean.js';
import { isProseBlock, proseChars, proseContainer } from './html/container.js';
import type { DomDocument, DomElement } from './html/dom.js';
import { angleCounts, maxDepth } from './html/guard.js';
import { paragraphLines } from './html/lines.js';
import { collectFacts, resolveMetadata, type MetaFacts, type PageMeta } from './html/metadata.js';
import { postFilter } from './html/post-filter.js';
import { readabilityArticle } from './html/readability.js';
import { decodeEntities, streamBlocks } from './html/stream.js';
import { stripInert } from './html/strip.js';
import { domhandlerTree, domTree } from './html/tree.js';

/** What a saved page becomes: its metadata (without the JSON-LD cross-check) and its body. */
export interface HtmlText extends Omit<PageMeta, 'articleBody'> {
  /** The body text: one paragraph per block, a blank line (`\n\n`) between paragraphs. */
  body: string;
  /** For each body paragraph, in order, the 1-based line of the HTML source where its text starts. */
  paragraphLines: number[];
}

export interface HtmlOptions {
  /** Keep the whole visible text: no chrome removal, no Readability, no post-filter. */
  keepBoilerplate?: boolean;
  /** The page's URL when known from outside (used for a date in its path when the page has none). */
  url?: string;
}

/** Pages nesting deeper than this take the iterative path. */
export const MAX_DEPTH = 250;
/**
 * Pages longer than this (UTF-16 units) without their inert parts (`stripInert`) take the
 * iterative path. The inert parts do not count: a page saved as one file with its images inline
 * and megabytes of script is an ordinary article for the DOM path.
 */
export const MAX_CHARS = 5_000_000;
/** Pages with more `<` in their text than this (each a DOM node of its own) take the iterative path. */
export const MAX_TEXT_ANGLES = 10_000;
/** Pages with more start tags than this take the iterative path (real pages: at most ~10,000). */
export const MAX_TAGS = 100_000;
/** A page whose cleaned text is shorter than this (characters) is all article: Readability is skipped. */
const SHORT_PAGE_CHARS = 500;

export function htmlToText(html: string, options: HtmlOptions = {}): HtmlText {
  if (maxDepth(html, MAX_DEPTH) > MAX_DEPTH) return iterativePath(html, options);
  const lean = stripInert(html);
  if (lean.length > MAX_CHARS) return iterativePath(html, options);
  const counts = angleCounts(lean, MAX_TEXT_ANGLES, MAX_TAGS);
  if (counts.text > MAX_TEXT_ANGLES || counts.tags > MAX_TAGS) return iterativePath(html, options);
  // linkedom takes a fragment's first element for the document element: give it a root
  const page = /<html[\s>]/i.test(lean) ? lean : `<html>${lean}</html>`;
  const { document } = parseHTML(page) as unknown as { document: DomDocument };
  const facts = collectFacts(domTree, document);
  const root: DomElement | null = oneDocument(document);
  let blocks: Block[] = [];
  if (root && options.keepBoilerplate) blocks = blocksOf(domTree, root);
  else if (root) {
    removeChrome(root);
    // chrome is gone already (with the share guard that blocksOf's skipChrome lacks)
    const whole = postFilter(blocksOf(domTree, root));
    if (chars(whole) < SHORT_PAGE_CHARS) blocks = whole;
    else {
      // the second opinion is read before Readability, which moves nodes about
      const container = proseContainer(root);
      const second = !container ? null : container.element === root ? whole : postFilter(blocksOf(domTree, container.element));
      if (second && isClean(whole, second)) blocks = second;
      else {
        const article = readabilityArticle(document);
        blocks = article ? postFilter(blocksOf(domTree, article)) : whole;
        if (!blocks.length) blocks = whole;
        else if (second && prefersSecond(blocks, second)) blocks = second;
      }
    }
  }
  return finish(html, facts, blocks, options);
}

/**
 * Pages too deep or too large for the DOM path: metadata from the head (parsed alone, it is
 * shallow), block text from one pass over the tags (`stream`). No article detection: chrome
 * goes by element, role and hidden state, then the post-filter runs.
 */
function iterativePath(html: string, options: HtmlOptions): HtmlText {
  const bodyAt = html.search(/<body[\s>]/i);
  const $ = load(bodyAt === -1 ? '' : html.slice(0, bodyAt));
  const facts = collectFacts(domhandlerTree, $.root().get(0)!);
  const blocks = streamBlocks(html, { skipChrome: !options.keepBoilerplate });
  return finish(html, facts, options.keepBoilerplate ? blocks : postFilter(blocks), options);
}

function finish(html: string, facts: MetaFacts, blocks: readonly Block[], options: HtmlOptions): HtmlText {
  let paragraphs = blocks.map((b) => b.text);
  const meta = resolveMetadata(facts, paragraphs, options.url);
  if (!options.keepBoilerplate && meta.articleBody) paragraphs = crossCheck(paragraphs, meta.articleBody);
  const headline = options.keepBoilerplate ? null : missingHeadline(facts.firstH1, meta.title, paragraphs);
  if (headline) paragraphs.unshift(headline);
  return {
    body: paragraphs.join('\n\n'),
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    publisher: meta.publisher,
    url: meta.url,
    language: meta.language,
    paragraphLines: paragraphLines(html, paragraphs),
  };
}

/** A page is clean when the prose container holds this share of its prose… */
const CLEAN_PROSE_SHARE = 0.99;
/** …and at most this share of the page's text (chrome removed, post-filtered) is not prose. */
const CLEAN_OTHER_SHARE = 0.1;

/**
 * Whether the chrome removal and post-filter have left little but the article: one container
 * holds nearly all of the page's prose and little else is left. Readability is then not run
 * (it costs as much as parsing the page twice).
 */
function isClean(whole: readonly Block[], second: readonly Block[]): boolean {
  const prose = proseChars(whole);
  const total = chars(whole);
  return prose > 0 && proseChars(second) >= prose * CLEAN_PROSE_SHARE && total - prose <= total * CLEAN_OTHER_SHARE;
}

/** The prose container's text replaces Readability's when it has this many times its prose… */
const SECOND_PROSE_RATIO = 1.5;
/** …and holds at least this share of Readability's prose paragraphs (it widens the article, not swaps it). */
const SECOND_CONTAINS = 0.5;

/**
 * Readability keeps one part of an article built of many like parts (sections, rows of a page
 * builder); the prose container (`container.ts`) then holds the part Readability chose and
 * much more prose beside it, and is used instead.
 */
function prefersSecond(readability: readonly Block[], second: readonly Block[]): boolean {
  if (second === readability || proseChars(second) <= proseChars(readability) * SECOND_PROSE_RATIO) return false;
  const theirs = new Set<string>();
  for (const b of second) theirs.add(b.text);
  let paragraphs = 0;
  let shared = 0;
  for (const b of readability) {
    if (!isProseBlock(b)) continue;
    paragraphs++;
    if (theirs.has(b.text)) shared++;
  }
  return shared >= paragraphs * SECOND_CONTAINS;
}

/** JSON-LD `articleBody` wins when it has this many times the words of the extracted body… */
const ARTICLE_BODY_RATIO = 1.5;
/** …and at least this many words. */
const ARTICLE_BODY_MIN_WORDS = 50;

/**
 * The JSON-LD `articleBody` as a cross-check: when the publisher's own copy of the text is much
 * longer than what was extracted, the extraction missed the article and the copy is used (its
 * line breaks become paragraph breaks).
 */
function crossCheck(paragraphs: string[], articleBody: string): string[] {
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const ours = paragraphs.reduce((n, p) => n + words(p), 0);
  const theirs = words(articleBody);
  if (theirs < ARTICLE_BODY_MIN_WORDS || theirs < ours * ARTICLE_BODY_RATIO) return paragraphs;
  return articleBody.split(/\n/).map((p) => normaliseSpace(decodeEntities(p))).filter(Boolean);
}

/** Paragraphs looked at for the headline before it counts as missing. */
const HEADLINE_WINDOW = 3;

/**
 * The page's `<h1>` when it is the article's title and the body lacks it: Readability drops a
 * heading that repeats the title, but the headline is part of what the article claims.
 */
function missingHeadline(h1: string | null, title: string | null, paragraphs: readonly string[]): string | null {
  if (!h1 || !title) return null;
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const h = key(h1);
  if (!h || h !== key(title)) return null;
  for (const p of paragraphs.slice(0, HEADLINE_WINDOW)) if (key(p) === h) return null;
  return normaliseSpace(h1);
}

function chars(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}
