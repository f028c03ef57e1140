/**
 * The library's `extract` and `check` extract in batches (`extractArticles`): over a folder of
 * more articles than one batch holds, the same articles, in the same order, as one at a time.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { check, extract, extractArticle, extractArticles, loadArticles, type Article } from '../src/index.js';

const story = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'barnet-ofsted-2017');

test('extract() over 150 articles (three batches) equals extractArticle one by one, in order', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-batch-'));
  const texts = readdirSync(story).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(story, f), 'utf8'));
  for (let i = 0; i < 150; i++) {
    // each copy its own numbers, so no two articles are alike
    const text = texts[i % texts.length]!.replace(/\d/g, (d) => String((Number(d) + i) % 10));
    writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), text);
  }
  writeFileSync(path.join(dir, 'broken.json'), '{ not json');
  const report = await extract([dir]);
  const loaded: Article[] = [];
  for await (const ev of loadArticles([dir])) if (ev.kind === 'article') loaded.push(ev.article);
  expect(loaded).toHaveLength(150);
  expect(report.articles).toEqual(loaded.map((a) => extractArticle(a)));
  expect(report.errors.map((e) => path.basename(e.path))).toEqual(['broken.json']);
  // check extracts the same way: its groups stand on the same claims
  const checked = await check([dir]);
  expect(checked.articles).toHaveLength(150);
  expect(checked.errors).toHaveLength(1);
});

test('entities: true lists the entity table with figures and dates only, as all types list it; by default only with quotes or findings', async () => {
  const loaded: Article[] = [];
  for await (const ev of loadArticles([story])) if (ev.kind === 'article') loaded.push(ev.article);
  for (const a of loaded) {
    const all = extractArticle(a);
    expect(all.entities.length).toBeGreaterThan(0);
    expect(extractArticle(a, { types: ['figure', 'date'], entities: true }).entities).toEqual(all.entities);
    expect(extractArticles([a], { types: ['figure', 'date'], entities: true })[0]!.entities).toEqual(all.entities);
    expect(extractArticle(a, { types: ['figure', 'date'] }).entities).toEqual([]);
    // the claims themselves are those of a figures-and-dates run
    expect(extractArticle(a, { types: ['figure', 'date'], entities: true }).claims).toEqual(extractArticle(a, { types: ['figure', 'date'] }).claims);
  }
});
