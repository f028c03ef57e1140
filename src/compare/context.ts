/**
 * The words around a claim, as data to compare: a sparse tf-idf vector of content stems, and
 * the events (from `src/lexicon/events.ts`) that the words near a date or duration name, with
 * whether the event is an earlier one ("since the last inspection") or the story's own.
 */
import type { Claim } from '../schema.js';
import { EVENT_CLASSES, PRIOR_MARKERS } from '../lexicon/events.js';
import { MONTHS } from '../lexicon/dates.js';
import { contentStems, stem, tokenize, tokenStems, type Token } from './text.js';

/** A sparse vector: stem → weight. */
export type Vector = Map<string, number>;

const EVENT_BY_STEM = new Map<string, string>();
for (const e of EVENT_CLASSES) for (const w of e.words) EVENT_BY_STEM.set(stem(w), e.id.replace(/^event\//, ''));
/** Event words matched as written (see `EventClass.exact`). */
const EVENT_BY_WORD = new Map<string, string>();
for (const e of EVENT_CLASSES) for (const w of e.exact ?? []) EVENT_BY_WORD.set(w, e.id.replace(/^event\//, ''));
const PRIOR = new Set(PRIOR_MARKERS);
const MONTH_WORDS = new Set(MONTHS.flatMap((m) => m.words).map(stem));
/** How far (in words, within the sentence) an event word may stand from its date. */
export const EVENT_WINDOW = 20;
/** How far before the earlier of event word and date a prior marker counts ("since the inspection"). */
const MARKER_LEAD = 3;

/**
 * The tokens of a claim's sentence, memoised by the sentence: the claims of one sentence share
 * it, and a date's events and context read it twice. Callers only read the tokens. Bounded:
 * emptied when full.
 */
function sentenceTokens(sentence: string): Token[] {
  let t = SENTENCE_TOKENS.get(sentence);
  if (!t) {
    t = tokenize(sentence);
    if (SENTENCE_TOKENS.size >= MAX_SENTENCES) SENTENCE_TOKENS.clear();
    SENTENCE_TOKENS.set(sentence, t);
  }
  return t;
}

const SENTENCE_TOKENS = new Map<string, Token[]>();
const MAX_SENTENCES = 4096;

/** Where the claim's words stand in its sentence's tokens: `[first, last)` token indices. */
export function claimTokens(c: Claim, tokens: readonly Token[]): [number, number] {
  const at = c.type === 'quote' ? -1 : c.sentence.indexOf(c.text);
  if (at < 0) return [0, 0];
  const end = at + c.text.length;
  let i = tokens.findIndex((t) => t.end > at);
  if (i < 0) i = tokens.length;
  let j = i;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return [i, j];
}

/** An event named near a claim: `inspection:prior`, with a weight falling off with distance. */
export interface EventKey {
  key: string;
  weight: number;
}

/**
 * The events named within `EVENT_WINDOW` words of the claim in its sentence. An event is
 * `prior` when a marker ("since", "last", "previous", "first") stands between it and the claim
 * or just before the earlier of the two; else `current`. Each class is kept once, nearest first.
 */
export function eventKeys(c: Claim): EventKey[] {
  const tokens = sentenceTokens(c.sentence);
  const [ci, cj] = claimTokens(c, tokens);
  if (ci === cj) return [];
  const best = new Map<string, EventKey>();
  for (let k = Math.max(0, ci - EVENT_WINDOW); k < Math.min(tokens.length, cj + EVENT_WINDOW); k++) {
    if (k >= ci && k < cj) continue;
    const word = tokens[k]!.key;
    const cls = EVENT_BY_WORD.get(word) ?? EVENT_BY_STEM.get(stem(word));
    if (!cls) continue;
    const dist = k < ci ? ci - k : k - cj + 1;
    const lo = Math.max(0, Math.min(k, ci) - MARKER_LEAD);
    const hi = Math.max(k, cj);
    let prior = false;
    for (let m = lo; m < hi && !prior; m++) if (m < ci || m >= cj) prior = PRIOR.has(tokens[m]!.key);
    const key = `${cls}:${prior ? 'prior' : 'current'}`;
    const weight = 1 / (1 + dist / 8);
    const had = best.get(key);
    if (!had || had.weight < weight) best.set(key, { key, weight });
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * Content stems of the claim's surroundings: its sentence without the claim's own words, month
 * names and numbers; for figures, the subject counts twice. Repeats kept (term frequency).
 */
export function contextStems(c: Claim): string[] {
  let out: string[];
  if (c.type === 'quote' || c.type === 'finding') out = contentStems(c.text);
  else {
    const tokens = sentenceTokens(c.sentence);
    const [ci, cj] = claimTokens(c, tokens);
    out = tokenStems(tokens, ci, cj).filter((s) => !MONTH_WORDS.has(s));
    if (c.type === 'figure' && c.subject) out.push(...contentStems(c.subject));
  }
  return out;
}

/** Document frequencies of stems over a set of stem lists (each list counted once per stem). */
export function documentFrequencies(docs: Iterable<readonly string[]>): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of docs) {
    n++;
    for (const s of new Set(d)) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return { df, n };
}

/** A tf-idf vector: term count × log(1 + n / df). */
export function tfidf(stems: readonly string[], df: Map<string, number>, n: number): Vector {
  const v: Vector = new Map();
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + 1);
  for (const [s, tf] of v) v.set(s, tf * Math.log(1 + n / (df.get(s) ?? 1)));
  return v;
}

export function norm(v: Vector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/** Cosine similarity of two vectors given their norms. */
export function cosine(a: Vector, an: number, b: Vector, bn: number): number {
  if (an === 0 || bn === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const x = big.get(k);
    if (x !== undefined) dot += w * x;
  }
  return dot / (an * bn);
}

/** The `k` heaviest stems of a vector (for blocking: candidates must share one). */
export function topStems(v: Vector, k: number): string[] {
  return [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map((e) => e[0]);
}
