/**
 * The limit on one article's claims (`MAX_CLAIMS`): hostile text dense in claims is cut to its
 * first claims by position, the extractors stop soon after the limit instead of making every
 * draft first, the article says where it was cut (`truncated`), and every command warns by name
 * instead of exhausting its memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle, extractDocuments, MAX_CLAIMS } from '../src/extract/index.js';
import type { ExtractContext } from '../src/extract/context.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { extractFindings } from '../src/extract/findings/index.js';
import { extractDates } from '../src/extract/dates/index.js';
import { extractFigures } from '../src/extract/figures/index.js';
import { tokensOf } from '../src/text/tokens.js';
import { segment } from '../src/text/segment.js';
import { ExtractReport } from '../src/schema.js';
import { loadArticles } from '../src/load/index.js';
import type { Article } from '../src/schema.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');

describe('library: maxClaims', () => {
  const body = 'Prices rose 1% in May, 2% in June, 3% in July, 4% in August and 5% in September.';

  test('keeps the first claims by position and says where it stopped in `truncated`', () => {
    const all = extractArticle(articleFromText(body), { types: ['figure'] });
    expect(all.claims.map((c) => c.text)).toEqual(['1%', '2%', '3%', '4%', '5%']);
    expect(all).not.toHaveProperty('truncated');
    const cut = extractArticle(articleFromText(body), { types: ['figure'], maxClaims: 3 });
    expect(cut.claims.map((c) => c.text)).toEqual(['1%', '2%', '3%']);
    expect(cut.claims.map((c) => c.id)).toEqual(['figure-1', 'figure-2', 'figure-3']);
    // (the fourth figure, "4%", is where the article was cut)
    expect(cut.truncated).toEqual({ start: body.indexOf('4%'), line: 1, column: body.indexOf('4%') + 1 });
  });

  test('0 means no limit; batches apply the same limit to each article', () => {
    expect(extractArticle(articleFromText(body), { types: ['figure'], maxClaims: 0 }).claims).toHaveLength(5);
    const [a, b] = extractDocuments([articleFromText(body, { id: 'a' }), articleFromText('Only 7% agreed.', { id: 'b' })], { types: ['figure'], maxClaims: 2 });
    expect([a!.extracted.claims.length, a!.extracted.truncated?.start]).toEqual([2, body.indexOf('3%')]);
    expect(b!.extracted).not.toHaveProperty('truncated');
  });

  // Each extractor stops once it has found its limit, so a dense file makes no millions of
  // drafts to throw away (a 40 MB one took 5 GB and a worker died of it), and says where.
  const dense: Array<[string, string, (ctx: ExtractContext, text: string) => unknown[]]> = [
    ['quotes', '“Yes,” she said. ', (ctx, t) => extractQuotes(segment(articleFromText(t)), ctx)],
    // (each opening mark ends the quotation before it: the scan is never outside one)
    ['quotes that never close', '“word ', (ctx, t) => extractQuotes(segment(articleFromText(t)), ctx)],
    ['findings', 'The study found that costs rose. ', (ctx, t) => extractFindings(segment(articleFromText(t)), ctx)],
    ['dates', 'On 3 May 2017, ', (ctx, t) => {
      const doc = segment(articleFromText(t));
      tokensOf(doc);
      return extractDates(doc, ctx);
    }],
    ['figures', '12 people, ', (ctx, t) => extractFigures(segment(articleFromText(t)), ctx)],
  ];
  test.each(dense)('%s stop at the limit and say where', (_name, unit, run) => {
    const text = unit.repeat(50);
    const ctx: ExtractContext = { published: '2017-07-12', limit: 7 };
    const found = run(ctx, text) as Array<{ start: number }>;
    expect(found).toHaveLength(7);
    // (what is not found starts at or after where it stopped; the seventh starts no later)
    expect(ctx.stoppedAt).toBeGreaterThanOrEqual(found[6]!.start);
    expect(ctx.stoppedAt).toBeLessThanOrEqual(unit.length * 7);
    expect(run({ published: '2017-07-12' }, text)).toHaveLength(50);
  });

  test('the claims kept are exactly the first claims of the whole extraction (every fixture, limits 1, 5, 25)', async () => {
    const articles: Article[] = [];
    for await (const ev of loadArticles([path.join(root, 'fixtures')])) if (ev.kind === 'article') articles.push(ev.article);
    expect(articles.length).toBeGreaterThan(5);
    let cut = 0;
    for (const article of articles) {
      const full = extractArticle(article, { maxClaims: 0 });
      for (const max of [1, 5, 25]) {
        if (full.claims.length <= max) continue;
        const x = extractArticle(article, { maxClaims: max });
        cut++;
        expect(x.truncated, article.path).toBeDefined();
        expect(x.claims.length).toBeLessThanOrEqual(max);
        expect(x.claims).toEqual(full.claims.slice(0, x.claims.length));
        expect(x.truncated!.start).toBeGreaterThan(x.claims.at(-1)?.start ?? -1);
        expect(x.truncated!.start).toBeLessThanOrEqual(full.claims[x.claims.length]!.start);
        expect(x.entities).toEqual(full.entities);
      }
    }
    expect(cut).toBeGreaterThan(10);
  });
});

describe('CLI: an article over the limit is cut with a warning naming it; the others are untouched', () => {
  // 100,100 percentages on one line: 100 over the limit
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-limit-'));
  writeFileSync(path.join(dir, 'dense.txt'), '1% '.repeat(MAX_CLAIMS + 100));
  writeFileSync(path.join(dir, 'good.txt'), 'Police said 12 people were hurt on 3 May 2017.\n');
  writeFileSync(path.join(dir, 'table.txt'), '1% 2% 3% 4% 5% 6% 7% 8% 9% 10% 11% 12%');
  const warning = `claimcheck: warning: dense.txt: over 100,000 claims; extraction stopped at line 1, column ${(3 * MAX_CLAIMS + 1).toLocaleString('en-GB')} (the limit on one article's claims, CLAIMCHECK_MAX_CLAIMS: no news article comes near it)`;
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: dir, input: '', encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });

  test('extract: JSON carries `truncated`, stderr says so, exit 0', () => {
    const r = run(['extract', 'dense.txt', 'good.txt', '--format', 'json', '--types', 'figure']);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')).toContain(warning);
    expect(r.stderr).toContain('1 warning');
    const report = ExtractReport.parse(JSON.parse(r.stdout));
    const [dense, good] = report.articles;
    expect(dense!.claims).toHaveLength(MAX_CLAIMS);
    expect(dense!.truncated).toEqual({ start: 3 * MAX_CLAIMS, line: 1, column: 3 * MAX_CLAIMS + 1 });
    expect(dense!.claims.at(-1)!.start).toBe(3 * (MAX_CLAIMS - 1));
    expect(good).not.toHaveProperty('truncated');
    expect(good!.claims.map((c) => c.text)).toEqual(['12 people']);
  });

  test('CLAIMCHECK_MAX_CLAIMS sets the limit: check, cluster and extract warn the same way; 0 lifts it; nonsense is refused', () => {
    const cut = "claimcheck: warning: table.txt: over 5 claims; extraction stopped at line 1, column 16 (the limit on one article's claims, CLAIMCHECK_MAX_CLAIMS: no news article comes near it)";
    const checked = run(['check', 'table.txt', 'good.txt', '--format', 'json'], { CLAIMCHECK_MAX_CLAIMS: '5' });
    expect(checked.status).toBe(0);
    expect(checked.stderr.split('\n')).toContain(cut);
    const figures = JSON.parse(checked.stdout).groups.flatMap((g: { claims: Array<{ article: string; text: string }> }) => g.claims).filter((c: { article: string }) => c.article === 'table');
    expect(figures.map((c: { text: string }) => c.text).sort()).toEqual(['1%', '2%', '3%', '4%', '5%']);
    expect(run(['cluster', 'table.txt', 'good.txt', '--format', 'json'], { CLAIMCHECK_MAX_CLAIMS: '5' }).stderr.split('\n')).toContain(cut);
    const all = run(['extract', 'table.txt', '--format', 'json'], { CLAIMCHECK_MAX_CLAIMS: '0' });
    expect(all.stderr).not.toContain('warning');
    expect(JSON.parse(all.stdout).articles[0].claims).toHaveLength(12);
    const bad = run(['extract', 'table.txt'], { CLAIMCHECK_MAX_CLAIMS: 'lots' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('CLAIMCHECK_MAX_CLAIMS: "lots" is not a whole number of claims (0 for no limit)');
  });
});
