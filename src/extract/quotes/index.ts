/**
 * Quotes: direct quotations with their speaker, role, cue and whether they are fragments.
 * Three steps, each testable alone: `01-scan.ts` (find: pair the marks into quotations,
 * recovering from malformed ones) → `02-attribute.ts` (parse: speaker, cue, fragment) →
 * here (claim: the drafts the pipeline takes).
 *
 * A draft's `text` is the quoted words with the enclosing marks removed and the paragraphs
 * of a multi-paragraph quotation joined with one space; `start`/`end` run from the opening
 * mark to the closing mark, or to the last quoted character when the closing mark is missing.
 * Speakers come from the per-article entity table (`../speakers`), shared with findings.
 */
import type { QuoteDraft, Segmented } from '../../schema.js';
import type { ExtractContext } from '../context.js';
import { scanQuotes, quoteText, type FoundQuote } from './01-scan.js';
import { attributeAll, type Attribution } from './02-attribute.js';

export { scanQuotes, quoteText, markRole, type FoundQuote, type QuotePiece } from './01-scan.js';
export { attributeAll, attributeAfter, attributeBefore, subjectOf, type Attribution } from './02-attribute.js';

/** Build the claim drafts from found quotations and their attributions. */
export function quoteDrafts(doc: Segmented, quotes: FoundQuote[], attributions: Attribution[]): QuoteDraft[] {
  const body = doc.article.body;
  return quotes.map((q, k) => {
    const a = attributions[k]!;
    return {
      type: 'quote',
      text: quoteText(body, q),
      start: q.start,
      end: q.end,
      rule: a.rule,
      speaker: a.speaker ? a.speaker.name : null,
      role: a.speaker ? a.speaker.role : null,
      cue: a.cue,
      fragment: a.fragment,
    };
  });
}

/** Quotations of a segmented article, sorted by start. */
export function extractQuotes(doc: Segmented, ctx?: ExtractContext): QuoteDraft[] {
  const quotes = scanQuotes(doc, ctx);
  // No quotation, no claim: nor any need to attribute (which would build the entity table).
  if (!quotes.length) return [];
  return quoteDrafts(doc, quotes, attributeAll(doc, quotes));
}
