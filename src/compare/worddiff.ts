/**
 * Word-level difference of two texts: Myers' O(ND) algorithm with the linear-space "middle
 * snake" bisection (as in diff-match-patch), over word keys, so that case, punctuation, quote
 * marks and dashes never count as a change.
 */
import type { DiffPart } from '../schema.js';
import { tokenize } from './text.js';

/** One edit step over sequences: `e` keep, `d` only in the first, `i` only in the second. */
export type EditOp = 'e' | 'd' | 'i';

/**
 * The shortest edit script turning `a` into `b`, one op per element kept, deleted or inserted
 * (in order). Linear space; common prefix and suffix are peeled before bisecting.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): EditOp[] {
  // map elements to small integers so the inner loops compare numbers
  const ids = new Map<T, number>();
  const code = (x: T): number => {
    let n = ids.get(x);
    if (n === undefined) ids.set(x, (n = ids.size));
    return n;
  };
  const A = Int32Array.from(a, code);
  const B = Int32Array.from(b, code);
  const out: EditOp[] = [];
  run(A, 0, A.length, B, 0, B.length, out);
  return out;
}

function run(A: Int32Array, a0: number, a1: number, B: Int32Array, b0: number, b1: number, out: EditOp[]): void {
  while (a0 < a1 && b0 < b1 && A[a0] === B[b0]) {
    out.push('e');
    a0++;
    b0++;
  }
  let suffix = 0;
  while (a0 < a1 && b0 < b1 && A[a1 - 1] === B[b1 - 1]) {
    a1--;
    b1--;
    suffix++;
  }
  if (a0 === a1) for (let j = b0; j < b1; j++) out.push('i');
  else if (b0 === b1) for (let i = a0; i < a1; i++) out.push('d');
  else {
    const split = bisect(A, a0, a1, B, b0, b1);
    if (split) {
      run(A, a0, split[0], B, b0, split[1], out);
      run(A, split[0], a1, B, split[1], b1, out);
    } else {
      for (let i = a0; i < a1; i++) out.push('d');
      for (let j = b0; j < b1; j++) out.push('i');
    }
  }
  for (let k = 0; k < suffix; k++) out.push('e');
}

/** The middle snake's meeting point `[x, y]` (absolute indices), or `null` if nothing is shared. */
function bisect(A: Int32Array, a0: number, a1: number, B: Int32Array, b0: number, b1: number): [number, number] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const maxD = Math.ceil((n + m) / 2);
  const off = maxD;
  const len = 2 * maxD + 2;
  const v1 = new Int32Array(len).fill(-1);
  const v2 = new Int32Array(len).fill(-1);
  v1[off + 1] = 0;
  v2[off + 1] = 0;
  const delta = n - m;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1o = off + k1;
      let x1 = k1 === -d || (k1 !== d && v1[k1o - 1]! < v1[k1o + 1]!) ? v1[k1o + 1]! : v1[k1o - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && A[a0 + x1] === B[b0 + y1]) {
        x1++;
        y1++;
      }
      v1[k1o] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (front) {
        const k2o = off + delta - k1;
        if (k2o >= 0 && k2o < len && v2[k2o] !== -1 && x1 >= n - v2[k2o]!) return [a0 + x1, b0 + y1];
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2o = off + k2;
      let x2 = k2 === -d || (k2 !== d && v2[k2o - 1]! < v2[k2o + 1]!) ? v2[k2o + 1]! : v2[k2o - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && A[a1 - x2 - 1] === B[b1 - y2 - 1]) {
        x2++;
        y2++;
      }
      v2[k2o] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!front) {
        const k1o = off + delta - k2;
        if (k1o >= 0 && k1o < len && v1[k1o] !== -1) {
          const x1 = v1[k1o]!;
          const y1 = off + x1 - k1o;
          if (x1 >= n - x2) return [a0 + x1, b0 + y1];
        }
      }
    }
  }
  return null;
}

/**
 * Word-level difference of two texts. Words are compared by their normalised key (case,
 * punctuation, quote marks and dashes aside); kept words are given as `a` writes them,
 * deleted words as `a` writes them, inserted words as `b` writes them. Consecutive words with
 * the same op form one part, joined by single spaces.
 */
export function wordDiff(a: string, b: string): DiffPart[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const ops = diffSequences(ta.map((t) => t.key), tb.map((t) => t.key));
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    const word = op === 'i' ? tb[j++]!.text : ta[i++]!.text;
    if (op === 'e') j++;
    const kind = op === 'e' ? 'equal' : op === 'd' ? 'delete' : 'insert';
    const last = parts[parts.length - 1];
    if (last && last.op === kind) last.text += ' ' + word;
    else parts.push({ op: kind, text: word });
  }
  return parts;
}

/** Whether a word diff changes anything. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'equal');
}
