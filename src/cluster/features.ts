/**
 * What one article offers for finding its story, as a bag of keyed features:
 *
 * - content stems of its own text (title and sentences outside excluded regions; stop words and
 *   numbers left out), a stem written as a name (capitalised inside a sentence) counting more;
 * - `@name`: the people and organisations of its entity table;
 * - `#fig:value:unit`: figures that count something ("4 injured" → `#fig:4:injured`), and
 *   `#day:MM-DD` / `#year:YYYY`: the days and years its dates name (a day without its year still
 *   matches, so "7 July" meets "2005-07-07").
 *
 * Weights per family and tf-idf over the archive are applied in `index.ts`.
 */
import type { ExtractedArticle, Segmented } from '../schema.js';
import { overlapsAny } from '../text/location.js';
import { isStopword, stem, tokenize } from '../compare/text.js';

/** The feature families, by key prefix: `@` entities, `#` figures and dates, else words. */
export type Family = 'word' | 'entity' | 'fact';

export function familyOf(key: string): Family {
  return key[0] === '@' ? 'entity' : key[0] === '#' ? 'fact' : 'word';
}

export interface ArticleFeatures {
  /** Feature keys with repeats (term frequency); name stems repeated by the caller's name weight. */
  words: string[];
  /** Stems written as names at least once (capitalised, not first in their sentence). */
  names: Set<string>;
  entities: string[];
  facts: string[];
  /** The article's own text, joined, for shingling and labels. */
  text: string;
  /** The first sentence of its own text (a label when it has no title). */
  lead: string;
}

export function articleFeatures(article: ExtractedArticle, doc: Segmented): ArticleFeatures {
  const body = doc.article.body;
  const sentences = doc.sentences.filter((s) => !overlapsAny(doc.excluded, s.start, s.end)).map((s) => body.slice(s.start, s.end));
  const title = article.title?.trim() ?? '';
  const parts = title && !body.trimStart().startsWith(title) ? [title, ...sentences] : sentences;
  const words: string[] = [];
  const names = new Set<string>();
  for (const s of parts) {
    const toks = tokenize(s);
    toks.forEach((t, i) => {
      const k = t.key;
      if (k.length < 2 || isStopword(k) || /^\d/.test(k)) return;
      const st = stem(k);
      if (i > 0 && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}+$/u.test(t.text)) names.add(st);
      words.push(st);
    });
  }
  const entities = new Set<string>();
  for (const e of article.entities) {
    if (e.kind !== 'person' && e.kind !== 'organisation') continue;
    const key = tokenize(e.name).map((t) => t.key).filter((k) => !isStopword(k)).join(' ');
    if (key.includes(' ') || e.kind === 'organisation') entities.add(`@${key}`);
  }
  const facts = new Set<string>();
  for (const c of article.claims) {
    if (c.type === 'figure' && c.value !== null && c.unit) facts.add(`#fig:${c.value}:${c.unit}`);
    else if (c.type === 'date' && c.date) {
      if (c.precision === 'day') facts.add(`#day:${c.date.slice(-5)}`);
      if (/^\d{4}/.test(c.date) && c.basis === 'explicit') facts.add(`#year:${c.date.slice(0, 4)}`);
    }
  }
  const published = article.published?.slice(0, 4);
  if (published && /^\d{4}$/.test(published)) facts.add(`#year:${published}`);
  return { words, names, entities: [...entities], facts: [...facts], text: parts.join(' '), lead: parts[0] ?? '' };
}
