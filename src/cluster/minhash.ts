/**
 * Near-duplicate detection for wire copy: MinHash signatures over word shingles, bucketed by
 * bands (locality-sensitive hashing), so that only articles agreeing on a whole band are
 * compared. Deterministic: fixed seeds, 32-bit integer hashing.
 */
import { wordKeys } from '../compare/text.js';

/** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
export const SHINGLE = 4;
/** Hash functions per signature = BANDS × ROWS. */
export const BANDS = 16;
export const ROWS = 4;

/** FNV-1a over a string, 32-bit. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser), seeded: one of the signature's hash functions. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => mix(i + 1, 0x9e3779b9));

/** The MinHash signature of a text's word shingles; `null` when it has fewer words than a shingle. */
export function signature(text: string): Uint32Array | null {
  const keys = wordKeys(text);
  if (keys.length < SHINGLE) return null;
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= keys.length; i++) {
    const h = fnv1a(keys.slice(i, i + SHINGLE).join(' '));
    if (seen.has(h)) continue;
    seen.add(h);
    for (let j = 0; j < SEEDS.length; j++) {
      const v = mix(h, SEEDS[j]!);
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return sig;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Pairs `[i, j]` (i < j) whose signatures agree on at least one band and whose estimated
 * Jaccard similarity is at least `threshold`. Each pair once, in order.
 */
export function nearDuplicates(sigs: ReadonlyArray<Uint32Array | null>, threshold: number): Array<[number, number]> {
  const pairs = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = sigs.length;
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((s, i) => {
      if (!s) return;
      const key = Array.from(s.subarray(b * ROWS, (b + 1) * ROWS)).join(',');
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    });
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          const id = i * n + j;
          if (pairs.has(id)) continue;
          pairs.add(id);
          if (estimate(sigs[i]!, sigs[j]!) >= threshold) out.push([i, j]);
        }
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
