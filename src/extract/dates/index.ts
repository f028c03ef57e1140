/**
 * Dates: absolute, partial and relative dates and date ranges, resolved against the
 * publication date. A pipeline of separately testable steps:
 * 01 tokenize → 02 find (grammar → mentions) → 03 parse (complete ranges) → 04 resolve → 05 claim.
 */
import type { DateDraft, Segmented } from '../../schema.js';
import { findSpanAt } from '../../text/location.js';
import type { ExtractContext } from '../context.js';
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
  const exprs = findMentions(tokensOf(doc)).map(parseMention);
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
  const sentenceOf = (o: number): number => {
    const i = findSpanAt(doc.sentences, o);
    return i >= 0 && doc.sentences[i]!.end > o ? i : -1;
  };
  const paragraphOf = (o: number): number => {
    const i = findSpanAt(doc.paragraphs, o);
    return i >= 0 && doc.paragraphs[i]!.end > o ? i : -1;
  };
  const anchors = exprs.map((e) => (hasExplicitYear(e) ? e.from.year! : null));
  const sent = exprs.map((e) => sentenceOf(e.start));
  const para = exprs.map((e) => paragraphOf(e.start));
  // Dates are in text order and sentences/paragraphs are contiguous, so the nearest explicit
  // date on each side is the only candidate there: two sweeps, linear.
  const n = exprs.length;
  const left: number[] = new Array<number>(n).fill(-1);
  const right: number[] = new Array<number>(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    left[i] = last;
    if (anchors[i] !== null) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    right[i] = last;
    if (anchors[i] !== null) last = i;
  }
  return exprs.map((e, i) => {
    if (anchors[i] !== null) return null;
    let best: number | null = null;
    let bestScore = Infinity;
    for (const x of [left[i]!, right[i]!]) {
      if (x < 0) continue;
      const sameSentence = sent[x] === sent[i] && sent[i] !== -1;
      const sameParagraph = para[x] === para[i] && para[i] !== -1;
      if (!sameSentence && !sameParagraph) continue;
      const score = (sameSentence ? 0 : 1e9) + Math.abs(exprs[x]!.start - e.start);
      if (score < bestScore) {
        bestScore = score;
        best = anchors[x]!;
      }
    }
    return best;
  });
}
