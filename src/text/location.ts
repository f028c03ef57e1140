/**
 * Offsets ⇄ 1-based line/column. Offsets are 0-based UTF-16 code units (as `String.slice`);
 * lines end at `\n` (a `\r` before it belongs to the line end, so CRLF files count the same).
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column of a 0-based offset. */
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** 0-based offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[line - 1];
    if (start === undefined) throw new RangeError(`line ${line} is past the end of the text`);
    return start + column - 1;
  }
}

/** Index of the last span whose start is <= offset, in a list sorted by start; -1 if none. */
export function findSpanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when `[start, end)` overlaps any span of a sorted, non-overlapping list. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const i = findSpanAt(spans, Math.max(start, end - 1));
  for (let j = i; j >= 0; j--) {
    const s = spans[j]!;
    if (s.end <= start) return false;
    if (s.start < end && start < s.end) return true;
  }
  return false;
}
