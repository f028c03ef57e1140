/**
 * The batched pipeline (`extractArticles`, `extractDocuments`) gives exactly what one article at
 * a time gives, for every option, whatever the batch.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { claimsOf, extractArticle, extractArticles, extractDocument, extractDocuments, type ExtractOptions } from '../src/extract/index.js';
import { loadArticles } from '../src/load/index.js';
import type { Article } from '../src/schema.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

async function fixtureArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const ev of loadArticles([fixtures])) if (ev.kind === 'article') out.push(ev.article);
  return out;
}

const written = [
  articleFromText('“We will not stop,” said Jane Doe, the council leader, on 3 May 2021. Inspectors found that 40% of the 1,200 cases were late.'),
  articleFromText(''),
  articleFromText('Subscribe Today\n\nThe report said waiting lists had grown by 12 per cent since 2019, according to the trust.\n\n“It is a scandal,” he said.', { published: '2022-03-04' }),
  articleFromText('No claims here at all, just words.'),
];

const OPTIONS: ExtractOptions[] = [{}, { types: ['quote'] }, { types: ['finding'] }, { types: ['figure', 'date'] }, { types: ['figure'] }, { keepBoilerplate: true }];

describe('extractArticles: the results of extractArticle, in order', () => {
  test.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('options %s', async (_name, options) => {
    const articles = [...(await fixtureArticles()), ...written];
    expect(articles.length).toBeGreaterThan(written.length);
    const one = articles.map((a) => extractArticle(a, options));
    expect(extractArticles(articles, options)).toEqual(one);
    // any batching
    for (const size of [1, 3]) {
      const got = [];
      for (let i = 0; i < articles.length; i += size) got.push(...extractArticles(articles.slice(i, i + size), options));
      expect(got).toEqual(one);
    }
  });

  test('no articles, no results', () => {
    expect(extractArticles([])).toEqual([]);
  });
});

describe('extractDocuments and claimsOf agree with extractDocument', () => {
  test('documents and claims', () => {
    const docs = extractDocuments(written);
    written.forEach((a, i) => {
      const single = extractDocument(a);
      expect(docs[i]!.extracted).toEqual(single.extracted);
      expect(docs[i]!.doc).toEqual(single.doc);
      expect(claimsOf(segment(a))).toEqual(single.extracted.claims);
    });
  });

  test('the claims of one sentence share its text', () => {
    const { claims } = extractArticle(written[0]!);
    const inSecond = claims.filter((c) => c.sentence.startsWith('Inspectors'));
    expect(inSecond.length).toBeGreaterThan(1);
    for (const c of inSecond) expect(c.sentence).toBe('Inspectors found that 40% of the 1,200 cases were late.');
  });
});
