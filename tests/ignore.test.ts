/** `--ignore GLOB`: folder walks skip what the globs match; files named as inputs are always read. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileIgnore, ignored } from '../src/load/glob.js';
import { spawnCli } from './helpers.js';

describe('ignore globs', () => {
  test.each([
    ['*.json', 'gold.json', true],
    ['*.json', 'topic/2/manifest.json', true],
    ['*.json', 'topic/2/story.txt', false],
    ['drafts', 'drafts', true],
    ['drafts', 'a/drafts', true],
    ['drafts', 'a/drafts-old', false],
    ['raw/**', 'raw/x/y.html', true],
    ['raw/**', 'b/raw/y.html', false],
    ['**/raw/*.html', 'b/raw/y.html', true],
    ['**/raw/*.html', 'raw/y.html', true],
    ['2019/*.html', '2019/a.html', true],
    ['2019/*.html', '2019/x/a.html', false],
    ['page?.html', 'page1.html', true],
    ['page?.html', 'page10.html', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['./notes/', 'notes', true],
  ])('%s on %s: %s', (pattern, rel, expected) => {
    expect(ignored([compileIgnore(pattern)], rel)).toBe(expected);
  });

  test('an empty pattern is an error', () => {
    expect(() => compileIgnore('  ')).toThrow(/empty pattern/);
  });
});

describe('extract --ignore', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-ignore-'));
  mkdirSync(path.join(dir, 'story', 'drafts'), { recursive: true });
  writeFileSync(path.join(dir, 'story', 'a.txt'), 'The council spent £4 million on roads in 2016, its leader said.\n');
  writeFileSync(path.join(dir, 'story', 'manifest.json'), '{"topic": 1, "files": ["a.txt"]}\n');
  writeFileSync(path.join(dir, 'story', 'drafts', 'b.txt'), 'The council spent £5 million on roads in 2016.\n');

  test('without it a metadata file is an error (exit 2); with it the run is clean and skips the folder too', () => {
    const plain = spawnCli(['extract', 'story', '--format', 'ndjson'], dir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('manifest.json');
    const r = spawnCli(['extract', 'story', '--format', 'ndjson', '--ignore', '*.json', '--ignore', 'drafts'], dir);
    expect(r.code).toBe(0);
    const paths = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).path));
    expect([...paths]).toEqual([path.join('story', 'a.txt')]);
  });

  test('a file named as an input is read even when a glob matches it', () => {
    const r = spawnCli(['extract', path.join('story', 'drafts', 'b.txt'), '--format', 'ndjson', '--ignore', '*.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5 million');
  });
});

describe('"ignore" in the configuration', () => {
  test('folder walks skip what the configuration names; --ignore adds to it; validate honours it too', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-ignore-config-'));
    mkdirSync(path.join(dir, 'corpus', 'notes'), { recursive: true });
    writeFileSync(path.join(dir, 'corpus', 'a.txt'), 'The council spent £4 million on roads in 2016, its leader said.\n');
    writeFileSync(path.join(dir, 'corpus', 'gold.json'), '{"answers": []}\n');
    writeFileSync(path.join(dir, 'corpus', 'notes', 'n.txt'), 'Call the press office about the £9 million figure.\n');
    writeFileSync(path.join(dir, 'claimcheck.config.json'), JSON.stringify({ ignore: ['*.json'] }));
    const r = spawnCli(['extract', 'corpus', '--format', 'ndjson'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('9 million');
    const more = spawnCli(['extract', 'corpus', '--format', 'ndjson', '--ignore', 'notes'], dir);
    expect(more.code).toBe(0);
    expect(more.stdout).not.toContain('9 million');
    expect(spawnCli(['snapshot', 'corpus'], dir).code).toBe(0);
    expect(spawnCli(['validate', 'corpus'], dir).code).toBe(0);
    // without the configuration the dataset file is a corpus problem
    expect(spawnCli(['validate', 'corpus', '--no-config'], dir).code).toBe(2);
  });

  test('a bad entry is named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-ignore-bad-'));
    writeFileSync(path.join(dir, 'a.txt'), 'Sales rose 4% in 2016.\n');
    writeFileSync(path.join(dir, 'claimcheck.config.json'), JSON.stringify({ ignore: ['*.json', ' '] }));
    const r = spawnCli(['extract', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ignore[1]');
  });
});
