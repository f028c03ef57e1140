/**
 * `JSON.stringify(value, null, 2)` written in pieces: the same characters, cut between the
 * items of the value's objects and arrays, so that a report too large for one JavaScript
 * string (V8 caps one at about 536 million characters: a `check` over some 45,000 articles as
 * one story) is still written whole, and a large one is never held twice.
 */

/** Objects and arrays this deep (and no deeper) are cut between their items. */
const SPLIT_DEPTH = 4;

/** Pieces of about this many characters are handed on (see `chunks`). */
export const CHUNK_CHARS = 1 << 20;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces, as it would stand at indentation
 * `pad`. Values nested deeper than `depth` are stringified whole.
 */
export function* prettyJson(value: unknown, pad = '', depth = SPLIT_DEPTH): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const s = JSON.stringify(value, null, 2);
    // (every line break JSON.stringify makes is followed by the indentation of the next line)
    yield pad && s.includes('\n') ? s.replaceAll('\n', `\n${pad}`) : s;
    return;
  }
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (!value.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // as JSON.stringify: an item that has no JSON form is written null
      const v: unknown = value[i];
      if (omitted(v)) yield 'null';
      else yield* prettyJson(v, inner, depth - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}]`;
    return;
  }
  // as JSON.stringify: a key whose value has no JSON form is left out
  const keys = Object.keys(value).filter((k) => !omitted((value as Record<string, unknown>)[k]));
  if (!keys.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    yield `${inner}${JSON.stringify(k)}: `;
    yield* prettyJson((value as Record<string, unknown>)[k], inner, depth - 1);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** The pieces joined into chunks of at least `size` characters (the last may be shorter), to write. */
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

/** A report as `JSON.stringify(report, null, 2)` and a line break, in chunks to write in turn. */
export function jsonChunks(report: unknown): Generator<string> {
  return chunks(withNewline(prettyJson(report)));
}

function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}
