/**
 * Step 2, parse: who says a quotation, with which cue, and whether it is a whole statement or
 * a fragment of a sentence. Reads only short windows next to the quotation (the clause before
 * it, a few words after it, the end of the paragraph before), so the cost stays linear.
 *
 * Shapes, by rule id:
 * - `quote/colon-before`: `X, ROLE, said: “…”`, `ROLE X said: “…”`, `He said: “…”`
 * - `quote/said-before`: `X said, “…”`, and partial quotes after a cue (`X says the plan is “…”`)
 * - `quote/said-after`: `“…,” said X.`, `“…,” X said.`, `“…,” X, ROLE, said.`, `“…,” X told NEWSPAPER.`
 * - `quote/dash-after`: `“…” — X`, or a paragraph `— X, PLACE` after a quotation paragraph
 * - `quote/subject`: a partial quote with no reporting verb, said by its clause's subject
 *   (`X called the plan “…”`, `The ad targets a “…”`, `X: “…”`)
 * - `quote/sentence-before`: a whole quotation after a sentence about its speaker in the
 *   same paragraph (`X condemned the vote. “…”`)
 * - `quote/according-to`: `… “…” according to X`, `According to X, “…”`
 * - `quote/line-before`: `X said:` ending the paragraph before a quote block
 * - `quote/continuation`: a quotation that follows the same speaker's quotation (next
 *   paragraph, or later in the same paragraph) with no attribution of its own
 * - `quote/fragment`: a partial quote inside a sentence or a scare quote, with no speaker
 * - `quote/title`: a title in Title Case with no speaker and no cue (`on NBC’s “Meet the
 *   Press”`, `his book “The Art of the Deal”`): a name, not a quotation; the claim step may
 *   leave it out
 * - `quote/unattributed`: a whole quotation with no speaker found
 */
import type { Segmented } from '../../schema.js';
import { CUE_BY_WORD, CUE_PHRASES, CUE_TAILS, CUE_ADVERBS, type CueEntry } from '../../lexicon/reporting.js';
import { ATTRIBUTION_DASHES } from '../../lexicon/quote-marks.js';
import { ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { ROLE_BY_WORD, HONORIFIC_BY_FORM } from '../../lexicon/titles.js';
import { PRONOUN_BY_FORM } from '../../lexicon/pronouns.js';
import { GIVEN_NAME_GENDER } from '../../lexicon/given-names.js';
import { findSpanAt } from '../../text/location.js';
import { isSpace } from '../../text/paragraphs.js';
import { mayContain, wordFilter } from '../../text/tokens.js';
import { parsePhrase, phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from '../speakers/phrase.js';
import { resolvePhrase, type Speaker } from '../speakers/resolve.js';
import { entityTable, findPerson } from '../speakers/entities.js';
import { tokenize, tokensBefore, type Token } from '../speakers/tokens.js';
import { quoteText, type FoundQuote } from './01-scan.js';

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  fragment: boolean;
  rule: string;
}

/** How far around a quotation the attribution is looked for. */
const AFTER_TOKENS = 40;
const AFTER_CUE_REACH = 20;
const BEFORE_TOKENS = 60;
const BEFORE_CHARS = 400;

/** Lemmas whose base form ("they say", "say inspectors") is a cue; for others only inflected forms count. */
const BASE_FORM_CUES = new Set(['cue/say', 'cue/tell', 'cue/add', 'cue/warn', 'cue/insist', 'cue/argue', 'cue/explain', 'cue/write', 'cue/claim', 'cue/admit', 'cue/agree', 'cue/conclude', 'cue/state', 'cue/note', 'cue/contend', 'cue/maintain', 'cue/recall', 'cue/remember', 'cue/predict']);

/** Verbs of saying that stand inverted in an aside between commas (", says Jane Doe, a historian,"). */
const ASIDE_CUES = new Set(['cue/say', 'cue/add', 'cue/write', 'cue/note', 'cue/explain', 'cue/argue', 'cue/recall', 'cue/observe', 'cue/insist', 'cue/warn', 'cue/contend']);

/** Lemmas whose base form is a cue after "to" or a modal ("was prompted to ask", "could only quip"). */
const INFINITIVE_CUES = new Set([...BASE_FORM_CUES, 'cue/ask', 'cue/announce', 'cue/declare', 'cue/quip', 'cue/joke', 'cue/tweet', 'cue/reply', 'cue/respond', 'cue/note', 'cue/state']);

/** Verbs and particles of a chain before "to" ("goes on to say", "was prompted to ask"); also any "-ed" form. */
const CHAIN_VERBS = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'went', 'goes', 'go', 'on', 'took', 'takes', 'came', 'comes', 'got', 'gets', 'wants', 'want', 'plans', 'hopes', 'seems', 'appears', 'later', 'then', 'also']);

/** Modal verbs before a base form ("could only quip", "would later say"). */
const MODALS = new Set(['could', 'would', 'will', 'can', 'might', 'may', 'must', 'should', 'did', 'does', 'do']);

/**
 * The base-form cue at `i` ends a verb chain ("Doe was prompted to say", "a spokesman could
 * only quip", "Doe went on to tell"): the index of the last word before the chain, which ends
 * the subject, or -1 when no "to" or modal stands right before the cue (adverbs aside).
 */
function verbChainStart(toks: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && toks[j]!.kind === 'word' && !toks[j]!.cap && (CUE_ADVERBS.has(toks[j]!.lower) || toks[j]!.lower.endsWith('ly')) && !MODALS.has(toks[j]!.lower)) j--;
  const t = toks[j];
  if (!t || t.kind !== 'word' || t.cap || !(t.lower === 'to' || MODALS.has(t.lower))) return -1;
  // (A relative pronoun is no subject: "records” that would respond to …".)
  const subjectEnd = (k: number): number => (k >= 0 && toks[k]!.kind === 'word' && !BREAKER_WORDS.has(toks[k]!.lower) ? k : -1);
  if (t.lower !== 'to') return subjectEnd(j - 1);
  // Back over the verbs before "to": "was prompted", "went on", "wants" (at least one).
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && toks[k]!.kind === 'word' && !toks[k]!.cap && (CHAIN_VERBS.has(toks[k]!.lower) || (toks[k]!.lower.length > 4 && toks[k]!.lower.endsWith('ed')))) k--;
  return k < j - 1 ? subjectEnd(k) : -1;
}

/** Day and month names: a segment of one of them is a time, not a speaker ("Tuesday, he said"). */
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight']);

/** Prepositions that never open a name ("Alongside Roe, …", "Amid the protests, …"). */
const PREPOSITIONS_ONLY = ['alongside', 'amid', 'amidst', 'among', 'amongst', 'unlike', 'besides', 'throughout', 'within', 'across', 'via', 'beyond', 'upon', 'toward', 'towards', 'into', 'through', 'against', 'beside', 'between'];

/** Words that open an adverbial segment before the subject ("In a statement, …", "Speaking on Monday, …"). */
const ADVERBIAL_STARTS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'however', 'meanwhile', 'but', 'and', 'yet', 'still', 'earlier', 'later',
  'also', 'separately', 'today', 'yesterday', 'last', 'this', 'when', 'while', 'as', 'for', 'with', 'without', 'despite',
  'under', 'following', 'asked', 'then', 'now', 'instead', 'indeed', 'speaking', 'responding', 'writing', 'addressing',
  'of', 'to', 'from', 'by', 'so', 'though', 'although', 'since', 'if', 'once', 'outside', 'inside', 'afterwards', 'again',
  'overnight', 'previously', 'recently', 'next', 'about', 'regarding', 'concerning', 'finally', 'first', 'second', 'that', 'than', 'back', 'even', 'whether', 'or', 'here', 'there',
  'unless', 'until', 'because', 'whereas', 'whenever', 'wherever',
  ...PREPOSITIONS_ONLY,
]);

/** Words before which a cue word is a noun ("the report", "his remarks", "those comments"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'such', 'this', 'that', 'whose', 'no', 'any', 'some', 'several', 'many', 'other', 'recent', 'earlier', 'latest', 'new', 'public', 'similar']);

interface CueHit {
  /** Index of the cue's first token and one past its last (verb and tail). */
  at: number;
  verbEnd: number;
  end: number;
  entry: CueEntry | null;
  phrase: 'according' | null;
}

/** What `cueAt` is told of the words around a cue, made once (cueAt runs for most tokens near a quotation). */
interface CueContext {
  inverted: boolean;
  chain?: boolean;
}
const PLAIN: CueContext = { inverted: false };
const INVERTED: CueContext = { inverted: true };
const CHAIN: CueContext = { inverted: false, chain: true };

/** Most words are no cue word nor a cue phrase's first: the filter says so without hashing the word. */
const CUE_FILTER = wordFilter(CUE_BY_WORD.keys(), CUE_PHRASES.map((p) => p.words[0]!));

/** The reporting verb or cue phrase at token `i`, if any. */
function cueAt(toks: Token[], i: number, after: CueContext): CueHit | null {
  const t = toks[i]!;
  if (t.kind !== 'word' || !mayContain(CUE_FILTER, t.lower)) return null;
  for (const p of CUE_PHRASES) {
    if (p.words[0] !== t.lower) continue;
    let k = 1;
    while (k < p.words.length && toks[i + k]?.lower === p.words[k]) k++;
    if (k === p.words.length) return { at: i, verbEnd: i + p.words.length, end: i + p.words.length, entry: null, phrase: 'according' };
  }
  const entries = CUE_BY_WORD.get(t.lower);
  if (!entries || t.possessive) return null;
  // After a determiner or a possessive the word is a noun: "his remarks", "Doe's comments", "the claims".
  // (guarded: reading toks[-1] is a slow named-property lookup in V8)
  const before = i > 0 ? toks[i - 1] : undefined;
  if (before && before.kind === 'word' && (before.possessive || NOUN_DETERMINERS.has(before.lower))) return null;
  for (const e of entries) {
    let k = 1;
    while (k < e.length && toks[i + k]?.lower === e.words[k]) k++;
    if (k < e.length) continue;
    if (e.form === 'base') {
      const chain = !!after.chain && INFINITIVE_CUES.has(e.id) && verbChainStart(toks, i) >= 0;
      if (!BASE_FORM_CUES.has(e.id) && !chain) continue;
      const prev = i > 0 ? toks[i - 1] : undefined;
      const pluralBefore = prev && prev.kind === 'word' && (PRONOUN_BY_FORM.has(prev.lower) || prev.lower.endsWith('s')) && prev.lower !== 'he' && prev.lower !== 'she' && prev.lower !== 'it';
      if (!pluralBefore && !after.inverted && !chain) continue;
    }
    // A capitalised cue word inside a name run is a name ("Said", "Bill Post").
    if (t.cap && i > 0 && toks[i - 1]!.cap && toks[i - 1]!.kind === 'word') continue;
    let end = i + e.length;
    const verbEnd = end;
    if (e.takes === 'object') {
      // "told the BBC", "told reporters", "tells The Times newspaper"
      let k = end;
      while (k < toks.length && k - end < 6 && toks[k]!.kind === 'word' && (toks[k]!.cap || !CUE_BY_WORD.has(toks[k]!.lower)) && toks[k]!.lower !== 'that') k++;
      if (k > end && k - end <= 5) end = k;
    }
    end = tailEnd(toks, end);
    return { at: i, verbEnd, end, entry: e, phrase: null };
  }
  return null;
}

/** The words a cue tail can open with: most words after a verb open none. */
const TAIL_OPENERS = new Set(CUE_TAILS.map((tail) => tail[0]!));

/** Past a cue tail ("in a statement", "on Monday") that follows the verb. */
function tailEnd(toks: Token[], end: number): number {
  const first = toks[end];
  if (first === undefined || !TAIL_OPENERS.has(first.lower)) return end;
  for (const tail of CUE_TAILS) {
    let k = 0;
    while (k < tail.length && toks[end + k]?.lower === tail[k]) k++;
    if (k === tail.length) return end + tail.length;
  }
  return end;
}

/** Adverbs and auxiliaries between a subject and its verb ("also", "has", "immediately"). */
function isAdverb(t: Token): boolean {
  return !t.cap && (CUE_ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly')));
}

function isDash(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && (ATTRIBUTION_DASHES.has(t.text.charCodeAt(0)) || t.text === '--');
}

/** Tokens split at commas (outside brackets), with bracketed asides such as "(D-Ohio)" removed. */
function segments(toks: Token[]): Token[][] {
  const out: Token[][] = [[]];
  let depth = 0;
  for (const t of toks) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (t.text === ',') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((s) => s.length);
}

/** Prepositions whose object a name is, not a speaker ("a blunt message to Doe: “…”"). */
const OBJECT_PREPOSITIONS = new Set(['to', 'at', 'for', 'with', 'about', 'against', 'on', 'in', 'into', 'toward', 'towards', 'over', 'of', 'like']);

/** Prepositions whose object, right before a cue, is not its subject ("aides to Doe said"). */
const SUBJECT_OF_PREPOSITIONS = new Set(['to', 'with', 'about', 'against', 'into', 'toward', 'towards', 'over', 'like', 'by', 'from']);

/** Words that show a clause inside a phrase ("the guru who founded …"). */
const BREAKER_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);

/** Words that open a subordinate clause inside a reported one ("said that once the Senate goes on …"). */
const SUBORDINATE_OPENERS = new Set(['once', 'when', 'if', 'because', 'while', 'until', 'unless', 'after', 'before', 'since', 'although', 'though', 'whether', 'whenever']);

/** Conjunctions that open a subordinate clause: never the first word of a name ("As New Hampshire votes, …"). */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'if', 'once', 'because', 'despite', 'during', 'following', 'until', 'unless', 'whereas', 'with', 'without', 'in', 'on', 'at', 'of', 'about', 'regarding', 'concerning', 'by', 'from', 'under', ...PREPOSITIONS_ONLY]);

function isAdverbial(seg: Token[]): boolean {
  const f = seg[0]!;
  if (f.kind !== 'word') return true;
  if (ADVERBIAL_STARTS.has(f.lower) && !(f.cap && seg.length > 1 && seg[1]!.cap && !SUBORDINATORS.has(f.lower))) return true;
  // A relative clause left over from an adverbial before it ("In Ohio, which votes Tuesday, Doe …").
  if (!f.cap && (f.lower === 'which' || f.lower === 'where' || f.lower === 'who' || f.lower === 'whose')) return true;
  // "Speaking in Ohio", "Leaning into her message": a participle (a name such as "King" stands alone or before a name).
  if (f.lower.endsWith('ing') && f.lower.length > 4 && !ROLE_BY_WORD.has(f.lower) && (!f.cap || (seg.length > 1 && !seg[1]!.cap))) return true;
  if (f.cap && seg.length === 1 && DATE_WORDS.has(f.lower)) return true;
  // "Tuesday at a college in Anytown", "Monday night in Ohio": a day and where or when.
  const s1 = seg[1];
  if (f.cap && DATE_WORDS.has(f.lower) && f.lower !== 'may' && s1 && s1.kind === 'word' && !s1.cap && (ADVERBIAL_STARTS.has(s1.lower) || DAY_PARTS.has(s1.lower))) return true;
  // "Additionally, Doe said:", "Ultimately, …": a sentence adverb alone (not a surname such as "Kelly").
  if (seg.length === 1 && f.lower.length > 5 && SENTENCE_ADVERB_ENDINGS.some((x) => f.lower.endsWith(x))) return true;
  // "Frustrated, Doe said …", "Asked about it, …": a past participle alone (not a name such as "Alfred").
  if (seg.length === 1 && f.lower.length > 6 && f.lower.endsWith('ed') && !GIVEN_NAME_GENDER.has(f.lower)) return true;
  // "Immediately after the attacks", "Shortly before noon": an adverb and a preposition.
  if (f.lower.length > 4 && f.lower.endsWith('ly') && seg.length > 1 && seg[1]!.kind === 'word' && !seg[1]!.cap && ADVERBIAL_STARTS.has(seg[1]!.lower)) return true;
  // "A few days later", "Two years ago": a time reckoned back.
  const l = seg[seg.length - 1]!;
  if (seg.length > 1 && seg.length <= 5 && l.kind === 'word' && TIME_BACK.has(l.lower)) return true;
  // "The next day", "That same week", "One morning": a time, not a subject.
  if (seg.length > 1 && seg.length <= 4 && l.kind === 'word' && !l.cap && TIME_NOUNS.has(l.lower) && TIME_OPENERS.has(f.lower)) return true;
  return false;
}

/** Nouns of time that end an adverbial segment ("the next day") and the words that open one. */
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time']);
const TIME_OPENERS = new Set(['the', 'that', 'one', 'each', 'every', 'this', 'same', 'later', 'last', 'next', 'all']);

/** Parts of a day after its name ("Tuesday night"). */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Endings of sentence adverbs ("additionally", "ultimately", "importantly") that no common surname has. */
const SENTENCE_ADVERB_ENDINGS = ['ally', 'ately', 'ntly', 'ingly', 'ably', 'ously', 'ively', 'edly', 'arly', 'ssly'];

/** Last words of a time phrase before a clause ("two days later", "a year ago", "moments after"). */
const TIME_BACK = new Set(['later', 'ago', 'earlier', 'afterward', 'afterwards', 'before', 'after']);

/** Past a dateline ("WASHINGTON, June 10 (UPI) — Jane Doe told …"): capitals, then a dash within a few words. */
function afterDateline(toks: Token[]): Token[] {
  const t0 = toks[0];
  if (t0 && t0.kind === 'word' && t0.text.length > 1 && t0.text === t0.text.toUpperCase() && t0.text !== t0.text.toLowerCase()) {
    for (let d = 1; d < toks.length && d < 12; d++) if (isDash(toks[d])) return toks.slice(d + 1);
  }
  return toks;
}

/**
 * "Frank Doe and Jim Roe said", "David and Jeanne Roe wrote": two people joined by "and" in the
 * phrase before `p` (a person parsed from the last of them) speak together; the speaker is
 * both names as written. Otherwise `p` unchanged.
 */
function coordinated(body: string, np: Token[], p: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!p || p.kind !== 'person') return p;
  const k = np.findIndex((t) => t.start >= p.start);
  if (k < 2 || np[k - 1]!.lower !== 'and' || np[k - 1]!.cap) return p;
  let b = k - 2;
  while (b > 0 && np[b - 1]!.kind === 'word' && np[b - 1]!.cap && !HONORIFIC_BY_FORM.has(np[b - 1]!.text.replace(/\.$/, '')) && !ROLE_BY_WORD.has(np[b - 1]!.lower) && k - b < 4) b--;
  const first = np.slice(b, k - 1);
  if (!first.length || !first.every((t) => t.kind === 'word' && t.cap && !ROLE_BY_WORD.has(t.lower)) || !GIVEN_NAME_GENDER.has(first[0]!.lower)) return p;
  return { ...p, name: body.slice(first[0]!.start, p.end), start: first[0]!.start, gender: 'unknown' };
}

/** Nouns for what a person says or proclaims ("his slogan", "Doe's message", "her words"). */
const SPEECH_NOUNS = new Set(['slogan', 'message', 'words', 'remark', 'remarks', 'response', 'answer', 'reply', 'assumption', 'argument', 'view', 'views', 'position', 'promise', 'pledge', 'vow', 'motto', 'mantra', 'refrain', 'line', 'quip', 'joke', 'advice', 'warning', 'comment', 'comments', 'verdict', 'catchphrase', 'phrase', 'rallying', 'cry', 'tweet', 'post', 'plea', 'boast', 'claim', 'retort', 'reaction']);

/**
 * "Doe’s campaign slogan is “…”", "His assumption … was that “…”": a person's words (a speech
 * noun after a possessive) are that person's. The possessor, or null.
 */
function possessor(body: string, np: Token[]): SpeakerPhrase | null {
  const last = np[np.length - 1];
  if (!last || last.kind !== 'word' || !SPEECH_NOUNS.has(last.lower) || np.length > 6) return null;
  const f = np[0]!;
  if (f.lower === 'his' || f.lower === 'her') {
    const p = parsePhrase(body, [{ ...f, text: f.lower === 'his' ? 'he' : 'she', lower: f.lower === 'his' ? 'he' : 'she' }]);
    return p && p.kind === 'pronoun' ? p : null;
  }
  const k = np.findIndex((t) => t.possessive);
  if (k < 0 || !np[k]!.cap) return null;
  const owner = np.slice(0, k + 1).map((t, m) => (m === k ? { ...t, possessive: false, text: t.text.replace(/[’']s?$/, ''), end: t.end - (t.text.length - t.text.replace(/[’']s?$/, '').length) } : t));
  const p = parsePhrase(body, owner);
  return p && p.kind === 'person' ? p : null;
}

/** Does a segment read as a role in apposition ("chairman of the board", "the party's leader")? */
function isRoleSegment(seg: Token[]): boolean {
  const f = seg[0]!;
  if (f.lower === 'who' || f.lower === 'which' || f.lower === 'whose' || f.lower === 'however' || /^\d/.test(f.text)) return false;
  return seg.some((t) => ROLE_BY_WORD.has(t.lower) || HONORIFIC_BY_FORM.has(t.text) || (t.cap && t !== f) || t.cap);
}

function bodyText(body: string, toks: Token[]): string {
  return toks.length ? body.slice(toks[0]!.start, toks[toks.length - 1]!.end) : '';
}

/**
 * The speaker named by the words before a reporting verb (`toks` end right before it):
 * `X`, `X, ROLE,`, `ROLE, X,`, `In a statement, X`.
 */
export function subjectOf(body: string, toks: Token[], gerund = false): SpeakerPhrase | null {
  let segs = segments(afterDateline(toks));
  let dropped: Token[] | null = null;
  while (segs.length > 1 && isAdverbial(segs[0]!)) {
    dropped = segs[0]!;
    segs = segs.slice(1);
  }
  if (dropped && dropped[0]!.lower === 'as' && dropped.length > 1 && dropped.length <= 5 && segs.length === 1) {
    // "Or, as Jane Doe, a former secretary, put it: “…”": the name after "as" is the subject.
    const named = parsePhrase(body, dropped.slice(1));
    if (named && named.kind === 'person' && isRoleSegment(segs[0]!)) return { ...named, role: named.role ? `${named.role}, ${bodyText(body, segs[0]!)}` : bodyText(body, segs[0]!) };
  }
  if (!segs.length) return null;
  let firstSeg = segs[0]!;
  let np = phraseEndingAt(firstSeg, firstSeg.length - 1, 0);
  let p = np.length ? possessor(body, np) ?? coordinated(body, np, parsePhrase(body, np)) : null;
  // "More recently, Doe said": an opening segment that names nobody and holds no capitalised
  // word after its first is an adverbial the lexicon does not list.
  while (!p && segs.length > 1 && firstSeg.slice(1).every((t) => t.kind !== 'word' || !t.cap) && firstSeg.length <= 4) {
    segs = segs.slice(1);
    firstSeg = segs[0]!;
    np = phraseEndingAt(firstSeg, firstSeg.length - 1, 0);
    p = np.length ? parsePhrase(body, np) : null;
  }
  const lastSeg = segs[segs.length - 1]!;
  if (p && !gerund && segs.length === 1 && np.length < firstSeg.length) {
    // "Another source speaking to Fox News said", "Aides to Doe said", "A memo written by Doe
    // said": the name after a preposition is its object; the subject opens the clause. (Not
    // before a gerund: "the ad ends with a voice-over saying:" is the voice-over's.)
    const k0 = firstSeg.indexOf(np[0]!);
    const pre = k0 > 1 ? firstSeg[k0 - 1]! : null;
    const f = firstSeg[0]!;
    if (pre && pre.kind === 'word' && !pre.cap && SUBJECT_OF_PREPOSITIONS.has(pre.lower) && f.kind === 'word' && !ADVERBIAL_STARTS.has(f.lower) && !CLAUSE_LEAD.has(f.lower)) {
      const head = phraseStartingAt(firstSeg, 0);
      const q = head.length && head.length < k0 ? parsePhrase(body, head) : null;
      if (q && q.kind !== 'pronoun') return q;
    }
  }
  if (p && segs.length > 1 && (p.kind === 'person' || p.kind === 'body')) {
    // "Soon after the vote in Anytown, Doe wrote …", "Watching Roe talk about the party, Doe
    // said:", "Tuesday at a college in Anytown, OH, …, Gov. Jane Doe (R-OH), said": a first
    // segment whose last noun phrase follows a lower-case word (a preposition's or a verb's
    // object) is an adverbial the lexicon does not list; a person or pronoun that fills the
    // segment right before the cue is the subject.
    const k0 = firstSeg.indexOf(np[0]!);
    const pre = k0 > 0 ? firstSeg[k0 - 1]! : null;
    if (pre && pre.kind === 'word' && !pre.cap) {
      const tail = phraseEndingAt(lastSeg, lastSeg.length - 1, 0);
      const q = tail.length === lastSeg.length ? parsePhrase(body, tail) : null;
      if (q && (q.kind === 'pronoun' || q.kind === 'person')) return q;
    }
  }
  // "…, when a young boy shouted, “…”", "jabbing a finger as she said": the subject of a
  // subordinate clause that ends right before the cue.
  for (let j = lastSeg.length - 2; j >= 0 && lastSeg.length - j <= 6; j--) {
    const w = lastSeg[j]!;
    if (w.kind !== 'word') break;
    if (w.cap || !CLAUSE_OPENERS.has(w.lower)) continue;
    const tail = lastSeg.slice(j + 1);
    const np = phraseEndingAt(tail, tail.length - 1, 0);
    if (np.length !== tail.length || (j === 0 && segs.length === 1)) break;
    if (lastSeg.slice(0, j).some((t) => t.kind === 'word' && BREAKER_WORDS.has(t.lower))) break;
    const q = parsePhrase(body, np);
    // After a word that is also a preposition ("as a manager", "after a long pause") only a name or pronoun is a subject.
    const conj = !PREPOSITION_OPENERS.has(w.lower);
    if (q && (q.kind === 'pronoun' || q.kind === 'person' || (conj && q.kind === 'description' && DETERMINERS_A.has(np[0]!.lower)))) return q;
    break;
  }
  // "The reality is, he added, “…”": a pronoun alone right before the cue is the subject.
  if (segs.length > 1 && lastSeg.length === 1 && lastSeg[0]!.kind === 'word' && PRONOUN_BY_FORM.has(lastSeg[0]!.lower)) {
    return parsePhrase(body, lastSeg);
  }
  // "…, to which Jane Doe interjected:", "at which point Doe said": a relative clause's subject.
  if (segs.length > 1) {
    const np = phraseEndingAt(lastSeg, lastSeg.length - 1, 0);
    const w = np.length ? lastSeg.indexOf(np[0]!) : -1;
    const rel = w > 0 ? lastSeg[w - 1]! : null;
    if (rel && rel.kind === 'word' && !rel.cap && (rel.lower === 'which' || rel.lower === 'whom' || rel.lower === 'point')) {
      const q = parsePhrase(body, np);
      if (q && ((q.kind === 'person' && (q.title || q.name.includes(' '))) || q.kind === 'pronoun')) return q;
    }
  }
  // "Doe, a top aide said, “…”" (no comma closes the phrase before the cue): the phrase right
  // before the cue is its subject, not an apposition of the name before it ("These and other
  // sources, the lawyers said, “…”": nor a fronted phrase's).
  if (p && p.kind !== 'pronoun' && segs.length === 2 && toks[toks.length - 1]?.text !== ',' && lastSeg[0]!.kind === 'word' && !lastSeg[0]!.cap && NOUN_DETERMINERS.has(lastSeg[0]!.lower) && lastSeg.length <= 4 && lastSeg.every((t) => t.kind === 'word' && !BREAKER_WORDS.has(t.lower))) {
    const q = parsePhrase(body, lastSeg);
    if (q && (q.kind === 'description' || q.kind === 'body')) return q;
  }
  // "Whether the issue is X or Y, Mr. Doe added, “…”": so is a titled or full name alone there,
  // after an opening segment that names nobody.
  if ((!p || p.kind !== 'person') && segs.length > 1 && lastSeg.length <= 4 && lastSeg.every((t) => t.kind === 'word' ? t.cap : t.text === '.')) {
    const q = parsePhrase(body, lastSeg);
    if (q && q.kind === 'person' && (q.title || q.name.includes(' '))) return q;
  }
  // "Archbishop Jane Doe of the Patriarchate of Anytown told …": the person before "of".
  if (p && p.kind === 'person') {
    const of = firstSeg.findIndex((t, m) => m > 1 && (t.lower === 'of' || t.lower === 'from' || t.lower === 'at') && firstSeg[m - 1]!.cap);
    // Only a chain of names joined by "of the" stands between ("… of the Patriarchate of Anytown").
    const chain = of > 0 && firstSeg.every((t) => t.start < firstSeg[of]!.start || t.start >= p!.start || (t.kind === 'word' && (t.cap || t.lower === 'of' || t.lower === 'the' || t.lower === 'and' || t.lower === 'for')));
    if (of > 0 && chain && p.start > firstSeg[of]!.start) {
      const before = parsePhrase(body, phraseEndingAt(firstSeg, of - 1, 0));
      if (before && before.kind === 'person' && before.name.includes(' ')) p = { ...before, role: before.role ? `${before.role}, ${bodyText(body, firstSeg.slice(of))}` : bodyText(body, firstSeg.slice(of)) };
    }
  }
  const rest = segs.slice(1);
  if (p && (p.kind === 'description' || p.kind === 'body') && rest.length) {
    // "The company's chief executive, Jane Doe, said": the name in apposition is the speaker
    // (for a named organisation only when the apposition is a full name).
    // (The apposition is the whole segment, or follows "and then", not the end of a clause: "The
    // complaint, which was filed in Washington, alleged" names no "Washington".)
    const np2 = phraseEndingAt(rest[0]!, rest[0]!.length - 1, 0);
    const lead = rest[0]!.slice(0, rest[0]!.length - np2.length);
    const second = np2.length && lead.every((t) => t.kind === 'word' && CLAUSE_LEAD.has(t.lower)) ? parsePhrase(body, np2) : null;
    const full = !!second && second.kind === 'person' && second.name.includes(' ') && rest[0]!.every((t) => t.kind !== 'word' || t.cap || HONORIFIC_BY_FORM.has(t.text));
    if (second && second.kind === 'person' && (p.kind === 'description' || p.entityKind !== 'organisation' || full)) {
      const role = bodyText(body, firstSeg);
      return { ...second, role: second.role ? `${role}, ${second.role}` : role };
    }
  }
  if (!p) return null;
  // "But, said Doe, “…”": an opening word alone names nobody.
  if (p.kind === 'person' && !p.name.includes(' ') && toks[toks.length - 1]?.text === ',' && (CLAUSE_LEAD.has(p.name.toLowerCase()) || ADVERBIAL_STARTS.has(p.name.toLowerCase()))) return null;
  if ((p.kind === 'person' || p.kind === 'pronoun') && rest.length) {
    const roles = rest.filter(isRoleSegment).map((s) => bodyText(body, s));
    if (roles.length && roles.length === rest.length) {
      const appos = body.slice(rest[0]![0]!.start, rest[rest.length - 1]![rest[rest.length - 1]!.length - 1]!.end);
      p = { ...p, role: p.role ? `${p.role}, ${appos}` : appos };
    }
  }
  return p;
}

/** Conjunctions that open a clause whose subject follows them ("when a boy shouted", "as she said"). */
const CLAUSE_OPENERS = new Set(['when', 'as', 'while', 'because', 'after', 'before', 'since', 'until', 'where', 'once', 'whenever']);
const PREPOSITION_OPENERS = new Set(['as', 'after', 'before', 'since', 'until']);
const DETERMINERS_A = new Set(['a', 'an', 'the', 'one', 'another']);

/** Words that open a clause before its subject and are not part of it ("But", "Later", "And"). */
const CLAUSE_LEAD = new Set(['and', 'but', 'or', 'yet', 'so', 'still', 'then', 'now', 'later', 'earlier', 'also', 'meanwhile', 'instead', 'indeed', 'however', 'finally', 'first', 'thus', 'hence', 'today', 'yesterday', 'separately', 'again']);
/** Words after a noun phrase that show it is no subject ("Iowa and …", "Trump of …"). */
const NOT_VERB_AFTER = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'than', 'about', 'into', 'over', 'against', 'during', 'under', 'which', 'nor']);

/**
 * The subject of the main clause in `toks` (a sentence up to a quotation): the noun phrase
 * that opens the first clause after any leading adverbials ("In a speech on Monday, Doe
 * called the plan …", "Doe, meanwhile, told …", "Sen. Doe (D-Ohio) vowed …"). It must be
 * followed by a word that can be a verb, or stand alone before an apposition or a colon
 * ("Doe, a pollster, …", "Doe: “…”"). `accept` decides whether a phrase names a speaker;
 * a phrase it refuses that stands alone lets the search go on to the next segment.
 */
export function clauseSubject(body: string, toks: Token[], accept: (p: SpeakerPhrase) => boolean): SpeakerPhrase | null {
  const segs = segments(afterDateline(toks));
  const colon = toks.length > 0 && toks[toks.length - 1]!.text === ':';
  let adverbialBefore = false;
  for (let s = 0; s < segs.length && s < 5; s++) {
    let seg = segs[s]!;
    if (seg[seg.length - 1]?.text === ':') seg = seg.slice(0, -1);
    let k = 0;
    while (k < seg.length && seg[k]!.kind === 'word' && CLAUSE_LEAD.has(seg[k]!.lower)) k++;
    if (k >= seg.length) continue;
    if (s < segs.length - 1 && isAdverbial(seg.slice(k))) {
      adverbialBefore = true;
      continue;
    }
    // "At a rally in Portsmouth, N.H., on Tuesday, Doe …": a place's state after an adverbial.
    if (adverbialBefore && s < segs.length - 1 && seg.slice(k).filter((t) => t.kind === 'word').length === 1 && seg.slice(k).every((t) => t.kind !== 'word' || t.cap) && segs[s + 1]![0]!.kind === 'word' && !segs[s + 1]![0]!.cap) continue;
    adverbialBefore = false;
    const np = phraseStartingAt(seg, k);
    if (!np.length) return null;
    const after = seg[k + np.length];
    const alone = !after;
    if (after && !(after.kind === 'word' && !after.cap && !NOT_VERB_AFTER.has(after.lower))) return null;
    const nextSeg = segs[s + 1];
    if (alone && nextSeg && s + 2 < segs.length && nextSeg[0]!.kind === 'word' && nextSeg[0]!.cap) {
      // "Representative Jane Doe, Republican of Ohio, gave …", "Sen. Jane Doe, R-Ky., delivered …":
      // a full name, then an apposition that is no full name of its own, is the subject.
      const q = nextSeg.every((t) => t.kind !== 'word' || t.cap) ? parsePhrase(body, nextSeg) : null;
      const p = q && q.kind === 'person' && q.name.includes(' ') ? null : parsePhrase(body, np);
      if (p && p.kind === 'person' && p.name.includes(' ') && accept(p)) return p;
    }
    if (alone && !(nextSeg ? nextSeg[0]!.kind === 'word' && !nextSeg[0]!.cap : colon)) continue;
    // ("Doe’s campaign slogan is “…”": the phrase runs on over a speech noun.)
    const own = possessor(body, after && after.kind === 'word' && SPEECH_NOUNS.has(after.lower) ? seg.slice(k, k + np.length + 1) : np);
    const p = own ?? coordinated(body, np, parsePhrase(body, np));
    if (p && accept(p)) return p;
    if (!alone) return null;
  }
  return null;
}

/** The speaker named after an inverted cue (`said X, ROLE.`, `according to X`). */
/** Participles that introduce the name a person is known by ("known as", "identified only as"). */
const KNOWN_AS = new Set(['known', 'identified', 'named', 'described', 'only']);

/** Does a verb follow the phrase after an inverted cue (then it is a reported clause's subject)? */
function clauseAfter(toks: Token[], p: SpeakerPhrase): boolean {
  const next = toks.find((t) => t.start >= p.end);
  // (A relative clause or a participle may follow: "said a member who supports …", "said an
  // aide speaking on condition of anonymity", "said a spokesman reached by phone".)
  return !!next && next.kind === 'word' && !next.cap && !AFTER_OBJECT.has(next.lower) && !BREAKER_WORDS.has(next.lower) && !/(?:ing|ed)$/.test(next.lower);
}

/** Words that may follow the speaker of an inverted cue ("said Doe of Ohio", "added Doe in a statement"). */
const AFTER_OBJECT = new Set(['of', 'from', 'at', 'for', 'in', 'on', 'and', 'the', 'to', 'with']);

/** Words that end the phrase after an inverted cue: a clause or a verb follows it. */
const OBJECT_STOPS = new Set(['who', 'which', 'that', 'as', 'when', 'after', 'on', 'in', 'at', 'during', 'while', 'because', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'are', 'were', 'have', 'did', 'does', 'do']);

function objectOf(body: string, toks: Token[]): SpeakerPhrase | null {
  const segs = segments(toks);
  if (!segs.length) return null;
  let first = segs[0]!;
  // Stop the phrase at a verb or clause word ("said the report, which was published …").
  let k = 0;
  // (A capitalised word is a name: "said Will Doe".)
  while (k < first.length && k < 12 && (first[k]!.kind === 'word' || (first[k]!.text === '.' && k > 0 && HONORIFIC_BY_FORM.has(first[k - 1]!.text))) && !(OBJECT_STOPS.has(first[k]!.lower) && !first[k]!.cap)) k++;
  // "said the base chief known as Bob": the name a description is known by belongs to it.
  if (k > 1 && first[k]?.lower === 'as' && KNOWN_AS.has(first[k - 1]!.lower) && first[k + 1]?.cap) {
    k++;
    while (k < first.length && first[k]!.kind === 'word' && first[k]!.cap) k++;
  }
  first = first.slice(0, k);
  if (!first.length) return null;
  let p = parsePhrase(body, first);
  if (!p) return null;
  // "said Sen. Jane Doe of Oregon": the person before "of"/"from", not the place after it.
  const of = first.findIndex((t, m) => m > 1 && (t.lower === 'of' || t.lower === 'from') && first[m - 1]!.cap);
  if (of > 0) {
    const before = parsePhrase(body, first.slice(0, of));
    if (before && before.kind === 'person' && before.name.includes(' ')) p = before;
  }
  const next = segs[1];
  if (next && (p.kind === 'description' || (p.kind === 'body' && p.entityKind !== 'organisation'))) {
    // "said another user, Jane Doe": a description, then the name in apposition.
    // ("said another advocate, Jane Doe of the firm Roe Smith": the name may carry "of …".)
    const ofAt = next.findIndex((t, m) => m > 1 && t.kind === 'word' && !t.cap && (t.lower === 'of' || t.lower === 'from' || t.lower === 'at'));
    const nameSeg = ofAt > 0 ? next.slice(0, ofAt) : next;
    const named = parsePhrase(body, nameSeg);
    if (named && named.kind === 'person' && named.name.includes(' ') && nameSeg.every((t) => t.kind !== 'word' || t.cap || HONORIFIC_BY_FORM.has(t.text))) {
      return { ...named, role: named.role ? `${bodyText(body, first)}, ${named.role}` : bodyText(body, first) };
    }
  }
  if (next && p.kind === 'person' && isRoleSegment(next) && next[0]!.lower !== 'who') {
    const r = bodyText(body, next);
    return { ...p, role: p.role ? `${p.role}, ${r}` : r };
  }
  return p;
}

function cueText(body: string, toks: Token[], hit: CueHit): string {
  return body.slice(toks[hit.at]!.start, toks[hit.end - 1]!.end);
}

interface Found {
  phrase: SpeakerPhrase;
  cue: string | null;
  rule: string;
  /** Offset the phrase is resolved at. */
  at: number;
  /** A span whose mention the pronoun cannot stand for ("Roe, whom he called …": he is not Roe). */
  notAt?: readonly [number, number];
}

/**
 * Is the full stop at `i` that of an abbreviated title before a name ("Sen.", "Gov.")? A title
 * written in full ("said Roe.") ends the sentence.
 */
function titleStop(toks: Token[], i: number): boolean {
  const prev = i > 0 ? toks[i - 1] : undefined;
  return !!prev && HONORIFIC_BY_FORM.has(prev.text) && (ABBREVIATIONS.has(prev.text) || prev.text.length <= 3);
}

/**
 * Is the full stop at `i` one that ends an abbreviation inside the sentence: before a bracket,
 * a comma or a lower-case word ("James Doe Jr., the director, said", "of Anytown, Pa., said")?
 */
function abbreviationStop(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return false;
  return next.text === ')' || next.text === ',' || (next.kind === 'word' && !next.cap && i > 0 && toks[i - 1]!.kind === 'word' && toks[i - 1]!.cap);
}

/** Attribution after the closing mark: `,” said X`, `,” X said`, `” — X`, `” according to X`. */
export function attributeAfter(body: string, from: number, to: number, toks: Token[] = tokenize(body, from, to, AFTER_TOKENS)): Found | null {
  let k = 0;
  while (k < toks.length && toks[k]!.text === ',') k++;
  if (k >= toks.length) return null;
  // Cut at the end of the sentence.
  let stop = toks.length;
  for (let i = k; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'mark' || t.text === ';' || t.text === '!' || t.text === '?' || t.text === ':') {
      stop = i;
      break;
    }
    if (t.text === '.' && !titleStop(toks, i) && !abbreviationStop(toks, i)) {
      stop = i;
      break;
    }
  }
  const win = toks.slice(0, stop);
  // "“…” Mr. Doe said: “…”": a cue that a colon closes introduces the next quotation.
  const colonAfter = toks[stop]?.text === ':' && (stop === toks.length - 1 || toks[stop + 1]!.kind === 'mark');
  if (isDash(win[k])) {
    const p = objectOf(body, win.slice(k + 1));
    // (A description signs a quotation only with a role word: "“…” — a spokesman", not "“…” —
    // the balloons cascaded down".)
    const signed = !!p && (p.kind !== 'description' || tokenize(p.name, 0, p.name.length, 12).some((t) => ROLE_BY_WORD.has(t.lower)));
    return p && signed ? { phrase: p, cue: win[k]!.text, rule: 'quote/dash-after', at: p.start } : null;
  }
  // Only cue adverbs so far between the closing mark and token `i` ("…,” also said X).
  let adverbsOnly = true;
  for (let i = k; i < win.length && i - k < AFTER_CUE_REACH; i++) {
    if (i > k && adverbsOnly) adverbsOnly = win[i - 1]!.kind === 'word' && CUE_ADVERBS.has(win[i - 1]!.lower);
    let inverted = adverbsOnly;
    const hit = cueAt(win, i, inverted ? INVERTED : PLAIN);
    if (!hit) continue;
    if (colonAfter && hit.end >= win.length && !inverted) return null;
    // "…,” saying X": a gerund after the quotation belongs to the subject before it.
    if (hit.entry?.form === 'gerund') {
      if (inverted) return null;
      inverted = false;
    }
    if (hit.phrase === 'according') {
      const p = objectOf(body, win.slice(hit.end));
      if (p) return { phrase: p, cue: cueText(body, win, hit), rule: 'quote/according-to', at: p.start };
      continue;
    }
    if (inverted) {
      const p = objectOf(body, win.slice(tailEnd(win, hit.verbEnd)));
      if (p && clauseAfter(win, p)) return null;
      if (p) return { phrase: p, cue: body.slice(win[hit.at]!.start, win[hit.verbEnd - 1]!.end), rule: 'quote/said-after', at: p.start };
      continue;
    }
    let e = i;
    while (e > k && win[e - 1]!.kind === 'word' && isAdverb(win[e - 1]!)) e--;
    const p = subjectOf(body, win.slice(k, e));
    const lead = win[k]!;
    const personBefore = !!p && (p.kind === 'person' || p.kind === 'pronoun') && !(lead.kind === 'word' && ADVERBIAL_STARTS.has(lead.lower));
    if (i > k && win[i - 1]!.text === ',' && (hit.entry?.form === 'past' || hit.entry?.form === 'present') && hit.entry.takes !== 'object' && !personBefore) {
      // "…” for the party, said Jane Doe.": inverted after a phrase that ends the quotation's
      // sentence. Not when a person stands before the comma ("…,” Doe, after a pause, said of
      // Roe."), nor for a verb whose object is the listener ("…,” Doe, a pollster, told CNN.").
      const o = objectOf(body, win.slice(tailEnd(win, hit.verbEnd)));
      if (o && (o.kind === 'person' || o.kind === 'body')) return { phrase: o, cue: body.slice(win[hit.at]!.start, win[hit.verbEnd - 1]!.end), rule: 'quote/said-after', at: o.start };
    }
    if (p) return { phrase: p, cue: cueText(body, win, hit), rule: 'quote/said-after', at: p.start };
    return null;
  }
  return null;
}

/**
 * Attribution in the clause before the opening mark: the last cue in it with its subject
 * (`X, ROLE, said:`), an inverted cue (`said X:`), or `according to X,`.
 */
export function attributeBefore(
  body: string, from: number, to: number, accept: (p: SpeakerPhrase) => boolean = () => true,
  all: Token[] = tokensBefore(body, from, to, BEFORE_TOKENS),
): (Found & { colon: boolean; comma: boolean }) | null {
  let toks = all;
  // Only the clause after the last sentence end or quotation mark counts.
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.kind === 'mark' || t.text === ';' || t.text === '?' || t.text === '!' || (t.text === '.' && !titleStop(toks, i) && !abbreviationStop(toks, i))) {
      toks = toks.slice(i + 1);
      break;
    }
  }
  if (!toks.length) return null;
  const lastTok = toks[toks.length - 1]!;
  const colon = lastTok.text === ':';
  const comma = lastTok.text === ',';
  const words = colon || comma || isDash(lastTok) ? toks.slice(0, -1) : toks;
  if (colon && words.length >= 2) {
    // "Pollsters agree - Jane Doe: “…”", "But polls did well - SiteName: “…”": a roundup names
    // the speaker after a dash, right before the colon.
    let d = words.length - 1;
    while (d > 0 && words[d]!.kind === 'word' && words[d]!.cap && words.length - d <= 4) d--;
    if (d < words.length - 1 && (isDash(words[d]) || words[d]!.text === '-')) {
      const name = words.slice(d + 1);
      const p = parsePhrase(body, name);
      if (p && (p.kind === 'person' || p.kind === 'body')) return { phrase: p, cue: null, rule: 'quote/colon-before', at: p.start, colon, comma };
    }
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const hit = cueAt(words, i, CHAIN);
    if (!hit) continue;
    if (hit.phrase === 'according') {
      const p = objectOf(body, words.slice(hit.end));
      if (p) return { phrase: p, cue: cueText(body, words, hit), rule: 'quote/according-to', at: p.start, colon, comma };
      continue;
    }
    let e = i;
    while (e > 0 && words[e - 1]!.kind === 'word' && isAdverb(words[e - 1]!)) e--;
    const cue = cueText(body, words, hit);
    // "Doe attacked the plan, calling it …", "Doe paused and added, …": the subject of the clause.
    // "…, but now said", "and then told": a second verb of the clause's subject.
    let c0 = e;
    while (c0 > 0 && words[c0 - 1]!.kind === 'word' && !words[c0 - 1]!.cap && CLAUSE_LEAD.has(words[c0 - 1]!.lower) && words[c0 - 1]!.lower !== 'and' && words[c0 - 1]!.lower !== 'but' && e - c0 < 2) c0--;
    const coord = c0 > 0 && !words[c0 - 1]!.cap && (words[c0 - 1]!.lower === 'and' || words[c0 - 1]!.lower === 'but');
    const joined = e > 0 && ((hit.entry?.form === 'gerund' && words[e - 1]!.text === ',') || coord);
    if (joined && hit.entry?.form === 'gerund' && e >= 2 && cueAt(words, e - 2, INVERTED)) {
      // "…, Doe said, adding, “…”": the gerund goes with the cue before the comma.
      continue;
    }
    if (joined) {
      const c = clauseSubject(body, words.slice(0, e), accept);
      if (c) return { phrase: c, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: c.start, colon, comma };
      continue;
    }
    if (hit.entry?.form === 'gerund' && e > 1) {
      // "… with Doe reportedly yelling: “…”": the person after "with" is the gerund's subject.
      const np = phraseEndingAt(words, e - 1, 0);
      const w = np.length ? words.indexOf(np[0]!) : -1;
      if (w > 0 && words[w - 1]!.lower === 'with' && !words[w - 1]!.cap) {
        const q = parsePhrase(body, np);
        if (q && (q.kind === 'person' || q.kind === 'pronoun' || q.kind === 'description' || (q.kind === 'body' && q.entityKind !== 'document'))) return { phrase: q, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: q.start, colon, comma };
      }
      // "Doe corrected the candidate by tweeting …", "He sent an email as the meeting began
      // vowing to …": a gerund has no subject of its own; the clause's subject is the speaker.
      const c = clauseSubject(body, words.slice(0, e), accept);
      // (A description with a role word: "The Republican candidate … by saying".)
      if (c && (c.kind === 'person' || c.kind === 'pronoun' || c.kind === 'description' || (c.kind === 'body' && c.entityKind === 'organisation'))) {
        return { phrase: c, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: c.start, colon, comma };
      }
    }
    if (e >= 2 && words[e - 1]!.lower === 'who' && !words[e - 1]!.cap) {
      // "…, Indiana Gov. Jane Doe, who called their son “…”": the relative pronoun's antecedent.
      let a = e - 2;
      while (a >= 0 && (words[a]!.text === ',' || words[a]!.text === '-' || isDash(words[a]))) a--;
      const np = a >= 0 ? phraseEndingAt(words, a, 0) : [];
      const q = np.length ? parsePhrase(body, np) : null;
      if (q && (q.kind === 'person' || (q.kind === 'body' && q.entityKind === 'organisation'))) return { phrase: q, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: q.start, colon, comma };
    }
    if (e >= 3 && words[e - 1]!.kind === 'word' && (words[e - 1]!.lower === 'he' || words[e - 1]!.lower === 'she') && !words[e - 1]!.cap && (words[e - 2]!.lower === 'who' || words[e - 2]!.lower === 'whom')) {
      // "Vote for Roe, whom he called “…”": the pronoun is not the relative pronoun's antecedent.
      let a = e - 3;
      while (a >= 0 && (words[a]!.text === ',' || isDash(words[a]))) a--;
      const np = a >= 0 ? phraseEndingAt(words, a, 0) : [];
      const pr = parsePhrase(body, [words[e - 1]!]);
      if (pr && np.length) return { phrase: pr, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: pr.start, colon, comma, notAt: [np[0]!.start, np[np.length - 1]!.end] };
    }
    if (i > 0 && words[i - 1]!.text === ',' && (hit.entry?.form === 'past' || hit.entry?.form === 'present') && ASIDE_CUES.has(hit.entry.id) && words[hit.end]?.cap) {
      // "What set Nancy apart, says Carl Doe, a historian, is that she was “…”": a cue between
      // commas with a full name after it is an inverted aside; the name is the speaker.
      const o = objectOf(body, words.slice(hit.end));
      if (o && o.kind === 'person' && (o.name.includes(' ') || o.title) && !clauseAfter(words, o)) return { phrase: o, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: o.start, colon, comma };
    }
    if (hit.entry?.form === 'base' && verbChainStart(words, i) >= 0) {
      // "Mr. Doe was prompted to say, “…”", "a spokesman could only quip: “…”": the subject
      // ends right before the verb chain.
      const k = verbChainStart(words, i);
      const np = k >= 0 ? phraseEndingAt(words, k, 0) : [];
      const q = np.length ? parsePhrase(body, np) : null;
      if (q && (q.kind === 'person' || q.kind === 'pronoun' || q.kind === 'description' || q.kind === 'body')) return { phrase: q, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: q.start, colon, comma };
      continue;
    }
    if (e >= 2 && hit.entry?.form !== 'gerund') {
      // "what Roe called “…”", "Doe, who Roe on Wednesday called “…”", "in what one
      // conservative has dubbed “…”": the subject of a relative clause right before the cue.
      let np = phraseEndingAt(words, e - 1, 0);
      // (A time between the subject and the cue: "who Roe on Wednesday called".)
      if (np.length > 1 && DATE_WORDS.has(np[np.length - 1]!.lower)) np = np.slice(0, np[np.length - 2]!.lower === 'on' ? -2 : -1);
      const w0 = np.length ? words.indexOf(np[0]!) : -1;
      const rel = w0 > 0 ? words[w0 - 1]! : null;
      if (rel && rel.kind === 'word' && !rel.cap && (rel.lower === 'which' || rel.lower === 'who' || rel.lower === 'whom' || rel.lower === 'what')) {
        const q = parsePhrase(body, np);
        if (q && (q.kind === 'person' || q.kind === 'pronoun' || (q.kind === 'description' && DETERMINERS_A.has(np[0]!.lower)))) return { phrase: q, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: q.start, colon, comma };
      }
    }
    let p = subjectOf(body, words.slice(0, e), hit.entry?.form === 'gerund');
    if (words[hit.end]?.text === ',' && e >= 3 && words[e - 1]!.kind === 'word' && words[e - 1]!.cap) {
      // "Vice President Jane Roe, Doe said, had been …": a cue between commas inside a clause
      // has the name right before it as its subject.
      let b = e - 1;
      while (b > 0 && words[b - 1]!.kind === 'word' && (words[b - 1]!.cap || HONORIFIC_BY_FORM.has(words[b - 1]!.text)) && e - b < 3) b--;
      if (b > 0 && words[b - 1]!.text === ',') {
        const q = parsePhrase(body, words.slice(b, e));
        if (q && q.kind === 'person') p = q;
      }
    }
    if (p && i > 1 && comma) {
      // "Doe said that once the Senate goes on recess, “…”": a cue inside a subordinate clause
      // that a comma closes before the quotation gives way to the cue of the main clause before
      // it (not in "Doe tweeted after Roe argued that “…”", where the quotation is Roe's).
      let b = 0;
      while (b < e && words[b]!.end <= p.start) b++;
      while (b > 0 && NOUN_DETERMINERS.has(words[b - 1]!.lower) && !words[b - 1]!.cap) b--;
      const sub = b > 0 ? words[b - 1]! : null;
      if (sub && sub.kind === 'word' && !sub.cap && SUBORDINATE_OPENERS.has(sub.lower)) {
        let earlier = false;
        for (let j = b - 2; j >= 0 && !earlier; j--) if (cueAt(words, j, PLAIN)) earlier = true;
        if (earlier) continue;
      }
    }
    if (p && p.kind === 'body' && p.entityKind === 'document') {
      // "Doe and Roe issued a statement saying “…”": the document is the object of a clause whose
      // subject, a person or organisation, is the source.
      let s0 = 0;
      while (s0 < e && words[s0]!.end <= p.start) s0++;
      const agent = s0 > 1 ? clauseSubject(body, words.slice(0, s0), accept) : null;
      if (agent && (agent.kind === 'person' || (agent.kind === 'body' && agent.entityKind === 'organisation'))) p = agent;
    }
    if (p) return { phrase: p, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: p.start, colon, comma };
    // Inverted: "said Jane Doe:" / "added the report:"
    const o0 = words[hit.end];
    const npStart = !!o0 && o0.kind === 'word' && (o0.cap || NOUN_DETERMINERS.has(o0.lower) || HONORIFIC_BY_FORM.has(o0.text));
    const q = hit.entry?.takes === 'frame' || words.length - hit.end > 6 || !npStart ? null : objectOf(body, words.slice(hit.end));
    // "Doe said the South has “…”": a phrase followed by a verb is the subject of a reported
    // clause, not a speaker after an inverted cue.
    if (q && !clauseAfter(words, q) && (q.kind === 'person' || q.kind === 'body') && hit.end < words.length) return { phrase: q, cue, rule: colon ? 'quote/colon-before' : 'quote/said-before', at: q.start, colon, comma };
    // A gerund cue ("…, adding: “…”") takes the subject of an earlier cue in the clause.
  }
  return null;
}

/** The first cue of a sentence whose subject, right before it, is a person or he/she: "Doe said that …". */
function firstReport(body: string, toks: Token[]): { phrase: SpeakerPhrase; cue: string } | null {
  if (!toks.length || toks.length >= BEFORE_TOKENS) return null;
  for (let i = 1; i < toks.length && i < 12; i++) {
    const hit = cueAt(toks, i, PLAIN);
    if (!hit || hit.phrase || hit.entry?.form === 'gerund' || hit.entry?.form === 'base') continue;
    const p = subjectOf(body, toks.slice(0, i));
    if (p && (p.kind === 'person' || (p.kind === 'pronoun' && (p.name === 'he' || p.name === 'she')))) return { phrase: p, cue: cueText(body, toks, hit) };
    return null;
  }
  return null;
}

export interface Context {
  doc: Segmented;
  body: string;
  /** Speakers attributed so far, in order. */
  recent: Speaker[];
}

/** Start of the paragraph text after a bullet marker. */
function paragraphTextStart(body: string, start: number, end: number): number {
  let i = start;
  const c = body.charCodeAt(i);
  if ((c === 0x2a || c === 0x2022 || c === 0x2d || c === 0x2013 || c === 0x2014) && i + 1 < end && isSpace(body.charCodeAt(i + 1))) {
    i++;
    while (i < end && isSpace(body.charCodeAt(i))) i++;
  }
  return i;
}

/** True when a full stop, question or exclamation mark followed by a space stands in `[from, to)`. */
function sentenceEndBetween(body: string, from: number, to: number): boolean {
  for (let i = from; i < to - 1 && i < from + 400; i++) {
    const c = body.charCodeAt(i);
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && isSpace(body.charCodeAt(i + 1))) {
      // "said Rep. Jane Doe, adding …", "said John F. Doe": a title's or an initial's full stop.
      if (c === 0x2e && abbreviationBefore(body, from, i)) continue;
      return true;
    }
  }
  return to - from >= 400;
}

/** Is the full stop at `dot` the end of an honorific ("Rep.", "Gov.") or of an initial ("F.")? */
function abbreviationBefore(body: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && !isSpace(body.charCodeAt(i - 1)) && dot - i < 6) i--;
  const w = body.slice(i, dot);
  if (w.length === 1 && w.toUpperCase() === w && w.toLowerCase() !== w) return true;
  return HONORIFIC_BY_FORM.has(w);
}

/** Words that open a reported clause right after a cue ("said he would", "said that the …"). */
const CLAUSE_OPENING = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'that', 'the', 'a', 'an', 'his', 'her', 'their', 'this', 'there']);

/** Does the cue found after `from` go on with a reported clause of its own ("said he would …")? */
function startsClauseAfterCue(body: string, from: number, to: number, cue: string): boolean {
  const at = body.indexOf(cue, from);
  if (at < 0 || at >= to) return false;
  // "“…?” asked the boy", "“…!” wrote a man": a cue right after the quotation is inverted; the
  // words after it name the speaker.
  if (!tokenize(body, from, at, 4).some((t) => t.kind === 'word')) return false;
  // "“…?” Doe asked the mogul": the words after "ask" or "tell" are the hearer, not a clause.
  if (/^(?:ask|tell|told)/i.test(cue)) return false;
  const toks = tokenize(body, at + cue.length, to, 1);
  return toks.length === 1 && toks[0]!.kind === 'word' && CLAUSE_OPENING.has(toks[0]!.lower);
}

/**
 * Do only a sentence's opening words stand before `at` in its sentence ("Now, “…”", "But “…”"),
 * with that sentence after `floor`?
 */
function leadOnly(body: string, doc: Segmented, at: number, floor: number): boolean {
  const si = findSpanAt(doc.sentences, at);
  if (si < 0 || doc.sentences[si]!.start < floor) return false;
  const toks = tokenize(body, doc.sentences[si]!.start, at, 6);
  if (!toks.length || toks.length > 5) return false;
  // (Also "It’s “…”", "That was “…”": the same speaker's words named by a pronoun and a copula.)
  return toks.every((t, k) => t.text === ',' || (t.kind === 'word' && (((CLAUSE_LEAD.has(t.lower) || ADVERBIAL_STARTS.has(t.lower)) && t.lower !== 'that' && t.lower !== 'than') || (POINTERS.has(t.lower) && (t.possessive || COPULAS.has(toks[k + 1]?.lower ?? ''))) || (COPULAS.has(t.lower) && k > 0 && POINTERS.has(toks[k - 1]!.lower)))));
}

/** Pronouns that point at what was just said, and the copulas after them ("It’s “…”", "That was “…”"). */
const POINTERS = new Set(['it', 'that', 'this']);
const COPULAS = new Set(['is', 'was']);

/** Does the first word after `from` (within `to`) start with a capital letter? */
function capitalAfter(body: string, from: number, to: number): boolean {
  const t = tokenize(body, from, to, 3).find((x) => x.kind === 'word');
  return !!t && t.cap;
}

/** Does a coordinator ("and", "but", "while") stand between `from` and `to`, opening another clause? */
function newClauseBetween(body: string, from: number, to: number): boolean {
  if (to <= from || to - from > 120) return false;
  const toks = tokenize(body, from, to, 30);
  return toks.some((t) => t.kind === 'word' && !t.cap && (t.lower === 'and' || t.lower === 'but' || t.lower === 'while' || t.lower === 'whereas'));
}

/** Short words a title leaves in lower case ("Meet the Press", "The Art of the Deal"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'is', 'but', 'nor', 'vs', 'v', 'de', 'la', 'le', 'du', 'von', 'van']);

/**
 * Is `text` a title in Title Case: two to twelve words, the first and every word but short
 * function words capitalised, at least two of them ("Meet the Press", "Fox News Sunday")?
 */
export function isTitleCase(text: string): boolean {
  const words = tokenize(text, 0, text.length, 16).filter((t) => t.kind === 'word');
  if (words.length < 2 || words.length > 12) return false;
  let caps = 0;
  for (const [k, w] of words.entries()) {
    if (/^\d/.test(w.text)) continue;
    if (w.cap) caps++;
    else if (k === 0 || !TITLE_SMALL_WORDS.has(w.lower)) return false;
  }
  return caps >= 2;
}

/** Is the character before `at` (skipping spaces) the end of a sentence or the paragraph start? */
function atSentenceStart(body: string, paraStart: number, at: number): boolean {
  let i = at - 1;
  while (i >= paraStart && isSpace(body.charCodeAt(i))) i--;
  if (i < paraStart) return true;
  const c = body.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x201d || c === 0x22 || c === 0x2019 || c === 0xbb || (c === 0x27 && i > paraStart && body.charCodeAt(i - 1) === 0x27);
}

const NO_TOKENS: Token[] = [];

/**
 * `tokensBefore(body, from, to, limit)` of a stretch of at most a few hundred characters: the
 * same tokens, the last `limit` of the stretch, read forward only. (`tokensBefore` first steps
 * back character by character over `limit` words, so as not to read a long stretch whole; the
 * stretches here rarely hold more words than that, and the stepping back cost about as much as
 * the reading.)
 */
function lastTokens(body: string, from: number, to: number, limit: number): Token[] {
  const toks = tokenize(body, from, to);
  return toks.length > limit ? toks.slice(toks.length - limit) : toks;
}

/**
 * `tokensBefore(body, from, to, limit)` taken from `known`, the tokens of
 * `tokensBefore(body, knownFrom, to, BEFORE_TOKENS)`, when they are the same: `from` at or after
 * `knownFrom`, right after white space (no token spans white space, so the tokens from there
 * on are those of the longer stretch), and `limit` at most BEFORE_TOKENS. Otherwise read anew.
 */
function knownBefore(body: string, known: Token[], knownFrom: number, from: number, to: number, limit: number): Token[] {
  if (limit > BEFORE_TOKENS || from < knownFrom || (from > knownFrom && !isSpace(body.charCodeAt(from - 1)))) return lastTokens(body, from, to, limit);
  let k = 0;
  while (k < known.length && known[k]!.start < from) k++;
  return known.slice(Math.max(k, known.length - limit));
}

/**
 * Attribute every quotation of the article, in order. `quotes` are sorted by start.
 */
export function attributeAll(doc: Segmented, quotes: FoundQuote[]): Attribution[] {
  const body = doc.article.body;
  const out: Attribution[] = [];
  const recent: Speaker[] = [];
  const inside = (offset: number): boolean => {
    const k = findSpanAt(quotes, offset);
    return k >= 0 && offset < quotes[k]!.end;
  };
  const table = entityTable(doc);
  /** Does a clause subject name a speaker: a known person, a full name, a body, a role, he/she/they? */
  const accept = (p: SpeakerPhrase): boolean => {
    if (p.kind === 'pronoun') return p.name === 'he' || p.name === 'she' || p.name === 'they' || p.name === 'it';
    if (p.kind === 'body') return true;
    if (p.kind === 'description') return tokenize(p.name, 0, p.name.length, 12).some((t) => ROLE_BY_WORD.has(t.lower));
    if (p.name.includes(' ') || p.title) return true;
    const k = findPerson(table, p.name, p.start);
    if (k >= 0) return table.entities[k]!.strong;
    // A people or group the table knows ("Voters often say …").
    return table.entities.some((e) => e.kind === 'group' && e.name === p.name);
  };
  let prev: { q: FoundQuote; a: Attribution } | null = null;
  /** The tokens between the previous quotation and this one, when they were read whole. */
  let gap: { from: number; to: number; toks: Token[] } | null = null;
  let after: Found | null;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!;
    const pi = findSpanAt(doc.paragraphs, q.start);
    const para = doc.paragraphs[pi]!;
    const lastPiece = q.pieces[q.pieces.length - 1]!;
    const endPara = doc.paragraphs[lastPiece.paragraph]!;
    const textStart = paragraphTextStart(body, para.start, para.end);
    const prevInPara = prev && prev.q.end <= q.start && findSpanAt(doc.paragraphs, prev.q.end - 1) === pi ? prev.q.end : -1;
    const clauseFrom = Math.max(textStart, prevInPara, q.start - BEFORE_CHARS);
    const next = quotes[n + 1];
    const afterTo = Math.min(endPara.end, next && next.start > q.end ? next.start : endPara.end, q.end + 300);
    const paraStart = q.start <= textStart;
    const sentenceStart = atSentenceStart(body, textStart, q.start);

    // The clause before the quotation is read once: the later looks at it take its tokens.
    const known = q.start <= clauseFrom ? NO_TOKENS : gap && gap.to === q.start ? knownBefore(body, gap.toks, gap.from, clauseFrom, q.start, BEFORE_TOKENS) : lastTokens(body, clauseFrom, q.start, BEFORE_TOKENS);
    const before = q.start > clauseFrom ? attributeBefore(body, clauseFrom, q.start, accept, known) : null;
    // Words between this quotation and the next are read once, for both: all of them (the
    // last BEFORE_TOKENS are what `tokensBefore` gives the next one), the first AFTER_TOKENS here.
    gap = null;
    if (q.end < afterTo && next && afterTo === next.start) {
      const toks = tokenize(body, q.end, afterTo);
      gap = { from: q.end, to: afterTo, toks: toks.length > BEFORE_TOKENS ? toks.slice(toks.length - BEFORE_TOKENS) : toks };
      after = attributeAfter(body, q.end, afterTo, toks.length > AFTER_TOKENS ? toks.slice(0, AFTER_TOKENS) : toks);
    } else after = q.end < afterTo ? attributeAfter(body, q.end, afterTo) : null;
    const lastChar = body.charCodeAt(lastPiece.end - 1);
    const endsStatement = lastChar === 0x2c || lastChar === 0x2e || lastChar === 0x21 || lastChar === 0x3f || lastChar === 0x2014 || lastChar === 0x2026 || body.charCodeAt(q.end) === 0x2c;
    let found: Found | null = null;
    let fragment = !(paraStart || sentenceStart);
    if (after && after.cue && (lastChar === 0x2e || lastChar === 0x21 || lastChar === 0x3f) && startsClauseAfterCue(body, q.end, afterTo, after.cue)) {
      // "“… in a campaign.” Gov. Jane Doe said he would have …": the quotation ended its
      // sentence and the next one reports something else with its own content.
      after = null;
    }
    if (before && (before.colon || before.comma)) {
      found = before;
      if (before.colon || (before.comma && sentenceStart === false)) fragment = false;
    } else if (after && before && before.cue && after.rule === 'quote/said-after' && !sentenceStart && lastChar === 0x2e && body.charCodeAt(q.end) !== 0x2c && capitalAfter(body, q.end, afterTo)) {
      // "Doe told reporters that it had been “… .” His aide, speaking later, said …": a partial
      // quotation with a cue before it ends its sentence; the next sentence is another report.
      found = before;
    } else if (after && before && after.rule === 'quote/said-after' && !sentenceStart && newClauseBetween(body, q.end, after.at)) {
      // "Doe said he'd make sand “glow,” for instance, and Roe vowed to “…”": the words after the
      // quotation open another clause with its own speaker; the cue before says this one.
      found = before;
    } else if (after && (endsStatement || sentenceStart || after.rule !== 'quote/said-after')) {
      found = after;
    } else if (before) {
      found = before;
    } else if (after) {
      found = after;
    }
    if (!fragment && found === before && before && !before.colon && !before.comma) fragment = true;
    if (found === after && after && (sentenceStart || paraStart) && endsStatement) fragment = false;

    let speaker: Speaker | null = null;
    let cue: string | null = null;
    let rule = '';
    if (found) {
      const not = found.notAt;
      // "“… . …,” he said": a pronoun after the quotation is read from where the quotation
      // starts, so the sentences inside it put no distance between it and its antecedent.
      const from = found === after && found.phrase.kind === 'pronoun' ? q.start : found.at;
      speaker = resolvePhrase(doc, found.phrase, found.at, recent, not ? (o: number) => inside(o) || (o >= not[0] && o < not[1]) : inside, from);
      cue = found.cue;
      rule = found.rule;
    }
    if (!speaker && paraStart && pi > 0) {
      // "X said:" ending the paragraph before a quote block.
      const pp = doc.paragraphs[pi - 1]!;
      if (body.charCodeAt(pp.end - 1) === 0x3a) {
        const lineFrom = Math.max(pp.start, pp.end - BEFORE_CHARS);
        const b = attributeBefore(body, lineFrom, pp.end, undefined, lastTokens(body, lineFrom, pp.end, BEFORE_TOKENS));
        if (b) {
          speaker = resolvePhrase(doc, b.phrase, b.at, recent, inside);
          cue = b.cue;
          rule = 'quote/line-before';
          fragment = false;
        } else {
          // "The mayor issued the following statement:" — no reporting verb, but the subject of
          // the sentence that introduces the block speaks it.
          const si = findSpanAt(doc.sentences, pp.end - 1);
          const from = Math.max(pp.start, si >= 0 ? doc.sentences[si]!.start : pp.start, pp.end - BEFORE_CHARS);
          const toks = lastTokens(body, from, pp.end, BEFORE_TOKENS);
          const c = toks.length && toks.length < BEFORE_TOKENS ? clauseSubject(body, toks, accept) : null;
          const s = c ? resolvePhrase(doc, c, c.start, recent, inside) : null;
          if (s) {
            speaker = s;
            cue = null;
            rule = 'quote/line-before';
            fragment = false;
          }
        }
      }
    }
    if (!speaker && !found && q.start > clauseFrom) {
      // "Pollster Jane Doe: “…”", "More from Doe and Roe: “…”": a person's name and a colon
      // introduce the quotation (roundups, debate write-ups).
      const toks = knownBefore(body, known, clauseFrom, clauseFrom, q.start, 16);
      if (toks.length >= 2 && toks[toks.length - 1]!.text === ':') {
        const np = phraseEndingAt(toks, toks.length - 2, 0);
        // Not the object of a verb or preposition ("delivered a blunt message to Doe: “…”").
        const k0 = np.length ? toks.indexOf(np[0]!) : -1;
        const pre = k0 > 0 ? toks[k0 - 1]! : null;
        const object = !!pre && pre.kind === 'word' && !pre.cap && OBJECT_PREPOSITIONS.has(pre.lower);
        const p = np.length && !object ? coordinated(body, np, parsePhrase(body, np)) : null;
        // "From the report: “…”", "From Doe’s post: “…”", "Here’s Doe in 1992: “…”": the source
        // a sentence opens with, right before the colon.
        const f = toks.findIndex((t, m) => m < toks.length - 2 && t.kind === 'word' && (t.lower === 'from' || t.lower === 'here’s' || t.lower === "here's" || (t.lower === 'here' && t.possessive)) && (m === 0 || toks[m - 1]!.text === '.' || toks[m - 1]!.kind === 'mark'));
        if (f >= 0 && toks[f]!.cap) {
          const src = toks.slice(f + 1, toks.length - 1);
          const head = phraseStartingAt(src, 0);
          const o = head.length ? possessor(body, head.length < src.length && src[head.length]!.kind === 'word' && SPEECH_NOUNS.has(src[head.length]!.lower) ? src.slice(0, head.length + 1) : head) ?? parsePhrase(body, head) : null;
          const so = o && (o.kind === 'person' || o.kind === 'body' || o.kind === 'description') ? resolvePhrase(doc, o, o.start, recent, inside) : null;
          if (so) {
            speaker = so;
            cue = null;
            rule = 'quote/subject';
            fragment = false;
          }
        }
        const s = !speaker && p && p.kind === 'person' && accept(p) ? resolvePhrase(doc, p, p.start, recent, inside) : null;
        if (s) {
          speaker = s;
          cue = null;
          rule = 'quote/subject';
          fragment = false;
        }
      }
    }
    if (!speaker && prev && prev.a.speaker && prevInPara >= 0 && !sentenceEndBetween(body, prev.q.end, q.start)) {
      // Another quotation in the sentence of the previous one: "X said that “…” and “…”".
      speaker = prev.a.speaker;
      cue = prev.a.cue;
      rule = 'quote/continuation';
    }
    if (!speaker && !paraStart && !sentenceStart) {
      // A partial quotation with no reporting verb: the subject of its clause says it
      // ("Doe called the plan “a disaster”", "The ad accuses her of “…”").
      const si = findSpanAt(doc.sentences, q.start);
      const from = Math.max(si >= 0 ? doc.sentences[si]!.start : textStart, textStart);
      if (q.start - from <= BEFORE_CHARS) {
        const toks = knownBefore(body, known, clauseFrom, from, q.start, BEFORE_TOKENS);
        if (toks.length && toks.length < BEFORE_TOKENS) {
          const p = clauseSubject(body, toks, accept);
          const s = p ? resolvePhrase(doc, p, p.start, recent, inside) : null;
          if (s) {
            speaker = s;
            cue = null;
            rule = 'quote/subject';
            // "Doe: “…”" and "Doe gave a blunt answer: “…”" introduce a whole statement.
            if (toks[toks.length - 1]!.text === ':') fragment = false;
          }
        }
      }
    }
    if (!speaker && prev && prev.a.speaker && !(found && found.phrase)) {
      // The same speaker's quotation continues: later in the paragraph, or in the next paragraph.
      const prevPara = findSpanAt(doc.paragraphs, prev.q.end - 1);
      const adjacent = prevPara === pi ? sentenceStart || leadOnly(body, doc, q.start, prev.q.end) : paraStart && prevPara === pi - 1;
      if (adjacent) {
        speaker = prev.a.speaker;
        cue = prev.a.cue;
        rule = 'quote/continuation';
        fragment = false;
      }
    }
    if (!speaker && !fragment && lastPiece.paragraph + 1 < doc.paragraphs.length) {
      // "“…”" then a paragraph "— Jane Doe, Anytown": a signed quotation.
      const np = doc.paragraphs[lastPiece.paragraph + 1]!;
      const t = tokenize(body, np.start, Math.min(np.end, np.start + 120), 16);
      if (t.length > 1 && (isDash(t[0]) || t[0]!.text === '-') && np.start >= q.end) {
        const p = objectOf(body, t.slice(1));
        const s = p && p.kind === 'person' ? resolvePhrase(doc, p, p.start, recent, inside) : null;
        if (s) {
          speaker = s;
          cue = t[0]!.text;
          rule = 'quote/dash-after';
        }
      }
    }
    if (!speaker && !fragment && sentenceStart && !paraStart && q.start - textStart <= BEFORE_CHARS * 2) {
      // A whole quotation after a sentence about its speaker, in the same paragraph: "Doe
      // condemned the vote. “…”". The subject of that sentence says it.
      const from = Math.max(textStart, prevInPara, q.start - BEFORE_CHARS);
      const toks = knownBefore(body, known, clauseFrom, from, q.start, BEFORE_TOKENS);
      let k = toks.length - 1;
      while (k >= 0 && toks[k]!.kind !== 'word') k--;
      let st = k;
      const ends = (m: number): boolean => {
        const t = toks[m]!;
        if (t.text === '.') return !(m > 0 && HONORIFIC_BY_FORM.has(toks[m - 1]!.text)) && toks[m + 1]?.text !== ')';
        return t.text === '?' || t.text === '!' || t.kind === 'mark';
      };
      while (st > 0 && !ends(st - 1)) st--;
      if (k >= 0 && (st > 0 || from === textStart)) {
        const clause = toks.slice(st, k + 1);
        const p = clauseSubject(body, clause, accept);
        const s = p ? resolvePhrase(doc, p, p.start, recent, inside) : null;
        if (s) {
          speaker = s;
          cue = null;
          rule = 'quote/sentence-before';
        }
      }
    }
    if (!speaker && !fragment && paraStart && pi > 0 && !(prev && findSpanAt(doc.paragraphs, prev.q.end - 1) === pi - 1)) {
      // A quotation paragraph after a paragraph whose last sentence reports what a person said,
      // with no quotation of its own: "Doe said that the withdrawal would not happen. / “That’s
      // because …”" The person who is the subject of that sentence's first cue says it.
      const pp = doc.paragraphs[pi - 1]!;
      const si = findSpanAt(doc.sentences, pp.end - 1);
      const from = Math.max(pp.start, si >= 0 ? doc.sentences[si]!.start : pp.start);
      if (pp.end - from <= BEFORE_CHARS && !inside(from) && !inside(pp.end - 1)) {
        const b = firstReport(body, lastTokens(body, from, pp.end, BEFORE_TOKENS));
        const s = b ? resolvePhrase(doc, b.phrase, b.phrase.start, recent, inside) : null;
        if (s && s.kind === 'person') {
          speaker = s;
          cue = b!.cue;
          rule = 'quote/line-before';
        }
      }
    }
    if (!speaker) rule = fragment ? 'quote/fragment' : 'quote/unattributed';
    else if (fragment && rule !== 'quote/continuation' && rule !== 'quote/subject') rule = rule === 'quote/according-to' ? rule : 'quote/fragment';
    if (fragment && !cue && !speaker && isTitleCase(quoteText(body, q))) {
      // "on NBC’s “Meet the Press,”", "his book “The Art of the Deal”": a title in quotation
      // marks, with no reporting verb, is a name, not a quotation with a speaker.
      speaker = null;
      rule = 'quote/title';
    }
    const a: Attribution = { speaker, cue, fragment, rule };
    out.push(a);
    // (a literal, not a spread: only `entity` and `at` of these are ever read)
    if (speaker) recent.push({ name: speaker.name, kind: speaker.kind, role: speaker.role, entity: speaker.entity, at: q.start });
    prev = { q, a };
  }
  // A quotation cut short by a new opening mark shares the attribution of the one that follows it.
  for (let n = quotes.length - 2; n >= 0; n--) {
    const q = quotes[n]!;
    const a = out[n]!;
    const b = out[n + 1]!;
    const gap = quotes[n + 1]!.start - q.end;
    if (!a.speaker && b.speaker && q.ending === 'reopened' && gap <= 2) {
      out[n] = { ...a, speaker: b.speaker, cue: b.cue, rule: 'quote/continuation' };
    } else if (!a.speaker && b.speaker && gap <= 8 && /^[ ,]*(?:and|or)?[ ,]*$/.test(body.slice(q.end, quotes[n + 1]!.start))) {
      // "Guns are “a crisis” and “a scourge,” Doe said": quotations joined by "and" share the
      // attribution of the last.
      out[n] = { ...a, speaker: b.speaker, cue: b.cue, rule: 'quote/continuation' };
    } else if (!a.speaker && !a.fragment && b.speaker && !b.fragment && gap <= 4 && !body.slice(q.end, quotes[n + 1]!.start).trim()) {
      // A quotation paragraph with no attribution, then one attributed at its end: one speaker.
      out[n] = { ...a, speaker: b.speaker, cue: b.cue, rule: 'quote/continuation' };
    }
  }
  return out;
}
