/**
 * `-o FILE`: the report goes to a file instead of stdout, written atomically (a temporary file
 * beside it, renamed into place when complete), so a reader never sees half a report and an
 * interrupted run leaves the old file intact.
 */
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './errors.js';
import type { OutStream } from './io.js';

/** Temporary files not yet renamed or removed, for `abandonTemporaryFiles` on Ctrl-C. */
const pending = new Set<string>();

/**
 * Remove every temporary output file still open, synchronously: the `bin/` shim calls it on
 * Ctrl-C before exiting, so an interrupted run leaves neither half a report nor a stray file.
 */
export function abandonTemporaryFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

export interface Output {
  stream: OutStream;
  /** Finish: rename the temporary file into place (no-op for stdout). */
  commit(): Promise<void>;
  /** Give up: remove the temporary file (no-op for stdout). */
  abort(): Promise<void>;
}

export async function openOutput(file: string | undefined, stdout: OutStream, cwd: string): Promise<Output> {
  if (!file || file === '-') return { stream: stdout, commit: async () => {}, abort: async () => {} };
  const target = path.resolve(cwd, file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const ws: WriteStream = createWriteStream(tmp, { flags: 'wx' });
  pending.add(tmp);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', (e: NodeJS.ErrnoException) => {
      pending.delete(tmp);
      reject(new CliError(`cannot write ${file}: ${e.code === 'ENOENT' ? 'no such directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`));
    });
  });
  const stream: OutStream = {
    write: (chunk: string) => ws.write(chunk),
    isTTY: false,
    once: (event: 'drain', listener: () => void) => ws.once(event, listener),
  };
  const end = () => new Promise<void>((resolve, reject) => ws.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    stream,
    commit: async () => {
      await end();
      await rename(tmp, target);
      pending.delete(tmp);
    },
    abort: async () => {
      await end().catch(() => {});
      await rm(tmp, { force: true });
      pending.delete(tmp);
    },
  };
}
