/**
 * `claimcheck extract`: load → extract → format, streamed: each article is written as soon as
 * it and all before it are extracted, so memory holds only a bounded window of articles.
 * With `--jobs N` (N > 1) extraction runs on a worker-thread pool (`pool.ts`) and the output
 * is byte for byte that of `--jobs 1`; `--cache DIR` skips articles already extracted.
 */
import os from 'node:os';
import path from 'node:path';
import { ExtractCache } from '../cache/index.js';
import { aliasTable, applyAliases } from '../config/apply.js';
import type { ExtractOptions } from '../extract/index.js';
import { EXTRACT_FORMATS } from '../report/extract.js';
import type { Article, ClaimType, InputError } from '../schema.js';
import { CliError, EXIT } from './errors.js';
import { maxClaimsFrom, readArticles, plural, warnTruncated, type InputTally } from './inputs.js';
import { chalkFor, write, type Io } from './io.js';
import { Lanes, orderedMap, type Outcome } from './pool.js';
import { batches, extractEach, IN_PROCESS_BATCH, TASK_BATCH } from './batch.js';
import type { RenderSpec } from './worker.js';
import type { LoadOptions } from '../load/index.js';
import { Progress } from './progress.js';
import { version, type ExtractCliOptions } from './run.js';

/** Batches in flight per worker: enough to keep workers busy while one is slow, few enough to bound memory. */
const WINDOW_PER_JOB = 4;

/**
 * Milliseconds of extraction (and page parsing) on this thread before worker threads start
 * (`Lanes`): a run shorter than that never pays for starting and warming up workers. On 2
 * cores, two workers after 1 s / 2 s: 3,000 small articles 3.9-4.1 / 3.7-3.9 s (in process
 * 3.0-3.1), 20,000 10.6-11.5 / 10.8-11.0 s (in process 13.3-13.5).
 * `CLAIMCHECK_POOL_AFTER_MS` changes it (0: workers from the first article).
 */
const IN_PROCESS_MS = 2000;

/** The wait before worker threads start, from the environment or the default. */
export function poolAfterMs(env: Io['env']): number {
  const raw = env.CLAIMCHECK_POOL_AFTER_MS;
  if (raw === undefined || raw === '') return IN_PROCESS_MS;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new CliError(`CLAIMCHECK_POOL_AFTER_MS: "${raw}" is not a number of milliseconds (0 or more)`);
  return ms;
}
/** Cache entries being written while extraction goes on. */
const WRITES_IN_FLIGHT = 32;

export async function extractCommand(paths: string[], opts: ExtractCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const chalk = chalkFor(io.stdout, io.env, opts.color);
  const formatter = EXTRACT_FORMATS[format]({ chalk });
  const progress = !opts.quiet && io.stderr.isTTY ? new Progress(io.stderr) : null;
  const err = progress ? { ...io, stderr: progress.stderr } : io;
  const red = chalkFor(io.stderr, io.env, opts.color).red;
  const tally: InputTally = { errors: [], warnings: 0 };
  // extraction failures, in article order, after the load errors: the same list whatever the timing
  const failed: InputError[] = [];
  const counts = new Map<ClaimType, number>();
  let articles = 0;

  // aliases apply after the cache: an entry holds the extraction, not one project's naming
  const aliases = aliasTable(opts.speakerAliases);
  const xopts: ExtractOptions = { types: opts.types, keepBoilerplate: opts.keepBoilerplate, maxClaims: maxClaimsFrom(io.env) };
  const jobs = opts.jobs ?? defaultJobs();
  const cache = opts.cache ? new ExtractCache(path.resolve(io.cwd, opts.cache), version(), xopts) : null;
  // workers render their articles' output, and for the cache give back each extraction as JSON
  const render: RenderSpec = { format, colorLevel: chalk.level, aliases: opts.speakerAliases ?? {}, entries: !!cache };
  // jobs workers, started once the run has proved long enough to repay them
  const lanes = new Lanes(jobs, poolAfterMs(io.env));
  const extract = async (batch: Article[]): Promise<Array<{ article: Article; outcome: Outcome }>> => {
    const outcomes: Array<Outcome | undefined> = [];
    const keys: string[] = [];
    const todo: Article[] = [];
    for (const [i, article] of batch.entries()) {
      if (cache) {
        keys[i] = cache.key(article);
        const hit = await cache.get(article, keys[i]);
        if (hit) {
          outcomes[i] = { ok: true, result: hit };
          continue;
        }
      }
      todo.push(article);
    }
    if (todo.length) {
      const worker = lanes.worker();
      const done = worker ? await worker.run(todo, xopts, render) : await hereOrIsolated(todo);
      let k = 0;
      for (let i = 0; i < batch.length; i++) {
        if (outcomes[i]) continue;
        const outcome = done[k++]!;
        outcomes[i] = outcome;
        if (!cache || !outcome.ok) continue;
        if ('result' in outcome) await storeInBackground(cache.put(keys[i]!, outcome.result));
        else if (outcome.rendered.entry !== undefined) await storeInBackground(cache.putJson(keys[i]!, outcome.rendered.entry));
      }
    }
    return batch.map((article, i) => ({ article, outcome: outcomes[i]! }));
  };

  // on this thread, but for articles too large to risk the process on (see ISOLATE_CHARS)
  const hereOrIsolated = async (todo: Article[]): Promise<Outcome[]> => {
    if (!todo.some((a) => a.body.length > ISOLATE_CHARS)) return lanes.here(() => inProcess(todo, xopts));
    const out: Outcome[] = [];
    for (const a of todo) {
      if (a.body.length > ISOLATE_CHARS) out.push(...(await lanes.isolated().run([a], xopts, render)));
      else out.push(...lanes.here(() => inProcess([a], xopts)));
    }
    return out;
  };

  // cache writes run behind extraction (a write never throws; at most WRITES_IN_FLIGHT wait)
  const writes = new Set<Promise<void>>();
  const storeInBackground = async (p: Promise<void>): Promise<void> => {
    writes.add(p);
    void p.finally(() => writes.delete(p));
    if (writes.size >= WRITES_IN_FLIGHT) await Promise.race(writes);
  };

  // saved pages are parsed on the workers too (the main thread would otherwise parse every
  // page itself and the workers wait); the first few pages here, as for articles
  const htmlToText: LoadOptions['htmlToText'] =
    jobs > 1
      ? async (html, how) => {
          const worker = lanes.worker();
          if (worker) return worker.parseHtml(html, how);
          const { htmlToText: parse } = await import('../load/html.js');
          return lanes.here(() => parse(html, how));
        }
      : undefined;

  progress?.countInputs(paths, io.cwd);
  try {
    await write(io.stdout, formatter.begin());
    const loaded = readArticles(paths, htmlToText ? { ...opts, htmlToText } : opts, err, tally);
    const grouped = batches(loaded, jobs > 1 ? TASK_BATCH : IN_PROCESS_BATCH, (a) => a.body.length);
    for await (const { article, outcome } of flat(orderedMap(grouped, extract, jobs > 1 ? jobs * WINDOW_PER_JOB : 1))) {
      progress?.tick(Buffer.byteLength(article.body));
      if (!outcome.ok) {
        failed.push({ path: article.path, message: outcome.message });
        err.stderr.write(`${red('claimcheck: error:')} ${article.path}: ${outcome.message}\n`);
        continue;
      }
      if ('rendered' in outcome) {
        const kept = outcome.rendered.counts.reduce((sum, [, n]) => sum + n, 0);
        warnTruncated(article.path, kept, outcome.rendered.truncated, opts, err, tally);
        for (const [type, n] of outcome.rendered.counts) counts.set(type, (counts.get(type) ?? 0) + n);
        if (articles) await write(io.stdout, formatter.separator);
        for (const piece of outcome.rendered.text) await write(io.stdout, piece);
      } else {
        warnTruncated(article.path, outcome.result.claims.length, outcome.result.truncated, opts, err, tally);
        const result = applyAliases(outcome.result, aliases);
        for (const c of result.claims) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
        for (const piece of formatter.article(result, articles)) await write(io.stdout, piece);
      }
      articles++;
    }
    const errors = [...tally.errors, ...failed];
    await write(io.stdout, formatter.end(errors, articles));
  } finally {
    progress?.finish();
    await Promise.all(writes);
    await lanes.close();
  }

  const errorCount = tally.errors.length + failed.length;
  if (!opts.quiet) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const byType = [...counts].map(([t, n]) => plural(n, t)).join(', ');
    const cached = cache ? `, ${cache.stats.hits} from the cache` : '';
    io.stderr.write(
      `${plural(articles, 'article')}, ${plural(total, 'claim')}${byType ? ` (${byType})` : ''}${cached}` +
        `${errorCount ? `, ${plural(errorCount, 'error')}` : ''}` +
        `${tally.warnings ? `, ${plural(tally.warnings, 'warning')}` : ''}\n`,
    );
  }
  return errorCount ? EXIT.usage : EXIT.ok;
}

/**
 * Articles longer than this (UTF-16 units) are extracted on a worker thread even in process:
 * hostile text dense in claims takes ~400 bytes of memory per character (16 MB of quotation
 * marks and words exhausted the heap and killed the run), and a worker that runs out of memory
 * fails its article alone. No news article comes near it; the worker costs about a second.
 */
export const ISOLATE_CHARS = 2_000_000;

/** `--jobs 1`: extraction on this thread, failures made outcomes exactly as the workers make them. */
function inProcess(articles: Article[], options: ExtractOptions): Outcome[] {
  return extractEach(articles, options).map((x) => ('error' in x ? { ok: false, message: `extraction failed: ${x.error}` } : { ok: true, result: x.result }));
}

async function* flat<T>(source: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const xs of source) yield* xs;
}

/**
 * `--jobs` when not given: the cores less one, at least 1 (in process). One extraction thread
 * keeps ~1.3 cores busy (V8's garbage-collector and compiler threads) and a worker costs over a
 * second of CPU to warm up: on 2 cores, two workers (after 2 s in process) took 5.2-5.6 s for
 * 5,000 small articles against 4.5-4.7 s in process, 8.5-8.8 s against 5.1-7.0 s with a cold
 * --cache, and paid off only beyond ~10,000 (20,000: 10.8-11.0 s against 13.3-13.5 s). Since
 * extraction got faster (session 5) they no longer pay off at 20,000 either (10.8 s against
 * 10.3 s in process).
 */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
