import type { Article, Claim, ClaimDraft, ClaimType, Entity, ExtractedArticle, Segmented } from '../schema.js';
import { segment } from '../text/segment.js';
import { LineIndex, findSpanAt, overlapsAny } from '../text/location.js';
import type { ExtractContext, Extractor } from './context.js';
import { extractFigures } from './figures/index.js';
import { extractDates } from './dates/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractFindings } from './findings/index.js';
import { canonicalName, entitiesOf } from './speakers/index.js';

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
}

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
  const wanted = options.types ?? CLAIM_TYPES;
  const withEntities = wanted.includes('quote') || wanted.includes('finding');
  return { extracted: { ...metaOf(article), claims: claimsOf(doc, options), entities: withEntities ? entities(doc) : [] }, doc };
}

/** The article's entity table, located like claims and numbered in order of first mention. */
function entities(doc: Segmented): Entity[] {
  const lines = new LineIndex(doc.article.body);
  return entitiesOf(doc)
    .filter((e) => !overlapsAny(doc.excluded, e.start, e.end))
    .map((e, i) => ({ id: idOf('entity', i + 1), ...e, ...lines.locate(e.start) }));
}

/** The claims of an already segmented article, in order of position. */
export function claimsOf(doc: Segmented, options: ExtractOptions = {}): Claim[] {
  const ctx: ExtractContext = { published: isoDay(doc.article.published) };
  const wanted = new Set(options.types ?? CLAIM_TYPES);
  const excluded = doc.excluded;
  const drafts: ClaimDraft[] = [];
  for (const { type, run } of EXTRACTORS) {
    // Dates are always found so that the numbers inside them never turn into figures.
    if (!wanted.has(type) && !(type === 'date' && wanted.has('figure'))) continue;
    for (const d of run(doc, ctx)) {
      if (d.end <= d.start || d.start < 0 || d.end > doc.article.body.length) continue;
      if (overlapsAny(excluded, d.start, d.end)) continue;
      drafts.push(d);
    }
  }
  const kept = resolveOverlaps(drafts).filter((d) => wanted.has(d.type));
  return attribute(locate(doc, kept.map((d) => (d.type === 'finding' ? canonicalSource(doc, d) : d))));
}

/**
 * A finding's source in the same canonical form as a quote's speaker: a person named earlier
 * in full ("Cllr Doe" → "Jane Doe") or a body's stable form, so that one reporter reads the
 * same whichever kind of claim it stands on.
 */
function canonicalSource(doc: Segmented, d: Extract<ClaimDraft, { type: 'finding' }>): ClaimDraft {
  if (!d.source) return d;
  const c = canonicalName(d.source, doc, d.start);
  return c && c.name !== d.source && (c.kind === 'person' || c.kind === 'organisation') ? { ...d, source: c.name } : d;
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

function locate(doc: Segmented, drafts: ClaimDraft[]): Claim[] {
  const body = doc.article.body;
  const lines = new LineIndex(body);
  const sourceLineOf = sourceLines(doc);
  const counters = new Map<ClaimType, number>();
  // Drafts are fresh objects owned by this call: the claim is the draft with its location
  // added in place (the keys in the same order as a spread would give, copying nothing).
  return drafts.map((d) => {
    const n = (counters.get(d.type) ?? 0) + 1;
    counters.set(d.type, n);
    const { line, column } = lines.locate(d.start);
    const si = findSpanAt(doc.sentences, d.start);
    const s = si >= 0 && doc.sentences[si]!.end >= d.end ? doc.sentences[si]! : enclosingParagraph(doc, d);
    const c = d as Record<string, unknown>;
    if (d.type === 'figure' || d.type === 'date') c.attribution = null;
    if (sourceLineOf) c.sourceLine = sourceLineOf(d.start);
    c.id = idOf(d.type, n);
    c.line = line;
    c.column = column;
    c.sentence = body.slice(s.start, s.end);
    return c as unknown as Claim;
  });
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

function enclosingParagraph(doc: Segmented, d: { start: number; end: number }): { start: number; end: number } {
  const pi = findSpanAt(doc.paragraphs, d.start);
  const p = pi >= 0 ? doc.paragraphs[pi]! : undefined;
  return p && p.end >= d.end ? p : d;
}

function metaOf(a: Article): Omit<ExtractedArticle, 'claims' | 'entities'> {
  return { id: a.id, path: a.path, title: a.title, publisher: a.publisher, published: a.published, byline: a.byline, url: a.url };
}

/** `YYYY-MM-DD` of an ISO date or date-time string, or `null`. */
export function isoDay(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1]! : null;
}
