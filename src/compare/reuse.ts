/**
 * Text reuse: for every pair of articles, how many of each one's sentences stand word for word
 * in the other (a press release copied into news stories). Sentences are hashed after
 * `normalise`; excluded regions (site chrome, teasers, paywall prompts) and sentences shorter
 * than `MIN_WORDS` do not count. Cost grows with the pairs that share a sentence, never with
 * all pairs; what is listed is bounded by `PARTNERS` per article.
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
 * Reuse between pairs of articles that share at least one sentence, in article order: every
 * such pair for each article's `PARTNERS` strongest partners. Sentences are interned as
 * numbers; for each article a typed counter array collects the sentences it shares with the
 * others (no map keyed by pairs).
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
    return own;
  });
  const n = docs.length;
  const counts = new Uint32Array(n);
  const touched: number[] = [];
  /** Counts of article `a`'s sentences in each other article (those after it only, or all). */
  const countFor = (a: number, laterOnly: boolean) => {
    for (const k of sentences[a]!) {
      for (const b of holders[k]!) {
        if (laterOnly ? b <= a : b === a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b]!++;
      }
    }
  };
  // each article's strongest partners, where it has more than PARTNERS (null: all of them)
  const strongest: Array<Set<number> | null> = new Array(n).fill(null);
  for (let a = 0; a < n; a++) {
    countFor(a, false);
    if (touched.length > PARTNERS) strongest[a] = new Set(topPartners(touched, counts));
    for (const b of touched) counts[b] = 0;
    touched.length = 0;
  }
  const listed = (a: number, b: number) => strongest[a] === null || strongest[a]!.has(b);
  const out: Reuse[] = [];
  for (let a = 0; a < n; a++) {
    countFor(a, true);
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const shared = counts[b]!;
      counts[b] = 0;
      if (!listed(a, b) && !listed(b, a)) continue;
      out.push({ a: ids[a]!, b: ids[b]!, shared, aShare: round(shared / sentences[a]!.length), bShare: round(shared / sentences[b]!.length) });
    }
    touched.length = 0;
  }
  return out;
}

/** The `PARTNERS` partners with the highest counts (ties: the earlier article), by a bounded insertion. */
function topPartners(partners: readonly number[], counts: Uint32Array): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => counts[x]! > counts[y]! || (counts[x] === counts[y] && x < y);
  for (const b of partners) {
    if (top.length === PARTNERS && !better(b, top[PARTNERS - 1]!)) continue;
    let i = top.length === PARTNERS ? PARTNERS - 1 : top.length;
    while (i > 0 && better(b, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = b;
  }
  return top;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
