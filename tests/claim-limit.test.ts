/**
 * The limit on one article's claims (`MAX_CLAIMS`): hostile text dense in claims is cut to its
 * first claims by position, says how many it left out (`omitted`), and every command warns by
 * name instead of exhausting its memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle, extractDocuments, MAX_CLAIMS } from '../src/extract/index.js';
import { ExtractReport } from '../src/schema.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');

describe('library: maxClaims', () => {
  const body = 'Prices rose 1% in May, 2% in June, 3% in July, 4% in August and 5% in September.';

  test('keeps the first claims by position and counts the rest in `omitted`', () => {
    const all = extractArticle(articleFromText(body), { types: ['figure'] });
    expect(all.claims.map((c) => c.text)).toEqual(['1%', '2%', '3%', '4%', '5%']);
    expect(all).not.toHaveProperty('omitted');
    const cut = extractArticle(articleFromText(body), { types: ['figure'], maxClaims: 3 });
    expect(cut.claims.map((c) => c.text)).toEqual(['1%', '2%', '3%']);
    expect(cut.claims.map((c) => c.id)).toEqual(['figure-1', 'figure-2', 'figure-3']);
    expect(cut.omitted).toBe(2);
  });

  test('0 means no limit; batches apply the same limit to each article', () => {
    expect(extractArticle(articleFromText(body), { types: ['figure'], maxClaims: 0 }).claims).toHaveLength(5);
    const [a, b] = extractDocuments([articleFromText(body, { id: 'a' }), articleFromText('Only 7% agreed.', { id: 'b' })], { types: ['figure'], maxClaims: 2 });
    expect([a!.extracted.claims.length, a!.extracted.omitted]).toEqual([2, 3]);
    expect(b!.extracted).not.toHaveProperty('omitted');
  });
});

describe('CLI: an article over the limit is cut with a warning naming it; the others are untouched', () => {
  // 100,100 percentages on one line: 100 over the limit
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-limit-'));
  writeFileSync(path.join(dir, 'dense.txt'), '1% '.repeat(MAX_CLAIMS + 100));
  writeFileSync(path.join(dir, 'good.txt'), 'Police said 12 people were hurt on 3 May 2017.\n');
  writeFileSync(path.join(dir, 'table.txt'), '1% 2% 3% 4% 5% 6% 7% 8% 9% 10% 11% 12%');
  const warning = 'claimcheck: warning: dense.txt: 100,100 claims; only the first 100,000 are kept (the limit on one article, CLAIMCHECK_MAX_CLAIMS: no news article comes near it)';
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: dir, input: '', encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });

  test('extract: JSON carries `omitted`, stderr says so, exit 0', () => {
    const r = run(['extract', 'dense.txt', 'good.txt', '--format', 'json', '--types', 'figure']);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n')).toContain(warning);
    expect(r.stderr).toContain('1 warning');
    const report = ExtractReport.parse(JSON.parse(r.stdout));
    const [dense, good] = report.articles;
    expect(dense!.claims).toHaveLength(MAX_CLAIMS);
    expect(dense!.omitted).toBe(100);
    expect(dense!.claims.at(-1)!.start).toBe(3 * (MAX_CLAIMS - 1));
    expect(good).not.toHaveProperty('omitted');
    expect(good!.claims.map((c) => c.text)).toEqual(['12 people']);
  });

  test('CLAIMCHECK_MAX_CLAIMS sets the limit: check, cluster and extract warn the same way; 0 lifts it; nonsense is refused', () => {
    const cut = 'claimcheck: warning: table.txt: 12 claims; only the first 5 are kept (the limit on one article, CLAIMCHECK_MAX_CLAIMS: no news article comes near it)';
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
