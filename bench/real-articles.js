// Shared by the evaluations that rewrite real articles (eval-wrap, eval-markdown): the real
// news of ../shared as loaded articles, and how many claims two extractions share.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../dist/load/index.js';

const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');

/** The .txt files under `dir` (recursively), sorted. */
function txtFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The articles of the .txt files of ../shared/datasets/ecbplus, ../shared/datasets/polnear and ../shared/corpus (none when absent). */
export async function realTextArticles() {
  const files = [path.join(shared, 'datasets/ecbplus'), path.join(shared, 'datasets/polnear'), path.join(shared, 'corpus')].flatMap(txtFiles);
  const articles = [];
  for await (const ev of loadArticles(files)) if (ev.kind === 'article') articles.push(ev.article);
  return articles;
}

/** How many of the keys `want` are among `got`, each key counted as often as it stands in both. */
export function sharedCount(want, got) {
  const left = new Map();
  for (const k of got) left.set(k, (left.get(k) ?? 0) + 1);
  let same = 0;
  for (const k of want) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      same++;
      left.set(k, n - 1);
    }
  }
  return same;
}
