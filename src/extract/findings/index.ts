/**
 * Findings: reported statements of a person or body ("inspectors found …", "the report said
 * …", "the regulator rated … inadequate", "according to …", and the items of a bullet list
 * introduced by a reporting sentence), with their source, cue and rating.
 *
 * Steps, each testable alone:
 * 1 tokens (`tokens.ts`) → 2 find cues with raw source and content spans (`find.ts`) →
 * 3 parse: trim the content, leave direct quotations to the quote extractor, read the rating
 * (`parse.ts`) → 4 claim: resolve pronoun and elided sources, lists, drafts (here).
 *
 * A finding's `text` is the reported content itself, `body.slice(start, end)`: the clause after
 * the cue, the clause before "…, said the report", the whole sentence when the cue stands
 * inside it ("The board, inspectors found, was poor …"), or a list item without its marker and
 * trailing stop. Items of a list without a named source ("Among failings highlighted are:")
 * take the nearest earlier reporting body or document (in news, the report being described).
 */
import type { FindingDraft, Segmented, Sentence } from '../../schema.js';
import { FINDING_VERBS } from '../../lexicon/findings.js';
import { bulletEnd } from '../../text/paragraphs.js';
import { stopped, type ExtractContext } from '../context.js';
import { findMentions, isTitleCase, type Mention } from './find.js';
import { bareIntroducer, itemSpan } from './lists.js';
import { parseMention } from './parse.js';
import { isQuoteMark, quotedRegions, regionAt, regionsOfMarks, type Region } from './quotes.js';
import { isDayName, SourceMemory, sourceOfTokens, type Source } from './source.js';
import { entityTable, findPerson, namesPlace } from '../speakers/entities.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { tokenize, type Token } from './tokens.js';
import { markedTokens, markMarks, markWords, PUNCT, tokensIfMade, WORD, wordShape, type Tokens } from '../../text/tokens.js';

export { tokenize } from './tokens.js';
export { findMentions, type Mention, type Shape } from './find.js';
export { parseMention, trimContent, ratingIn } from './parse.js';
export { sourceOf, SourceMemory, type Source } from './source.js';
export { quotedRegions } from './quotes.js';

interface ListIntro {
  source: Source | null;
  cue: string;
}

/** Findings of a segmented article, sorted by start. */
export function extractFindings(doc: Segmented, ctx: ExtractContext): FindingDraft[] {
  const body = doc.article.body;
  const tokens = tokensIfMade(doc);
  /** Where a letter beyond ASCII or a `_` stands (read with the cue words from the tokens, else `null`). */
  const odd: number[] | null = tokens ? [] : null;
  // (with the tokens, one walk of the marked ones finds the cue words and the quotation marks)
  const marks: number[] = [];
  const triggers = tokens ? cueOffsets(tokens, odd!, marks) : searchCues(body);
  const regions = tokens ? regionsOfMarks(body, doc.paragraphs, marks) : quotedRegions(body, doc.paragraphs);
  const memory = new SourceMemory();
  let ti = 0;
  let oi = 0;
  const out: FindingDraft[] = [];
  let si = 0;
  let list: ListIntro | null = null;
  /** The names in each sentence looked back over (see `nearestPerson`). */
  const namesIn = new Map<number, NameRuns>();
  /**
   * A person's gender as the article's entity table knows it (honorific, role, given name,
   * pronouns); `unknown` also for a name the table does not hold as a person. (Leaving those
   * out, as the days and places some runs name, "Super Tuesday", "North Korea", lost people the
   * table reads otherwise: "Amy Bishop", "Janice Leader".)
   */
  const genderOf = (name: string, at: number): Gender => {
    const table = entityTable(doc);
    // (a name read across a CRLF line break of a wrapped paragraph has two spaces in the copy)
    const k = findPerson(table, name.includes('  ') ? name.replace(/\s+/g, ' ') : name, at);
    return k >= 0 ? table.entities[k]!.gender : 'unknown';
  };
  const limit = ctx.limit ?? Infinity;
  // (a finding stands inside its sentence: once `limit` are found, every one not found yet starts
  // at the next sentence or later)
  paragraphs: for (const p of doc.paragraphs) {
    if (out.length >= limit) {
      stopped(ctx, p.start);
      break;
    }
    const first = si;
    while (si < doc.sentences.length && doc.sentences[si]!.paragraph === p.index) si++;
    if (si === first) continue;
    const bullet = bulletEnd(body, p.start, p.end) !== -1;
    if (bullet && list) {
      const item = listItem(body, doc.sentences.slice(first, si), regions, list, memory);
      if (item) out.push(item);
      continue;
    }
    list = null;
    let headline: boolean | null = null;
    for (let k = first; k < si; k++) {
      const s = doc.sentences[k]!;
      if (out.length >= limit) {
        stopped(ctx, s.start);
        break paragraphs;
      }
      const last = k === si - 1;
      // Only sentences with a cue word (or a list introducer's colon) are tokenized.
      while (ti < triggers.length && triggers[ti]! < s.start) ti++;
      // A cue word inside a quotation is the quoted speaker's and never read: a sentence whose
      // only cue words stand inside quotations is not tokenized.
      let cued = false;
      for (let tj = ti; tj < triggers.length && triggers[tj]! < s.end && !cued; tj++) cued = !regionAt(regions, triggers[tj]!);
      if (!cued && !(last && body.charCodeAt(s.end - 1) === 0x3a)) continue;
      headline ??= isHeadline(body, p.start, p.end);
      const toks = tokenize(body, s.start, s.end);
      if (headline || isQuestion(toks)) continue;
      // In a sentence of ASCII words without `_`, a token that is a verb form or "according" is
      // a cue word as the triggers have them, at its start: findMentions need look at no other.
      let plain = false;
      if (odd !== null) {
        while (oi < odd.length && odd[oi]! < s.start) oi++;
        plain = oi === odd.length || odd[oi]! >= s.end;
      }
      let previous: Source | null = null;
      for (const m of findMentions(body, toks, regions, plain ? triggers : null, ti)) {
        let source = resolve(m, previous, memory);
        if (m.source?.pronoun === 'person') {
          const gender = m.source.name === 'he' ? 'male' : m.source.name === 'she' ? 'female' : 'unknown';
          source = nearestPerson(body, doc.sentences, k, m.anchor, regions, memory, namesIn, gender, genderOf) ?? source;
        }
        if (m.source && !m.source.pronoun) memory.remember(m.source, m.anchor);
        previous = source;
        if (m.shape === 'list-intro') {
          if (last) list = { source, cue: body.slice(m.cueStart, m.cueEnd) };
          continue;
        }
        const parsed = parseMention(body, toks, m, regions);
        if (!parsed) continue;
        out.push({
          type: 'finding',
          text: body.slice(parsed.start, parsed.end),
          start: parsed.start,
          end: parsed.end,
          source: source?.name ?? null,
          cue: body.slice(m.cueStart, m.cueEnd),
          rating: parsed.rating,
          rule: `finding/${parsed.shape}`,
        });
      }
      if (last && list === null) {
        const bare = bareIntroducer(toks);
        if (bare) list = { source: memory.nearestReporter(), cue: body.slice(bare.cueStart, bare.cueEnd) };
      }
    }
  }
  return dedupe(out.sort((a, b) => a.start - b.start || a.end - b.end));
}

/** Every word that can open a cue (all lower-case ASCII letters): a sentence without one is skipped. */
const CUE_WORDS = [...new Set([...FINDING_VERBS.flatMap((v) => v.forms), 'according'])];
markWords(CUE_WORDS); // (their tokens are listed as texts are tokenized: `cueOffsets` walks that list)
markMarks('_'); // (and so is every `_`: see `cueOffsets`)
/**
 * The cue words by shape (`wordShape`): `CUE_GROUPS[CUE_GROUP_OF[shape] - 1]` are the words of
 * a shape (a few shapes have two), `CUE_GROUP_OF[shape]` is 0 for a shape of none. (A table of
 * bytes: 64 KB, where one of the word lists by shape would take 512 KB of the cache.)
 */
const CUE_GROUP_OF = new Uint8Array(0x10000);
const CUE_GROUPS: string[][] = [];
for (const w of CUE_WORDS) {
  const h = wordShape(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.charCodeAt(w.length - 1));
  if (CUE_GROUP_OF[h] === 0) CUE_GROUP_OF[h] = CUE_GROUPS.push([]);
  CUE_GROUPS[CUE_GROUP_OF[h]! - 1]!.push(w);
}

/** Offsets of the cue words of the body, in order, found by one regular expression (`cueOffsets` gives the same from the tokens, for less, once they are made). */
function searchCues(body: string): number[] {
  const out: number[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(body); m !== null; m = TRIGGER.exec(body)) out.push(m.index);
  return out;
}

/** The cue words compiled into one search (a cue word is all lower-case ASCII letters). */
const TRIGGER = new RegExp(`\\b(?:${[...CUE_WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/**
 * Offsets of the cue words in the text of `t`, in order: where a run of ASCII letters, digits
 * and `_` (a word of `\b`, as a case-insensitive regular expression without the `u` flag reads
 * it) is a cue word in any ASCII case. Read from the marked tokens: a run of ASCII letters is in
 * one WORD token, the whole of it when the token has no letter beyond ASCII; a token with one
 * (always marked) is searched for its ASCII runs. `odd`, when given, gets the offsets of those
 * tokens and of every `_` (each a token of its own, marked too); `quoteMarks` those of the double
 * quotation marks (marked by `quotes.ts`).
 */
export function cueOffsets(t: Tokens, odd: number[] | null = null, quoteMarks: number[] | null = null): number[] {
  const out: number[] = [];
  const { list, count } = markedTokens(t);
  const { text, kind, start, end, wide, shape } = t;
  for (let k = 0; k < count; k++) {
    const i = list[k]!;
    if (kind[i] !== WORD) {
      if (kind[i] === PUNCT) {
        const c = text.charCodeAt(start[i]!);
        if (c === 0x5f) odd?.push(start[i]!);
        else if (isQuoteMark(c)) quoteMarks?.push(start[i]!);
      }
      continue;
    }
    const a = start[i]!;
    const b = end[i]!;
    if (wide[i] === 0) {
      // (most marked words are other extractors': turned away by their shape)
      const g = CUE_GROUP_OF[shape[i]!]!;
      if (g !== 0 && isCueRun(text, a, b, CUE_GROUPS[g - 1]!)) out.push(a);
      continue;
    }
    // ASCII runs inside a word with letters beyond ASCII (which are no word characters of `\b`).
    if (odd !== null) odd.push(a);
    let r = a;
    while (r < b) {
      while (r < b && text.charCodeAt(r) >= 128) r++;
      let e = r;
      while (e < b && text.charCodeAt(e) < 128) e++;
      if (e > r && isCueRun(text, r, e, CUE_WORDS)) out.push(r);
      r = e;
    }
  }
  return out;
}

/** A digit or `_`: a word character of `\b` that is no letter. */
function isWordNonLetter(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 95;
}

/**
 * True when `text[a, b)`, a run of ASCII letters with no letter beside it, is one of `words` in
 * any ASCII case and no digit or `_` stands beside it.
 */
function isCueRun(text: string, a: number, b: number, words: readonly string[]): boolean {
  if (a > 0 && isWordNonLetter(text.charCodeAt(a - 1))) return false;
  if (b < text.length && isWordNonLetter(text.charCodeAt(b))) return false;
  for (let w = 0; w < words.length; w++) if (sameLetters(text, a, b, words[w]!)) return true;
  return false;
}

/** True when the ASCII letters `text[a, b)` spell `word` (lower case) in any case. */
function sameLetters(text: string, a: number, b: number, word: string): boolean {
  if (word.length !== b - a) return false;
  for (let j = 0; j < word.length; j++) if ((text.charCodeAt(a + j) | 32) !== word.charCodeAt(j)) return false;
  return true;
}

/** Sentences looked back over for the person a "he"/"she" source refers to. */
const PERSON_LOOKBACK = 30;

/**
 * The person a "he"/"she" source at `before` (in sentence `si`) refers to: the last person
 * named before it outside quotations and not known to be of the other gender ("Jane Smith
 * spoke to Tom Brown, and she said …": Jane Smith), if nearer than the last person source;
 * else that source.
 */
function nearestPerson(
  body: string, sentences: readonly Sentence[], si: number, before: number, regions: readonly Region[], memory: SourceMemory,
  namesIn: Map<number, NameRuns>, gender: Gender, genderOf: GenderOf,
): Source | null {
  for (let k = si; k >= 0 && k > si - PERSON_LOOKBACK; k--) {
    const s = sentences[k]!;
    if (s.end <= memory.lastPersonAt) break;
    // A sentence's names are read once per article, however many pronoun sources look back over
    // it, also from inside it (a sentence without stops, thousands of "he said" long, was read
    // again for each: its square in time).
    let runs = namesIn.get(k);
    if (runs === undefined) {
      runs = nameRuns(body, tokenize(body, s.start, s.end), regions, genderOf);
      namesIn.set(k, runs);
    }
    const found = lastPersonBefore(body, runs, before, regions, gender, genderOf);
    if (found && found.at > memory.lastPersonAt) return found.src;
  }
  return memory.resolve({ name: 'he', kind: 'person', pronoun: 'person' });
}

function resolve(m: Mention, previous: Source | null, memory: SourceMemory): Source | null {
  if (m.inherits) return previous;
  if (!m.source) return null;
  return m.source.pronoun ? memory.resolve(m.source) : m.source;
}

/**
 * One list item as a finding. An item that ends by naming its own source ("…, say inspectors")
 * takes that source and cue instead of the list's.
 */
function listItem(body: string, sentences: Sentence[], regions: readonly Region[], list: ListIntro, memory: SourceMemory): FindingDraft | null {
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  let [start, end] = itemSpan(body, first.start, last.end);
  let source = list.source?.name ?? null;
  let cue: string | null = list.cue;
  let rule = 'finding/bullet-list';
  const toks = tokenize(body, last.start, last.end);
  const own = findMentions(body, toks, regions).find((m) => m.shape === 'said-after' && m.source && !m.source.pronoun);
  if (own) {
    end = Math.min(end, own.contentEnd);
    while (end > start && (body[end - 1] === ',' || body[end - 1] === ' ')) end--;
    if (end <= start) return null;
    source = own.source!.name;
    cue = body.slice(own.cueStart, own.cueEnd);
    rule = 'finding/bullet-list-said';
    memory.remember(own.source, own.anchor);
  }
  if (end - start < 2) return null;
  return { type: 'finding', text: body.slice(start, end), start, end, source, cue, rating: null, rule };
}

function isQuestion(toks: readonly Token[]): boolean {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.word) return false;
    if (t.lower === '?') return true;
  }
  return false;
}

/**
 * A headline: a paragraph without a closing stop whose longer words are mostly capitalised
 * ("Watchdog Finds Serious Failings At Care Home").
 */
function isHeadline(body: string, start: number, end: number): boolean {
  const last = body.charCodeAt(end - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x22 || last === 0x201d || last === 0x3a) return false;
  if (end - start > 200) return false;
  return isTitleCase(tokenize(body, start, end));
}

/** A person source and the offset where it is named. */
interface PersonAt {
  src: Source;
  at: number;
}

/**
 * The runs of two or more capitalised words outside quotations in a sentence's tokens, in
 * order ("Jane Smith", "Dr Jones", "The Council"), each with the person it names, if any, and
 * at each run the index of the last run up to it that names a person.
 */
interface NameRuns {
  starts: number[];
  ends: number[];
  persons: (Source | null)[];
  /** For each gender a "he" or "she" may refer to, the last person up to each run not known to be of the other. */
  lastPerson: Record<Gender, number[]>;
}

type GenderOf = (name: string, at: number) => Gender;

const GENDERS: readonly Gender[] = ['male', 'female', 'unknown'];

/** What each pronoun gender rules out. */
const OTHER: Record<Gender, Gender | null> = { male: 'female', female: 'male', unknown: null };

function nameRuns(body: string, toks: readonly Token[], regions: readonly Region[], genderOf: GenderOf): NameRuns {
  const runs: NameRuns = { starts: [], ends: [], persons: [], lastPerson: { male: [], female: [], unknown: [] } };
  let s = -1;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    const inName = t !== undefined && t.word && t.cap && !regionAt(regions, t.start);
    if (inName && s < 0) s = i;
    if (inName && !t.lower.endsWith("'s")) continue;
    if (s >= 0) {
      const e = inName ? i + 1 : i;
      if (e - s >= 2) {
        // (the run's own tokens: all words, with only white space between them, so the same
        // tokens as those of its text alone)
        const src = sourceOfTokens(body, toks.slice(s, e));
        // (a run with a day's name in it names the day: "Super Tuesday", "Earlier Saturday";
        // one the entity table reads as a place names no one: "North Korea", "Orange County")
        const person = src && src.kind === 'person' && !hasDayName(toks, s, e) && !namesPlace(src.name) ? src : null;
        const gender = person ? genderOf(person.name, toks[s]!.start) : 'unknown';
        const n = runs.starts.length;
        runs.starts.push(toks[s]!.start);
        runs.ends.push(toks[e - 1]!.end);
        runs.persons.push(person);
        for (const g of GENDERS) {
          const fits = person !== null && gender !== OTHER[g];
          runs.lastPerson[g].push(fits ? n : n > 0 ? runs.lastPerson[g][n - 1]! : -1);
        }
      }
      s = -1;
    }
  }
  return runs;
}

function hasDayName(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDayName(toks[i]!.lower)) return true;
  return false;
}

/**
 * The last person named before `before` (outside quotations): what the runs of the sentence's
 * tokens up to `before` give. Runs that end by then are those of the whole sentence; a run
 * that goes on past `before` is read again up to it ("… Jane Smith| Jones …").
 */
function lastPersonBefore(body: string, runs: NameRuns, before: number, regions: readonly Region[], gender: Gender, genderOf: GenderOf): PersonAt | null {
  // the last run that starts before `before`
  let lo = 0;
  let hi = runs.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs.starts[mid]! < before) lo = mid + 1;
    else hi = mid;
  }
  let r = lo - 1;
  if (r < 0) return null;
  if (runs.ends[r]! > before) {
    const cut = nameRuns(body, tokenize(body, runs.starts[r]!, before), regions, genderOf);
    const last = cut.lastPerson[gender];
    const k = last.length ? last[last.length - 1]! : -1;
    if (k >= 0) return { src: cut.persons[k]!, at: cut.starts[k]! };
    r--;
    if (r < 0) return null;
  }
  const k = runs.lastPerson[gender][r]!;
  return k >= 0 ? { src: runs.persons[k]!, at: runs.starts[k]! } : null;
}

/** Drop a finding that repeats another's exact span (two cues over one clause). */
function dedupe(sorted: FindingDraft[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const d of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === d.start && prev.end === d.end) continue;
    out.push(d);
  }
  return out;
}
