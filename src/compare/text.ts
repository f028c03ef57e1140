/**
 * Word-level text normalisation shared by every comparison: case, punctuation, quote marks,
 * dashes and white space aside. Pure functions; nothing here knows about claims.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as STOP_LIST } from 'natural/lib/natural/util/stopwords.js';
import { NEGATORS } from '../lexicon/events.js';

const STOP = new Set(STOP_LIST);
const NEG = new Set(NEGATORS);

/** One word token as written, with its normalised form (`key`) and 0-based UTF-16 offsets. */
export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

/**
 * The comparable form of one written word: lower case, apostrophes and quote marks dropped
 * ("haven’t" → "havent"), everything that is not a letter or digit removed except a decimal
 * point between digits (kept as `·`).
 */
export function wordKey(word: string): string {
  if (/^[a-z]+$/.test(word)) return word;
  let k = keyCache.get(word);
  if (k === undefined) {
    // a decimal point is a word's content ("2.4" is not "24"); thousands commas are not
    k = word.normalize('NFKC').toLowerCase().replace(/(?<=\d)\.(?=\d)/g, '·').replace(/[^\p{L}\p{N}·]+/gu, '');
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

const keyCache = new Map<string, string>();

/**
 * Words of a text with offsets. A word is a run of non-space characters; dashes and slashes
 * between letters split words ("poor-quality" → "poor", "quality"), except after a prefix of
 * up to three letters ("co-ordinated" → "coordinated"). Tokens whose key is empty (a lone
 * dash, a quote mark) are dropped.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[^\s\-‐‑‒–—―/]+/gu;
  let m: RegExpExecArray | null;
  let pending: Token | null = null;
  while ((m = re.exec(text))) {
    const key = wordKey(m[0]);
    const start = m.index;
    const end = start + m[0].length;
    if (!key) continue;
    // a short prefix joined by a hyphen: "co-ordinated", "re-structure"
    if (pending && pending.end + 1 === start && /^[-‐‑]$/.test(text[pending.end]!) && pending.key.length <= 3 && /^\p{L}+$/u.test(pending.key)) {
      pending.key += key;
      pending.text = text.slice(pending.start, end);
      pending.end = end;
      continue;
    }
    if (pending) out.push(pending);
    pending = { text: m[0], key, start, end };
  }
  if (pending) out.push(pending);
  return out;
}

/** The normalised word keys of a text. */
export function wordKeys(text: string): string[] {
  return tokenize(text).map((t) => t.key);
}

/** The text as one normalised string of word keys, for hashing ("Safety, nor" ≡ "safety nor"). */
export function normalise(text: string): string {
  return wordKeys(text).join(' ');
}

export function isStopword(key: string): boolean {
  return STOP.has(key);
}

/** Contracted negations as their keys come out of `wordKey` ("doesn’t" → "doesnt"). */
const CONTRACTED = new Set(['dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'mustnt', 'neednt']);

export function isNegator(key: string): boolean {
  return NEG.has(key) || CONTRACTED.has(key);
}

const stemCache = new Map<string, string>();

/** Porter stem of a word key (memoised: news vocabularies are small). */
export function stem(key: string): string {
  let s = stemCache.get(key);
  if (s === undefined) {
    s = porter.stem(key);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

/**
 * Content stems of a text: stop words, negators, numbers and one-letter words left out. Order
 * kept, repeats kept (callers count them).
 */
export function contentStems(text: string): string[] {
  return tokenStems(tokenize(text));
}

/** `contentStems` of the tokens' words (those of `tokenize`), skipping those in `[from, to)`. */
export function tokenStems(tokens: readonly Token[], from = 0, to = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i < to) continue;
    const k = tokens[i]!.key;
    if (k.length < 2 || STOP.has(k) || isNegator(k) || /^\d/.test(k)) continue;
    out.push(stem(k));
  }
  return out;
}

/**
 * Whether a text says something is not so: a negating word stands in its main clause, before
 * any clause giving a reason or a condition or describing a noun ("guilty of the murder because
 * he didn't want …" is no negative finding), "without" aside ("leaving the scene without
 * reporting it" says what was done).
 */
export function negated(text: string): boolean {
  for (const k of wordKeys(text)) {
    if (CLAUSE_BREAKS.has(k)) return false;
    if (k !== 'without' && isNegator(k)) return true;
  }
  return false;
}

/** Words that open a clause a negation in it does not turn the finding round from. */
const CLAUSE_BREAKS = new Set(['because', 'since', 'although', 'though', 'whereas', 'while', 'if', 'unless', 'who', 'whom', 'whose', 'which']);
