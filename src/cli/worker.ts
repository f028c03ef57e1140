/**
 * The entry of an extraction worker thread (`pool.ts`). It answers each `{seq, article,
 * options}` with `{seq, result}` or `{seq, error}`; it prints nothing. Loaded from `dist/`
 * next to `pool.js`, so it only imports what extraction needs.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import type { Article } from '../schema.js';
import type { ExtractOptions } from '../extract/index.js';

export interface WorkerTask {
  seq: number;
  article: Article;
  options: ExtractOptions;
}

export type WorkerReply = { seq: number; result: ReturnType<typeof extractArticle> } | { seq: number; error: string };

parentPort?.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, result: extractArticle(task.article, task.options) };
  } catch (e) {
    reply = { seq: task.seq, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
