import type { Article, Paragraph, Segmented, Sentence } from '../schema.js';

/**
 * Split an article body into paragraphs and sentences with exact offsets.
 * (Provisional: blank-line paragraphs and a naive sentence split; replaced by the real one.)
 */
export interface SegmentOptions {
  /** Do not mark boilerplate (site chrome, teasers, paywall prompts) as excluded. */
  keepBoilerplate?: boolean;
}

export function segment(article: Article, _options: SegmentOptions = {}): Segmented {
  const body = article.body;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of body.matchAll(re)) {
    const p: Paragraph = { index: paragraphs.length, start: m.index, end: m.index + m[0].length };
    paragraphs.push(p);
    const sre = /[^.!?]+(?:[.!?]+|$)/g;
    for (const s of m[0].matchAll(sre)) {
      const lead = s[0].length - s[0].trimStart().length;
      const text = s[0].trim();
      if (!text) continue;
      const start = p.start + s.index + lead;
      sentences.push({ index: sentences.length, paragraph: p.index, start, end: start + text.length });
    }
  }
  return { article, paragraphs, sentences, excluded: [...article.excluded] };
}
