/**
 * `extract --jobs N`: extraction on a pool of worker threads, results in input order.
 *
 * Each worker extracts one batch of articles at a time (with the next batch waiting in its
 * port). A crashed worker (an exception outside the extractor, running out of memory) costs
 * exactly the article it was extracting: a batch it was on goes back to the queue as
 * single-article tasks, so only the article that crashes it again fails; the waiting batch
 * goes back to the queue, a new worker takes the worker's place, and the others go on.
 * `orderedMap` keeps a bounded window of batches in flight, so memory does not grow with
 * the corpus.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/index.js';
import type { Article, ExtractedArticle } from '../schema.js';
import type { HtmlOptions, HtmlText } from '../load/html.js';
import type { ArticleReply, Rendered, RenderSpec, WorkerReply, WorkerTask } from './worker.js';

/** What a worker answers: the outcomes of a batch's articles, or a parsed page. */
type Answer = { ok: true; outcomes: Outcome[] } | { ok: true; page: HtmlText } | { ok: false; message: string };

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
      // (a worker answers in order; matched by number all the same)
      const i = slot.jobs.findIndex((j) => j.task.seq === reply.seq);
      if (i === -1) return;
      const job = slot.jobs.splice(i, 1)[0]!;
      job.resolve(
        'error' in reply
          ? { ok: false, message: reply.error }
          : 'page' in reply
            ? { ok: true, page: reply.page }
            : { ok: true, outcomes: reply.answers.map(outcomeOf) },
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
      if (job && 'articles' in job.task && job.task.articles.length > 1) {
        // which article of the batch crashed it is not known: each goes again on its own
        this.queue.unshift(...this.singles(job));
      } else if (job) job.resolve({ ok: false, message: why });
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
   * Extract a batch of articles on the next free worker, an outcome for each in order; with
   * `render`, the worker answers with each article's output text instead. Never rejects:
   * failures are outcomes.
   */
  async run(articles: Article[], options: ExtractOptions, render?: RenderSpec): Promise<Outcome[]> {
    const answer = await new Promise<Answer>((resolve) => {
      if (this.closed) return resolve({ ok: false, message: 'the pool is closed' });
      this.queue.push({ task: { seq: this.seq++, articles, options, ...(render ? { render } : {}) }, resolve });
      this.dispatch();
    });
    if (!answer.ok) return articles.map(() => ({ ok: false, message: `extraction failed: ${answer.message}` }));
    if (!('outcomes' in answer)) return articles.map(() => ({ ok: false, message: 'extraction failed: the worker answered with a page' }));
    return answer.outcomes;
  }

  /** A batch's articles as tasks of one article each, whose answers together answer the batch. */
  private singles(job: Job): Job[] {
    const task = job.task as Extract<WorkerTask, { articles: Article[] }>;
    const answers: Answer[] = [];
    let left = task.articles.length;
    return task.articles.map((article, i) => ({
      task: { ...task, seq: this.seq++, articles: [article] },
      resolve: (a: Answer) => {
        answers[i] = a;
        if (--left) return;
        const outcomes = answers.map((x): Outcome => (!x.ok ? { ok: false, message: `extraction failed: ${x.message}` } : 'outcomes' in x ? x.outcomes[0]! : { ok: false, message: 'extraction failed: the worker answered with a page' }));
        job.resolve({ ok: true, outcomes });
      },
    }));
  }

  /** A saved page as text and metadata (the loader's `htmlToText`), on the next free worker. */
  async parseHtml(html: string, htmlOptions: HtmlOptions): Promise<HtmlText> {
    const answer = await new Promise<Answer>((resolve) => {
      if (this.closed) return resolve({ ok: false, message: 'the pool is closed' });
      this.queue.push({ task: { seq: this.seq++, html, htmlOptions }, resolve });
      this.dispatch();
    });
    if (!answer.ok) throw new Error(`reading the page failed: ${answer.message}`);
    if (!('page' in answer)) throw new Error('reading the page failed: the worker answered with an extraction');
    return answer.page;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.resolve({ ok: false, message: 'the pool is closed' });
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

function outcomeOf(a: ArticleReply): Outcome {
  return 'error' in a ? { ok: false, message: `extraction failed: ${a.error}` } : 'rendered' in a ? { ok: true, rendered: a.rendered } : { ok: true, result: a.result };
}

/**
 * Where the next batch is extracted with `--jobs N`: on this thread until it has spent
 * `startAfterMs` extracting, then on N worker threads (this one only reads and writes). Each
 * worker costs over a second of CPU to start and warm up (its own compiled code and regular
 * expressions: the first 150 articles take ~800 ms of CPU, the tenth 150 ~100 ms), more than
 * a short run takes in all. Measured on 2 cores: 1,500 small articles took 1.9-2.1 s in
 * process and 2.4-2.8 s on two workers from the start; 20,000 took 13.4-14.4 s and 9.1-10.0 s.
 * Extracting here as well once the workers run ("caller runs") was slower: 12.7-13.6 s on
 * 20,000, the workers' answers waiting behind this thread.
 */
export class Lanes {
  private pool: ExtractPool | null = null;
  private isolation: ExtractPool | null = null;
  private busy = 0;

  constructor(
    readonly jobs: number,
    private readonly startAfterMs: number,
  ) {}

  /** The worker pool, once it is time for one; null: do it on this thread (with `here`). */
  worker(): ExtractPool | null {
    if (this.jobs > 1 && !this.pool && this.busy >= this.startAfterMs) this.pool = new ExtractPool(this.jobs);
    return this.pool;
  }

  /** `fn` run on this thread, its time counted towards starting the workers. */
  here<T>(fn: () => T): T {
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.busy += performance.now() - t;
    }
  }

  /** A worker of its own for an article too large to risk this thread on (started on first use). */
  isolated(): ExtractPool {
    this.isolation ??= new ExtractPool(1);
    return this.isolation;
  }

  async close(): Promise<void> {
    await Promise.all([this.pool?.close(), this.isolation?.close()]);
  }
}
