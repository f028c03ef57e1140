#!/usr/bin/env node
/**
 * `node bench/check.js` (after `npm run build`): time and peak memory of `check` on generated
 * stories of 100, 1,000, 5,000 and 10,000 articles, and on two long repetitive articles (100 KB
 * and 1 MB each: many claims of few values). Prints figures, asserts nothing.
 *
 * A story is built by varying the fixture story's articles: paragraphs after the first
 * shuffled, some numbers redrawn (a few figures then conflict, as in real coverage), some
 * capitalised names swapped (so some quotes change speaker). Extraction runs first and is
 * timed apart; only `check` is measured against the size. Peak RSS is the process's high-water
 * mark after the check (it includes the extracted inputs held in memory).
 * BENCH_SIZES=100,1000 picks other sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../dist/extract/index.js';
import { segment } from '../dist/text/segment.js';
import { check } from '../dist/compare/index.js';
import { randomSource } from './random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,10000').split(',').map(Number);

const { rand, pick } = randomSource(0xc0ffee);

const storyDir = path.join(root, 'fixtures', 'barnet-ofsted-2017');
const bases = readdirSync(storyDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(storyDir, f), 'utf8'));
const NAMES = ['Alex Morgan', 'Sam Patel', 'Jo Williams', 'Priya Shah', 'Tom Baker'];

function vary(text, k) {
  const paras = text.split(/\n\s*\n/);
  const [head, ...rest] = paras;
  for (let i = rest.length - 1; i > 0; i--) {
    if (rand() < 0.3) {
      const j = Math.floor(rand() * (i + 1));
      [rest[i], rest[j]] = [rest[j], rest[i]];
    }
  }
  let body = [head, ...rest].join('\n\n');
  // redraw about one number in ten
  body = body.replace(/\d+(?:\.\d+)?/g, (n) => (rand() < 0.1 ? String(Number(n) + 1 + Math.floor(rand() * 3)) : n));
  // swap a capitalised two-word name now and then
  if (k % 7 === 0) body = body.replace(/\b[A-Z][a-z]+ [A-Z][a-z]+(?= said)/, pick(NAMES));
  return body;
}

function article(id, body) {
  return { id, path: `${id}.txt`, title: null, publisher: null, published: null, byline: null, url: null, format: 'txt', body, excluded: [] };
}

/**
 * Peak RSS: `check` is synchronous, so a timer cannot sample inside it; the sampler polls
 * `process.memoryUsage().rss` around it and takes the kernel's high-water mark
 * (`resourceUsage().maxRSS`, in KiB) at the end — the process's peak so far.
 */
function peakSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    },
  };
}

const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;

async function main() {
  console.log('articles  claims   extract    check   groups  reuse pairs  peak RSS');
  for (const n of SIZES) {
    const t0 = performance.now();
    const inputs = [];
    for (let k = 0; k < n; k++) {
      const a = article(`a${String(k).padStart(5, '0')}`, vary(bases[k % bases.length], k));
      inputs.push({ article: extractArticle(a), doc: segment(a) });
    }
    const t1 = performance.now();
    const sampler = peakSampler();
    // let the sampler run while check works: check is synchronous, so sample around it too
    await new Promise((r) => setTimeout(r, 10));
    const t2 = performance.now();
    const report = check(inputs);
    const t3 = performance.now();
    const peak = sampler.stop();
    const s = report.summary;
    console.log(
      `${String(n).padStart(8)}  ${String(s.claims).padStart(6)}  ${((t1 - t0) / 1000).toFixed(1).padStart(6)} s  ${((t3 - t2) / 1000).toFixed(2).padStart(6)} s  ${String(report.groups.length).padStart(6)}  ${String(report.reuse.length).padStart(11)}  ${mb(peak).padStart(8)}`,
    );
    console.log(`          verdicts: ${['conflict', 'variant', 'attribution', 'agree', 'single'].map((v) => `${v} ${s[v]}`).join(', ')}`);
  }
  // adversarial: two long articles that repeat a few sentences (many claims of few values per article)
  for (const size of [100_000, 1_000_000]) {
    const body = (k) => {
      let out = '';
      for (let i = 0; out.length < size; i++) out += `The council said ${(i + k) % 50} people left in May 2017, “it was bad”, Jane Doe said. `;
      return out;
    };
    const inputs = [0, 1].map((k) => {
      const a = article(`r${k}`, body(k));
      return { article: extractArticle(a), doc: segment(a) };
    });
    const t = performance.now();
    const report = check(inputs);
    console.log(`two repetitive articles of ${size / 1000} KB: ${report.summary.claims} claims, check ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
}

await main();
