/**
 * Hostile input with hundreds of thousands of claims: each claim's `sentence` is bounded, and an
 * article's output is written in pieces, so no output has to fit one JavaScript string.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extractArticle, MAX_SENTENCE_CHARS, SENTENCE_PAD } from '../src/extract/index.js';
import { EXTRACT_FORMATS } from '../src/report/extract.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017', '000_aaf2051f71d1e3ca.txt');

describe('bounded output for hostile input', () => {
  test('a claim in a stretch with no sentence stops carries a window of it, cut at white space', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7}`).join(' ');
    const body = `${filler(800)} the council spent £3.8 million on it ${filler(800)}`;
    const a = extractArticle(articleFromText(body, { id: 'long' }));
    const fig = a.claims.find((c) => c.type === 'figure' && c.text === '£3.8 million')!;
    expect(fig).toBeDefined();
    expect(body.length).toBeGreaterThan(MAX_SENTENCE_CHARS);
    expect(fig.sentence.length).toBeLessThanOrEqual(fig.text.length + 2 * SENTENCE_PAD);
    expect(fig.sentence).toContain('the council spent £3.8 million on it');
    expect(body.includes(fig.sentence)).toBe(true);
    // cut at white space: it starts and ends with whole words
    expect(fig.sentence).toMatch(/^word\d .* word\d$/);
  });

  test('a sentence of ordinary length is given whole', () => {
    const text = readFileSync(story, 'utf8');
    const a = extractArticle(articleFromText(text, { id: 'story' }));
    for (const c of a.claims) expect(c.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(a.claims.some((c) => c.sentence.length > 200)).toBe(true);
  });

  test('json and ndjson output in pieces is the same text as whole, and many claims make several pieces', () => {
    const text = readFileSync(story, 'utf8');
    const a = extractArticle(articleFromText(text, { id: 'story' }));
    const json = EXTRACT_FORMATS.json();
    const ndjson = EXTRACT_FORMATS.ndjson();
    const indent = (s: string, pad: string) => s.replace(/^/gm, pad);
    expect(json.body(a).join('')).toBe(`\n${indent(JSON.stringify(a, null, 2), '    ')}`);
    expect(json.body({ ...a, claims: [], entities: [] }).join('')).toBe(`\n${indent(JSON.stringify({ ...a, claims: [], entities: [] }, null, 2), '    ')}`);
    const lines = ndjson.body(a).join('').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(a.claims.map((c) => ({ article: a.id, path: a.path, ...c })));
    // 40,000 copies of the claims: tens of MB of JSON, in pieces
    const many = { ...a, claims: Array.from({ length: 40_000 }, (_, k) => a.claims[k % a.claims.length]!) };
    const pieces = json.body(many);
    expect(pieces.length).toBeGreaterThan(1);
    expect(JSON.parse(pieces.join('')).claims).toHaveLength(40_000);
  });

  test('extract of a 300 KB line of quotation marks and words: every claim written, exit 0', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-pieces-'));
    let body = '';
    for (let i = 0; body.length < 300_000; i++) body += `\u201cword${i % 10} `;
    writeFileSync(path.join(dir, 'marks.txt'), body);
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'claimcheck.js'), 'extract', 'marks.txt', '--format', 'ndjson'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(10_000);
    for (const l of [lines[0]!, lines.at(-1)!]) expect(JSON.parse(l).sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
});
