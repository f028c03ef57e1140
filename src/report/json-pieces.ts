/**
 * `JSON.stringify(value, null, 2)` written in pieces: the same characters, cut between the
 * items of the value's objects and arrays, so that a report too large for one JavaScript
 * string (V8 caps one at about 536 million characters: a `check` over some 45,000 articles as
 * one story) is still written whole, and a large one is never held twice.
 */

/**
 * Values are stringified natively in runs of at most this many nested values (objects, arrays,
 * scalars); only a larger value is cut between its items. One JSON.stringify of a 17 MB check
 * report took ~250 ms; cutting it down to every group and re-indenting each took five times as
 * long.
 */
const WHOLE_NODES = 2000;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces. Runs of items of at most `whole`
 * nested values are stringified together.
 */
export function* prettyJson(value: unknown, whole = WHOLE_NODES): Generator<string> {
  yield* atLevel(value, 0, whole);
}

/**
 * `value` as it stands at nesting `level` of a pretty-printed document (indented 2·level),
 * without its first line's indentation: for writing a document's items one at a time.
 */
export function prettyJsonAt(value: unknown, level: number): Generator<string> {
  return atLevel(value, level, WHOLE_NODES);
}

/** `value` as it stands at nesting `level` (indented 2·level), without its first line's indentation. */
function* atLevel(value: unknown, level: number, whole: number): Generator<string> {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function' || nodesUpTo(value, whole) <= whole) {
    yield nested(value, level).trimStart();
    return;
  }
  const pad = '  '.repeat(level);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (!value.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    // runs of small items in one native call; a large item on its own, cut in turn
    let run: unknown[] = [];
    let runNodes = 0;
    let first = true;
    const flush = function* (): Generator<string> {
      if (!run.length) return;
      yield `${first ? '' : ',\n'}${items(run, level + 1)}`;
      first = false;
      run = [];
      runNodes = 0;
    };
    for (const v of value) {
      const n = nodesUpTo(v, whole);
      if (n > whole) {
        yield* flush();
        yield `${first ? '' : ',\n'}${inner}`;
        first = false;
        yield* atLevel(v, level + 1, whole);
        continue;
      }
      if (runNodes + n > whole) yield* flush();
      run.push(v);
      runNodes += n;
    }
    yield* flush();
    yield `\n${pad}]`;
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
    yield* atLevel((value as Record<string, unknown>)[k], level + 1, whole);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

/**
 * `value` stringified natively as it stands at nesting `level`: inside `level` arrays of one
 * item each, JSON.stringify indents it itself, and the wrapping lines are cut off again.
 */
function nested(value: unknown, level: number): string {
  let wrapped = value;
  for (let k = 0; k < level; k++) wrapped = [wrapped];
  const s = JSON.stringify(wrapped, null, 2);
  // the wrappers' lines, indented 2·k and two characters each (`[` and a line break before,
  // a line break and `]` after), for k below `level`: level·(level + 1) characters each side
  const cut = level * (level + 1);
  return s.slice(cut, s.length - cut);
}

/** The items of `run` as they stand, each on its own lines, in an array at nesting `level - 1`, joined by `,\n`. */
function items(run: unknown[], level: number): string {
  // (the run is itself an array one level up, indented 2·(level - 1): its `[` line and its
  // `]` line are cut off)
  const s = nested(run, level - 1);
  return s.slice(2 * level, s.length - 2 * level);
}

/** The number of values nested in `v` (itself included), counted up to just past `limit`. */
function nodesUpTo(v: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [v];
  while (stack.length && n <= limit) {
    const x = stack.pop();
    n++;
    if (x === null || typeof x !== 'object') continue;
    if (Array.isArray(x)) for (const y of x) stack.push(y);
    else for (const k in x) stack.push((x as Record<string, unknown>)[k]);
  }
  return n;
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** `lines.join('\n')` in pieces. */
export function* linesOf(lines: readonly string[]): Generator<string> {
  for (let i = 0; i < lines.length; i++) {
    if (i) yield '\n';
    yield lines[i]!;
  }
}

/** A report as `JSON.stringify(report, null, 2)` and a line break, in pieces to write in turn (`writeAll`). */
export function* jsonPieces(report: unknown): Generator<string> {
  yield* prettyJson(report);
  yield '\n';
}
