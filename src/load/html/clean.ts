/**
 * Before Readability looks for the article: remove what is never article text (scripts,
 * styles, forms' controls), page chrome by element (`nav`, `aside`, `footer`), by ARIA role and
 * by class/id words (share bars, related-story rails, newsletter and cookie prompts, comments,
 * adverts), and hidden elements. A block that holds a large share of the page's text is kept
 * whatever its class says: it is a container of the article, not chrome.
 */
import {
  AD_TOKENS,
  CHROME_ELEMENTS,
  CHROME_PAIRS,
  CHROME_ROLES,
  CHROME_TOKENS,
  CONTENT_TOKENS,
  NEVER_TEXT,
  PROMPT_TOKENS,
  WEAK_CHROME_TOKENS,
} from '../../lexicon/html.js';
import { isHidden } from './blocks.js';
import { isElement, tagOf, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { domTree } from './tree.js';

/** A block holding at least this share of the page's text is never removed as chrome. */
const MAX_CHROME_SHARE = 0.4;
/** A block named as chrome by a `CHROME_TOKENS` word goes when shorter than this (characters)… */
const SHORT_CHROME_CHARS = 300;
/** …or when at least this share of its text is link text. */
const LINKY_SHARE = 0.35;
/** Forms with more text than this are page wrappers (ASP.NET pages put the body in one). */
const MAX_FORM_CHARS = 1000;
/** Elements never removed for their class or id. */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

/** Elements before `<html>` that are page set-up, not content: dropped when the document is mended. */
const SETUP_ELEMENTS = new Set(['meta', 'link', 'base', 'title']);

/**
 * Mend the document's top level and return the element that holds everything visible (the
 * `<body>`). linkedom takes the first element of the source for the document element, so a
 * `<style>` or `<div>` before `<html>` would become the root and hide the page; and content
 * after `</html>` stays at the top level. Both move into the body, in source order, as a
 * browser would put them; set-up elements before `<html>` (styles, scripts, meta) are dropped.
 */
export function oneDocument(document: DomDocument): DomElement | null {
  const top: DomNode[] = [];
  const c = document.childNodes;
  for (let i = 0; i < c.length; i++) top.push(c[i]!);
  const html = top.find((n): n is DomElement => isElement(n) && tagOf(n) === 'html');
  const before: DomNode[] = [];
  const after: DomNode[] = [];
  if (html) {
    let seen = false;
    for (const n of top) {
      if (n === html) seen = true;
      else if (isElement(n) || n.nodeType === TEXT_NODE) (seen ? after : before).push(n);
    }
    // html must be the first element: linkedom's documentElement is the first element child
    for (const n of before) n.remove();
  }
  const root = document.body ?? document.documentElement;
  if (!root) return null;
  if (document.documentElement && root !== document.documentElement) oneBody(document.documentElement, root);
  const first = root.firstChild;
  for (const n of before) {
    if (isElement(n) && (NEVER_TEXT.has(tagOf(n)) || SETUP_ELEMENTS.has(tagOf(n)))) continue;
    if (first) root.insertBefore(n, first);
    else root.appendChild(n);
  }
  for (const n of after) root.appendChild(n);
  return root;
}

/**
 * Put everything visible under one `<body>`: linkedom keeps a second `<body>` and content
 * after `</body>` as siblings of the first, where a browser would merge them.
 */
export function oneBody(html: DomElement, body: DomElement): void {
  const strays: DomNode[] = [];
  // linkedom builds `childNodes` afresh on every read: read it once, or the loop is quadratic
  const top = html.childNodes;
  for (let i = 0; i < top.length; i++) {
    const n = top[i]!;
    if (n !== body && !(isElement(n) && tagOf(n) === 'head')) strays.push(n);
  }
  for (const n of strays) {
    if (isElement(n) && tagOf(n) === 'body') {
      const kids: DomNode[] = [];
      const c = n.childNodes;
      for (let i = 0; i < c.length; i++) kids.push(c[i]!);
      for (const k of kids) body.appendChild(k);
      n.remove();
    } else body.appendChild(n);
  }
}

/** Remove chrome from the tree under `root` in place; returns how many elements went. */
export function removeChrome(root: DomElement): number {
  // what is never text goes first, so that shares of text are shares of visible text
  let removed = removeWhere(root, (el) => NEVER_TEXT.has(tagOf(el)));
  const total = textLength(root);
  removed += removeWhere(root, (el) => isChromeElement(el, total));
  return removed;
}

/** Remove every element under `root` (not `root`) that `test` picks, without looking inside it. */
function removeWhere(root: DomElement, test: (el: DomElement) => boolean): number {
  const doomed: DomNode[] = [];
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n !== root && test(n)) {
      doomed.push(n);
      continue;
    }
    const c = n.childNodes;
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  for (const n of doomed) n.remove();
  return doomed.length;
}

function isChromeElement(el: DomElement, total: number): boolean {
  const name = tagOf(el);
  if (name === 'form') return textLength(el) <= MAX_FORM_CHARS;
  if (CHROME_ELEMENTS.has(name)) return textLength(el) < total * MAX_CHROME_SHARE;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase()) && textLength(el) < total * MAX_CHROME_SHARE) return true;
  if (isHidden(domTree, el)) {
    const length = textLength(el);
    if (!isStreamedSegment(el) && length < total * MAX_CHROME_SHARE && !isProse(el, length)) return true;
    // content that scripts reveal (a streamed segment, a tab, an accordion's panel): show it
    // to Readability, which skips hidden nodes
    unhide(el);
  }
  if (CONTAINERS.has(name)) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (words.length <= 1) return false;
  const kind = chromeWords(words);
  if (kind === null) return false;
  const length = textLength(el);
  if (length >= total * MAX_CHROME_SHARE) return false;
  return kind === 'prompt' || length < SHORT_CHROME_CHARS || linkShare(el, length) >= LINKY_SHARE;
}

/** A hidden block with at least this much text… */
const HIDDEN_PROSE_CHARS = 400;
/** …and less than this share of link text is prose that a click reveals (a tab, an accordion). */
const HIDDEN_PROSE_LINK_SHARE = 0.2;

/** Hidden prose: long, few links, and not named as a prompt (a cookie or newsletter dialog). */
function isProse(el: DomElement, length: number): boolean {
  // a panel holds paragraphs; a hidden paragraph alone is an edit left in the page
  if (tagOf(el) === 'p' || length < HIDDEN_PROSE_CHARS || linkShare(el, length) >= HIDDEN_PROSE_LINK_SHARE) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return words.length <= 1 || chromeWords(words) === null;
}

/**
 * React's streaming server rendering sends late content in `<div hidden id="S:n">` and moves
 * it into place with a script: it is page content, not hidden chrome.
 */
function isStreamedSegment(el: DomElement): boolean {
  return /^S:\d+$/.test(el.getAttribute('id') ?? '');
}

function unhide(el: DomElement): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/display\s*:\s*none|visibility\s*:\s*hidden/gi, ''));
}

/** The share of an element's text that stands inside links. */
function linkShare(el: DomElement, length: number): number {
  if (!length) return 0;
  let link = 0;
  const stack: DomNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n) && tagOf(n) === 'a') {
      link += textLength(n);
      continue;
    }
    const c = n.childNodes;
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return link / length;
}

/**
 * What class/id words say of a block: `prompt` (a `PROMPT_TOKENS` word), `chrome` (a
 * `CHROME_TOKENS` word or `CHROME_PAIRS` pair; a weak one only without a content word), or `null`.
 */
export function chromeWords(words: string): 'prompt' | 'chrome' | null {
  const tokens = words.toLowerCase().split(/[^a-z0-9]+/);
  let weak = false;
  let strong = false;
  let content = false;
  let ad = false;
  let prev = '';
  for (const t of tokens) {
    if (!t) continue;
    if (AD_TOKENS.has(t)) ad = true;
    else if (PROMPT_TOKENS.has(t)) return 'prompt';
    if (CHROME_PAIRS.has(`${prev} ${t}`)) strong = true;
    prev = t;
    if (CHROME_TOKENS.has(t)) {
      if (WEAK_CHROME_TOKENS.has(t)) weak = true;
      else strong = true;
    } else if (CONTENT_TOKENS.has(t)) content = true;
  }
  if (ad) return content ? 'chrome' : 'prompt';
  return strong || (weak && !content) ? 'chrome' : null;
}

function textLength(el: DomNode): number {
  return (el.textContent ?? '').length;
}
