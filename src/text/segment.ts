import type { Article, ExcludedSpan, Paragraph, Segmented, Sentence } from '../schema.js';
import { findBoilerplate, findMarkup } from './boilerplate.js';
import { looksLikeMarkdown, markdownView } from './markdown.js';
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
export function segment(loaded: Article, options: SegmentOptions = {}): Segmented {
  // (a Markdown file, or plain text a converter wrote as Markdown, is read without its syntax: see `markdownView`)
  const read = loaded.format === 'md' || (loaded.format !== 'html' && looksLikeMarkdown(loaded.body)) ? markdownView(loaded.body) : loaded.body;
  const blocks = findParagraphs(read);
  const soft = softBreaks(read, blocks);
  const article = soft === loaded.body ? loaded : { ...loaded, body: soft };
  const body = article.body;
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
  const doc: Segmented = { article, paragraphs, sentences, excluded };
  if (article !== loaded) doc.source = loaded;
  return doc;
}

/**
 * The body with the line breaks inside its paragraphs made spaces (`\r` and `\n` each one
 * space, so that every offset holds), or the body itself when no paragraph holds one. A
 * paragraph spans lines only where `findParagraphs` found hard-wrapped prose: there a line
 * break is the space the writer's tool put it in place of, and sentences, quotes and figures
 * read across it as across any space ("176 receiving\nyards", "“minimum\nstandards”").
 */
function softBreaks(body: string, blocks: readonly { start: number; end: number }[]): string {
  let out: string[] | null = null;
  let kept = 0;
  for (const b of blocks) {
    let i = body.indexOf('\n', b.start);
    if (i === -1 || i >= b.end) continue;
    out ??= [];
    for (; i !== -1 && i < b.end; i = body.indexOf('\n', i + 1)) {
      const from = body.charCodeAt(i - 1) === 13 ? i - 1 : i;
      out.push(body.slice(kept, from), from < i ? '  ' : ' ');
      kept = i + 1;
    }
  }
  if (out === null) return body;
  out.push(body.slice(kept));
  return out.join('');
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
