/**
 * Text reuse: for every pair of articles, how many of each one's sentences stand word for word
 * in the other (a press release copied into news stories). Sentences are hashed after
 * `normalise`; excluded regions (site chrome, teasers, paywall prompts) and sentences shorter
 * than `MIN_WORDS` do not count. Cost grows with the articles and their sentences, never with
 * their pairs (see `FOLLOWED`); what is listed is bounded by `PARTNERS` per article.
 */
import type { Reuse, Segmented } from '../schema.js';
import { overlapsAny } from '../text/location.js';
import { wordKeys } from './text.js';

/** Sentences shorter than this many words ("Contact us.") are not evidence of copying. */
export const MIN_WORDS = 5;

/** The distinct normalised sentences of an article's own text. */
export function articleSentences(doc: Segmented): Set<string> {
  const out = new Set<string>();
  const body = doc.article.body;
  for (const s of doc.sentences) {
    if (overlapsAny(doc.excluded, s.start, s.end)) continue;
    const keys = wordKeys(body.slice(s.start, s.end));
    if (keys.length >= MIN_WORDS) out.add(keys.join(' '));
  }
  return out;
}

/**
 * How many partners each article's reuse is listed with: its strongest ones (most shared
 * sentences, then input order). A pair is listed when it is among either article's strongest,
 * so in stories of up to `PARTNERS + 1` articles every pair that shares a sentence is listed,
 * and in a story of thousands of copies of the same wire text the list (and the memory it
 * takes) grows with the articles, not with their pairs (5,000 generated copies: 8.5 million
 * pairs before).
 */
export const PARTNERS = 20;

/**
 * How many of the articles that hold one sentence are followed through it: a sentence that
 * stands in more articles (wire text copied by hundreds of outlets) leads each article to the
 * first `FOLLOWED` that hold it, in input order. Counting every pair that shares such a
 * sentence grew with the square of the articles (10,000 copies: 7.7 s of a 15 s check, twice
 * the articles four times the time); with the cap each article reads at most `FOLLOWED`
 * holders a sentence. Stories whose sentences each stand in at most `FOLLOWED` articles are
 * counted in full, as before.
 */
export const FOLLOWED = 64;

/**
 * Of the partners an article reaches, how many are counted exactly (sentence lists merged) to
 * pick its `PARTNERS` strongest: those that share most of the sentences followed.
 */
const SHORTLIST = 512;

/**
 * Reuse between pairs of articles that share at least one sentence, in article order: for
 * each article, its `PARTNERS` strongest partners among those it reaches (all of them when it
 * reaches no more). Sentences are interned as numbers and each article's list is sorted, so
 * the sentences two articles share are counted by one merge; `shared` is always that exact
 * count.
 */
export function textReuse(docs: readonly Segmented[], ids: readonly string[]): Reuse[] {
  const ids_ = new Map<string, number>();
  const holders: number[][] = [];
  const sentences = docs.map((doc, art) => {
    const own: number[] = [];
    for (const s of articleSentences(doc)) {
      let k = ids_.get(s);
      if (k === undefined) {
        ids_.set(s, (k = holders.length));
        holders.push([]);
      }
      holders[k]!.push(art);
      own.push(k);
    }
    return Int32Array.from(own).sort();
  });
  const n = docs.length;
  const counts = new Uint32Array(n);
  const touched: number[] = [];
  // pairs listed, keyed `a * n + b` with a < b, and their shared counts
  const pairs = new Map<number, number>();
  for (let a = 0; a < n; a++) {
    // (holders are in article order: each list's first FOLLOWED are the earliest articles)
    let capped = false;
    for (const k of sentences[a]!) {
      const hs = holders[k]!;
      const m = Math.min(hs.length, FOLLOWED);
      if (m < hs.length) capped = true;
      for (let i = 0; i < m; i++) {
        const b = hs[i]!;
        if (b === a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b]!++;
      }
    }
    // (when no sentence was capped, the counts are already exact)
    const exact = (b: number) => (capped ? shared(sentences[a]!, sentences[b]!) : counts[b]!);
    if (touched.length <= PARTNERS) {
      for (const b of touched) list(a, b, exact(b));
    } else {
      const shortlist = capped ? strongest(touched, counts, SHORTLIST) : touched;
      for (const b of shortlist) counts[b] = exact(b);
      for (const b of strongest(shortlist, counts, PARTNERS)) list(a, b, counts[b]!);
    }
    for (const b of touched) counts[b] = 0;
    touched.length = 0;
  }
  function list(a: number, b: number, count: number): void {
    pairs.set(a < b ? a * n + b : b * n + a, count);
  }
  const out: Reuse[] = [];
  for (const key of [...pairs.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const count = pairs.get(key)!;
    out.push({ a: ids[a]!, b: ids[b]!, shared: count, aShare: round(count / sentences[a]!.length), bShare: round(count / sentences[b]!.length) });
  }
  return out;
}

/** How many sentences two sorted lists of sentence numbers have in common. */
function shared(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let c = 0;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) {
      c++;
      i++;
      j++;
    } else if (d < 0) i++;
    else j++;
  }
  return c;
}

/**
 * The `top` partners with the highest counts (ties: the earlier article): by a bounded
 * insertion, or for many more partners than `top` by sorting (an insertion can shift `top`
 * entries for each partner).
 */
function strongest(partners: readonly number[], counts: Uint32Array, top: number): number[] {
  const better = (x: number, y: number) => counts[x]! > counts[y]! || (counts[x] === counts[y] && x < y);
  if (partners.length > 4 * top) return [...partners].sort((x, y) => counts[y]! - counts[x]! || x - y).slice(0, top);
  const best: number[] = [];
  for (const b of partners) {
    if (best.length === top && !better(b, best[top - 1]!)) continue;
    let i = best.length === top ? top - 1 : best.length;
    while (i > 0 && better(b, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = b;
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
