/**
 * Dates: absolute, partial and relative dates and date ranges, resolved against the
 * publication date. A pipeline of separately testable steps:
 * 01 tokenize → 02 find (grammar → mentions) → 03 parse (complete ranges) → 04 resolve → 05 claim.
 */
import type { DateDraft, Segmented } from '../../schema.js';
import { findSpanAt } from '../../text/location.js';
import { stoppedIfFull, type ExtractContext } from '../context.js';
import { tokenize, tokensOf } from './01-tokenize.js';
import { findMentions } from './02-find.js';
import { parseMention } from './03-parse.js';
import { hasExplicitYear, parseIsoDay, resolveExpr, type Anchor } from './04-resolve.js';
import { toDraft } from './05-claim.js';
import type { DateExpr } from './types.js';

export { tokenize } from './01-tokenize.js';
export { findMentions } from './02-find.js';
export { parseMention } from './03-parse.js';
export { resolveExpr, resolvePoint, parseIsoDay } from './04-resolve.js';
export type { Anchor, Resolved, Ymd } from './04-resolve.js';
export type { DateExpr, Mention, RawPoint } from './types.js';

/** Find and parse the date phrases of a text, unresolved (for tests and tools). */
export function parseDates(text: string): DateExpr[] {
  return findMentions(tokenize(text)).map(parseMention);
}

/** Dates: absolute, partial, relative and ranges, resolved against the publication date. */
export function extractDates(doc: Segmented, ctx: ExtractContext): DateDraft[] {
  const body = doc.article.body;
  const mentions = findMentions(tokensOf(doc), ctx.limit);
  stoppedIfFull(ctx, mentions);
  const exprs = mentions.map(parseMention);
  const published = parseIsoDay(ctx.published);
  const years = published ? null : contextYears(doc, exprs);
  return exprs.map((e, i) => {
    const anchor: Anchor = { published, contextYear: years ? years[i]! : null };
    return toDraft(body, e, resolveExpr(e, anchor));
  });
}

/**
 * For each date, the year of the nearest date with written years in the same sentence, else in
 * the same paragraph, else `null`.
 */
function contextYears(doc: Segmented, exprs: DateExpr[]): (number | null)[] {
  const n = exprs.length;
  const out = new Array<number | null>(n).fill(null);
  // Dates are in text order and sentences/paragraphs are contiguous, so the nearest explicit
  // date on each side is the only candidate there: two sweeps, linear. (Plain loops over index
  // arrays: an article without dates, or whose dates all or none have written years, costs
  // next to nothing.)
  let explicit = 0;
  for (let i = 0; i < n; i++) if (hasExplicitYear(exprs[i]!)) explicit++;
  if (explicit === 0 || explicit === n) return out;
  const anchors = new Array<number | null>(n);
  const sent = new Array<number>(n);
  const para = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const e = exprs[i]!;
    anchors[i] = hasExplicitYear(e) ? e.from.year! : null;
    sent[i] = spanOf(doc.sentences, e.start);
    para[i] = spanOf(doc.paragraphs, e.start);
  }
  const left = new Array<number>(n);
  for (let i = 0, last = -1; i < n; i++) {
    left[i] = last;
    if (anchors[i] !== null) last = i;
  }
  for (let i = n - 1, right = -1; i >= 0; i--) {
    if (anchors[i] === null) {
      let best: number | null = null;
      let bestScore = Infinity;
      for (let side = 0; side < 2; side++) {
        const x = side === 0 ? left[i]! : right;
        if (x < 0) continue;
        const sameSentence = sent[x] === sent[i] && sent[i] !== -1;
        const sameParagraph = para[x] === para[i] && para[i] !== -1;
        if (!sameSentence && !sameParagraph) continue;
        const score = (sameSentence ? 0 : 1e9) + Math.abs(exprs[x]!.start - exprs[i]!.start);
        if (score < bestScore) {
          bestScore = score;
          best = anchors[x]!;
        }
      }
      out[i] = best;
    } else right = i;
  }
  return out;
}

/** The index of the span holding offset `o`, or -1. */
function spanOf(spans: readonly { start: number; end: number }[], o: number): number {
  const i = findSpanAt(spans, o);
  return i >= 0 && spans[i]!.end > o ? i : -1;
}
