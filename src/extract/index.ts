import type { Article, Claim, ClaimDraft, ClaimType, Entity, ExtractedArticle, Segmented } from '../schema.js';
import { segment } from '../text/segment.js';
import { LineIndex, findSpanAt, overlapsAny } from '../text/location.js';
import type { ExtractContext, Extractor } from './context.js';
import { extractFigures } from './figures/index.js';
import { extractDates } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractFindings } from './findings/index.js';
import { entitiesOf, entityTable, parsePhrase, resolvePhrase, tokenize, type SpeakerPhrase } from './speakers/index.js';
import { tokensOf } from '../text/tokens.js';
import { readingCopies } from '../text/written.js';

export type { ExtractContext, Extractor } from './context.js';

/** Every claim type this version extracts, in the order their extractors run. */
export const EXTRACTORS: ReadonlyArray<{ type: ClaimType; run: Extractor }> = [
  { type: 'quote', run: extractQuotes },
  { type: 'finding', run: extractFindings },
  { type: 'date', run: extractDates },
  { type: 'figure', run: extractFigures },
];

export const CLAIM_TYPES: readonly ClaimType[] = ['figure', 'date', 'quote', 'finding'];

export interface ExtractOptions {
  /** Claim types to keep (default: all). */
  types?: readonly ClaimType[];
  /** Extract from boilerplate too (site chrome, teasers, paywall prompts). */
  keepBoilerplate?: boolean;
  /** Claims kept of one article at most, the first by position (default `MAX_CLAIMS`; 0: no limit). */
  maxClaims?: number;
  /**
   * List the article's entities (people and organisations named) whatever the types (default:
   * when quotes or findings are wanted, whose speakers and sources come from the same table).
   */
  entities?: boolean;
}

/**
 * The default limit on one article's claims. The most in 2,128 real articles is 805; hostile
 * text dense in claims (a line of quotation marks and words) makes one every few characters,
 * and `check`, which holds and compares every claim of a story, exhausted its heap on the
 * 2.3 million of one 16 MB file. An article keeps its first claims by position: the extractors
 * stop soon after the limit (so such a file costs no memory for the claims it would throw away)
 * and the article says where in `truncated`.
 */
export const MAX_CLAIMS = 100_000;

/** Which kinds win when drafts of two kinds overlap: a year or day inside a date is not a figure. */
const PRIORITY: Record<ClaimType, number> = { quote: 0, finding: 1, date: 2, figure: 3 };

/**
 * Extract the claims of one article: segment it, run the extractors, drop what falls in
 * excluded regions, resolve overlaps between kinds, and locate every claim.
 */
export function extractArticle(article: Article, options: ExtractOptions = {}): ExtractedArticle {
  return extractDocument(article, options).extracted;
}

/** Like `extractArticle`, and also the segmented document (for text reuse and alignment in `check`). */
export function extractDocument(article: Article, options: ExtractOptions = {}): { extracted: ExtractedArticle; doc: Segmented } {
  const doc = segment(article, { keepBoilerplate: options.keepBoilerplate ?? false });
  return readingCopies([doc], () => extractSegmented(doc, options));
}

function extractSegmented(doc: Segmented, options: ExtractOptions): { extracted: ExtractedArticle; doc: Segmented } {
  const wanted = new Set(options.types ?? CLAIM_TYPES);
  const maxClaims = options.maxClaims ?? MAX_CLAIMS;
  return { extracted: extracted(doc, draftsOf(doc, wanted, maxClaims), wanted, maxClaims, options.entities ?? withEntities(wanted)), doc };
}

/** The drafts of every extractor that runs for `wanted`, over one document. */
function draftsOf(doc: Segmented, wanted: ReadonlySet<ClaimType>, maxClaims: number): Drafts {
  const ctx = contextOf(doc, maxClaims);
  const drafts: ClaimDraft[] = [];
  if (runs('date', wanted)) tokensOf(doc); // (see `extractDocuments`)
  for (const { type, run } of EXTRACTORS) if (runs(type, wanted)) collect(doc, run(doc, ctx), drafts);
  return stoppedDrafts(drafts, ctx);
}

/** An article's drafts, and where an extractor stopped at the limit (`Infinity`: none did). */
interface Drafts {
  drafts: ClaimDraft[];
  stoppedAt: number;
}

/**
 * The drafts of an article whose extractors ran with a limit: when one stopped early, only the
 * drafts before where it stopped, which are all the article has there (the others may have found
 * more beyond it; a figure there may stand in a date not found).
 */
function stoppedDrafts(drafts: ClaimDraft[], ctx: ExtractContext): Drafts {
  const at = ctx.stoppedAt ?? Infinity;
  return { drafts: at === Infinity ? drafts : drafts.filter((d) => d.start < at), stoppedAt: at };
}

/** `extractArticle` of each article, in order: see `extractDocuments`. */
export function extractArticles(articles: readonly Article[], options: ExtractOptions = {}): ExtractedArticle[] {
  return extractDocuments(articles, options).map((r) => r.extracted);
}

/**
 * `extractDocument` of each article, in order, with the same results, but step by step over
 * the whole batch: every article is segmented, then the entity tables are built, then each
 * extractor runs over every article in turn, then the claims are finished. The work is the
 * same; the processor's caches are not. One step's code (its regular expressions, lexicon
 * lookups, compiled functions) stays hot across the batch instead of every article cycling
 * through all of it. Measured (CPU time, all claim types): on the 982 ECB+ articles, batches
 * of 50 took about a fifth less than one article at a time, batches of 10 about an eighth
 * less; on 1,500 generated articles, batches of 64 about 28% less (16: 14%, 32: 22%, 128:
 * 22%). Throws as `extractDocument` does; a caller that must isolate a failing article can
 * retry the batch one by one.
 */
export function extractDocuments(articles: readonly Article[], options: ExtractOptions = {}): { extracted: ExtractedArticle; doc: Segmented }[] {
  const keepBoilerplate = options.keepBoilerplate ?? false;
  const docs = articles.map((a) => segment(a, { keepBoilerplate }));
  return readingCopies(docs, () => extractBatch(docs, options));
}

function extractBatch(docs: readonly Segmented[], options: ExtractOptions): { extracted: ExtractedArticle; doc: Segmented }[] {
  const wanted = new Set(options.types ?? CLAIM_TYPES);
  // (the tables are memoised on each document: the quote extractor and `entities` reuse them)
  const listEntities = options.entities ?? withEntities(wanted);
  if (listEntities || withEntities(wanted)) for (const doc of docs) entityTable(doc);
  // (the shared tokens, made first: findings read their cue words from them when dates run too)
  if (runs('date', wanted)) for (const doc of docs) tokensOf(doc);
  const maxClaims = options.maxClaims ?? MAX_CLAIMS;
  const ctxs = docs.map((doc) => contextOf(doc, maxClaims));
  const drafts = docs.map((): ClaimDraft[] => []);
  for (const { type, run } of EXTRACTORS) {
    if (!runs(type, wanted)) continue;
    for (let i = 0; i < docs.length; i++) collect(docs[i]!, run(docs[i]!, ctxs[i]!), drafts[i]!);
  }
  return docs.map((doc, i) => ({ extracted: extracted(doc, stoppedDrafts(drafts[i]!, ctxs[i]!), wanted, maxClaims, listEntities), doc }));
}

/**
 * What the extractors know of an article. Their limit is one more than the article keeps: an
 * extractor that finds that many shows that the article has more claims than it keeps.
 */
function contextOf(doc: Segmented, maxClaims: number): ExtractContext {
  const ctx: ExtractContext = { published: isoDay(doc.article.published) };
  if (maxClaims > 0) ctx.limit = maxClaims + 1;
  return ctx;
}

/** The entity table goes with quotes and findings (their speakers and sources). */
function withEntities(wanted: ReadonlySet<ClaimType>): boolean {
  return wanted.has('quote') || wanted.has('finding');
}

/** The extracted article from the drafts of every extractor that ran. */
function extracted(doc: Segmented, found: Drafts, wanted: ReadonlySet<ClaimType>, maxClaims: number, listEntities: boolean): ExtractedArticle {
  const article = doc.article;
  const lines = linesOf(doc);
  const { claims, cutAt } = finish(doc, found, wanted, lines, maxClaims);
  const out: ExtractedArticle = {
    id: article.id,
    path: article.path,
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    byline: article.byline,
    url: article.url,
    claims,
    entities: listEntities ? entities(doc, lines) : [],
  };
  if (cutAt !== Infinity) out.truncated = { start: cutAt, ...lines.locate(cutAt) };
  return out;
}

/** The article's entity table, located like claims and numbered in order of first mention. */
function entities(doc: Segmented, lines: LineIndex): Entity[] {
  const out: Entity[] = [];
  for (const e of entitiesOf(doc)) {
    if (overlapsAny(doc.excluded, e.start, e.end)) continue;
    const { line, column } = lines.locate(e.start);
    // (written out in the schema's order: a spread after a key is a slow generic copy)
    out.push({ id: idOf('entity', out.length + 1), kind: e.kind, name: e.name, aliases: e.aliases, roles: e.roles, start: e.start, end: e.end, line, column });
  }
  if (doc.source) {
    // (read from the copy: a name across a CRLF line break or blanked syntax has a run of spaces)
    for (const e of out) {
      e.name = nameAsWritten(e.name);
      e.aliases = e.aliases.map(nameAsWritten);
      e.roles = e.roles.map(nameAsWritten);
    }
  }
  return out;
}

/**
 * A name, role or source read from a copy of the body, as written: white space runs one space,
 * and none left before a possessive where the copy blanked syntax (`[Seacom](…)’s tweet` reads
 * `Seacom ’s tweet` in the copy; no name as written has a space there).
 */
function nameAsWritten(s: string): string {
  return oneSpaced(s).replace(/ (['’]s)(?![\p{L}\p{N}])/gu, '$1');
}

/** White space runs as one space. */
function oneSpaced(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** The claims of an already segmented article, in order of position. */
export function claimsOf(doc: Segmented, options: ExtractOptions = {}): Claim[] {
  const wanted = new Set(options.types ?? CLAIM_TYPES);
  const maxClaims = options.maxClaims ?? MAX_CLAIMS;
  return finish(doc, draftsOf(doc, wanted, maxClaims), wanted, linesOf(doc), maxClaims).claims;
}

/** Does the extractor of `type` run? Dates are always found so that the numbers inside them never turn into figures. */
function runs(type: ClaimType, wanted: ReadonlySet<ClaimType>): boolean {
  return wanted.has(type) || (type === 'date' && wanted.has('figure'));
}

/** Adds to `drafts` the found ones with a sound span outside the excluded regions. */
function collect(doc: Segmented, found: readonly ClaimDraft[], drafts: ClaimDraft[]): void {
  const excluded = doc.excluded;
  const length = doc.article.body.length;
  for (const d of found) {
    if (d.end <= d.start || d.start < 0 || d.end > length) continue;
    if (overlapsAny(excluded, d.start, d.end)) continue;
    drafts.push(d);
  }
}

/**
 * The claims of the drafts of every extractor that ran: overlaps resolved, cut to the first
 * `max` (0: all), sources made canonical, located, attributed; and where the article was cut
 * (`Infinity`: it was not), at the first claim left out or where an extractor stopped: no claim
 * kept starts there or later.
 */
function finish(doc: Segmented, found: Drafts, wanted: ReadonlySet<ClaimType>, lines: LineIndex, max: number): { claims: Claim[]; cutAt: number } {
  const kept = resolveOverlaps(found.drafts).filter((d) => wanted.has(d.type));
  let cutAt = found.stoppedAt;
  if (max > 0 && kept.length > max) {
    cutAt = Math.min(cutAt, kept[max]!.start);
    // (and claims that start where the first one left out does go with it: none from there on is kept)
    let n = max;
    while (n > 0 && kept[n - 1]!.start >= cutAt) n--;
    kept.length = n;
  }
  for (const d of kept) if (d.type === 'finding') canonicalSource(doc, d);
  const claims = attribute(locate(doc, kept, lines));
  if (doc.source) asWritten(claims, doc.source.body, doc.article.body);
  return { claims, cutAt };
}

/** The lines of the article as loaded (not of the copy with hard-wrapped lines joined: see `Segmented.article`). */
function linesOf(doc: Segmented): LineIndex {
  return new LineIndex((doc.source ?? doc.article).body);
}

/**
 * Claims read from a copy of the body (hard-wrapped paragraphs joined, Markdown syntax blanked:
 * `Segmented.article`) get back the text as written: a figure's, date's or finding's text is
 * exactly the body between its offsets, line breaks and links and all. A quote's text is the
 * quoted words as written without the syntax the copy blanked (`“… _today_,”` reads `today,`,
 * not `today ,`), its runs of white space one space, as are a speaker's, role's and source's
 * (a name across a CRLF line break reads `Jane  Doe` in the copy); its sentence is the context
 * as read.
 */
function asWritten(claims: Claim[], body: string, read: string): void {
  for (const c of claims) {
    if (c.type !== 'quote') {
      c.text = body.slice(c.start, c.end);
      if (c.type === 'finding' && c.source) c.source = nameAsWritten(c.source);
    } else {
      // (a quotation in one paragraph: its text stands in the copy as it is, inside its span;
      // one over several paragraphs is its pieces joined, found in the span in turn)
      const at = read.slice(c.start, c.end).indexOf(c.text);
      c.text = oneSpaced(at !== -1 ? unblanked(body, read, c.start + at, c.start + at + c.text.length) : unblankedAlong(c.text, body, read, c.start, c.end));
      if (c.speaker) c.speaker = nameAsWritten(c.speaker);
      if (c.role) c.role = nameAsWritten(c.role);
    }
  }
}

/** `body[from, to)` without the characters the copy `read` blanked (made spaces). */
function unblanked(body: string, read: string, from: number, to: number): string {
  let out = '';
  let kept = from;
  for (let i = from; i < to; i++) {
    if (read.charCodeAt(i) !== 32 || body.charCodeAt(i) === 32 || body.charCodeAt(i) === 10 || body.charCodeAt(i) === 13) continue;
    out += body.slice(kept, i);
    kept = i + 1;
  }
  return out + body.slice(kept, to);
}

/** How far ahead in the copy a character of a quote's text is looked for (`unblankedAlong`). */
const ALIGN_AHEAD = 64;

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * `text`, made of pieces of the copy `read` inside `[from, to)` (a quotation over several
 * paragraphs, joined), without the characters the copy blanked: each character of `text` is
 * matched to the next one in the copy that is the same (white space to white space), looking at
 * most `ALIGN_AHEAD` ahead; a character matched to a blank the copy made is left out, one not
 * found (a space that joins two paragraphs' pieces) is kept.
 */
function unblankedAlong(text: string, body: string, read: string, from: number, to: number): string {
  let out = '';
  let j = from;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const end = Math.min(to, j + ALIGN_AHEAD);
    let k = j;
    while (k < end && !(read.charCodeAt(k) === ch || (isWhite(ch) && isWhite(read.charCodeAt(k))))) k++;
    if (k === end) {
      out += text[i];
      continue;
    }
    j = k + 1;
    if (read.charCodeAt(k) === 32 && !isWhite(body.charCodeAt(k))) continue;
    out += text[i];
  }
  return out;
}

/**
 * A finding's source in the same canonical form as a quote's speaker: a person named earlier
 * in full ("Cllr Doe" → "Jane Doe") or a body's stable form, so that one reporter reads the
 * same whichever kind of claim it stands on.
 */
function canonicalSource(doc: Segmented, d: Extract<ClaimDraft, { type: 'finding' }>): void {
  if (!d.source) return;
  // (speakers' `canonicalName`, with the phrase's parse memoised: see `sourcePhrase`)
  const p = sourcePhrase(d.source);
  const c = p ? resolvePhrase(doc, p, d.start) : null;
  // The draft is a fresh object owned by this call: its source is replaced in place (same keys).
  if (c && c.name !== d.source && (c.kind === 'person' || c.kind === 'organisation')) d.source = c.name;
}

/**
 * The parse of a source phrase as its own text, memoised by the text: it depends on nothing
 * else, and findings name the same few sources again and again ("the report", "inspectors").
 * Only what comes of it depends on the article and the offset (`resolvePhrase`). Bounded:
 * emptied when full.
 */
const SOURCE_PHRASES = new Map<string, SpeakerPhrase | null>();
const MAX_SOURCE_PHRASES = 4096;

function sourcePhrase(source: string): SpeakerPhrase | null {
  let p = SOURCE_PHRASES.get(source);
  if (p === undefined) {
    p = parsePhrase(source, tokenize(source, 0, source.length, 40).filter((t) => t.text !== ','));
    if (SOURCE_PHRASES.size >= MAX_SOURCE_PHRASES) SOURCE_PHRASES.clear();
    SOURCE_PHRASES.set(source, p);
  }
  return p;
}

/**
 * Figures and dates that stand inside a quotation or a finding carry who states them: the
 * quote's speaker or the finding's source (the innermost claim wins). One sweep over claims
 * sorted by start.
 */
function attribute(claims: Claim[]): Claim[] {
  const open: { end: number; who: string | null }[] = [];
  for (const c of claims) {
    while (open.length && open[open.length - 1]!.end <= c.start) open.pop();
    if (c.type === 'quote' || c.type === 'finding') {
      // a claim that ends past an open one is not inside it: close those first
      while (open.length && open[open.length - 1]!.end < c.end) open.pop();
      open.push({ end: c.end, who: c.type === 'quote' ? c.speaker : c.source });
    } else if (open.length) {
      const inner = open.findLast((o) => o.end >= c.end);
      if (inner) c.attribution = inner.who;
    }
  }
  return claims;
}

/**
 * Where drafts of different kinds compete for the same words, keep the one that owns them: a
 * year or a day inside a date is not a figure. Quotes and findings contain figures and dates by
 * nature and never compete. Linear after sorting: date spans are merged into sorted,
 * disjoint intervals and each figure is checked with a binary search.
 */
function resolveOverlaps(drafts: ClaimDraft[]): ClaimDraft[] {
  const dates = mergeSpans(drafts.filter((d) => d.type === 'date'));
  const out = drafts.filter((d) => d.type !== 'figure' || !overlapsAny(dates, d.start, d.end));
  return out.sort((a, b) => a.start - b.start || a.end - b.end || PRIORITY[a.type] - PRIORITY[b.type]);
}

/** Sorted, disjoint cover of the given spans. */
function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Ids (`figure-3`, `entity-12`) made once and shared by every article: most articles number the same first few hundred. */
const IDS = new Map<string, string[]>();
const MAX_SHARED_ID = 4096;

function idOf(kind: string, n: number): string {
  if (n > MAX_SHARED_ID) return `${kind}-${n}`;
  let ids = IDS.get(kind);
  if (!ids) {
    ids = [];
    IDS.set(kind, ids);
  }
  return (ids[n] ??= `${kind}-${n}`);
}

/** Adds ids, line/column and the sentence to drafts sorted by start (one forward sweep over the sentences). */
function locate(doc: Segmented, drafts: ClaimDraft[], lines: LineIndex): Claim[] {
  const body = doc.article.body;
  const sentences = doc.sentences;
  const sourceLineOf = sourceLines(doc);
  const counters: Record<ClaimType, number> = { figure: 0, date: 0, quote: 0, finding: 0 };
  // The last sentence that starts at or before the draft (what `findSpanAt` gives), by a cursor.
  let si = -1;
  // Claims in one sentence share its text: sliced once.
  let textStart = -1;
  let textEnd = -1;
  let text = '';
  // Drafts are fresh objects owned by this call: the claim is the draft with its location
  // added in place (the keys in the same order as a spread would give, copying nothing).
  for (const d of drafts) {
    const n = ++counters[d.type];
    const { line, column } = lines.locate(d.start);
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= d.start) si++;
    const s = si >= 0 && sentences[si]!.end >= d.end ? sentences[si]! : enclosingParagraph(doc, d);
    if (s.end - s.start > MAX_SENTENCE_CHARS) {
      // (a stretch this long has no sentence stops: each claim gets its own window of it)
      const w = windowAround(body, s, d);
      textStart = w.start;
      textEnd = w.end;
      text = body.slice(w.start, w.end);
    } else if (s.start !== textStart || s.end !== textEnd) {
      textStart = s.start;
      textEnd = s.end;
      text = body.slice(textStart, textEnd);
    }
    const c = d as Record<string, unknown>;
    if (d.type === 'figure' || d.type === 'date') c.attribution = null;
    if (sourceLineOf) c.sourceLine = sourceLineOf(d.start);
    c.id = idOf(d.type, n);
    c.line = line;
    c.column = column;
    c.sentence = text;
  }
  return drafts as unknown as Claim[];
}

/**
 * For a saved page, the HTML source line of the block an offset stands in: the body is its
 * blocks joined by blank lines, one source line recorded per block.
 */
function sourceLines(doc: Segmented): ((offset: number) => number) | null {
  const lines = doc.article.sourceLines;
  if (!lines?.length) return null;
  const starts = [0];
  const body = doc.article.body;
  for (let i = body.indexOf('\n\n'); i !== -1; i = body.indexOf('\n\n', i + 2)) starts.push(i + 2);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lines[Math.min(lo, lines.length - 1)]!;
  };
}

/**
 * A claim's `sentence` is the sentence it stands in, up to this many characters. A longer one
 * is a stretch without sentence stops (a list run together, a pasted table, hostile input),
 * and every claim in it carried all of it: a 1 MB line of quotations made a gigabyte of
 * output per thousand claims, and one article's output outgrew a JavaScript string.
 */
export const MAX_SENTENCE_CHARS = 2000;
/** In such a stretch, the claim's `sentence` is the claim with up to this many characters either side, cut at white space. */
export const SENTENCE_PAD = 300;

function windowAround(body: string, s: { start: number; end: number }, d: { start: number; end: number }): { start: number; end: number } {
  let a = Math.max(s.start, d.start - SENTENCE_PAD);
  let b = Math.min(s.end, d.end + SENTENCE_PAD);
  if (a > s.start) {
    // start after a white space, when there is one before the claim
    let k = a;
    while (k < d.start && !isSpaceCode(body.charCodeAt(k))) k++;
    if (k < d.start) a = k;
    while (a < d.start && isSpaceCode(body.charCodeAt(a))) a++;
  }
  if (b < s.end) {
    let k = b;
    while (k > d.end && !isSpaceCode(body.charCodeAt(k - 1))) k--;
    if (k > d.end) b = k;
    while (b > d.end && isSpaceCode(body.charCodeAt(b - 1))) b--;
  }
  return { start: a, end: b };
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

function enclosingParagraph(doc: Segmented, d: { start: number; end: number }): { start: number; end: number } {
  const pi = findSpanAt(doc.paragraphs, d.start);
  const p = pi >= 0 ? doc.paragraphs[pi]! : undefined;
  return p && p.end >= d.end ? p : d;
}

/** `YYYY-MM-DD` of an ISO date or date-time string, or `null`. */
export function isoDay(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1]! : null;
}
