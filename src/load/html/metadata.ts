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
import { decodeEntities } from './stream.js';
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
  /** Text of the first element marked as the author (`rel=author`, `itemprop=author`, a byline class) that reads as a name. */
  authorText: string | null;
  /** Text of the first link to an author's page (`/author/jane-doe`) that reads as a name. */
  authorLink: string | null;
  /** The name after the first `By`/`Written by`/`Author` label standing alone. */
  authorLabel: string | null;
  /** The first `<h1>`s of the page (up to `MAX_H1S`), white space normalised. */
  h1s: string[];
  /** The first date read from page text: a `<time>` without `datetime`, a date-named element, a `Published`/`Updated` label. */
  textDate: string | null;
  /** A text node that is a date and little else, among the first text nodes after the first `<h1>`. */
  headlineDate: string | null;
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
    pubTime: null, firstTime: null, authorText: null, authorLink: null, authorLabel: null, h1s: [], textDate: null,
    headlineDate: null,
  };
  // a label (`By`, `Published:`) standing alone in its text node names what the next text node holds
  let pending: 'author' | 'date' | null = null;
  // text nodes read since the first <h1> (0 before it)
  let afterH1 = 0;
  const stack: N[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const name = tree.name(n);
    if (name === null) {
      const t = tree.text(n);
      if (t !== null && (pending !== null || t.length <= MAX_DATE_TEXT)) {
        const v = t.trim();
        if (!v) continue;
        if (pending === 'author') f.authorLabel ??= nameLike(v);
        else if (pending === 'date') f.textDate ??= v.length <= MAX_DATE_TEXT ? dateIn(v) : null;
        pending = null;
        const label = v.length <= MAX_LABEL_CHARS ? v.toLowerCase().replace(/\s*:$/, '') : '';
        if (f.authorLabel === null && AUTHOR_LABELS.has(label)) pending = 'author';
        else if (f.textDate === null && DATE_LABELS.has(label)) pending = 'date';
        else if (f.textDate === null && v.length <= MAX_DATE_TEXT && DATE_LABEL_START.test(v)) f.textDate = dateIn(v);
        if (f.authorLabel === null && v.length <= MAX_DATE_TEXT && BY_START.test(v)) f.authorLabel = nameLike(v);
        // a date standing alone under the headline (`October 3, 2024`, `Dec. 19, 2025 · Jane Doe`)
        if (f.headlineDate === null && afterH1 > 0 && afterH1 <= HEADLINE_DATE_WINDOW) {
          afterH1++;
          if (v.length <= MAX_LONE_DATE && LONE_DATE.test(v)) f.headlineDate = dateIn(v);
        }
      }
    } else {
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
          } else if (f.textDate === null) f.textDate = dateIn(clean(subtreeText(tree, n, MAX_DATE_TEXT + 1)));
          break;
        }
        case 'h1': {
          if (afterH1 === 0) afterH1 = 1;
          const h = clean(subtreeText(tree, n, 1000));
          if (h && f.h1s.length < MAX_H1S) f.h1s.push(h);
          f.firstH1 ??= h || null;
          break;
        }
        case 'a':
          if (f.authorLink === null && AUTHOR_PAGE.test(a('href') ?? '')) f.authorLink = nameLike(clean(subtreeText(tree, n, MAX_AUTHOR_CHARS + 1)));
          break;
      }
      if (f.authorText === null && isAuthorElement(a)) {
        const t = clean(subtreeText(tree, n, MAX_AUTHOR_CHARS * 2));
        if (t && t.length <= MAX_AUTHOR_CHARS) f.authorText = firstName(tree, n);
      }
      if (f.textDate === null && isDateElement(a)) {
        const t = subtreeText(tree, n, MAX_DATE_TEXT + 1);
        if (t.length <= MAX_DATE_TEXT) f.textDate = dateIn(clean(t));
      }
    }
    const c = tree.children(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return f;
}

/** Up to this many `<h1>`s are kept for the title. */
const MAX_H1S = 5;
/** A text node this short may be a label (`By`, `Published on`). */
const MAX_LABEL_CHARS = 24;
/** A date read from page text is in a text this short (`Last updated: December 12, 2025`). */
const MAX_DATE_TEXT = 60;

/** Labels standing before an author's name. */
const AUTHOR_LABELS = new Set(['by', 'written by', 'words by', 'author', 'authors', 'posted by', 'story by', 'article by']);
/** Labels standing before a date. */
const DATE_LABELS = new Set([
  'published', 'published on', 'published date', 'date published', 'posted', 'posted on', 'date', 'first published',
  'updated', 'updated on', 'last updated', 'last updated on', 'last modified', 'modified',
]);
/** A text node that starts with a date label and holds the date too. */
const DATE_LABEL_START = /^(?:published|posted|first published|(?:last )?updated|date)\b[\s:]*(?:on\b)?/i;

/** Text nodes after the first `<h1>` looked at for a date standing alone. */
const HEADLINE_DATE_WINDOW = 30;
/** A date standing alone is at most this long… */
const MAX_LONE_DATE = 40;
/** …and starts with it: `October 3, 2024`, `Dec. 19, 2025 · …`, `20 December 2025`, `2025-12-02`. */
const LONE_DATE = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}|\d{4}-\d{2}-\d{2})\b/;

/** A short text node that starts with `By` and a capital: `by: Jane Doe, Dec 17, 2025`. */
const BY_START = /^by\s*:?\s+\p{Lu}/iu;

/** Links to an author's page: `/author/jane-doe`, `/authors/…`, `/people/…`, `/contributors/…`. */
const AUTHOR_PAGE = /\/(?:author|authors|people|person|profiles?|contributors?|writers?|journalists?|columnists?|reporters?|staff)\/[^/?#\s]+/i;

function isAuthorElement(a: (k: string) => string | undefined): boolean {
  if ((a('rel') ?? '').toLowerCase() === 'author') return true;
  if ((a('itemprop') ?? '').toLowerCase() === 'author') return true;
  const cls = `${a('class') ?? ''} ${a('id') ?? ''}`.toLowerCase();
  if (cls.length <= 1) return false;
  return /\bbyline\b|by-line|(?:^|[\s_-])(?:author|authors|author-?name|article-?author|story-?author|post-?author|the-author|writer)(?:$|[\s_-])/.test(cls);
}

/** Elements whose class, id or itemprop name them as the article's date. */
function isDateElement(a: (k: string) => string | undefined): boolean {
  const words = `${a('class') ?? ''} ${a('id') ?? ''} ${a('itemprop') ?? ''}`.toLowerCase();
  if (words.length <= 2) return false;
  return /(?:^|[\s_-])(?:date|dates|pubdate|published|publish-?date|post-?date|entry-?date|article-?date|story-?date|posted-?on|timestamp|dateline|datepublished)(?:$|[\s_-])/.test(words);
}

/** The date a short text gives, or `null`. */
function dateIn(text: string): string | null {
  if (!text || text.length > MAX_DATE_TEXT) return null;
  return normalisePublished(text.replace(DATE_LABEL_START, ''));
}

/**
 * The name in an author element read text node by text node, so that a name and a role in
 * elements side by side (`<span>Jane Doe</span><span>Staff writer</span>`) are not glued: the
 * first text that is not a label and reads as a name.
 */
function firstName<N>(tree: Tree<N>, root: N): string | null {
  const stack: N[] = [root];
  let seen = 0;
  let first: string | null = null;
  let joiner = '';
  const names: string[] = [];
  while (stack.length && seen < 12) {
    const n = stack.pop()!;
    const t = tree.text(n);
    if (t !== null) {
      const v = t.trim();
      if (!v) continue;
      seen++;
      if (first === null) {
        if (AUTHOR_LABELS.has(v.toLowerCase().replace(/\s*:$/, ''))) continue;
        first = nameLike(v);
        if (first === null) return null;
        names.push(first);
        continue;
      }
      // `Jane Doe and John Roe`, `Jane Doe, John Roe` in elements side by side
      if (!joiner) {
        if (!/^(?:,|and|&|,\s*and)$/i.test(v)) break;
        joiner = v;
        continue;
      }
      const next = nameLike(v);
      if (next === null) break;
      names.push(next);
      joiner = '';
      continue;
    }
    const name = tree.name(n);
    if (name === 'script' || name === 'style') continue;
    const c = tree.children(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return names.length ? names.join(', ') : null;
}

/** Words that are labels, not names. */
const NOT_NAMES =
  /^(?:by|author|authors|the authors?|about the authors?|written by|posted by|staff|admin|editor|editorial|share|follow|more|view|profile|contact|bio|read more|see all|abstract|login|log in|sign in|member login|anonymous|guest|unknown)$/i;

/**
 * A name read from page text: `By`, `Written by`, `Posted by:` taken off, cut before a date or
 * a separator (`Jane Doe on 12 May 2024`, `Jane Doe | Staff`), then one to eight words that
 * start with a letter and hold no digits; `null` otherwise.
 */
export function nameLike(raw: string): string | null {
  let t = clean(raw).replace(/^(?:(?:written|posted|words|story|articles?|text|reporting)\s+)?by\s*:?\s*/i, '').replace(/^authors?\s*:\s*/i, '');
  t = t.split(/\s+(?:on|at|[-–—|•·])\s+|\s*[|•·]\s*/)[0]!.trim();
  // `Jane Doe, Dec 17, 2025`: a comma before a part with digits ends the name
  t = t.replace(/,[^,]*\d.*$/, '').replace(/[,;:]+$/, '');
  if (!t || t.length > MAX_NAME_CHARS || NOT_NAMES.test(t) || CALENDAR_WORD.test(t)) return null;
  if (/\d|@|https?:|www\.|[!?]|\p{Ll}{3,}\.(?:\s|$)|\s(?:says|said|wrote)$/u.test(t) || !/^\p{L}/u.test(t)) return null;
  const words = t.split(' ');
  return words.length <= 8 ? t : null;
}

/** A day or month name left of a date (`Sat, 20 Dec, 2025`) is not a name. */
const CALENDAR_WORD =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\.?$/i;

/** Names longer than this are sentences or lists of roles. */
const MAX_NAME_CHARS = 80;

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
  const fromMeta = titleMeta ? stripSiteName(clean(titleMeta), publisher, f.firstH1) : f.titleText ? stripSiteName(f.titleText, publisher, f.firstH1) : null;
  const title = fromMeta ? (visibleHeadline(fromMeta, f.h1s) ?? fromMeta) : f.firstH1;

  const metaValue = meta(META_KEYS.byline.filter((k) => k !== 'twitter:creator'));
  const metaAuthor = metaValue ? nameLike(metaValue) : null;
  const handle = metaAuthor && isHandle(metaAuthor) ? metaAuthor : null;
  const byline =
    (ld.authorIsPerson ? ld.author : null) ??
    (handle ? null : metaAuthor) ??
    f.authorText ??
    bodyByline(firstParagraphs) ??
    f.authorLink ??
    f.authorLabel ??
    ld.author ??
    handle ??
    nameOrNull(stripAt(f.metas.get('twitter:creator')));

  const url = meta(META_KEYS.url) ?? f.canonical ?? givenUrl ?? null;
  const published =
    date(ld.datePublished) ??
    date(meta(PUBLISHED_KEYS)) ??
    date(f.pubTime) ??
    date(f.firstTime) ??
    f.textDate ??
    f.headlineDate ??
    date(ld.dateModified) ??
    date(meta(MODIFIED_KEYS)) ??
    urlDate(url) ??
    urlDate(givenUrl ?? null);

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

/** Meta keys of the publication date, and of the last change (used only when no publication date is found). */
const MODIFIED_KEYS: readonly string[] = META_KEYS.published.filter((k) => /modified|updated/.test(k));
const PUBLISHED_KEYS: readonly string[] = META_KEYS.published.filter((k) => !MODIFIED_KEYS.includes(k));

/** Entities are decoded (meta values are often encoded twice: `&amp;#8217;`), white space normalised. */
function clean(s: string): string {
  return decodeEntities(s).replace(/\s+/g, ' ').trim();
}

/** Share of the shorter title's words an `<h1>` must share with the meta title to be the same headline… */
const HEADLINE_OVERLAP = 0.5;
/** …and of the longer one's (`Minecraft News` is not `Minecraft 1.8 - The Bountiful Update`). */
const HEADLINE_MIN_OVERLAP = 0.3;

/**
 * The page's visible headline when it is the meta title's headline in other words: metadata
 * titles are often rewritten for search and social sharing (`Best Apps to Learn a Language in
 * 2025` for the `<h1>` `Top 10: Best Language Learning App`), and the claims a reader sees are
 * the `<h1>`'s. The `<h1>` sharing most words with the meta title is taken when it shares at
 * least half of the shorter one's words and 30% of the longer one's.
 */
function visibleHeadline(title: string, h1s: readonly string[]): string | null {
  const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const t = words(title);
  if (!t.size) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const h of h1s) {
    if (h.length > MAX_HEADLINE_CHARS) continue;
    const w = words(h);
    if (!w.size) continue;
    let shared = 0;
    for (const x of w) if (t.has(x)) shared++;
    const share = shared / Math.min(w.size, t.size);
    if (shared < Math.max(w.size, t.size) * HEADLINE_MIN_OVERLAP) continue;
    if (share > bestShare) {
      bestShare = share;
      best = h;
    }
  }
  return best !== null && bestShare >= HEADLINE_OVERLAP ? best : null;
}

/** An `<h1>` longer than this is not a headline. */
const MAX_HEADLINE_CHARS = 250;

/** A one-word lower-case or dotted author value is an account handle (`jdoe`, `jane.doe`), trusted last. */
function isHandle(name: string): boolean {
  return !name.includes(' ') && (/^[\p{Ll}\d_.-]+$/u.test(name) || /[_.]/.test(name));
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
  dateModified?: string;
  author?: string;
  /** Whether the author is a person (not an `Organization`). */
  authorIsPerson?: boolean;
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
      out.dateModified ??= str(o.dateModified);
      if (out.author === undefined) {
        const who = o.author ?? o.creator;
        out.author = nameOf(who);
        if (out.author !== undefined) out.authorIsPerson = !isOrganisation(who);
      }
      out.publisher ??= nameOf(o.publisher);
      out.inLanguage ??= str(o.inLanguage);
      out.articleBody ??= str(o.articleBody);
    }
  }
  return out;
}

/** An author given as an `Organization` (or a list of nothing but organisations). */
function isOrganisation(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every(isOrganisation);
  if (!v || typeof v !== 'object') return false;
  const t = (v as Record<string, unknown>)['@type'];
  return /organi[sz]ation|corporation|newsmediaorganization/i.test(Array.isArray(t) ? t.join(' ') : String(t ?? ''));
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
