/**
 * Invariants over every fixture article: each claim's offsets point at its words, line and
 * column agree with the offsets, the claim fits the exported schema, and output is stable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { loadArticles } from '../src/load/index.js';
import { Claim, type Article } from '../src/schema.js';
import { LineIndex } from '../src/text/location.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

async function allFixtureArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const ev of loadArticles([fixtures])) {
    if (ev.kind === 'error') throw new Error(`${ev.error.path}: ${ev.error.message}`);
    if (ev.kind === 'article') out.push(ev.article);
  }
  return out;
}

const articles = await allFixtureArticles();

/** Every word of a quote's text stands, in order, in its span (marks and paragraph breaks aside). */
function expectWordsInOrder(text: string, span: string): void {
  let at = 0;
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const i = span.indexOf(w, at);
    expect(i, `"${w}" of the quote "${text}" is not in its span after offset ${at}`).toBeGreaterThanOrEqual(0);
    at = i + w.length;
  }
}

describe('every fixture article', () => {
  test('there are fixture articles of every format', () => {
    expect(new Set(articles.map((a) => a.format))).toEqual(new Set(['txt', 'md', 'html', 'json', 'ndjson']));
  });

  test.each(articles.map((a) => [a.id, a] as const))('%s: offsets, line:column and schema hold', (_id, article) => {
    for (const keep of [false, true]) {
      const { claims } = extractArticle(article, { keepBoilerplate: keep });
      const lines = new LineIndex(article.body);
      let last = -1;
      for (const c of claims) {
        expect(() => Claim.parse(c)).not.toThrow();
        expect(c.start).toBeGreaterThanOrEqual(last === -1 ? 0 : 0);
        expect(c.end).toBeGreaterThan(c.start);
        expect(c.end).toBeLessThanOrEqual(article.body.length);
        if (c.type !== 'quote') expect(article.body.slice(c.start, c.end)).toBe(c.text);
        else expectWordsInOrder(c.text, article.body.slice(c.start, c.end));
        expect(lines.locate(c.start)).toEqual({ line: c.line, column: c.column });
        expect(lines.offset(c.line, c.column)).toBe(c.start);
        // the sentence holds the claim's words
        expect(c.sentence).toContain(article.body.slice(c.start, c.end).split('\n')[0]);
        expect(c.start).toBeGreaterThanOrEqual(last);
        last = c.start;
      }
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      // figures and dates inside a quote carry its speaker
      for (const c of claims) {
        if (c.type !== 'figure' && c.type !== 'date') continue;
        const q = claims.find((o) => o.type === 'quote' && o.start <= c.start && c.end <= o.end);
        if (q && q.type === 'quote' && !claims.some((f) => f.type === 'finding' && f.start <= c.start && c.end <= f.end && f.start >= q.start)) {
          expect(c.attribution).toBe(q.speaker);
        }
      }
    }
  });

  test('claims of saved pages point at the HTML source line of their paragraph', () => {
    const pages = articles.filter((a) => a.format === 'html');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const source = readFileSync(path.resolve(fixtures, '..', page.path), 'utf8').split('\n');
      for (const c of extractArticle(page).claims) {
        expect(c.sourceLine, `${page.path} ${c.text}`).toBeGreaterThan(0);
        // the first word of a figure or date stands on that line of the page (entities aside)
        if (c.type === 'figure' || c.type === 'date') expect(source[c.sourceLine! - 1]).toContain(/[\p{L}\p{N}]+/u.exec(c.text)![0]);
      }
    }
  });

  test.each(articles.map((a) => [a.id, a] as const))('%s: the same input gives the same output', (_id, article) => {
    expect(extractArticle(article)).toEqual(extractArticle(structuredClone(article)));
  });
});
