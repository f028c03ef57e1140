/**
 * NDJSON read line by line from a stream (standard input), so that `claimcheck extract -`
 * answers each line as it arrives: the contract of Hadoop Streaming and Spark's `RDD.pipe`.
 * Only the splitting and decoding live here; each line is turned into an article by the same
 * function the whole-file NDJSON loader uses (`index.ts`), so both give the same events.
 */
import { decode, looksBinary } from './decode.js';
import type { LoadEvent } from './index.js';

/** The lines of a byte stream split on `\n`, with their 1-based numbers; a last line without `\n` included. */
export async function* streamLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ no: number; bytes: Uint8Array }> {
  let rest: Buffer = Buffer.alloc(0);
  let no = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let data = rest.length ? Buffer.concat([rest, buf]) : buf;
    let from = 0;
    for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, from)) {
      yield { no: ++no, bytes: data.subarray(from, nl) };
      from = nl + 1;
    }
    // copy the tail: `data` may be a view of a chunk the stream reuses
    rest = Buffer.from(data.subarray(from));
    data = rest;
  }
  if (rest.length) yield { no: ++no, bytes: rest };
}

/**
 * NDJSON articles from a stream, one event group per line as soon as the line is complete.
 * Differences from the whole-file loader, by necessity: a binary first line stops the input
 * (the whole-file loader looks at the first 8 KiB), and invalid UTF-8 is warned about per line.
 * A UTF-16 stream (it starts with a BOM) cannot be split on bytes: it is read whole first.
 */
export async function* streamNdjson(
  path: string,
  stream: AsyncIterable<Uint8Array | string>,
  onLine: (text: string, no: number) => Promise<LoadEvent | null>,
  whole: (bytes: Uint8Array) => AsyncGenerator<LoadEvent>,
): AsyncGenerator<LoadEvent> {
  let first = true;
  const lines = streamLines(stream);
  for await (const { no, bytes } of lines) {
    if (first) {
      first = false;
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        const parts: Uint8Array[] = [bytes, Buffer.from('\n')];
        for await (const l of lines) parts.push(l.bytes, Buffer.from('\n'));
        yield* whole(Buffer.concat(parts));
        return;
      }
      if (looksBinary(bytes)) {
        yield { kind: 'warning', warning: { path, message: 'skipped: binary file, not text' } };
        return;
      }
    }
    const decoded = decode(bytes);
    if (decoded.warning) yield { kind: 'warning', warning: { path, line: no, message: `line ${no}: ${decoded.warning}` } };
    const text = no === 1 && decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const ev = await onLine(text, no);
    if (ev) yield ev;
  }
}
