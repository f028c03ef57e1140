/**
 * Step 3: from a mention's raw content span to the finding's text and rating. Trims the
 * content to the reported words (no trailing stop, comma or dangling "and"/"however"), leaves
 * a wholly quoted statement to the quote extractor, unwraps a wholly quoted fragment, and reads
 * the judgement word it gives, if any.
 */
import { CLAUSE_WORDS, DETERMINERS, NEGATORS, RATING_ADVERBS, RATING_LINKS, RATING_WORDS, type RatingWord } from '../../lexicon/findings.js';
import { isSpace } from '../../text/paragraphs.js';
import { mayContain, wordFilter } from '../../text/tokens.js';
import type { Mention, Shape } from './find.js';
import { CLOSERS, OPENERS, regionAt, type Region } from './quotes.js';
import type { Token } from './tokens.js';

export interface RatingHit {
  /** The canonical rating, with "not " when negated. */
  value: string;
  /** Offset one past the rating's last word. */
  end: number;
}

export interface Parsed {
  start: number;
  end: number;
  rating: string | null;
  shape: Shape;
}

/** Content longer than this (UTF-16 units) is not one reported statement but a run-on text. */
export const MAX_CONTENT = 3000;

/** Words a content never ends with: they join it to what was cut off. */
const DANGLING = new Set([
  'and', 'but', 'or', 'however', 'while', 'whilst', 'after', 'although', 'though', 'as', 'because', 'so',
  'yet', 'when', 'which', 'that', 'also', 'while', 'where', 'with', 'nor',
]);

const TRIM_RIGHT = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x2026, 0x2014, 0x2013, 0x2d]);

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x27 || c === 0x2019;
}

/** `[a, b)` without surrounding spaces, trailing stops and commas, and dangling joiners. */
export function trimContent(body: string, a: number, b: number): [number, number] {
  for (;;) {
    while (a < b && isSpace(body.charCodeAt(a))) a++;
    while (b > a && (isSpace(body.charCodeAt(b - 1)) || TRIM_RIGHT.has(body.charCodeAt(b - 1)))) b--;
    let w = b;
    while (w > a && isLetterCode(body.charCodeAt(w - 1))) w--;
    if (w < b && (w === a || isSpace(body.charCodeAt(w - 1)) || body.charCodeAt(w - 1) === 0x2c) && DANGLING.has(body.slice(w, b).toLowerCase())) {
      b = w;
      continue;
    }
    return [a, b];
  }
}

function isOpenMark(c: number): boolean {
  return c === 0x22 || OPENERS.has(c) || c === 0x201d;
}

function isCloseMark(c: number): boolean {
  return c === 0x22 || CLOSERS.has(c);
}

interface CompiledRating {
  words: string[];
  entry: RatingWord;
}

const RATINGS = new Map<string, CompiledRating[]>();
for (const entry of RATING_WORDS) {
  const words = entry.phrase.split(' ');
  const list = RATINGS.get(words[0]!) ?? [];
  list.push({ words, entry });
  list.sort((x, y) => y.words.length - x.words.length);
  RATINGS.set(words[0]!, list);
}
/** Most words open no rating: the filter says so without hashing the word. */
const RATING_FILTER = wordFilter(RATINGS.keys());

/**
 * The finding a mention makes, or `null` when it makes none (a direct quotation, an empty or
 * run-on content, a passive without a judgement).
 */
/** Reporting words that show a coordinated clause is another report ("…, and most said …"). */
const REPORT_AFTER_AND = new Set(['said', 'say', 'says', 'want', 'wants', 'wanted', 'told', 'added', 'think', 'thinks', 'thought', 'believe', 'believes', 'agreed', 'disagreed', 'prefer', 'preferred', 'argued', 'noted', 'called', 'asked']);
/** Participles that still belong to the content after a comma ("…, including …"). */
const CONTENT_PARTICIPLES = new Set(['including', 'according', 'excluding', 'regarding', 'following', 'during', 'concerning', 'notwithstanding', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'spring', 'king', 'ring', 'wing', 'building', 'funding', 'meeting', 'spending', 'bring', 'sing', 'string', 'ceiling', 'beijing', 'wyoming', 'sterling', 'viking']);

/**
 * The end of a reported clause that runs on past a comma into words that are no longer the
 * source's ("said the plan was sound, calling it …", "…, and most said …"; a relative clause
 * stays, as annotators keep it with the content). Only
 * content after its cue is cut; a quotation's marks are never split.
 */
function clauseEnd(toks: readonly Token[], regions: readonly Region[], a: number, b: number): number {
  for (let i = firstAt(toks, a) + 1; i < toks.length && toks[i]!.end <= b; i++) {
    if (toks[i]!.lower !== ',') continue;
    if (regionAt(regions, toks[i]!.start)) continue;
    const n = toks[i + 1];
    if (!n || !n.word || n.end > b) continue;
    if (!n.cap && n.lower.length > 5 && n.lower.endsWith('ing') && !CONTENT_PARTICIPLES.has(n.lower)) return toks[i]!.start;
    if (n.lower === 'and' || n.lower === 'but' || n.lower === 'while') {
      for (let k = i + 2; k < toks.length && k <= i + 7 && toks[k]!.end <= b; k++) {
        if (!toks[k]!.word) break;
        if (REPORT_AFTER_AND.has(toks[k]!.lower)) return toks[i]!.start;
      }
    }
  }
  return b;
}

/** Subject pronouns: the reported clause starts at one after a listener ("told reporters he …"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);
/** Determiners before a listener ("told the paper", "told his aides"). */
const LISTENER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'some', 'several', 'local']);

/**
 * After "told": the start of what was told, past the listener ("told reporters that …",
 * "told the New York Times he …"), or -1 when no listener and clause can be told apart.
 */
function afterListener(toks: readonly Token[], a: number, b: number): number {
  const lo = firstAt(toks, a);
  for (let i = lo; i < toks.length && i < lo + 8 && toks[i]!.end <= b; i++) {
    if (toks[i]!.lower === 'that' && i > lo) return toks[i + 1] && toks[i + 1]!.end <= b ? toks[i + 1]!.start : -1;
    if (!toks[i]!.word) break;
  }
  let i = lo;
  const t = toks[i];
  if (!t || !t.word) return -1;
  if (LISTENER_DETERMINERS.has(t.lower)) {
    i++;
    while (i < toks.length && i < lo + 6 && toks[i]!.word && (toks[i]!.cap || !SUBJECT_PRONOUNS.has(toks[i]!.lower)) && !(toks[i]!.cap && i > lo + 1 && !toks[i - 1]!.cap && toks[i - 1]!.lower !== 'the')) {
      if (!toks[i]!.cap && toks[i + 1] && (SUBJECT_PRONOUNS.has(toks[i + 1]!.lower) || toks[i + 1]!.cap)) {
        i++;
        break;
      }
      i++;
    }
  } else if (t.cap) {
    while (i < toks.length && toks[i]!.word && toks[i]!.cap && i < lo + 5) i++;
  } else {
    i++;
  }
  const n = toks[i];
  return n && n.end <= b && n.word ? n.start : -1;
}

export function parseMention(body: string, toks: readonly Token[], m: Mention, regions: readonly Region[]): Parsed | null {
  let [a, b] = trimContent(body, m.contentStart, m.contentEnd);
  if (m.verb?.lemma === 'tell' && (m.shape === 'verb' || m.shape === 'verb-that') && a >= m.cueEnd) {
    const c = afterListener(toks, a, b);
    if (c < 0) return null;
    a = c;
  }
  if ((m.shape === 'verb-that' || m.shape === 'verb') && a >= m.cueEnd) {
    const e = clauseEnd(toks, regions, a, b);
    if (e < b) [a, b] = trimContent(body, a, e);
  }
  if (b - a < 2 || b - a > MAX_CONTENT) return null;
  // Wholly quoted: a direct quotation (after a colon or comma, or a whole sentence) is a
  // quote, not a finding; a quoted fragment ("identified “a legacy of poor practice”") is.
  const inside = regionAt(regions, a);
  // Content that starts inside a quotation opened before it (a quote split into sentences,
  // "…,” said the report") and ends inside it too is the quoted speaker's, not a finding.
  if (inside && inside.start < a && inside.end >= b) return null;
  if (isOpenMark(body.charCodeAt(a))) {
    const r = inside;
    if (r && r.start === a && r.end >= b) {
      const first = firstLetter(body, a + 1, b);
      if (m.afterMark || (first >= 0 && isUpper(body[first]!))) return null;
      if (r.end === b && isCloseMark(body.charCodeAt(b - 1))) [a, b] = trimContent(body, a + 1, b - 1);
      if (b - a < 2) return null;
    }
  }
  let shape = m.shape;
  const rateVerb = m.verb?.kind === 'rate';
  const rated = rateVerb && (shape === 'verb' || shape === 'passive');
  let rating = ratingIn(toks, a, b, rated);
  if (rated && shape === 'verb' && rating) {
    // "rated the school inadequate after a visit": the object and its judgement are the content.
    shape = 'rated';
    b = Math.min(b, rating.end);
  } else if (!rating && m.verb?.objectRating && shape === 'verb') {
    // "found him guilty of murder", "found the service not effective": a short object, then the judgement.
    rating = objectRating(toks, a, b);
    if (rating) shape = 'rated';
  }
  if (m.needsRating && !rating) return null;
  return { start: a, end: b, rating: rating?.value ?? null, shape };
}

function firstLetter(body: string, a: number, b: number): number {
  for (let i = a; i < b; i++) {
    const c = body[i]!;
    if (c.toLowerCase() !== c.toUpperCase()) return i;
  }
  return -1;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/**
 * The judgement the content `[a, b)` gives: after a rating verb (`rated`) the last rating word
 * of its object; otherwise the first rating word said of something ("was inadequate", "as
 * good", "of being unsafe"), or a phrase that is a rating wherever it stands ("requires
 * improvement"). A negation before it is kept ("not effective").
 */
export function ratingIn(toks: readonly Token[], a: number, b: number, rated: boolean): RatingHit | null {
  const lo = firstAt(toks, a);
  let found: RatingHit | null = null;
  for (let i = firstAt(toks, a); i < toks.length && toks[i]!.end <= b; i++) {
    const t = toks[i]!;
    if (!t.word || !mayContain(RATING_FILTER, t.lower)) continue;
    const options = RATINGS.get(t.lower);
    if (!options) continue;
    for (const { words, entry } of options) {
      if (!matches(toks, i, words, b)) continue;
      const negated = negatedAt(toks, i, lo);
      const linked = negated !== null;
      const ok = entry.where === 'anywhere' || rated || (entry.where === 'predicative' && linked);
      if (!ok) continue;
      const value = negated ? `not ${entry.rating}` : entry.rating;
      const hit = { value, end: toks[i + words.length - 1]!.end };
      if (!rated) return hit;
      found = hit;
      break;
    }
  }
  return found;
}

/** Index of the first token starting at or after offset `a`. */
function firstAt(toks: readonly Token[], a: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words of a short object before its judgement: no more than this many. */
const MAX_OBJECT = 4;

/** A judgement right after a short object at the start of `[a, b)` ("him guilty", "the home unsafe"). */
function objectRating(toks: readonly Token[], a: number, b: number): RatingHit | null {
  const lo = firstAt(toks, a);
  for (let i = lo + 1; i < toks.length && i <= lo + MAX_OBJECT + 1 && toks[i]!.end <= b; i++) {
    const t = toks[i]!;
    if (!t.word) return null;
    const options = mayContain(RATING_FILTER, t.lower) ? RATINGS.get(t.lower) : undefined;
    if (!options) {
      // the object is a plain noun phrase: "a legacy of poor practice" has none
      if (CLAUSE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !NEGATORS.has(t.lower)) return null;
      continue;
    }
    for (const { words, entry } of options) {
      if (entry.where === 'rated' || !matches(toks, i, words, b)) continue;
      // a judgement of the object, not an adjective of a noun after it ("poor practice")
      const after = toks[i + words.length];
      if (after && after.word && !CLAUSE_WORDS.has(after.lower)) continue;
      const negated = i - 1 > lo && NEGATORS.has(toks[i - 1]!.lower);
      return { value: negated ? `not ${entry.rating}` : entry.rating, end: toks[i + words.length - 1]!.end };
    }
  }
  return null;
}

function matches(toks: readonly Token[], i: number, words: string[], b: number): boolean {
  for (let w = 0; w < words.length; w++) {
    const t = toks[i + w];
    if (!t || !t.word || t.end > b || t.lower !== words[w]) return false;
  }
  return true;
}

/**
 * Whether the rating word at `i` is said of something: `null` when no link word stands before
 * it, else `true` when it is negated and `false` when not.
 */
function negatedAt(toks: readonly Token[], i: number, lo: number): boolean | null {
  let negated = false;
  for (let k = i - 1; k >= lo && k >= i - 5; k--) {
    const t = toks[k]!;
    if (!t.word) {
      if (isOpenMark(t.lower.charCodeAt(0)) || t.lower === '‘' || t.lower === "'") continue;
      return null;
    }
    if (NEGATORS.has(t.lower)) negated = true;
    if (RATING_LINKS.has(t.lower)) return negated || t.lower.endsWith("n't");
    if (RATING_ADVERBS.has(t.lower)) continue;
    return null;
  }
  return null;
}
