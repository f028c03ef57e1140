/**
 * Speed and scale, by behaviour (timings are for `npm run bench`, never asserted here):
 * `--jobs N` prints what `--jobs 1` prints, byte for byte; shards run as separate processes
 * and merged equal one run; NDJSON on stdin streams; a .txt run loads no HTML modules;
 * `check --from-claims` groups as a check of the articles does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadArticles, type LoadEvent } from '../src/load/index.js';
import { ISOLATE_CHARS } from '../src/cli/extract.js';
import { extractArticle } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017');

function cli(args: string[], opts: { input?: string; env?: Record<string, string>; node?: string[] } = {}) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...(opts.node ?? []), bin, ...args], { cwd: root, input: opts.input ?? '', encoding: 'utf8', env, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = () => mkdtempSync(path.join(tmpdir(), 'claimcheck-scale-'));

/** The fixture texts (.txt, .md), recursively, in sorted order. */
function fixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'fixtures'));
  return out;
}

/** `n` articles varied from the fixtures: digits redrawn by a fixed rule, paragraphs rotated. */
function generated(n: number): string[] {
  const seeds = fixtureTexts();
  return Array.from({ length: n }, (_, i) => {
    const paras = seeds[i % seeds.length]!.split(/\n\s*\n/);
    const k = 1 + (i % Math.max(1, paras.length - 1));
    const body = [paras[0], ...paras.slice(k), ...paras.slice(1, k)].join('\n\n');
    return body.replace(/\d/g, (d) => String((Number(d) + i) % 10));
  });
}

describe('extract --jobs N prints what --jobs 1 prints', () => {
  const dir = temp();
  generated(60).forEach((body, i) => writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), body));
  // workers render their own output: colour and the config's aliases must come out as on one thread
  const config = path.join(temp(), 'aliases.json');
  const speaker = cli(['extract', 'fixtures', '--format', 'ndjson', '--types', 'quote']).stdout.match(/"speaker":"([^"]+)"/)![1]!;
  writeFileSync(config, JSON.stringify({ speakerAliases: { [speaker]: 'Renamed By Config' } }));
  test.each([
    ['the fixtures, text in colour', ['fixtures', '--format', 'text', '--color']],
    ['the fixtures, ndjson, speaker aliases from a config', ['fixtures', '--format', 'ndjson', '--config', config]],
    ['the fixtures, json', ['fixtures', '--format', 'json']],
    ['the fixtures, text', ['fixtures', '--format', 'text', '--no-color']],
    ['a generated folder, ndjson', [dir, '--format', 'ndjson']],
    ['a generated folder, json, figures and dates only', [dir, '--format', 'json', '--types', 'figure,date']],
  ])('%s', (_, args) => {
    const one = cli(['extract', ...args, '--jobs', '1']);
    // workers from the first article (by default they start after a second of work here)
    const many = cli(['extract', ...args, '--jobs', '3'], { env: { CLAIMCHECK_POOL_AFTER_MS: '0' } });
    expect(one.code).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(many.code).toBe(one.code);
    expect(many.stdout === one.stdout).toBe(true);
    expect(many.stderr).toBe(one.stderr);
    if (args.includes('--config')) expect(many.stdout).toContain('"speaker":"Renamed By Config"');
    if (args.includes('--color')) expect(many.stdout).toContain('\u001b[');
  });

  test('--jobs must be a whole number of workers', () => {
    const r = cli(['extract', story, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs: "0" is not a whole number of workers/);
  });
});

describe('shards run as separate processes and merged equal one run (the Spark / GNU parallel recipe)', () => {
  test('NDJSON articles split in three, each piped through extract, concatenated', () => {
    const lines = generated(30).map((text, i) => JSON.stringify({ id: `art-${i}`, text }) + '\n');
    const whole = cli(['extract', '-', '--stdin-name', 'all.ndjson', '--format', 'ndjson', '--quiet'], { input: lines.join('') });
    expect(whole.code).toBe(0);
    const shards = [lines.slice(0, 7), lines.slice(7, 19), lines.slice(19)];
    const merged = shards
      .map((s, i) => cli(['extract', '-', '--stdin-name', `part-${i}.ndjson`, '--format', 'ndjson', '--quiet'], { input: s.join('') }))
      .map((r) => (expect(r.code).toBe(0), r.stdout))
      .join('');
    // the claims are the same; `path` names the stream each came from, `-` in both
    expect(merged.split('\n').length).toBeGreaterThan(100);
    expect(merged === whole.stdout).toBe(true);
  });
});

describe('NDJSON on stdin streams', () => {
  test('the loader yields the first line\'s article before the stream ends', async () => {
    let close!: () => void;
    const closed = new Promise<void>((r) => (close = r));
    let ended = false;
    async function* stdin() {
      yield Buffer.from('{"id":"a","text":"Sales rose 4% in 2016."}\n{"id":"b",');
      await closed;
      ended = true;
      yield Buffer.from('"text":"Nothing here."}\n');
    }
    const it = loadArticles(['-'], { stdinName: 'x.ndjson', stdinStream: stdin() })[Symbol.asyncIterator]();
    const first = (await it.next()).value as LoadEvent;
    expect(first.kind === 'article' && first.article.id).toBe('a');
    expect(ended).toBe(false);
    close();
    const second = (await it.next()).value as LoadEvent;
    expect(second.kind === 'article' && second.article.id).toBe('b');
  });

  test('line numbers, blank lines and malformed lines as the whole-file loader gives them', async () => {
    const text = '{"text":"One 4% rise."}\n\nnot json\n{"text":"Two."}';
    const events = async (opts: Parameters<typeof loadArticles>[1]) => {
      const out: LoadEvent[] = [];
      for await (const e of loadArticles(['-'], { stdinName: 'x.ndjson', ...opts })) out.push(e);
      return out;
    };
    const whole = await events({ readStdin: async () => Buffer.from(text) });
    const streamed = await events({ stdinStream: (async function* () { for (const ch of text) yield ch; })() });
    expect(streamed).toEqual(whole);
    expect(whole.map((e) => e.kind)).toEqual(['article', 'error', 'article']);
  });

  // needs src/cli/inputs.ts to hand the loader `stdinStream: io.stdin` (owned by the hostile-input work)
  const wired = readFileSync(path.join(root, 'src', 'cli', 'inputs.ts'), 'utf8').includes('stdinStream');
  test.skipIf(!wired)('the CLI writes the first line\'s claims before stdin closes', async () => {
    const child = spawn(process.execPath, [bin, 'extract', '-', '--stdin-name', 'x.ndjson', '--format', 'ndjson', '--quiet'], { cwd: root });
    child.stdin.write('{"id":"a","text":"Sales rose 4% in 2016."}\n');
    const first = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (d: Buffer) => resolve(d.toString()));
      child.once('exit', () => reject(new Error('exited before writing')));
    });
    expect(JSON.parse(first.split('\n')[0]!)).toMatchObject({ article: 'a', type: 'figure' });
    child.stdin.end();
    await new Promise((r) => child.once('exit', r));
  });
});

test('worker threads start only once a run has taken a second here, at once with CLAIMCHECK_POOL_AFTER_MS=0', () => {
  const dir = temp();
  const log = path.join(dir, 'modules.log');
  writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
  const node = ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href];
  const workerLoaded = () => existsSync(log) && readFileSync(log, 'utf8').includes('dist/cli/worker.js');
  // (module hooks run on their own thread and see the workers' imports too)
  const short = cli(['extract', story, '--format', 'json', '--jobs', '2'], { node });
  expect(short.code).toBe(0);
  expect(workerLoaded()).toBe(false);
  const eager = cli(['extract', story, '--format', 'json', '--jobs', '2'], { node, env: { CLAIMCHECK_POOL_AFTER_MS: '0' } });
  expect(eager.code).toBe(0);
  expect(workerLoaded()).toBe(true);
  expect(eager.stdout).toBe(short.stdout);
  const bad = cli(['extract', story, '--jobs', '2'], { env: { CLAIMCHECK_POOL_AFTER_MS: 'soon' } });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('CLAIMCHECK_POOL_AFTER_MS: "soon" is not a number of milliseconds');
});

test('with --jobs 1, an article over ISOLATE_CHARS is extracted on a worker of its own (one that runs out of memory fails alone), with the same output', () => {
  const dir = temp();
  const log = path.join(dir, 'modules.log');
  writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
  const text = readFileSync(path.join(story, '000_aaf2051f71d1e3ca.txt'), 'utf8');
  writeFileSync(path.join(dir, 'long.txt'), `${text}\n\n`.repeat(Math.ceil((ISOLATE_CHARS + 1) / (text.length + 2))));
  writeFileSync(path.join(dir, 'short.txt'), text);
  const r = cli(['extract', path.join(dir, 'long.txt'), path.join(dir, 'short.txt'), '--format', 'ndjson', '--jobs', '1'], { node: ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href] });
  expect(r.code).toBe(0);
  expect(readFileSync(log, 'utf8')).toContain('dist/cli/worker.js');
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: string; id: string; text: string });
  const ids = (article: string) => lines.filter((l) => l.article === article).map((l) => `${l.id} ${l.text}`);
  const expected = (file: string) => extractArticle(articleFromText(readFileSync(path.join(dir, file), 'utf8'), { id: file.replace('.txt', '') })).claims.map((c) => `${c.id} ${c.text}`);
  expect(ids('long')).toEqual(expected('long.txt'));
  expect(ids('short')).toEqual(expected('short.txt'));
  // check as well: the long article's claims come from its worker, its text is segmented here
  const c = cli(['check', path.join(dir, 'long.txt'), path.join(dir, 'short.txt'), '--format', 'json', '--jobs', '1']);
  expect(c.code).toBe(0);
  const report = JSON.parse(c.stdout) as { summary: { claims: number }; reuse: unknown[] };
  expect(report.summary.claims).toBe(lines.length);
  expect(report.reuse.length).toBeGreaterThan(0);
});

test('a .txt extract loads no HTML or NLP modules (cheerio, linkedom, Readability, natural)', () => {
  const dir = temp();
  const log = path.join(dir, 'modules.log');
  writeFileSync(path.join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
  writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hooks.mjs')).href)});\n`);
  const r = cli(['extract', path.join(story, '000_aaf2051f71d1e3ca.txt'), '--format', 'json'], { node: ['--import', pathToFileURL(path.join(dir, 'register.mjs')).href] });
  expect(r.code).toBe(0);
  const modules = readFileSync(log, 'utf8');
  expect(modules).toMatch(/dist\/extract\/index\.js/);
  for (const heavy of ['/cheerio/', '/linkedom/', '/@mozilla/readability/', '/natural/', '/htmlparser2/', 'dist/load/html.js']) expect(modules).not.toContain(heavy);
});

describe('check --from-claims', () => {
  const dir = temp();
  const claims = cli(['extract', story, '--format', 'ndjson', '--quiet']).stdout;
  writeFileSync(path.join(dir, 'claims.ndjson'), claims);

  test('groups and judges as a check of the articles does; text reuse is empty and says why', () => {
    const full = JSON.parse(cli(['check', story, '--format', 'json']).stdout);
    const r = cli(['check', '--from-claims', path.join(dir, 'claims.ndjson'), '--format', 'json']);
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.groups).toEqual(full.groups.map((g: object) => g));
    expect(fc.summary).toEqual(full.summary);
    expect(full.reuse.length).toBeGreaterThan(0);
    expect(fc.reuse).toEqual([]);
    expect(fc.note).toMatch(/text reuse not computed/);
    expect(r.stderr).toMatch(/text reuse not computed/);
  });

  test('lines with a `story` field: one check per story, in the shapes check --by-story prints', () => {
    const lines = claims.trim().split('\n').map((l) => JSON.parse(l));
    const tagged = lines.map((c) => JSON.stringify({ story: c.article < '002' ? 'first' : 'second', ...c })).join('\n') + '\n';
    writeFileSync(path.join(dir, 'stories.ndjson'), tagged);
    const r = cli(['check', '--from-claims', path.join(dir, 'stories.ndjson'), '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.story, d.summary.articles])).toEqual([['first', 2], ['second', 3]]);
    const json = JSON.parse(cli(['check', '--from-claims', path.join(dir, 'stories.ndjson'), '--format', 'json']).stdout);
    expect(json.stories.map((d: { story: string }) => d.story)).toEqual(['first', 'second']);
    const text = cli(['check', '--from-claims', path.join(dir, 'stories.ndjson'), '--format', 'text', '--no-color']);
    expect(text.stdout).toMatch(/^ Story 1  first\n[\s\S]*\n Story 2  second\n/);
  });

  test('lines without a `story` field from articles in two folders: one check per folder, each as a check of that folder', () => {
    // the story's articles copied into two folders, extracted together
    const root = temp();
    const files = readdirSync(story).filter((f) => f.endsWith('.txt')).sort();
    for (const [i, f] of files.entries()) {
      const sub = path.join(root, i < 2 ? 'first' : 'second');
      mkdirSync(sub, { recursive: true });
      cpSync(path.join(story, f), path.join(sub, f));
    }
    writeFileSync(path.join(dir, 'folders.ndjson'), cli(['extract', root, '--format', 'ndjson', '--quiet']).stdout);
    const r = cli(['check', '--from-claims', path.join(dir, 'folders.ndjson'), '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => [d.story, d.summary.articles])).toEqual([[path.join(root, 'first'), 2], [path.join(root, 'second'), files.length - 2]]);
    // (article ids are relative to the folder given, so groups are compared by verdict and by
    // their claims' files and ids)
    type G = { verdict: string; claims: { path: string; claim: string }[] };
    const digest = (groups: G[]) => groups.map((g) => [g.verdict, g.claims.map((m) => `${m.path} ${m.claim}`)]);
    for (const [k, sub] of ['first', 'second'].entries()) {
      const alone = JSON.parse(cli(['check', path.join(root, sub), '--format', 'json']).stdout);
      expect(digest(docs[k].groups)).toEqual(digest(alone.groups));
    }
  });

  test('a malformed line is a one-line error naming the line; the rest is checked', () => {
    writeFileSync(path.join(dir, 'bad.ndjson'), `${claims.split('\n')[0]}\n{oops\n{"article":"x"}\n`);
    const r = cli(['check', '--from-claims', path.join(dir, 'bad.ndjson'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.ndjson:2: malformed JSON/);
    expect(r.stderr).toMatch(/bad\.ndjson:3: not a claim line/);
    expect(JSON.parse(r.stdout).summary.claims).toBe(1);
  });

  test('paths and --from-claims together, or neither, is bad usage', () => {
    expect(cli(['check', story, '--from-claims', path.join(dir, 'claims.ndjson')]).code).toBe(2);
    expect(cli(['check']).stderr).toMatch(/--from-claims/);
  });
});

describe('the progress bar', () => {
  test('files done/total, MB/s and ETA; messages clear it first and redraw it after', async () => {
    const { Progress } = await import('../src/cli/progress.js');
    const written: string[] = [];
    let now = 0;
    const p = new Progress({ isTTY: true, write: (s: string) => (written.push(s), true) }, 10, () => now);
    now = 2000;
    p.tick(1_000_000);
    expect(p.line()).toBe('1 files  0.5 MB/s');
    p.countInputs([story], root);
    await new Promise((r) => setTimeout(r, 200));
    expect(p.line()).toBe('[##........] 1/5 files  0.5 MB/s  ETA 0:08');
    p.stderr.write('claimcheck: warning: x\n');
    expect(written.slice(-3)).toEqual(['\r\x1b[K', 'claimcheck: warning: x\n', `\r\x1b[K${p.line()}`]);
    p.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  test('nothing when stderr is not a terminal', () => {
    const r = cli(['extract', story, '--format', 'json', '--jobs', '2']);
    expect(r.stderr).not.toMatch(/\r|\x1b/);
  });
});
