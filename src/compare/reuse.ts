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

/** Reuse between every pair of articles that share at least one sentence, in article order. */
export function textReuse(docs: readonly Segmented[], ids: readonly string[]): Reuse[] {
  const sets = docs.map(articleSentences);
  const holders = new Map<string, number[]>();
  sets.forEach((set, art) => {
    for (const s of set) {
      const l = holders.get(s);
      if (l) l.push(art);
      else holders.set(s, [art]);
    }
  });
  const n = docs.length;
  const shared = new Map<number, number>();
  for (const arts of holders.values()) {
    for (let i = 0; i < arts.length; i++) {
      for (let j = i + 1; j < arts.length; j++) {
        const key = arts[i]! * n + arts[j]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Reuse[] = [];
  for (const key of [...shared.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    const count = shared.get(key)!;
    out.push({ a: ids[a]!, b: ids[b]!, shared: count, aShare: round(count / sets[a]!.size), bShare: round(count / sets[b]!.size) });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
