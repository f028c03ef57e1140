#!/usr/bin/env node
/**
 * `npm run bench`: extraction throughput and start-up time. Prints figures, asserts nothing.
 *
 * Corpus (a): N articles (default 20,000) generated from the fixture articles and the ECB+
 * articles — paragraphs shuffled, digits redrawn, capitalised names swapped — so no cache or
 * branch predictor sees the same text twice.
 * Corpus (b): the real ECB+ articles in ../shared/datasets/ecbplus, when present.
 * In process: all claim types, and figures+dates alone, one article at a time and in batches
 * of 64 (`extractArticles`, the CLI's way in process); then a well-known peer on the same
 * texts in the same run — wink-nlp's tokenizer, sentence and entity pass
 * (wink-eng-lite-web-model), a devDependency — and the ratio (skipped when not installed).
 * Then the CLI end to end on both, with --jobs 1 and all cores (the outputs compared), and
 * --cache cold and warm (on the first 5,000 of (a)); then start-up times.
 * BENCH_ARTICLES=n, BENCH_ROUNDS=n (rounds of the in-process runs on (b); (a) runs once, large).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, extractArticles } from '../dist/extract/index.js';
import { randomSource } from './random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BENCH_ARTICLES ?? 20000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CACHE_ARTICLES = 5000;

const { rand, pick } = randomSource(0x5eed);

function fixtureTexts() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(root, 'fixtures'));
  return out;
}

const NAMES = ['Avery', 'Okonkwo', 'Lindqvist', 'Moreau', 'Tanaka', 'Ferreira', 'Kowalski', 'Haddad', 'Nguyen', 'Brennan', 'Castillo', 'Osei'];
function vary(text) {
  const paras = text.split(/\n\s*\n/);
  for (let i = paras.length - 1; i > 1; i--) {
    const j = 1 + Math.floor(rand() * i);
    [paras[i], paras[j]] = [paras[j], paras[i]];
  }
  return paras
    .join('\n\n')
    .replace(/\d/g, () => String(Math.floor(rand() * 10)))
    .replace(/\b[A-Z][a-z]{3,}\b/g, (w) => (rand() < 0.15 ? pick(NAMES) : w));
}

function article(id, body, published = null) {
  return { id, path: `${id}.txt`, title: null, publisher: null, published, byline: null, url: null, format: 'txt', body, excluded: [] };
}

/** Median seconds of `rounds` runs of `fn` over `articles` (after a short warm-up), and what the last run returned. */
function timed(articles, rounds, fn, warm = 200) {
  for (const a of articles.slice(0, warm)) fn(a); // warm-up
  const times = [];
  const cpus = [];
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    count = 0;
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    for (const a of articles) count += fn(a);
    const dc = process.cpuUsage(c);
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
    cpus.push((dc.user + dc.system) / 1e6);
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { s: times[Math.floor(times.length / 2)], cpu: cpus[Math.floor(cpus.length / 2)], count };
}

function mbOf(articles) {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1e6;
}

/**
 * One result line: wall-clock MB/s, articles/s and ms/article, then MB/s by the process's CPU
 * time (user+system, one thread: steadier than the wall clock on a shared machine).
 */
function line(label, articles, r, what, rounds) {
  const mb = mbOf(articles);
  const s = r.s;
  console.log(
    `${label.padEnd(44)} ${String(articles.length).padStart(6)} articles ${mb.toFixed(1).padStart(6)} MB  ` +
      `${(mb / s).toFixed(2).padStart(7)} MB/s ${Math.round(articles.length / s).toString().padStart(7)} articles/s  ` +
      `${((s / articles.length) * 1000).toFixed(3)} ms/article  (cpu ${(mb / r.cpu).toFixed(2)} MB/s)  ${what}  (${rounds === 1 ? 'one run' : `median of ${rounds}`})`,
  );
}

const FIG_DATE = { types: ['figure', 'date'] };
/** Articles a batch, as the CLI extracts them in process. */
const BATCH = 64;
/**
 * Our extraction, all claim types and figures+dates alone, one article at a time
 * (`extractArticle`) and in batches (`extractArticles`, as the CLI does); seconds of each.
 */
function measure(label, articles, rounds) {
  const all = timed(articles, rounds, (a) => extractArticle(a).claims.length);
  line(`${label}, all types`, articles, all, `${all.count} claims`, rounds);
  const fd = timed(articles, rounds, (a) => extractArticle(a, FIG_DATE).claims.length);
  line(`${label}, figures+dates`, articles, fd, `${fd.count} claims`, rounds);
  const groups = [];
  for (let i = 0; i < articles.length; i += BATCH) groups.push(articles.slice(i, i + BATCH));
  const count = (xs) => xs.reduce((n, x) => n + x.claims.length, 0);
  const allB = timed(groups, rounds, (g) => count(extractArticles(g)), 3);
  line(`${label}, all types, batches of ${BATCH}`, articles, allB, `${allB.count} claims`, rounds);
  const fdB = timed(groups, rounds, (g) => count(extractArticles(g, FIG_DATE)), 3);
  line(`${label}, figures+dates, batches`, articles, fdB, `${fdB.count} claims`, rounds);
  return { all, figDate: fd };
}

/** wink-nlp with its English lite model, when installed: tokenizer, sentences and entities only. */
function loadPeer() {
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const version = require('wink-nlp/package.json').version;
    const nlp = winkNLP(model, ['sbd', 'ner']);
    return { nlp, version, modelVersion: require('wink-eng-lite-web-model/package.json').version };
  } catch {
    return null;
  }
}
const peer = loadPeer();

function measurePeer(label, articles, rounds, ours) {
  if (!peer) return;
  const r = timed(articles, rounds, (a) => peer.nlp.readDoc(a.body).entities().length());
  line(`${label}, wink-nlp sbd+ner`, articles, r, `${r.count} entities`, rounds);
  console.log(
    `${''.padEnd(44)} wink-nlp time / ours: ${(r.cpu / ours.all.cpu).toFixed(2)}× all types, ${(r.cpu / ours.figDate.cpu).toFixed(2)}× figures+dates (by CPU time)`,
  );
}

function startup(label, args, runs = 10, script = path.join(root, 'bin', 'claimcheck.js')) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${times[runs >> 1].toFixed(0)} ms, min ${times[0].toFixed(0)} ms (${runs} runs)`);
}

console.log(`claimcheck bench — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
const ecb = path.resolve(root, '..', 'shared', 'datasets', 'ecbplus');
const real = [];
if (existsSync(ecb)) {
  for (const topic of readdirSync(ecb).sort()) {
    const dir = path.join(ecb, topic);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) real.push(article(`${topic}/${f}`, readFileSync(path.join(dir, f), 'utf8')));
  }
}
const seeds = [...fixtureTexts(), ...real.map((a) => a.body)];
const generated = Array.from({ length: N }, (_, i) => article(`gen-${i}`, vary(seeds[i % seeds.length]), i % 2 ? '2017-07-12' : null));
console.log(
  `single worker, in process (load excluded); (a) from ${seeds.length} seed articles (fixtures${real.length ? ' and ECB+' : ''})` +
    (peer ? `; peer: wink-nlp ${peer.version} + wink-eng-lite-web-model ${peer.modelVersion}, pipe sbd+ner` : '; peer: wink-nlp not installed, skipped'),
);
const oursA = measure('(a) generated', generated, 1);
measurePeer('(a) generated', generated, 1, oursA);
if (real.length) {
  const oursB = measure('(b) ECB+ real', real, ROUNDS);
  measurePeer('(b) ECB+ real', real, ROUNDS, oursB);
} else {
  console.log('(b) ECB+ real articles: skipped (../shared/datasets/ecbplus not found)');
}

console.log(`end to end, the CLI (load, extract, write ndjson; --jobs 1 in process, --jobs ${os.availableParallelism()} = all cores):`);
const tmp = path.join(root, '.bench-corpus');
rmSync(tmp, { recursive: true, force: true });
const corpora = [['(a) generated', path.join(tmp, 'generated'), generated]];
if (real.length) corpora.push(['(b) ECB+', path.join(tmp, 'ecbplus'), real]);
for (const [, dir, articles] of corpora) {
  mkdirSync(dir, { recursive: true });
  articles.forEach((a, i) => writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.txt`), a.body));
}
// peak RSS of the whole process (workers included), reported by the child itself on exit
// and its CPU time (user+system, all threads: on a shared machine steadier than the wall clock)
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("maxrss="+u.maxRSS+" cpu="+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
function cliRun(label, dir, articles, extra) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, path.join(root, 'bin', 'claimcheck.js'), 'extract', dir, '--format', 'ndjson', '--quiet', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1e6;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const cpu = Number(/cpu=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1e6;
  console.log(
    `${label.padEnd(44)} ${String(articles.length).padStart(6)} files ${s.toFixed(2).padStart(6)} s ${(mb / s).toFixed(2).padStart(7)} MB/s ${String(Math.round(articles.length / s)).padStart(7)} articles/s  cpu ${cpu.toFixed(2)} s  peak RSS ${rss.toFixed(0)} MB  (exit ${r.status})`,
  );
  return r.stdout;
}
for (const [name, dir, articles] of corpora) {
  const one = cliRun(`${name}, --jobs 1`, dir, articles, ['--jobs', '1']);
  const all = cliRun(`${name}, --jobs ${os.availableParallelism()}`, dir, articles, ['--jobs', String(os.availableParallelism())]);
  if (one !== all) console.log(`  !! ${name}: --jobs 1 and --jobs ${os.availableParallelism()} printed different output`);
}
const cacheDir = path.join(tmp, 'cache');
const cacheCorpus = path.join(tmp, 'cached');
const cached = generated.slice(0, CACHE_ARTICLES);
mkdirSync(cacheCorpus, { recursive: true });
cached.forEach((a, i) => writeFileSync(path.join(cacheCorpus, `${String(i).padStart(5, '0')}.txt`), a.body));
cliRun(`(a) first ${cached.length}, --cache (cold)`, cacheCorpus, cached, ['--cache', cacheDir]);
cliRun(`(a) first ${cached.length}, --cache (warm)`, cacheCorpus, cached, ['--cache', cacheDir]);
rmSync(tmp, { recursive: true, force: true });

// Node's own start, spawned the same way: the floor under the two below
startup('node -e 0 (Node alone, for scale)', ['0'], 10, '-e');
startup('claimcheck --version', ['--version']);
startup('claimcheck extract one small file', ['extract', 'fixtures/edge-cases/crlf-flood.txt', '--format', 'json']);
