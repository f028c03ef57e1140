/**
 * Hostile input through the real binary: a matrix of bad inputs (each a one-line message that
 * names the file and the problem, and the other inputs still processed), no hidden inputs
 * (.env, network), no writes into input folders, and Ctrl-C stopping at a line boundary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ExtractReport } from '../src/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const GOOD = 'Police said 12 people were hurt on 3 May 2017.\n';

function cli(args: string[], opts: { cwd: string; env?: Record<string, string>; node?: string[] }) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...(opts.node ?? []), bin, ...args], { cwd: opts.cwd, input: '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding `good.txt` and the given files. */
function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-hostile-'));
  writeFileSync(path.join(dir, 'good.txt'), GOOD);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

/** The stderr lines other than the summary. */
const messages = (stderr: string): string[] => stderr.split('\n').filter((l) => l && !/^\d+ articles?, /.test(l));

const isRoot = process.getuid?.() === 0;

describe('bad-input matrix: one line naming the file and the problem; the other inputs still processed', () => {
  // [case, files, the input given, exit code, the one stderr line, ids of the articles read]
  const cases: Array<[string, Record<string, string | Buffer>, string, number, string, string[]]> = [
    ['missing path', {}, 'nope/missing.txt', 2, 'claimcheck: error: nope/missing.txt: no such file or directory', ['good']],
    // root ignores file modes, so "permission denied" cannot be made with chmod here; a path
    // through a file fails at open() the same way (ENOTDIR) and takes the same error path
    ['unreadable path (a path under a file)', {}, 'good.txt/inner.txt', 2, 'claimcheck: error: good.txt/inner.txt: a part of the path is not a directory', ['good']],
    ['binary file named .txt', { 'bin/blob.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0]) }, 'bin', 2, 'claimcheck: error: bin/blob.txt: binary file, not text: skipped', ['good']],
    ['invalid UTF-8 (decoded with U+FFFD)', { 'bad/latin.txt': Buffer.from('Caf\xe9 owners said 40 jobs went.\n', 'latin1') }, 'bad', 0, 'claimcheck: warning: bad/latin.txt: invalid UTF-8: 1 byte sequence replaced with U+FFFD', ['good', 'latin']],
    ['an HTML file that is only a script', { 'page/only.html': '<script>document.write("12 people")</script>' }, 'page', 0, 'claimcheck: warning: page/only.html: no visible text (only scripts, styles or markup): nothing to extract', ['good', 'only']],
    ['malformed JSON', { 'j/broken.json': '{"text": "12 people",,}' }, 'j', 2, 'claimcheck: error: j/broken.json: malformed JSON:', ['good']],
    ['malformed NDJSON (file:line)', { 'n/feed.ndjson': '{"id":"a","text":"12 people"}\n{oops\n' }, 'n', 2, 'claimcheck: error: n/feed.ndjson:2: malformed JSON:', ['good', 'a']],
    ['JSON that is not an article', { 'j/list.json': '{"title": "no body"}' }, 'j', 2, 'claimcheck: error: j/list.json: not an article', ['good']],
    ['a JSON array of articles (says to use NDJSON)', { 'j/list.json': '[{"text": "12 people"}, {"text": "3 people"}]' }, 'j', 2, 'claimcheck: error: j/list.json: not an article: the file holds a JSON array (2 items), not one article object; put one article per line in an .ndjson file', ['good']],
  ];
  test.each(cases)('%s', (_name, files, input, code, line, ids) => {
    const dir = folder(files);
    const r = cli(['extract', 'good.txt', input, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(code);
    const msgs = messages(r.stderr);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.startsWith(line)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(ExtractReport.parse(JSON.parse(r.stdout)).articles.map((a) => a.id).sort()).toEqual([...ids].sort());
  });

  test('a directory symlink loop is reported once and the walk ends', () => {
    const dir = folder({ 'tree/a/story.txt': GOOD });
    symlinkSync('..', path.join(dir, 'tree', 'a', 'up'));
    const r = cli(['extract', 'tree', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(messages(r.stderr)).toEqual([`claimcheck: warning: ${path.join('tree', 'a', 'up')}: skipped: directory symlink loop`]);
    expect(ExtractReport.parse(JSON.parse(r.stdout)).articles.map((a) => a.id)).toEqual(['a/story']);
  });

  test('UTF-16 with a BOM (both byte orders) is decoded, silently', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const dir = folder({ 'u/le.txt': le, 'u/be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
    const r = cli(['extract', 'u', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(messages(r.stderr)).toEqual([]);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => a.id)).toEqual(['be', 'le']);
    for (const a of doc.articles) expect(a.claims.length).toBeGreaterThan(0);
  });

  test('an empty file is an article without claims', () => {
    const dir = folder({ 'e/empty.txt': '' });
    const r = cli(['extract', 'e', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => [a.id, a.claims.length > 0])).toEqual([['empty', false], ['good', true]]);
  });

  test('--max-bytes refuses a file that is too big, by name, and reads the rest', () => {
    const dir = folder({ 'big.txt': GOOD.repeat(2_000) });
    const r = cli(['extract', 'big.txt', 'good.txt', '--format', 'json', '--max-bytes', '10000'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(messages(r.stderr)).toEqual([`claimcheck: error: big.txt: file is ${GOOD.length * 2_000} bytes, over 10000 (--max-bytes)`]);
    expect(ExtractReport.parse(JSON.parse(r.stdout)).articles.map((a) => a.id)).toEqual(['good']);
  });

  // skipped when the tests run as root, who ignores file modes (the ENOTDIR case above stands in)
  test.skipIf(isRoot)('permission denied (chmod 000; skipped as root)', () => {
    const dir = folder({ 'locked.txt': GOOD });
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
    const r = cli(['extract', 'locked.txt', 'good.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(messages(r.stderr)).toEqual(['claimcheck: error: locked.txt: permission denied']);
    expect(ExtractReport.parse(JSON.parse(r.stdout)).articles.map((a) => a.id)).toEqual(['good']);
  });
});

describe('no hidden inputs', () => {
  test('a .env file in the working folder is not loaded: same stdout as without it, environment untouched', () => {
    const plain = folder();
    const withEnv = folder({ '.env': 'CLAIMCHECK_FORMAT=text\nNO_COLOR=\nFORCE_COLOR=3\nNODE_OPTIONS=--bogus\n' });
    const probe = ['--import', 'data:text/javascript,process.on("exit",()=>process.stderr.write("ENV:"+JSON.stringify([process.env.CLAIMCHECK_FORMAT,process.env.FORCE_COLOR])+"\\n"))'];
    const a = cli(['extract', '.', '--format', 'json'], { cwd: plain, node: probe });
    const b = cli(['extract', '.', '--format', 'json'], { cwd: withEnv, node: probe });
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(b.stderr).toContain('ENV:[null,null]');
    expect(b.stdout).not.toContain('\u001b[');
  });

  test('no network: with sockets, DNS and fetch replaced by throwers, extract and check still work and nothing tried', () => {
    const dir = folder({ 'page.html': '<html><head><link rel="stylesheet" href="https://example.com/x.css"><script src="https://example.com/x.js"></script></head><body><p>Police said 12 people were hurt.</p><img src="https://example.com/a.png"></body></html>' });
    const log = path.join(dir, '..', `${path.basename(dir)}.net.log`);
    const preload = path.join(dir, '..', `${path.basename(dir)}.no-network.mjs`);
    writeFileSync(
      preload,
      `import dns from 'node:dns'; import net from 'node:net'; import { appendFileSync } from 'node:fs';
const deny = (what) => function () { appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network blocked: ' + what); };
net.Socket.prototype.connect = deny('net.Socket.connect'); dns.lookup = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup'); globalThis.fetch = deny('fetch');\n`,
    );
    for (const args of [['extract', '.', '--format', 'json'], ['check', '.', '--format', 'json']]) {
      const r = cli(args, { cwd: dir, node: ['--import', preload] });
      expect(r.code, r.stderr).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
    expect(readdirSync(path.dirname(log))).not.toContain(path.basename(log));
  });
});

describe('writes', () => {
  test('extract, text and check write nothing into the input folder; -o writes atomically with no temporary left', () => {
    const dir = folder({ 'b.md': '# Title\n\nAbout 40 people came.\n', 'c.html': '<p>Some 30 people said so.</p>' });
    const before = readdirSync(dir).sort();
    for (const args of [['extract', '.'], ['text', '.'], ['check', '.'], ['diff', 'good.txt', 'b.md']]) expect(cli(args, { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    const out = mkdtempSync(path.join(tmpdir(), 'claimcheck-out-'));
    expect(cli(['check', dir, '-o', path.join(out, 'report.json'), '--format', 'json'], { cwd: out }).code).toBe(0);
    expect(readdirSync(out)).toEqual(['report.json']);
  });
});

describe('Ctrl-C', () => {
  test('extract --format ndjson stops promptly at a line boundary with exit code 130', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-sigint-'));
    const para = 'The council said 12 per cent of 2,849 pupils were absent in May 2017, “a record”, she said.\n\n';
    for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), para.repeat(40));
    const child = spawn(process.execPath, [bin, 'extract', dir, '--format', 'ndjson'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let sentAt = 0;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!sentAt) {
        sentAt = performance.now();
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(sentAt).toBeGreaterThan(0);
    expect(performance.now() - sentAt).toBeLessThan(10_000); // prompt: a hang would never end
    expect(code).toBe(130);
    expect(err).toContain('claimcheck: interrupted');
    expect(out.endsWith('\n')).toBe(true);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(400 * 40 * 4); // stopped well before the end
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });
});
