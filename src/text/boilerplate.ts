/**
 * Plain-text boilerplate: the parts of a saved web page that are not the article (CMS markup,
 * calls to action, teasers for other stories, paywall prompts, site chrome and footers).
 *
 * Everything found here is returned as excluded spans; the text stays in the body so every
 * offset stays true. Rules are general web/news rules; their words live in
 * `src/lexicon/boilerplate.ts`. They are conservative: a long prose paragraph in the middle of
 * an article is never excluded, and a link line inside an article excludes only itself.
 *
 * Rule ids:
 * - `markup/shortcode`: `%image(…)` lines, `[caption]…[/caption]`, `[embed]…`, `{{…}}`, `<!-- … -->`
 * - `boilerplate/cta-line`: a line that is wholly a call to action (`Subscribe Today`, `Contact Us`)
 * - `boilerplate/story-link`: a `Read more: <headline>` line inside an article
 * - `boilerplate/promo`: a promotional line in the page chrome above the article
 * - `boilerplate/social`: a run of share-icon words
 * - `boilerplate/cookie`: a cookie consent banner line
 * - `boilerplate/copyright`: `© 2017 …`, `All rights reserved`
 * - `boilerplate/nav`: a line of short links separated by `|`
 * - `boilerplate/meta-label`: `Published:`/`Updated:` label lines
 * - `boilerplate/paywall-tail`: from a paywall prompt to the end
 * - `boilerplate/teaser`: a teaser for another story, closed by `Read Full Story` and the like
 * - `boilerplate/related-rail`: two or more teasers (or a related-stories heading) at the end
 *   of a page, with the footer after them
 */
import type { ExcludedSpan } from '../schema.js';
import {
  COOKIE_CUES,
  COOKIE_MAX_WORDS,
  CTA_LINES,
  CTA_PREFIXES,
  CTA_PREFIX_MAX_WORDS,
  ICON_WORDS,
  META_LABELS,
  META_LABEL_MAX_WORDS,
  PAYWALL_MAX_WORDS,
  PAYWALL_PHRASES,
  PROMO_CUES,
  PROMO_MAX_WORDS,
  PROMO_VERBS,
  RELATED_HEADINGS,
  SOCIAL_WORDS,
  STORY_LINK_MAX_WORDS,
  STORY_LINK_PREFIXES,
  TEASER_CLOSERS,
} from '../lexicon/boilerplate.js';
import { isSpace, type ParagraphBlock } from './paragraphs.js';

/** Paragraphs longer than this (UTF-16 units) are prose: no line rule looks at them. */
const MAX_LINE_RULE_CHARS = 400;
/** Lines of at most this many words are normalised for the line rules; longer ones only meet the cookie and copyright rules. */
const SHORT_LINE_WORDS = 30;
/** Words are counted up to one past this; no rule needs to tell longer paragraphs apart. */
const WORD_CAP = 100;
/** A heading-like line: at most this many words and no closing stop. */
const HEADING_MAX_WORDS = 15;
/** Line breaks that make a gap of two or more blank lines. */
const WIDE_GAP = 3;
/** A teaser block bounded by a wide gap has at most this many paragraphs and words. */
const TEASER_MAX_PARAGRAPHS = 4;
const TEASER_MAX_WORDS = 150;
/** Text after a rail or a paywall prompt must be page furniture: no paragraph longer than this. */
const TAIL_MAX_PARAGRAPH_WORDS = 60;
const TAIL_MAX_WORDS = 500;

/** What the line rules need to know about a paragraph. */
interface Info {
  p: ParagraphBlock;
  /** Words, counted up to `WORD_CAP + 1`. */
  words: number;
  /** Normalised text (see `normalizeLine`), or `null` for paragraphs too long for line rules. */
  norm: string | null;
  /** Ends with a sentence stop or a closing quote. */
  closed: boolean;
  /** Was cut short: ends in `[...]`, `[…]`, `…` or `...`. */
  truncated: boolean;
  /** The `MARK_*` bits of the characters in the paragraph (all set when it was not read to its end). */
  marks: number;
}

/** Find the boilerplate of a body from its paragraphs (sorted, possibly overlapping spans). */
export function findBoilerplate(body: string, paragraphs: readonly ParagraphBlock[]): ExcludedSpan[] {
  const infos = paragraphs.map((p) => infoOf(body, p));
  const out: ExcludedSpan[] = [];
  const span = (from: number, to: number, rule: string): void => {
    out.push({ start: infos[from]!.p.start, end: infos[to]!.p.end, rule });
  };
  const last = infos.length - 1;

  // Lines that are chrome wherever they stand.
  const rules: (string | null)[] = new Array<string | null>(infos.length);
  for (let i = 0; i <= last; i++) {
    const info = infos[i]!;
    const rule = info.norm !== null ? lineRule(info) : null;
    rules[i] = rule;
    const r = rule ?? (info.norm === null ? longLineRule(body, info) : null);
    if (r) span(i, i, r);
  }

  // Promotional lines in the run of chrome above the article.
  for (let i = 0; i <= last; i++) {
    const info = infos[i]!;
    if (rules[i]) continue;
    if (isPromo(body, info)) span(i, i, 'boilerplate/promo');
    else break;
  }

  // Paywall: from the prompt to the end, when what follows is short page furniture.
  let totalWords = 0;
  for (const info of infos) totalWords += info.words;
  let before = 0;
  for (let i = 0; i <= last; i++) {
    const info = infos[i]!;
    if (totalWords - before - info.words < before && isPaywall(info) && isTail(infos, i + 1)) {
      span(i, last, 'boilerplate/paywall-tail');
      break;
    }
    before += info.words;
  }

  // Teasers for other stories, and rails of them at the end of the page.
  const teasers = findTeasers(infos);
  for (const t of teasers) span(t.from, t.closer, 'boilerplate/teaser');
  const rail = findRail(infos, teasers);
  if (rail !== -1) span(rail, last, 'boilerplate/related-rail');

  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Per code unit, for `infoOf`: 1 white space (what `trim` removes), 2 white space other than a
 * plain space, 4 a curly apostrophe, and the `MARK_*` bits. Read without branches: a loop over
 * prose mispredicts less.
 */
const CHAR_BITS = new Uint8Array(65536);
/** The highest white-space code unit but the byte-order mark U+FEFF. */
export const LAST_SPACE_BUT_BOM = 0x3000;
/** Characters some line rule needs (the only ones that lower-case to `g` or `k` included): a line without any skips its search. */
const MARK_COPY = 8; // ©
const MARK_PAREN = 16; // (
const MARK_BAR = 32; // |
const MARK_G = 64; // g G: "right"
const MARK_K = 128; // k K KELVIN SIGN: "cookie"
// (above U+3000 only U+FEFF is white space: the loop stops there, a tenth of the start-up
// work of asking about all 65,536; tests/boilerplate-bits.test.ts holds isSpace to it)
for (let c = 0; c <= LAST_SPACE_BUT_BOM; c++) CHAR_BITS[c] = isSpace(c) ? (c === 32 ? 1 : 3) : c === 0x2018 || c === 0x2019 ? 4 : 0;
CHAR_BITS[0xfeff] = 3;
CHAR_BITS[0xa9] = MARK_COPY;
CHAR_BITS[0x28] = MARK_PAREN;
CHAR_BITS[0x7c] = MARK_BAR;
CHAR_BITS[0x67] = CHAR_BITS[0x47] = MARK_G;
CHAR_BITS[0x6b] = CHAR_BITS[0x4b] = CHAR_BITS[0x212a] = MARK_K;

function infoOf(body: string, p: ParagraphBlock): Info {
  // Count words only as far as any rule needs (longer paragraphs are prose to every rule). The
  // same pass notes what `normalizeLine` would have to replace, so that it is not searched again.
  let words = 0;
  let prev = 1; // white space before: a word starts at the next other character
  let bits = 0; // 2: white space to squeeze (a run, or other than a plain space), 4: a curly apostrophe
  const end = p.end;
  for (let i = p.textStart; i < end; i++) {
    const t = CHAR_BITS[body.charCodeAt(i)]!;
    const sp = t & 1;
    words += prev & (sp ^ 1);
    bits |= t | ((sp & prev) << 1);
    prev = sp;
    if (words > WORD_CAP) break;
  }
  const squeeze = (bits & 2) !== 0;
  const curly = (bits & 4) !== 0;
  const lastChar = body.charCodeAt(p.end - 1);
  const closed =
    lastChar === 0x2e || lastChar === 0x21 || lastChar === 0x3f || lastChar === 0x201d || lastChar === 0x22;
  const norm =
    words <= SHORT_LINE_WORDS && p.end - p.start <= MAX_LINE_RULE_CHARS ? normalized(body.slice(p.textStart, p.end), squeeze, curly) : null;
  const truncated =
    (lastChar === 0x5d || lastChar === 0x2026 || (lastChar === 0x2e && body.charCodeAt(p.end - 2) === 0x2e)) &&
    /(?:\[\s*(?:\.\.\.|…)\s*\]|…|\.\.\.)$/.test(body.slice(Math.max(p.textStart, p.end - 8), p.end));
  return { p, words, norm, closed: closed && !truncated, truncated, marks: words <= WORD_CAP ? bits : -1 };
}

/**
 * Lower case, straight apostrophes, single spaces, and no decoration at either end (arrows,
 * `»`, stops, colons, dashes, bullets), so that `Read more »` and `READ MORE` match `read more`.
 */
export function normalizeLine(line: string): string {
  return normalized(line, line.includes('  ') || /[^\S ]/.test(line), /[‘’]/.test(line));
}

/**
 * `normalizeLine` of a line (trimmed: it starts and ends with no white space) whose caller
 * knows whether it has white space to squeeze and curly apostrophes to straighten.
 */
function normalized(line: string, squeeze: boolean, curly: boolean): string {
  let s = line.toLowerCase();
  if (curly) s = s.replace(/[‘’]/g, "'");
  if (squeeze) s = s.replace(/\s+/g, ' ');
  let a = 0;
  let b = s.length;
  while (a < b && isDecoration(s.charCodeAt(a))) a++;
  while (b > a && (isDecoration(s.charCodeAt(b - 1)) || isEndStop(s.charCodeAt(b - 1)))) b--;
  return s.slice(a, b);
}

function isDecoration(c: number): boolean {
  switch (c) {
    case 0x20: // space
    case 0x3e: // >
    case 0xbb: // »
    case 0x203a: // ›
    case 0x2192: // →
    case 0x25b6: // ▶
    case 0x25ba: // ►
    case 0x2022: // •
    case 0x7c: // |
    case 0x2d: // -
    case 0x2013: // –
    case 0x2014: // —
    case 0x2a: // *
      return true;
    default:
      return false;
  }
}

function isEndStop(c: number): boolean {
  return c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2026;
}

const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: readonly string[]): string => xs.map(escapeRe).join('|');
const CTA_PREFIX_RE = new RegExp(`^(?:${alternation(CTA_PREFIXES)})(?![a-z0-9\\u0080-\\uffff])`);
const STORY_LINK_RE = new RegExp(`^(?:${alternation(STORY_LINK_PREFIXES)}) ?[^ ]`);
const META_LABEL_RE = new RegExp(`^(?:${alternation(META_LABELS)})(?::|$)`);
const PAYWALL_RE = new RegExp(alternation(PAYWALL_PHRASES));
const COOKIE_RE = new RegExp(alternation(COOKIE_CUES));
const COPYRIGHT_RE = /^(?:©|\(c\) |copyright\b)|all rights reserved/;
const COPYRIGHT_MAX_WORDS = 40;
/** A quick gate for `isSocialRun`: some social-network name as a word of its own. */
const SOCIAL_RE = new RegExp(`(?:^|[^a-z])(?:${alternation([...SOCIAL_WORDS])})(?:$|[^a-z])`);

/** The rule id of a short line (one with `norm`) that is chrome wherever it stands, or `null`. */
function lineRule(info: Info): string | null {
  const s = info.norm;
  if (s === null || s === '') return null;
  const words = info.words;
  if (isCtaLine(s)) return 'boilerplate/cta-line';
  if (words <= CTA_PREFIX_MAX_WORDS && CTA_PREFIX_RE.test(s)) return 'boilerplate/cta-line';
  if (words <= STORY_LINK_MAX_WORDS && STORY_LINK_RE.test(s)) return 'boilerplate/story-link';
  // share-icon runs and link runs do not end in a stop
  if (!info.closed && words >= 3 && isSocialRun(s)) return 'boilerplate/social';
  const marks = info.marks;
  if ((marks & MARK_K) !== 0 && s.includes('cookie') && COOKIE_RE.test(s)) return 'boilerplate/cookie';
  if ((((marks & MARK_COPY) !== 0 && s.includes('©')) || ((marks & MARK_PAREN) !== 0 && s.includes('(c)')) || ((marks & MARK_G) !== 0 && s.includes('right'))) && COPYRIGHT_RE.test(s)) {
    return 'boilerplate/copyright';
  }
  if ((marks & MARK_BAR) !== 0 && s.includes('|') && isNavRun(s)) return 'boilerplate/nav';
  if (words <= META_LABEL_MAX_WORDS && META_LABEL_RE.test(s)) return 'boilerplate/meta-label';
  return null;
}

/** What a long line needs for either rule below: one search instead of two. */
const LONG_LINE_GATE = /cookie|rights reserved|^(?:©|\(c\) |copyright\b)/i;

/** The cookie and copyright rules for lines too long for the others. */
function longLineRule(body: string, info: Info): string | null {
  const { textStart, end } = info.p;
  if (end - textStart > MAX_LINE_RULE_CHARS * 2) return null;
  if (info.words > COOKIE_MAX_WORDS && info.words > COPYRIGHT_MAX_WORDS) return null;
  if ((info.marks & (MARK_K | MARK_G | MARK_COPY | MARK_PAREN)) === 0) return null;
  const raw = body.slice(textStart, end);
  if (!LONG_LINE_GATE.test(raw)) return null;
  if (info.words <= COOKIE_MAX_WORDS && /cookie/i.test(raw) && COOKIE_RE.test(normalizeLine(raw))) return 'boilerplate/cookie';
  if (info.words <= COPYRIGHT_MAX_WORDS && /^(?:©|\(c\) |copyright\b)|rights reserved/i.test(raw)) return 'boilerplate/copyright';
  return null;
}

/** Marks that join several calls to action on one line (not global: `test` and `split` share it). */
const CTA_JOINERS_RE = /[?!|•·]/;

/**
 * A line made wholly of calls to action, alone or several joined by `?`, `!`, `|` or `•`
 * (`Already have an account? Sign in here`).
 */
function isCtaLine(s: string): boolean {
  if (s.length > 80) return false;
  if (CTA_LINES.has(s) || TEASER_CLOSERS.has(s)) return true;
  if (!CTA_JOINERS_RE.test(s)) return false; // one piece only (tested without splitting)
  const pieces = s.split(CTA_JOINERS_RE);
  let any = false;
  for (const raw of pieces) {
    const piece = normalizeLine(raw);
    if (piece === '') continue;
    if (!CTA_LINES.has(piece) && !TEASER_CLOSERS.has(piece)) return false;
    any = true;
  }
  return any;
}

/** A run of social-network and icon names: at least three tokens, most of them such names. */
function isSocialRun(s: string): boolean {
  if (!SOCIAL_RE.test(s)) return false;
  const tokens = s.split(/[^a-z]+/).filter((t) => t !== '');
  if (tokens.length < 3) return false;
  let networks = 0;
  for (const t of tokens) if (SOCIAL_WORDS.has(t)) networks++;
  if (networks < 2) return false;
  let known = networks;
  for (const t of tokens) {
    if (SOCIAL_WORDS.has(t)) continue;
    if (ICON_WORDS.includes(t) || ICON_WORDS.some((w) => w.length >= 4 && t.includes(w))) known++;
  }
  return known >= tokens.length * 0.7;
}

/** A line of three or more short links separated by `|` (`Privacy | Terms | Contact`). */
function isNavRun(s: string): boolean {
  const items = s.split('|');
  if (items.length < 3) return false;
  return items.every((x) => x.trim().split(' ').length <= 4);
}

/**
 * A promotional line: a promo verb first, and a `#hashtag`, or a promo word with `our`, `us`
 * or `your` (`Support our #Campaign today`, `Join our newsletter`).
 */
function isPromo(body: string, info: Info): boolean {
  const s = info.norm;
  if (s === null || info.words > PROMO_MAX_WORDS) return false;
  const first = /^[a-z]+/.exec(s);
  if (!first || !PROMO_VERBS.has(first[0])) return false;
  if (/#[\p{L}\p{N}_]/u.test(body.slice(info.p.textStart, info.p.end))) return true;
  if (!/\b(?:our|us|your)\b/.test(s)) return false;
  return PROMO_CUES.some((x) => new RegExp(`\\b${x}\\b`).test(s));
}

function isPaywall(info: Info): boolean {
  const s = info.norm;
  if (s === null || info.words > PAYWALL_MAX_WORDS) return false;
  return PAYWALL_RE.test(s);
}

/** True when the paragraphs from `from` to the end are page furniture, not article prose. */
function isTail(infos: readonly Info[], from: number): boolean {
  let total = 0;
  for (let i = from; i < infos.length; i++) {
    const w = infos[i]!.words;
    if (w > TAIL_MAX_PARAGRAPH_WORDS) return false;
    total += w;
    if (total > TAIL_MAX_WORDS) return false;
  }
  return true;
}

/** Longest related-stories heading: a longer line is none (and its hash is never computed). */
const RELATED_MAX = Math.max(0, ...[...RELATED_HEADINGS].map((x) => x.length));

function isRelatedHeading(norm: string | null): boolean {
  return norm !== null && norm.length <= RELATED_MAX && RELATED_HEADINGS.has(norm);
}

/** Longest teaser closer: a longer line is none (and its hash is never computed). */
const CLOSER_MAX = Math.max(0, ...[...TEASER_CLOSERS].map((x) => x.length));

function isCloser(info: Info): boolean {
  return info.norm !== null && info.norm.length <= CLOSER_MAX && TEASER_CLOSERS.has(info.norm);
}

function isHeadingLike(info: Info): boolean {
  return !info.closed && info.words > 0 && info.words <= HEADING_MAX_WORDS && !info.p.bullet;
}

interface Teaser {
  /** Index of the first paragraph (the teaser's title, if it has one). */
  from: number;
  /** Index of the closing line (`Read Full Story`). */
  closer: number;
}

/**
 * Teasers: the paragraphs before a closing line, back to the previous closing line or a gap of
 * two or more blank lines (plus a heading-like title just before that gap). A block that is not
 * bounded so, or is too long, is a teaser only if its last paragraph was cut short.
 */
function findTeasers(infos: readonly Info[]): Teaser[] {
  const out: Teaser[] = [];
  let prevCloser = -1;
  for (let c = 0; c < infos.length; c++) {
    if (!isCloser(infos[c]!)) continue;
    let from = c;
    let bounded = false;
    let words = 0;
    for (;;) {
      if (from - 1 === prevCloser && prevCloser !== -1) {
        bounded = true;
        break;
      }
      if (infos[from]!.p.breaksBefore >= WIDE_GAP) {
        bounded = true;
        if (from < c && from > 0 && from - 1 !== prevCloser && isHeadingLike(infos[from - 1]!)) from--;
        break;
      }
      if (from === 0 || c - from >= TEASER_MAX_PARAGRAPHS + 1) break;
      from--;
      words += infos[from]!.words;
      if (words > TEASER_MAX_WORDS) break;
    }
    const size = c - from;
    if (bounded && size <= TEASER_MAX_PARAGRAPHS + 1 && words <= TEASER_MAX_WORDS) {
      if (size > 0) out.push({ from, closer: c });
    } else if (c > 0 && infos[c - 1]!.truncated) {
      let f = c - 1;
      if (f > 0 && isHeadingLike(infos[f - 1]!)) f--;
      out.push({ from: f, closer: c });
    }
    prevCloser = c;
  }
  return out;
}

/**
 * The first paragraph of a rail of related stories that runs to the end of the page, or -1:
 * two or more teasers back to back (from a short heading before the first, when a wide gap
 * sets it off from the article), or a related-stories heading, followed only by page furniture.
 */
function findRail(infos: readonly Info[], teasers: readonly Teaser[]): number {
  let rail = -1;
  const lastT = teasers[teasers.length - 1];
  if (lastT && isTail(infos, lastT.closer + 1)) {
    let first = teasers.length - 1;
    while (first > 0 && teasers[first - 1]!.closer + 1 === teasers[first]!.from) first--;
    if (first < teasers.length - 1) rail = railHeading(infos, teasers[first]!.from);
  }
  // A related-stories heading in the second half, followed by page furniture only.
  for (let i = Math.ceil(infos.length / 2); i < infos.length; i++) {
    const info = infos[i]!;
    if (isRelatedHeading(info.norm) && isTail(infos, i + 1)) {
      if (rail === -1 || i < rail) rail = i;
      break;
    }
  }
  return rail;
}

/** Extend a rail back over at most two short lines when a wide gap sets them off from the article. */
function railHeading(infos: readonly Info[], from: number): number {
  let f = from;
  for (let k = 0; k < 2; k++) {
    if (infos[f]!.p.breaksBefore >= WIDE_GAP || f === 0) return f;
    const prev = infos[f - 1]!;
    if (prev.words > HEADING_MAX_WORDS) return from;
    if (isRelatedHeading(prev.norm)) return f - 1;
    f--;
  }
  return infos[f]!.p.breaksBefore >= WIDE_GAP ? f : from;
}

/** Names of paired shortcodes whose content is not article text either. */
const PAIRED_SHORTCODES = new Set([
  'caption', 'embed', 'gallery', 'video', 'audio', 'playlist', 'youtube', 'vimeo', 'tweet',
  'twitter', 'instagram', 'facebook', 'iframe', 'ad', 'ads', 'adsense', 'advert', 'related',
  'soundcloud', 'spotify', 'wp_caption', 'img', 'image', 'photo', 'gravityform', 'contact-form-7',
]);
/** Longest span of markup looked for (a missing closer does not swallow the article). */
const MAX_MARKUP = 5000;

/**
 * CMS markup in plain text: `%name(…)` lines, `[shortcode …]…[/shortcode]`, `{{…}}` and
 * `<!-- … -->`. Linear: each closer is searched for once per position it could still match.
 */
export function findMarkup(body: string): ExcludedSpan[] {
  const out: ExcludedSpan[] = [];
  const re = /%[A-Za-z][\w-]*\(|\[\/?[a-z][a-z0-9_-]*(?=[\s\]=/])|\{\{|<!--/g;
  const cache = new Map<string, number>();
  /** indexOf with memory: a found position stays valid for every earlier `from`. */
  const find = (needle: string, from: number): number => {
    const known = cache.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = body.indexOf(needle, from);
    cache.set(needle, at);
    return at;
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const at = m.index;
    const tok = m[0];
    let end = -1;
    if (tok.startsWith('%')) {
      // only a line of its own: `%image(…)` at a line start, up to the line end
      let ls = at;
      while (ls > 0 && body.charCodeAt(ls - 1) !== 0x0a && isSpace(body.charCodeAt(ls - 1))) ls--;
      if (ls === 0 || body.charCodeAt(ls - 1) === 0x0a) {
        let le = body.indexOf('\n', at);
        if (le === -1) le = body.length;
        while (le > at && isSpace(body.charCodeAt(le - 1))) le--;
        if (body.charCodeAt(le - 1) === 0x29) end = le;
      }
    } else if (tok === '{{') {
      const c = find('}}', at + 2);
      if (c !== -1 && c - at <= MAX_MARKUP) end = c + 2;
    } else if (tok === '<!--') {
      const c = find('-->', at + 4);
      if (c !== -1 && c - at <= MAX_MARKUP) end = c + 3;
    } else {
      end = shortcodeEnd(body, at, tok, find);
    }
    if (end > at) {
      out.push({ start: at, end, rule: 'markup/shortcode' });
      re.lastIndex = end;
    }
  }
  return out;
}

function shortcodeEnd(body: string, at: number, tok: string, find: (needle: string, from: number) => number): number {
  const closing = tok.startsWith('[/');
  const name = tok.slice(closing ? 2 : 1);
  const tagEnd = find(']', at);
  if (tagEnd === -1 || tagEnd - at > MAX_MARKUP) return -1;
  const tag = body.slice(at, tagEnd + 1);
  if (tag.includes('\n')) return -1;
  const paired = PAIRED_SHORTCODES.has(name);
  if (closing) return paired ? tagEnd + 1 : -1;
  // an unknown name is markup only with attributes (`[foo id="3"]`), not `[sic]` or `[...]`
  if (!paired && !/\s[\w-]+=/.test(tag)) return -1;
  if (paired) {
    const close = find(`[/${name}]`, tagEnd);
    if (close !== -1 && close - at <= MAX_MARKUP) return close + name.length + 3;
  }
  return tagEnd + 1;
}
