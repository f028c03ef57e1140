import type { Article, ExcludedSpan, Paragraph, Segmented, Sentence } from '../schema.js';
import { findBoilerplate, findMarkup } from './boilerplate.js';
import { findParagraphs } from './paragraphs.js';
import { sentenceSpans } from './sentences.js';

export interface SegmentOptions {
  /** Do not mark boilerplate (site chrome, teasers, paywall prompts, CMS markup) as excluded. */
  keepBoilerplate?: boolean;
}

/**
 * Split an article body into paragraphs and sentences with exact offsets (0-based, half-open
 * UTF-16, trimmed: `body.slice(start, end)` is the text), and mark the regions that are not
 * article text. Boilerplate regions are segmented like the rest; only `excluded` marks them.
 *
 * `excluded` is sorted and non-overlapping: the loader's `article.excluded` merged with what is
 * found here (nothing is added when `keepBoilerplate` is set).
 */
export function segment(article: Article, options: SegmentOptions = {}): Segmented {
  const body = article.body;
  const blocks = findParagraphs(body);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const b of blocks) {
    const index = paragraphs.length;
    paragraphs.push({ index, start: b.start, end: b.end });
    const spans = sentenceSpans(body, b.textStart, b.end);
    for (let k = 0; k < spans.length; k += 2) {
      sentences.push({ index: sentences.length, paragraph: index, start: spans[k]!, end: spans[k + 1]! });
    }
  }
  const excluded = options.keepBoilerplate
    ? [...article.excluded]
    : mergeSpans([...article.excluded, ...findMarkup(body), ...findBoilerplate(body, blocks)]);
  return { article, paragraphs, sentences, excluded };
}

/**
 * Sort spans and merge the overlapping ones. A span inside another is dropped; two that
 * overlap in part become one with the rule of the one that starts first. Empty spans go.
 */
export function mergeSpans(spans: readonly ExcludedSpan[]): ExcludedSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExcludedSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start < prev.end) {
      if (s.end > prev.end) prev.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
