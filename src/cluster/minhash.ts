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
 * Pairs `[i, j]` (i < j) that tie the signatures into groups of copies: two signatures that
 * agree on at least one band and whose estimated Jaccard similarity is at least `threshold`
 * end up in one group, through a chain of pairs. Not every such pair is listed: a pair whose
 * ends are already tied is not even compared, and identical signatures (copies of one text)
 * each tie to the first of their kind. Listing every pair, 8,000 copies of one text made 32
 * million of them and overflowed the set that kept them. Sorted.
 */
export function nearDuplicates(sigs: ReadonlyArray<Uint32Array | null>, threshold: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const parent = sigs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const tie = (i: number, j: number): void => {
    out.push([i, j]);
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  // copies of one text tie to the first of them, and only that one takes part in the search
  const firstOf = new Map<string, number>();
  const distinct: number[] = [];
  sigs.forEach((s, i) => {
    if (!s) return;
    const key = s.join(',');
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, i);
      distinct.push(i);
    } else if (threshold <= 1) tie(first, i);
  });
  for (let b = 0; b < BANDS; b++) {
    const buckets = new Map<string, number[]>();
    for (const i of distinct) {
      const key = sigs[i]!.subarray(b * ROWS, (b + 1) * ROWS).join(',');
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          if (find(i) === find(j)) continue;
          if (estimate(sigs[i]!, sigs[j]!) >= threshold) tie(i, j);
        }
      }
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
