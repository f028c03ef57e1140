/**
 * The streams and environment a run uses, injected so that `run()` is testable and only the
 * `bin/` shim touches `process`.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Standard input, read only when `-` is given. */
  stdin: AsyncIterable<Uint8Array | string> | null;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Write and wait for the stream to drain when its buffer is full, so memory stays bounded. */
export async function write(out: OutStream, chunk: string): Promise<void> {
  if (!chunk) return;
  if (!out.write(chunk) && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
}

/**
 * Output too large for one string (`jsonPieces`, a report's lines), written in chunks of about
 * `CHUNK_CHARS`: a write per piece would be a write per line.
 */
export async function writeAll(out: OutStream, pieces: Iterable<string>): Promise<void> {
  for (const chunk of chunks(pieces)) await write(out, chunk);
}

/** Characters gathered before a write (see `writeAll`). */
export const CHUNK_CHARS = 1 << 20;

/** The pieces joined into chunks of at least `size` characters (the last may be shorter). */
export function* chunks(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let current = '';
  for (const p of pieces) {
    current += p;
    if (current.length >= size) {
      yield current;
      current = '';
    }
  }
  if (current) yield current;
}

/**
 * Colour for one stream: on only when it is a terminal, `NO_COLOR` is unset (any value turns
 * colour off, per no-color.org), `TERM` is not `dumb`, and `--no-color` was not given;
 * `--color` or `FORCE_COLOR` (non-zero) forces it on. chalk 5 does not check `NO_COLOR`
 * itself, so the level is decided here and passed in.
 */
export function chalkFor(out: OutStream, env: Io['env'], flag: boolean | undefined): ChalkInstance {
  let on: boolean;
  if (flag === false) on = false;
  else if (flag === true) on = true;
  else if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') on = false;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') on = true;
  else on = !!out.isTTY && env.TERM !== 'dumb';
  return new Chalk({ level: on ? 1 : 0 });
}

/** Read a whole stream into bytes. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  return Buffer.concat(chunks);
}
