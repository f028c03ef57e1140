/**
 * `extract --jobs N`: extraction on a pool of worker threads, results in input order.
 *
 * Each worker extracts one article at a time (with the next one waiting in its port), so a
 * crashed worker (an exception outside the extractor, running out of memory) costs exactly
 * the article it was extracting: that article becomes an error, the waiting one goes back to
 * the queue, a new worker takes the worker's place, and the others go on. `orderedMap` keeps a
 * bounded window of articles in flight, so memory does not grow with the corpus.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/index.js';
import type { Article, ExtractedArticle } from '../schema.js';
import type { HtmlOptions, HtmlText } from '../load/html.js';
import type { Rendered, RenderSpec, WorkerReply, WorkerTask } from './worker.js';

/** What a worker answers: an extraction's outcome, or a parsed page. */
type Answer = Outcome | { ok: true; page: HtmlText };

/** An extraction, or why it failed (the message of a one-line diagnostic). */
export type Outcome =
  | { ok: true; result: ExtractedArticle }
  | { ok: true; rendered: Rendered }
  | { ok: false; message: string };

interface Job {
  task: WorkerTask;
  resolve: (o: Answer) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks posted to the worker, the first being extracted, the others waiting in its port. */
  jobs: Job[];
}

/**
 * Tasks posted to a worker ahead of its answers. With one, a worker waits a message round trip
 * after every article (about a quarter of its time on small articles, measured); with two,
 * the next article is already in its port when it answers.
 */
const DEPTH = 2;

export class ExtractPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly workerUrl: URL = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // stdout: true — the worker's stdout is a stream here, never the report's stdout
    const worker = new Worker(this.workerUrl, { stdout: true });
    worker.stdout.resume();
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs[0];
      if (!job || job.task.seq !== reply.seq) return;
      slot.jobs.shift();
      job.resolve(
        'error' in reply
          ? { ok: false, message: `extraction failed: ${reply.error}` }
          : 'rendered' in reply
            ? { ok: true, rendered: reply.rendered }
            : 'page' in reply
              ? { ok: true, page: reply.page }
              : { ok: true, result: reply.result },
      );
      this.fill(slot);
    });
    const lost = (why: string) => {
      // the task being extracted fails; the ones waiting behind it go to the front of the queue
      const [job, ...waiting] = slot.jobs;
      slot.jobs = [];
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i === -1) return;
      const fresh = this.spawn();
      this.slots[i] = fresh;
      this.queue.unshift(...waiting);
      if (job) job.resolve({ ok: false, message: `extraction failed: ${why}` });
      this.fill(fresh);
    };
    worker.on('error', (e) => lost(`worker crashed: ${e.message}`));
    worker.on('exit', (code) => lost(`worker exited with code ${code}`));
    return slot;
  }

  /** Post queued tasks to a worker until it holds DEPTH. */
  private fill(slot: Slot): void {
    while (!this.closed && slot.jobs.length < DEPTH && this.queue.length) {
      const job = this.queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage(job.task);
    }
  }

  /** A new task goes to an idle worker first, else to the one holding fewest. */
  private dispatch(): void {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
    if (best) this.fill(best);
  }

  /**
   * Extract one article on the next free worker; with `render`, the worker answers with the
   * article's output text instead. Never rejects: failures are outcomes.
   */
  run(article: Article, options: ExtractOptions, render?: RenderSpec): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      if (this.closed) return resolve({ ok: false, message: 'extraction failed: the pool is closed' });
      // an extraction task is only ever answered with an outcome
      const answered = resolve as (a: Answer) => void;
      this.queue.push({ task: { seq: this.seq++, article, options, ...(render ? { render } : {}) }, resolve: answered });
      this.dispatch();
    });
  }

  /** A saved page as text and metadata (the loader's `htmlToText`), on the next free worker. */
  async parseHtml(html: string, htmlOptions: HtmlOptions): Promise<HtmlText> {
    const answer = await new Promise<Answer>((resolve) => {
      if (this.closed) return resolve({ ok: false, message: 'the pool is closed' });
      this.queue.push({ task: { seq: this.seq++, html, htmlOptions }, resolve });
      this.dispatch();
    });
    if (!answer.ok) throw new Error(answer.message.replace(/^extraction failed: /, 'reading the page failed: '));
    if (!('page' in answer)) throw new Error('reading the page failed: the worker answered with an extraction');
    return answer.page;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.resolve({ ok: false, message: 'extraction failed: the pool is closed' });
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * `fn` over `source` with up to `window` calls in flight, yielding results in source order.
 * A result is yielded as soon as it and all before it are done, even while the source is
 * waiting for more input (a pipe), so output streams. `fn` must not reject.
 */
export async function* orderedMap<T, R>(source: AsyncIterable<T>, fn: (t: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const it = source[Symbol.asyncIterator]();
  const pending: Array<{ p: Promise<R>; done: boolean }> = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let ended = false;
  const start = (t: T) => {
    const entry = { p: fn(t), done: false };
    entry.p.then(() => (entry.done = true), () => (entry.done = true));
    pending.push(entry);
  };
  try {
    for (;;) {
      while (pending.length && pending[0]!.done) yield await pending.shift()!.p;
      if (!ended && !next && pending.length < window) next = it.next();
      if (!pending.length && !next) return;
      const head = pending[0];
      const winner = await Promise.race<'next' | 'head'>([
        ...(next ? [next.then(() => 'next' as const)] : []),
        ...(head ? [head.p.then(() => 'head' as const)] : []),
      ]);
      if (winner === 'next') {
        const r = await next!;
        next = null;
        if (r.done) ended = true;
        else start(r.value);
      } else {
        yield await pending.shift()!.p;
      }
    }
  } finally {
    if (!ended) await it.return?.(undefined);
  }
}
