/** `extract --cache DIR`: hits give the same output, only new articles are extracted, a corrupt entry is a miss. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { codeFingerprint, ExtractCache, fingerprintOf } from '../src/cache/index.js';
import { extractArticle } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017');
const temp = () => mkdtempSync(path.join(tmpdir(), 'claimcheck-cache-'));

function cli(args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir`, relative. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('claimcheck extract --cache', () => {
  test('a second run reads every article from the cache and prints the same; one added article is the only one extracted', () => {
    const dir = temp();
    cpSync(story, path.join(dir, 'story'), { recursive: true });
    const args = ['extract', 'story', '--format', 'json', '--cache', 'cache', '--jobs', '1'];
    const first = cli(args, dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/, 0 from the cache/);
    expect(files(path.join(dir, 'cache')).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    expect(files(path.join(dir, 'cache')).some((f) => f.endsWith('.tmp'))).toBe(false);

    const second = cli(args, dir);
    expect(second.stderr).toMatch(/, 5 from the cache/);
    expect(second.stdout === first.stdout).toBe(true);
    expect(second.stdout === cli(['extract', 'story', '--format', 'json'], dir).stdout).toBe(true);

    // a renamed copy is still a hit: its id and path are its own
    cpSync(path.join(dir, 'story', '000_aaf2051f71d1e3ca.txt'), path.join(dir, 'story', 'zz-copy.txt'));
    writeFileSync(path.join(dir, 'story', 'zz-new.txt'), 'The council spent £3.8 million in 2016, it said.\n');
    const third = cli([...args.slice(0, -2), '--jobs', '2'], dir, { CLAIMCHECK_POOL_AFTER_MS: '0' });
    expect(third.stderr).toMatch(/7 articles, .*, 6 from the cache/);
    const doc = JSON.parse(third.stdout);
    expect(doc.articles[5]).toMatchObject({ id: 'zz-copy', path: path.join('story', 'zz-copy.txt') });
    expect(doc.articles[5].claims).toEqual(doc.articles[0].claims);
  });

  test('workers write the same cache entries, byte for byte, as extraction in process', () => {
    const dir = temp();
    cpSync(story, path.join(dir, 'story'), { recursive: true });
    const here = cli(['extract', 'story', '-f', 'ndjson', '--cache', 'here', '--jobs', '1'], dir);
    const workers = cli(['extract', 'story', '-f', 'ndjson', '--cache', 'workers', '--jobs', '2'], dir, { CLAIMCHECK_POOL_AFTER_MS: '0' });
    expect(workers.code).toBe(0);
    expect(workers.stdout === here.stdout).toBe(true);
    const names = files(path.join(dir, 'here')).sort();
    expect(names).toHaveLength(5);
    expect(files(path.join(dir, 'workers')).sort()).toEqual(names);
    for (const f of names) expect(readFileSync(path.join(dir, 'workers', f), 'utf8') === readFileSync(path.join(dir, 'here', f), 'utf8')).toBe(true);
    // and they are read back as hits
    const again = cli(['extract', 'story', '-f', 'ndjson', '--cache', 'workers', '--jobs', '1'], dir);
    expect(again.stderr).toMatch(/, 5 from the cache/);
    expect(again.stdout === here.stdout).toBe(true);
  });

  test('other options are other keys: --types and --keep-boilerplate miss', () => {
    const dir = temp();
    cpSync(story, path.join(dir, 'story'), { recursive: true });
    cli(['extract', 'story', '--cache', 'c', '-f', 'json'], dir);
    expect(cli(['extract', 'story', '--cache', 'c', '-f', 'json', '--types', 'figure'], dir).stderr).toMatch(/, 0 from the cache/);
    expect(cli(['extract', 'story', '--cache', 'c', '-f', 'json', '--keep-boilerplate'], dir).stderr).toMatch(/, 0 from the cache/);
    expect(cli(['extract', 'story', '--cache', 'c', '-f', 'json', '--types', 'figure'], dir).stderr).toMatch(/, 5 from the cache/);
  });

  test('corrupt entries (truncated, not JSON, empty, another key\'s) are ignored and rewritten, never a crash', () => {
    const dir = temp();
    cpSync(story, path.join(dir, 'story'), { recursive: true });
    const args = ['extract', 'story', '--format', 'ndjson', '--cache', 'c'];
    const first = cli(args, dir);
    const corruptions = [
      (s: string) => s.slice(0, s.length >> 1),
      () => '\u0000\u0001garbage',
      () => '',
      (s: string) => s.replace(/"key":"[0-9a-f]{4}/, '"key":"ffff'),
    ];
    // four entries damaged four ways, the fifth left whole
    const entries = files(path.join(dir, 'c')).sort().map((f) => path.join(dir, 'c', f));
    corruptions.forEach((corrupt, i) => writeFileSync(entries[i]!, corrupt(readFileSync(entries[i]!, 'utf8'))));
    const again = cli(args, dir);
    expect(again.code).toBe(0);
    expect(again.stdout === first.stdout).toBe(true);
    expect(again.stderr).toMatch(/, 1 from the cache/);
    expect(cli(args, dir).stderr).toMatch(/, 5 from the cache/);
  });

  test('an unwritable cache never fails the run', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'not-a-dir'), 'a file where the cache should be');
    const r = cli(['extract', story, '--format', 'json', '--cache', 'not-a-dir'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).articles).toHaveLength(5);
  });
});

describe('ExtractCache', () => {
  test('keys ignore id and path, and change with the body, the version and the options', async () => {
    const a = articleFromText('Sales rose 4% in 2016.', { id: 'a' });
    const c = new ExtractCache(temp(), '1.0.0', {});
    expect(c.key({ ...a, id: 'b', path: 'elsewhere/b.txt' })).toBe(c.key(a));
    expect(c.key({ ...a, body: 'Sales rose 5% in 2016.' })).not.toBe(c.key(a));
    expect(new ExtractCache(c.dir, '1.0.1', {}).key(a)).not.toBe(c.key(a));
    expect(new ExtractCache(c.dir, '1.0.0', { types: ['figure'] }).key(a)).not.toBe(c.key(a));
    expect(new ExtractCache(c.dir, '1.0.0', { keepBoilerplate: true }).key(a)).not.toBe(c.key(a));
    // (a run with CLAIMCHECK_MAX_CLAIMS keeps fewer claims of a dense article: not the default's entry)
    expect(new ExtractCache(c.dir, '1.0.0', { maxClaims: 5 }).key(a)).not.toBe(c.key(a));
    expect(new ExtractCache(c.dir, '1.0.0', { maxClaims: 0 }).key(a)).not.toBe(c.key(a));
    const result = extractArticle(a);
    await c.put(c.key(a), result);
    expect(await c.get({ ...a, id: 'b', path: 'b.txt' })).toEqual({ ...result, id: 'b', path: 'b.txt' });
  });

  test('keys change with the code: another build of the same version misses', () => {
    const a = articleFromText('Sales rose 4% in 2016.', { id: 'a' });
    const dir = temp();
    expect(new ExtractCache(dir, '1.0.0', {}, 'build-1').key(a)).not.toBe(new ExtractCache(dir, '1.0.0', {}, 'build-2').key(a));
    // the fingerprint of a code folder: the same for the same files, another when one changes
    const code = temp();
    writeFileSync(path.join(code, 'a.js'), 'export const a = 1;\n');
    writeFileSync(path.join(code, 'notes.txt'), 'not code');
    const before = fingerprintOf(code);
    expect(fingerprintOf(code)).toBe(before);
    writeFileSync(path.join(code, 'notes.txt'), 'still not code');
    expect(fingerprintOf(code)).toBe(before);
    writeFileSync(path.join(code, 'a.js'), 'export const a = 2;\n');
    expect(fingerprintOf(code)).not.toBe(before);
    // and the cache in use fingerprints claimcheck's own modules
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(new ExtractCache(dir, '1.0.0', {}).key(a)).toBe(new ExtractCache(dir, '1.0.0', {}, codeFingerprint()).key(a));
  });
});
