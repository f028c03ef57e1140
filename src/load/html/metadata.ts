/**
 * Metadata of a saved page: title, byline, publication date, publisher, URL and language,
 * read in one iterative walk before anything mutates the tree (Readability does).
 *
 * Order of trust per field: JSON-LD `NewsArticle`/`Article` (`headline`, `author`,
 * `datePublished`, `publisher`), OpenGraph and `article:*` meta, other `<meta name>` keys,
 * `<time datetime>`, the `<title>` without its site-name part, elements marked as the author,
 * a `By …` line at the top of the body, and last a date in the URL (`/2017/07/11/`).
 */
import { META_KEYS, TITLE_SEPARATORS } from '../../lexicon/html.js';
import { normalisePublished } from '../meta.js';
import { subtreeText, type Tree } from './tree.js';

/** What the walk collects; `resolveMetadata` turns it into fields. */
export interface MetaFacts {
  /** `<meta>` content by lower-case `property`/`name`/`itemprop`/`http-equiv`, first one wins. */
  metas: Map<string, string>;
  /** Text of every `<script type="application/ld+json">`. */
  ldScripts: string[];
  titleText: string | null;
  firstH1: string | null;
  htmlLang: string | null;
  canonical: string | null;
  /** `datetime` of a `<time>` marked as the publication date (`pubdate`, `itemprop=datePublished`). */
  pubTime: string | null;
  /** `datetime` of the first `<time>`. */
  firstTime: string | null;
  /** Text of the first element marked as the author (`rel=author`, `itemprop=author`, a byline class). */
  authorText: string | null;
}

export interface PageMeta {
  title: string | null;
  byline: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  /** JSON-LD `articleBody`, kept as a cross-check of the extracted body. */
  articleBody: string | null;
}

const MAX_AUTHOR_CHARS = 120;

/** Collect the metadata facts of a page in one iterative walk (no recursion, no selectors). */
export function collectFacts<N>(tree: Tree<N>, root: N): MetaFacts {
  const f: MetaFacts = {
    metas: new Map(), ldScripts: [], titleText: null, firstH1: null, htmlLang: null, canonical: null,
    pubTime: null, firstTime: null, authorText: null,
  };
  const stack: N[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const name = tree.name(n);
    if (name !== null) {
      const a = (k: string): string | undefined => tree.attr(n, k);
      switch (name) {
        case 'meta': {
          const key = (a('property') ?? a('name') ?? a('itemprop') ?? a('http-equiv') ?? '').trim().toLowerCase();
          const content = a('content')?.trim();
          if (key && content && !f.metas.has(key)) f.metas.set(key, content);
          continue;
        }
        case 'title':
          if (f.titleText === null) f.titleText = clean(subtreeText(tree, n, 1000)) || null;
          continue;
        case 'script':
          if ((a('type') ?? '').trim().toLowerCase() === 'application/ld+json') f.ldScripts.push(subtreeText(tree, n));
          continue;
        case 'style':
        case 'noscript':
        case 'template':
        case 'svg':
          continue;
        case 'html':
          f.htmlLang ??= a('lang')?.trim() || a('xml:lang')?.trim() || null;
          break;
        case 'link':
          if ((a('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') && a('href')) f.canonical ??= a('href')!.trim();
          break;
        case 'time': {
          const dt = a('datetime')?.trim();
          if (dt) {
            f.firstTime ??= dt;
            if (a('pubdate') !== undefined || /datepublished/i.test(a('itemprop') ?? '')) f.pubTime ??= dt;
          }
          break;
        }
        case 'h1':
          f.firstH1 ??= clean(subtreeText(tree, n, 1000)) || null;
          break;
      }
      if (f.authorText === null && isAuthorElement(a)) {
        const t = clean(subtreeText(tree, n, MAX_AUTHOR_CHARS * 2));
        if (t && t.length <= MAX_AUTHOR_CHARS) f.authorText = t;
      }
    }
    const c = tree.children(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return f;
}

function isAuthorElement(a: (k: string) => string | undefined): boolean {
  if ((a('rel') ?? '').toLowerCase() === 'author') return true;
  if ((a('itemprop') ?? '').toLowerCase() === 'author') return true;
  const cls = `${a('class') ?? ''} ${a('id') ?? ''}`.toLowerCase();
  return /\bbyline\b|(?:^|[\s_-])(?:author-?name|article-?author|story-?author|post-?author)(?:$|[\s_-])/.test(cls);
}

/**
 * Resolve the fields from the facts. `firstParagraphs` are the body's first paragraphs (for a
 * `By …` line); `url` is a URL given from outside (the page's own wins).
 */
export function resolveMetadata(f: MetaFacts, firstParagraphs: readonly string[], givenUrl?: string): PageMeta {
  const ld = jsonLd(f.ldScripts);
  const meta = (keys: readonly string[]): string | null => {
    for (const k of keys) {
      const v = f.metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const publisher = ld.publisher ?? meta(META_KEYS.publisher.filter((k) => k !== 'twitter:site')) ?? stripAt(f.metas.get('twitter:site'));
  const titleMeta = ld.headline ?? meta(META_KEYS.title);
  const title = titleMeta ? stripSiteName(clean(titleMeta), publisher, f.firstH1) : f.titleText ? stripSiteName(f.titleText, publisher, f.firstH1) : f.firstH1;

  const metaAuthor = meta(META_KEYS.byline.filter((k) => k !== 'twitter:creator'));
  const byline =
    ld.author ?? nameOrNull(metaAuthor) ?? nameOrNull(f.authorText) ?? bodyByline(firstParagraphs) ?? nameOrNull(stripAt(f.metas.get('twitter:creator')));

  const url = meta(META_KEYS.url) ?? f.canonical ?? givenUrl ?? null;
  const published =
    date(ld.datePublished) ?? date(meta(META_KEYS.published)) ?? date(f.pubTime) ?? date(f.firstTime) ?? urlDate(url) ?? urlDate(givenUrl ?? null);

  const lang = f.htmlLang ?? ld.inLanguage ?? meta(META_KEYS.language);
  return {
    title: title || null,
    byline: byline ? cleanByline(byline) : null,
    published,
    publisher: publisher ? clean(publisher) : null,
    url,
    language: lang ? lang.trim().replace(/_/g, '-') || null : null,
    articleBody: ld.articleBody ?? null,
  };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function stripAt(s: string | undefined): string | null {
  if (!s) return null;
  const t = s.trim().replace(/^@/, '');
  return t || null;
}

/** Author values that are URLs or profile links are not names. */
function nameOrNull(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = clean(s);
  if (!t || /^https?:|^www\.|\/\//i.test(t) || t.length > MAX_AUTHOR_CHARS) return null;
  return t;
}

/** `By Jane Doe and John Roe` → `Jane Doe and John Roe`. */
function cleanByline(s: string): string {
  return clean(s).replace(/^(?:by|written by|author)\s*:?\s+/i, '').replace(/[|,;]\s*$/, '').trim();
}

/** A `By Jane Doe` paragraph among the first few of the body. */
function bodyByline(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, 6)) {
    if (p.length >= MAX_AUTHOR_CHARS) continue;
    const m = /^by\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,5})\s*(?:[|,•·–—-].*)?$/u.exec(p.trim());
    if (m) return m[1]!;
  }
  return null;
}

function date(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const n = normalisePublished(raw);
  if (n) return n;
  // ISO date-times with forms normalisePublished does not take (`2017-07-11T10:00`, `+0000`)
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(raw.trim());
  return m ? normalisePublished(m[1]) : null;
}

/** A date in a URL path: `/2017/07/11/`, `/2017-07-11/`, `/20170711/`. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return m ? normalisePublished(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * A title without its site-name part: `Story | Site` → `Story`. A part is dropped when it is
 * the publisher's name, or when the first `<h1>` is the other part; else a short last part
 * (at most four words) after a longer first one is taken for the site name.
 */
export function stripSiteName(title: string, publisher: string | null, h1: string | null): string {
  const t = clean(title);
  const sep = TITLE_SEPARATORS.find((s) => t.includes(s));
  if (!sep) return t;
  const parts = t.split(sep).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (h1) {
    const h = norm(h1);
    const whole = parts.findIndex((p) => norm(p) === h);
    if (whole !== -1) return parts[whole]!;
    // the headline itself holds the separator: everything before the last part
    if (norm(parts.slice(0, -1).join(sep)) === h) return parts.slice(0, -1).join(sep);
  }
  if (publisher) {
    const pub = norm(publisher);
    const kept = parts.filter((p) => norm(p) !== pub && !(pub.length > 3 && norm(p).includes(pub) && p.split(' ').length <= 5));
    if (kept.length && kept.length < parts.length) return kept.join(sep);
  }
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1).join(sep);
  if (last.split(' ').length <= 4 && head.split(' ').length >= 3) return head;
  return t;
}

interface LdMeta {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  inLanguage?: string;
  articleBody?: string;
}

const ARTICLE_TYPE = /Article|Posting|Report|NewsArticle|Blog/i;

/** The first article-typed JSON-LD item's fields, looking into arrays, `@graph` and `mainEntity`. */
export function jsonLd(scripts: readonly string[]): LdMeta {
  const out: LdMeta = {};
  for (const src of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(src.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let qi = 0; qi < queue.length && qi < 200; qi++) {
      const item = queue[qi];
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      if (o.mainEntity && typeof o.mainEntity === 'object') queue.push(o.mainEntity);
      const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
      if (!ARTICLE_TYPE.test(type)) continue;
      out.headline ??= str(o.headline) ?? str(o.name);
      out.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
      out.author ??= nameOf(o.author) ?? nameOf(o.creator);
      out.publisher ??= nameOf(o.publisher);
      out.inLanguage ??= str(o.inLanguage);
      out.articleBody ??= str(o.articleBody);
    }
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? decodeBasic(v.trim()) : undefined;
}

/** JSON-LD values are sometimes written entity-encoded. */
function decodeBasic(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(amp|quot|apos|#39|#x27|lt|gt|nbsp);/g, (_m, e: string) =>
    ({ amp: '&', quot: '"', apos: "'", '#39': "'", '#x27': "'", lt: '<', gt: '>', nbsp: ' ' })[e] ?? _m,
  );
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return nameOrNull(v) ?? undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOrNull(str((v as Record<string, unknown>).name)) ?? undefined;
  return undefined;
}
