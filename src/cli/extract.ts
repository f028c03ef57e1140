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
import { EXIT } from './errors.js';
import { readArticles, plural, type InputTally } from './inputs.js';
import { chalkFor, write, type Io } from './io.js';
import { ExtractPool, orderedMap, type Outcome } from './pool.js';
import { batches, extractEach, IN_PROCESS_BATCH, TASK_BATCH } from './batch.js';
import type { RenderSpec } from './worker.js';
import type { LoadOptions } from '../load/index.js';
import { Progress } from './progress.js';
import { version, type ExtractCliOptions } from './run.js';

/** Batches in flight per worker: enough to keep workers busy while one is slow, few enough to bound memory. */
const WINDOW_PER_JOB = 4;

/** Articles (and pages) handled on this thread before worker threads start (8 articles take ~20 ms, starting workers ~150). */
const IN_PROCESS_FIRST = 8;
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
  const xopts: ExtractOptions = { types: opts.types, keepBoilerplate: opts.keepBoilerplate };
  // one core is left to the main thread and V8's garbage-collector threads: one extraction
  // thread already keeps ~1.4 cores busy (measured on 2 cores, where --jobs 2 was 0.2-0.7 s
  // slower than --jobs 1 on 1,500 generated articles and equal on 20,000)
  const jobs = opts.jobs ?? defaultJobs();
  const cache = opts.cache ? new ExtractCache(path.resolve(io.cwd, opts.cache), version(), xopts) : null;
  // workers render their articles' output (the cache needs the extraction itself, so not with it)
  const render: RenderSpec | undefined = cache ? undefined : { format, colorLevel: chalk.level, aliases: opts.speakerAliases ?? {} };
  // the pool starts after IN_PROCESS_FIRST articles: a run of a few files never pays for starting workers
  let pool: ExtractPool | null = null;
  let seen = 0;
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
      if (jobs > 1 && seen >= IN_PROCESS_FIRST) pool ??= new ExtractPool(jobs);
      seen += todo.length;
      const done = pool ? await pool.run(todo, xopts, render) : inProcess(todo, xopts);
      let k = 0;
      for (let i = 0; i < batch.length; i++) {
        if (outcomes[i]) continue;
        const outcome = done[k++]!;
        outcomes[i] = outcome;
        if (cache && outcome.ok && 'result' in outcome) await storeInBackground(cache.put(keys[i]!, outcome.result));
      }
    }
    return batch.map((article, i) => ({ article, outcome: outcomes[i]! }));
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
  let pages = 0;
  const htmlToText: LoadOptions['htmlToText'] =
    jobs > 1
      ? async (html, how) => (pages++ < IN_PROCESS_FIRST ? (await import('../load/html.js')).htmlToText(html, how) : (pool ??= new ExtractPool(jobs)).parseHtml(html, how))
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
        for (const [type, n] of outcome.rendered.counts) counts.set(type, (counts.get(type) ?? 0) + n);
        await write(io.stdout, (articles ? formatter.separator : '') + outcome.rendered.text);
      } else {
        const result = applyAliases(outcome.result, aliases);
        for (const c of result.claims) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
        await write(io.stdout, formatter.article(result, articles));
      }
      articles++;
    }
    const errors = [...tally.errors, ...failed];
    await write(io.stdout, formatter.end(errors, articles));
  } finally {
    progress?.finish();
    await Promise.all(writes);
    await (pool as ExtractPool | null)?.close();
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

/** `--jobs 1`: extraction on this thread, failures made outcomes exactly as the workers make them. */
function inProcess(articles: Article[], options: ExtractOptions): Outcome[] {
  return extractEach(articles, options).map((x) => ('error' in x ? { ok: false, message: `extraction failed: ${x.error}` } : { ok: true, result: x.result }));
}

async function* flat<T>(source: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const xs of source) yield* xs;
}

/** `--jobs` when not given: the cores less one, at least 1 (in process). */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
