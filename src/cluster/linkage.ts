/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: two clusters'
 * similarity is the mean over all their member pairs, a pair with no edge counting 0. The
 * closest two clusters merge while that mean reaches the threshold. Missing edges counting 0
 * is what keeps chains apart: two events of the same kind that share a few bridging articles
 * do not merge, because most of their pairs are unrelated.
 *
 * Cost: O(E log E) with a lazy heap, E the number of edges (and of merged neighbour lists).
 * Deterministic: ties break on the clusters' smallest member index.
 */

/** An undirected edge between items `a` and `b` with similarity `sim`. */
export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface Entry {
  avg: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Binary heap, best first: highest average, then smallest (x, y). */
class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  private better(p: Entry, q: Entry): boolean {
    return p.avg > q.avg || (p.avg === q.avg && (p.x < q.x || (p.x === q.x && p.y < q.y)));
  }
  push(e: Entry): void {
    const a = this.items;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.better(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.better(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.better(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Cluster `n` items. `groups` are sets of items that start together (near-duplicates); every
 * other item starts alone. Returns the clusters as sorted item lists, ordered by first item.
 */
export function averageLinkage(n: number, edges: readonly Edge[], threshold: number, groups: ReadonlyArray<readonly number[]> = []): number[][] {
  // cluster of each item; a cluster is named by its smallest item
  const owner = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) members.set(i, [i]);
  for (const g of groups) {
    const root = Math.min(...g.map((i) => owner[i]!));
    for (const i of g) {
      const c = owner[i]!;
      if (c === root) continue;
      for (const m of members.get(c)!) owner[m] = root;
      members.get(root)!.push(...members.get(c)!);
      members.delete(c);
    }
  }
  // sums of edge similarities between clusters
  const sums = new Map<number, Map<number, number>>();
  const link = (x: number, y: number, s: number) => {
    let m = sums.get(x);
    if (!m) sums.set(x, (m = new Map()));
    m.set(y, (m.get(y) ?? 0) + s);
  };
  for (const e of edges) {
    const x = owner[e.a]!;
    const y = owner[e.b]!;
    if (x === y) continue;
    link(x, y, e.sim);
    link(y, x, e.sim);
  }
  const version = new Map<number, number>();
  for (const c of members.keys()) version.set(c, 0);
  const heap = new Heap();
  const offer = (x: number, y: number, sum: number) => {
    const [p, q] = x < y ? [x, y] : [y, x];
    const avg = sum / (members.get(p)!.length * members.get(q)!.length);
    if (avg >= threshold) heap.push({ avg, x: p, y: q, vx: version.get(p)!, vy: version.get(q)! });
  };
  for (const [x, m] of sums) for (const [y, s] of m) if (x < y) offer(x, y, s);
  while (heap.size) {
    const e = heap.pop()!;
    if (version.get(e.x) !== e.vx || version.get(e.y) !== e.vy) continue;
    // merge y into x
    const { x, y } = e;
    members.get(x)!.push(...members.get(y)!);
    members.delete(y);
    version.delete(y);
    version.set(x, e.vx + 1);
    const mx = sums.get(x) ?? new Map<number, number>();
    const my = sums.get(y) ?? new Map<number, number>();
    sums.delete(y);
    mx.delete(y);
    for (const [z, s] of my) {
      if (z === x) continue;
      mx.set(z, (mx.get(z) ?? 0) + s);
      const mz = sums.get(z)!;
      mz.set(x, (mz.get(x) ?? 0) + s);
      mz.delete(y);
    }
    sums.set(x, mx);
    for (const [z, s] of mx) offer(x, z, s);
  }
  return [...members.values()].map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}
