/**
 * Basic HTML → article text with cheerio: metadata from `<head>` and JSON-LD, and the visible
 * text of `<body>` as paragraphs (one per block element, a blank line between them). Real
 * boilerplate removal comes later; this drops only what is never text (scripts, styles,
 * templates, SVG) unless asked for everything visible.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { normalisePublished } from './meta.js';

export interface HtmlText {
  body: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never visible article text. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head', 'title']);

/**
 * One iterative walk over the parsed page collects the metadata and the block text (CSS
 * selectors over the tree cost time quadratic in its depth, and pages can nest 100,000 deep).
 */
export function htmlToText(html: string): HtmlText {
  const $ = load(html);
  const metas = new Map<string, string>();
  const ldScripts: string[] = [];
  let titleText: string | null = null;
  let timeAttr: string | null = null;
  let canonical: string | null = null;

  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    current = '';
  };
  const stack: Array<AnyNode | 'leave-block'> = [$.root().get(0)!];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'leave-block') {
      flush();
      continue;
    }
    if (node.type === 'text') {
      current += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = node.type === 'root' ? '' : el.name;
    const attrs = el.attribs ?? {};
    if (name === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
      const content = attrs.content?.trim();
      if (key && content && !metas.has(key)) metas.set(key, content);
      continue;
    }
    if (name === 'title') {
      titleText ??= textOf(el).trim() || null;
      continue;
    }
    if (name === 'script') {
      if ((attrs.type ?? '').toLowerCase() === 'application/ld+json') ldScripts.push(textOf(el));
      continue;
    }
    if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) canonical ??= attrs.href;
    if (name === 'time' && attrs.datetime) timeAttr ??= attrs.datetime;
    if (NEVER_TEXT.has(name)) {
      // the head holds metadata but no body text: walk it only for meta, title, link, script
      if (name === 'head') for (let i = el.children.length - 1; i >= 0; i--) stack.push(headOnly(el.children[i]!));
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push('leave-block');
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  flush();

  const ld = jsonLd(ldScripts);
  const meta = (k: string): string | null => metas.get(k) ?? null;
  return {
    body: paragraphs.join('\n\n'),
    title: meta('og:title') ?? ld.headline ?? titleText,
    published: normalisePublished(
      meta('article:published_time') ?? meta('date') ?? meta('datepublished') ?? ld.datePublished ?? timeAttr,
    ),
    byline: meta('author') ?? meta('article:author') ?? ld.author ?? null,
    publisher: meta('og:site_name') ?? ld.publisher ?? null,
    url: meta('og:url') ?? canonical,
  };
}

/** Text nodes under the head are not body text: replace them by nothing. */
function headOnly(node: AnyNode): AnyNode {
  return node.type === 'text' ? ({ type: 'comment' } as unknown as AnyNode) : node;
}

/** The concatenated text of an element's direct text children (title, script). */
function textOf(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as unknown as { data: string }).data;
  return s;
}

interface LdMeta {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

function jsonLd(scripts: string[]): LdMeta {
  const out: LdMeta = {};
  for (const src of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(src);
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    for (const item of items.flatMap((x) => (x && typeof x === 'object' && '@graph' in x ? (x as { '@graph': unknown[] })['@graph'] : [x]))) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report/i.test(type)) continue;
      out.headline ??= str(o.headline);
      out.datePublished ??= str(o.datePublished);
      out.author ??= nameOf(o.author);
      out.publisher ??= nameOf(o.publisher);
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}
