/**
 * The entry of an extraction worker thread (`pool.ts`). It answers each `{seq, articles,
 * options}` with `{seq, answers}`, one answer per article (its extraction or why it failed),
 * or `{seq, error}`; it prints nothing. Loaded from `dist/` next to `pool.js`, so it only
 * imports what extraction needs.
 *
 * A task with `html` is a saved page for the loader, answered with its text and metadata. A
 * task that asks for `render` is answered with the article's output text (aliases applied,
 * formatted) and its claim counts instead of the extraction (and, for `--cache`, the extraction
 * as JSON): the main thread then only writes strings, where cloning a claim-heavy result into
 * it and formatting it there made the main thread the limit on how many workers help.
 */
import { parentPort } from 'node:worker_threads';
import { aliasTable, applyAliases } from '../config/apply.js';
import { extractEach } from './batch.js';
import { EXTRACT_FORMATS, type ExtractFormatName, type ExtractFormatter } from '../report/extract.js';
import type { Article, ClaimType, ExtractedArticle } from '../schema.js';
import type { ExtractOptions } from '../extract/index.js';
import type { HtmlOptions, HtmlText } from '../load/html.js';

/**
 * How a worker renders its articles: the output format, chalk's colour level, the alias table;
 * with `entries`, each article's extraction is also answered as JSON for the cache.
 */
export interface RenderSpec {
  format: ExtractFormatName;
  colorLevel: 0 | 1 | 2 | 3;
  aliases: Readonly<Record<string, string>>;
  entries?: boolean;
}

/** Extract an article, or (with `html`) turn a saved page into text for the loader. */
export type WorkerTask =
  | { seq: number; articles: Article[]; options: ExtractOptions; render?: RenderSpec }
  | { seq: number; html: string; htmlOptions: HtmlOptions };

/**
 * An article as its output text (`ExtractFormatter.body`) and its claims counted by type; with
 * `RenderSpec.entries`, also its extraction (before aliases) as JSON, which the main thread
 * writes to the cache as it is: a string crosses threads as one copy, where the extraction
 * itself was a structured clone of every claim, then stringified again on the main thread.
 */
export interface Rendered {
  /** The output in pieces, written in turn (`ExtractFormatter.body`). */
  text: string[];
  counts: Array<[ClaimType, number]>;
  entry?: string;
  /** Where the article reached the limit on its claims, when it did (`ExtractedArticle.truncated`). */
  truncated?: ExtractedArticle['truncated'];
}

/** One article's answer in a batch: its extraction, its rendered output, or why it failed. */
export type ArticleReply = { result: ExtractedArticle } | { rendered: Rendered } | { error: string };

export type WorkerReply =
  | { seq: number; answers: ArticleReply[] }
  | { seq: number; page: HtmlText }
  | { seq: number; error: string };

let renderer: { key: string; formatter: ExtractFormatter; aliases: Map<string, string> } | null = null;

async function rendererFor(spec: RenderSpec): Promise<NonNullable<typeof renderer>> {
  const key = JSON.stringify(spec);
  if (renderer?.key === key) return renderer;
  // chalk only for text output, as on the main thread
  const chalk = spec.format === 'text' ? new (await import('chalk')).Chalk({ level: spec.colorLevel }) : (null as never);
  renderer = { key, formatter: EXTRACT_FORMATS[spec.format]({ chalk }), aliases: aliasTable(spec.aliases) };
  return renderer;
}

// Tasks are handled one at a time, in the order they came: a handler that waits (the first
// page imports the HTML loader) must not let the next task answer first, which the pool
// would take for the answer to the wrong task.
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (task: WorkerTask) => {
  queue = queue.then(() => handle(task));
});

async function handle(task: WorkerTask): Promise<void> {
  let reply: WorkerReply;
  try {
    if ('html' in task) {
      // the HTML loader (linkedom, Readability, cheerio) only in a worker that is given a page
      const { htmlToText } = await import('../load/html.js');
      parentPort!.postMessage({ seq: task.seq, page: htmlToText(task.html, task.htmlOptions) } satisfies WorkerReply);
      return;
    }
    const r = task.render ? await rendererFor(task.render) : null;
    const answers = extractEach(task.articles, task.options).map((x): ArticleReply => {
      if ('error' in x || !r) return x;
      const named = applyAliases(x.result, r.aliases);
      const counts = new Map<ClaimType, number>();
      for (const c of named.claims) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
      const rendered: Rendered = { text: r.formatter.body(named), counts: [...counts] };
      if (task.render!.entries) rendered.entry = JSON.stringify(x.result);
      if (x.result.truncated) rendered.truncated = x.result.truncated;
      return { rendered };
    });
    reply = { seq: task.seq, answers };
  } catch (e) {
    reply = { seq: task.seq, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
}
