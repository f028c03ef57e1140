/**
 * Text reuse: for every pair of articles, how many of each one's sentences stand word for word
 * in the other (a press release copied into news stories). Sentences are hashed after
 * `normalise`; excluded regions (site chrome, teasers, paywall prompts) and sentences shorter
 * than `MIN_WORDS` do not count. Cost grows with the pairs that share a sentence, never with
 * all pairs.
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
 * Reuse between every pair of articles that share at least one sentence, in article order.
 * Sentences are interned as numbers; for each article a typed counter array collects the
 * sentences it shares with every later article (no map keyed by pairs).
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
  const out: Reuse[] = [];
  for (let a = 0; a < n; a++) {
    for (const k of sentences[a]!) {
      for (const b of holders[k]!) {
        if (b <= a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b]!++;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const shared = counts[b]!;
      counts[b] = 0;
      out.push({ a: ids[a]!, b: ids[b]!, shared, aShare: round(shared / sentences[a]!.length), bShare: round(shared / sentences[b]!.length) });
    }
    touched.length = 0;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
