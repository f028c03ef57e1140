/**
 * Step 2: find the reporting cues of one sentence and, for each, where its source and its
 * content stand (raw spans; step 3 trims them and reads the rating).
 *
 * Shapes (the rule ids are `finding/<shape>`):
 * - `verb-that`     Inspectors found that children were left at risk.
 * - `verb`          Inspectors criticised inconsistency around thresholds. / The report said there had been …
 * - `rated`         The inspectorate rated the service inadequate. (decided in step 3, when a rating is present)
 * - `said-after`    Services were failing, the report said. / …, said the watchdog.
 * - `parenthetical` The board, inspectors found, was poor at monitoring practice.
 * - `according-to`  Services have serious failures, according to a recent report.
 * - `passive`       The home was rated inadequate by the regulator. / Systems were found to work well.
 * - `list-intro`    The inspectorate also found:  (its items are the findings; see `lists.ts`)
 *
 * Each cue looks at a bounded number of tokens around it, so a sentence costs linear time.
 */
import { BE_FORMS, CLAUSE_WORDS, DETERMINERS, FINDING_VERBS, VERB_MODIFIERS, type FindingVerb } from '../../lexicon/findings.js';
import { CLOSERS, OPENERS, regionAt, type Region } from './quotes.js';
import { isDayName, sourceOfTokens, type Source } from './source.js';
import type { Token } from './tokens.js';
import { mayContain, wordFilter } from '../../text/tokens.js';

export type Shape = 'verb-that' | 'verb' | 'rated' | 'said-after' | 'parenthetical' | 'according-to' | 'passive' | 'list-intro';

export interface Mention {
  shape: Shape;
  /** The lexicon entry of the verb; `null` for "according to". */
  verb: FindingVerb | null;
  /** The cue as written ("also found", "recommends that", "according to"). */
  cueStart: number;
  cueEnd: number;
  /** The source as named in this sentence (a pronoun still unresolved); `null` when none is named. */
  source: Source | null;
  /** The source is elided after "and"/"but" ("… but warned that …"): take the previous mention's. */
  inherits: boolean;
  /** Offset of the source phrase, or of the cue when there is none (where the mention's words start). */
  anchor: number;
  /** Raw content span, before trimming. */
  contentStart: number;
  contentEnd: number;
  /** The content follows a colon or comma: a quotation there is a direct quote, not a finding. */
  afterMark: boolean;
  /** A passive that is a finding only when it gives a rating ("was found guilty", not "was found in woods"). */
  needsRating?: boolean;
}

const VERBS = new Map<string, FindingVerb>();
for (const v of FINDING_VERBS) for (const f of v.forms) if (!VERBS.has(f)) VERBS.set(f, v);
/** Most words are no verb form: the filter says so without hashing the word. */
const VERB_FILTER = wordFilter(VERBS.keys());

/**
 * A mention with its fields in one fixed order (object literals, not spreads: spreading a
 * partial mention into a new object costs more than the whole rest of a cue's reading).
 */
function mention(
  verb: FindingVerb | null, cueStart: number, cueEnd: number, inherits: boolean, afterMark: boolean, shape: Shape,
  source: Source | null, anchor: number, contentStart: number, contentEnd: number,
): Mention {
  return { verb, cueStart, cueEnd, inherits, afterMark, shape, source, anchor, contentStart, contentEnd };
}

/** What `active` knows of a mention before its content: see `contentAfter`. */
interface Head {
  verb: FindingVerb | null;
  cueStart: number;
  cueEnd: number;
  inherits: boolean;
  shape: Shape;
  source: Source | null;
  anchor: number;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in']);
/** Prepositions after a source's head ("the survey of 2,000 adults", "researchers at the university"). */
const PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'in', 'on', 'with', 'by', 'into']);

/** Words that open an adverbial between a verb and its "that" ("said on Friday that"). */
const ADVERBIAL_STARTS = new Set([
  'in', 'on', 'during', 'at', 'via', 'earlier', 'later', 'after', 'before', 'last', 'this', 'from', 'through',
  'over', 'yesterday', 'today', 'tonight', 'recently', 'previously', 'separately', 'privately', 'publicly',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'repeatedly', 'again',
]);
const MAX_ADVERBIAL = 12;

/** Longest subject phrase looked at, in words. */
const MAX_SUBJECT = 9;

function ch(t: Token | undefined, c: string): boolean {
  return t !== undefined && !t.word && t.lower === c;
}

function isQuoteTok(t: Token | undefined): boolean {
  if (!t || t.word) return false;
  const c = t.lower.charCodeAt(0);
  return c === 0x22 || OPENERS.has(c) || CLOSERS.has(c) || c === 0x2018 || c === 0x2019 || c === 0x27;
}

/** Tokens that may close a sentence after its last word. */
function isTail(t: Token): boolean {
  if (t.word) return false;
  return '.!?…)]*_'.includes(t.lower) || isQuoteTok(t);
}

/** True when every token from `k` on is a stop or a closing mark. */
function atEnd(toks: readonly Token[], k: number): boolean {
  for (let i = k; i < toks.length; i++) if (!isTail(toks[i]!)) return false;
  return true;
}

/** The comma (or a closing quote right after a comma) ending just before token `k`: its offset, or -1. */
function commaBefore(toks: readonly Token[], k: number): number {
  const p = toks[k - 1];
  if (ch(p, ',')) return p!.start;
  if (isQuoteTok(p) && ch(toks[k - 2], ',')) return toks[k - 2]!.start;
  return -1;
}

/**
 * The subject phrase that ends before token `g`: token indices `[s, g)`, or `null`. Walks back
 * over words that are not clause words, stopping after a determiner.
 */
export function subjectBefore(toks: readonly Token[], g: number): [number, number] | null {
  let s = g;
  let words = 0;
  for (let k = g - 1; k >= 0 && words < MAX_SUBJECT; k--) {
    const t = toks[k]!;
    if (t.word) {
      // "University of Oxford", "Office for National Statistics": a connector inside a name
      const inName = CONNECTORS.has(t.lower) && toks[k + 1]?.cap === true && toks[k - 1]?.cap === true;
      if (CLAUSE_WORDS.has(t.lower) && !inName) break;
      s = k;
      words++;
      if (DETERMINERS.has(t.lower)) break;
    } else if (isQuoteTok(t)) {
      s = k;
    } else break;
  }
  while (s < g && !toks[s]!.word) s++;
  return s < g ? [s, g] : null;
}

/** The source named by tokens `[s, e)` of the sentence. */
function sourceAt(body: string, toks: readonly Token[], s: number, e: number): Source | null {
  const words: Token[] = [];
  for (let k = s; k < e; k++) if (toks[k]!.word) words.push(toks[k]!);
  return sourceOfTokens(body, words);
}

/**
 * A subject standing before an apposition: "The report, published yesterday, reveals" or
 * "Jane Smith, director of the trust, said". Looks back over at most four commas.
 */
function appositiveSubject(body: string, toks: readonly Token[], g: number): { s: number; e: number; src: Source } | null {
  let commas = 0;
  for (let k = g - 2; k >= 0 && k >= g - 40 && commas < 4; k--) {
    if (!ch(toks[k], ',')) continue;
    commas++;
    const np = subjectBefore(toks, k);
    if (!np) continue;
    const before = toks[np[0] - 1];
    if (before !== undefined && !ch(before, ',') && !isQuoteTok(before)) continue;
    const src = sourceAt(body, toks, np[0], np[1]);
    if (src) return { s: np[0], e: np[1], src };
  }
  return null;
}

/**
 * The reporting cues of one sentence (tokens `toks`, in order) with their raw spans.
 * `regions` are the quoted regions of the article: cues inside a quotation are the quoted
 * speaker's words, not the article's findings. `cues`, when given, are offsets (ascending, from
 * index `first` on) where every token that is a verb form or "according" starts: the other
 * tokens are passed over unread.
 */
export function findMentions(body: string, toks: readonly Token[], regions: readonly Region[], cues: readonly number[] | null = null, first = 0): Mention[] {
  const out: Mention[] = [];
  if (toks.length === 0) return out;
  const sStart = toks[0]!.start;
  const sEnd = toks[toks.length - 1]!.end;
  let c = first;
  let titleCase: boolean | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    if (cues !== null) {
      while (c < cues.length && cues[c]! < t.start) c++;
      if (c === cues.length) break;
      if (cues[c] !== t.start) continue;
    }
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      if (regionAt(regions, t.start)) continue;
      const m = accordingTo(body, toks, i, sStart, sEnd);
      if (m) out.push(m);
      i++;
      continue;
    }
    const verb = mayContain(VERB_FILTER, t.lower) ? VERBS.get(t.lower) : undefined;
    if (!verb || regionAt(regions, t.start)) continue;
    const prev = toks[i - 1];
    // "the findings", "its report", "to find": a noun or an infinitive, not a reporting verb.
    if (prev && prev.word && (DETERMINERS.has(prev.lower) || prev.lower === 'to')) continue;
    // "the United States Geological Survey", "Secretary of State", "54 State St.": a capitalised
    // verb form after the sentence's first word is part of a name, except in a title-case
    // headline ("Watchdog Finds …").
    if (t.cap && hasWordBefore(toks, i)) {
      titleCase ??= isTitleCase(toks);
      if (!titleCase) continue;
    }
    if (verb.clauseOnly !== undefined && verb.clauseOnly.includes(t.lower)) {
      const next = toks[i + 1];
      if (!next || (next.lower !== 'that' && next.lower !== ':')) continue;
    }
    let g = i;
    while (g > 0 && toks[g - 1]!.word && (VERB_MODIFIERS.has(toks[g - 1]!.lower) || isAdverb(toks[g - 1]!))) g--;
    const m = BE_FORMS.has(toks[g - 1]?.lower ?? '')
      ? passive(body, toks, g - 1, i, verb, sStart, sEnd)
      : active(body, toks, g, i, verb, sStart, sEnd, out[out.length - 1]);
    if (m) out.push(m);
  }
  cutSiblings(out);
  return out;
}

/** Does a word stand before token `i` of the sentence? */
function hasWordBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (toks[k]!.word) return true;
  return false;
}

/** Words of four letters or more, seven in ten of them or more capitalised: a title-case headline. */
export function isTitleCase(toks: readonly Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.lower.length <= 3) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps * 10 >= long * 7;
}

function pluralSource(src: Source, head: Token): boolean {
  if (src.pronoun) return src.pronoun === 'plural';
  if (src.kind === 'group') return true;
  return !head.cap && head.lower.endsWith('s') && !head.lower.endsWith("'s");
}

/** Words in -ly standing between a subject and its verb ("inspectors repeatedly found"). */
function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly');
}

function active(
  body: string, toks: readonly Token[], g: number, v: number, verb: FindingVerb,
  sStart: number, sEnd: number, previous: Mention | undefined,
): Mention | null {
  const vt = toks[v]!;
  const next = toks[v + 1];
  const cueStart = toks[g]!.start;
  const cueEnd = vt.end;
  // "An NFL spokesman on Wednesday said", "The agency Friday announced": the subject stands
  // before the day, which is when, not who.
  let h = g;
  if (h > 1 && toks[h - 1]!.word && isDayName(toks[h - 1]!.lower)) {
    h--;
    if (h > 1 && toks[h - 1]!.lower === 'on') h--;
  }
  let np = subjectBefore(toks, h);
  let src = np ? sourceAt(body, toks, np[0], np[1]) : null;
  for (let tries = 0; !src && np !== null && tries < 2 && PREPOSITIONS.has(toks[np[0] - 1]?.lower ?? ''); tries++) {
    const head = subjectBefore(toks, np[0] - 1);
    if (!head) break;
    src = sourceAt(body, toks, head[0], head[1]);
    np = [head[0], np[1]];
  }
  if (!src && np !== null && SPEECH_LEMMAS.has(verb.lemma)) src = plainSubject(body, toks, np[0], np[1]);
  if (!src && np === null && ch(toks[g - 1], ',')) {
    const app = appositiveSubject(body, toks, g);
    if (app) {
      np = [app.s, app.e];
      src = app.src;
    }
  }
  if (!src) {
    // "… but warned that …": the subject of the previous cue carries over.
    const link = toks[g - 1];
    if (link && (link.lower === 'and' || link.lower === 'but') && previous && previous.source && np === null) {
      return contentAfter({ verb, cueStart, cueEnd, inherits: true, shape: 'verb', source: null, anchor: link.start }, toks, v, sEnd);
    }
    // "…, said the report." — the source follows the verb at the end of the sentence.
    const comma = commaBefore(toks, g);
    if (comma >= 0 && verb.after) {
      let e = toks.length;
      while (e > v + 1 && isTail(toks[e - 1]!)) e--;
      if (e > v + 1 && e - v - 1 <= MAX_SUBJECT) {
        const after = sourceAt(body, toks, v + 1, e);
        if (after) {
          return mention(verb, cueStart, cueEnd, false, false, 'said-after', after, toks[g]!.start, sStart, comma);
        }
      }
    }
    return null;
  }
  // A base form ("report", "find") needs a plural subject: "a council report" is a noun.
  if (vt.lower === verb.lemma && !pluralSource(src, toks[np![1] - 1]!)) return null;
  const [s] = np!;
  const anchor = toks[s]!.start;
  const comma = commaBefore(toks, s);
  if (comma >= 0 && ch(next, ',')) {
    // "The board, inspectors found, was poor …": the whole sentence is the content.
    return mention(verb, cueStart, cueEnd, false, false, 'parenthetical', src, sStart, sStart, sEnd);
  }
  if (next === undefined || atEnd(toks, v + 1)) {
    if (comma >= 0) return mention(verb, cueStart, cueEnd, false, false, 'said-after', src, anchor, sStart, comma);
    return null;
  }
  if (next.word && next.lower === 'that') {
    const after = toks[v + 2];
    if (!after) return null;
    if (ch(toks[toks.length - 1], ':') && toks.length - 1 <= v + 6) {
      return mention(verb, cueStart, next.end, false, false, 'list-intro', src, anchor, after.start, sEnd);
    }
    return mention(verb, cueStart, cueEnd, false, false, 'verb-that', src, anchor, after.start, sEnd);
  }
  if (ch(next, ':') && atEnd(toks, v + 2)) {
    return mention(verb, cueStart, cueEnd, false, false, 'list-intro', src, anchor, sEnd, sEnd);
  }
  return contentAfter({ verb, cueStart, cueEnd, inherits: false, shape: 'verb', source: src, anchor }, toks, v, sEnd);
}

/** The content right after the verb (or after a colon or comma that follows it). */
function contentAfter(m: Head, toks: readonly Token[], v: number, sEnd: number): Mention | null {
  let k = v + 1;
  let afterMark = false;
  if (ch(toks[k], ':') || ch(toks[k], ',')) {
    afterMark = true;
    k++;
  }
  let shape = m.shape;
  // "said on Friday that …", "found in a review last year that …": the clause follows "that".
  if (!afterMark && toks[k]?.word && ADVERBIAL_STARTS.has(toks[k]!.lower)) {
    for (let j = k + 1; j < toks.length && j <= k + MAX_ADVERBIAL; j++) {
      const t = toks[j]!;
      if (!t.word) break;
      if (t.lower === 'that') {
        k = j;
        break;
      }
    }
  }
  if (toks[k]?.lower === 'that') {
    k++;
    shape = 'verb-that';
  }
  const first = toks[k];
  if (!first || atEnd(toks, k)) return null;
  return mention(m.verb, m.cueStart, m.cueEnd, m.inherits, afterMark, shape, m.source, m.anchor, first.start, sEnd);
}

/**
 * "X was rated inadequate (by Y)", "Systems were found to work well": the clause is the
 * content; the agent after "by", if any, is the source. Only verbs that rate, or that are
 * followed by "to", "as" or "for", make a passive finding (step 3 also accepts a rating).
 */
function passive(
  body: string, toks: readonly Token[], b: number, v: number, verb: FindingVerb, sStart: number, sEnd: number,
): Mention | null {
  const next = toks[v + 1];
  const after = next?.word === true ? next.lower : '';
  const licensed = verb.kind === 'rate' || (after === 'to' && verb.after === true) || after === 'as' || after === 'for';
  // The clause starts after the last ";" or ", and"/", but" before the verb of being.
  let c = 0;
  for (let k = b - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (ch(t, ';') || ((t.lower === 'and' || t.lower === 'but') && ch(toks[k - 1], ','))) {
      c = k + 1;
      break;
    }
  }
  if (c >= b) return null;
  let source: Source | null = null;
  for (let k = v + 1; k < toks.length && k <= v + 12; k++) {
    const t = toks[k]!;
    if (ch(t, ',') || ch(t, ';')) break;
    if (t.lower === 'by') {
      let e = k + 1;
      while (e < toks.length && e - k <= MAX_SUBJECT && toks[e]!.word && (e === k + 1 || !CLAUSE_WORDS.has(toks[e]!.lower) || toks[e]!.lower === 'of')) e++;
      if (e > k + 1) source = sourceAt(body, toks, k + 1, e);
      break;
    }
  }
  return {
    shape: 'passive',
    verb,
    cueStart: toks[b]!.start,
    cueEnd: toks[v]!.end,
    source,
    inherits: false,
    anchor: toks[c]!.start,
    contentStart: toks[c]!.start,
    contentEnd: sEnd,
    afterMark: false,
    needsRating: !licensed,
  };
}

/** Verbs of saying: whoever is their subject said it ("The actress said …", "Nearly half said …"). */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'write', 'explain', 'believe', 'think', 'add', 'insist', 'argue', 'claim', 'admit', 'acknowledge', 'warn', 'state', 'note']);
/** Words that open a plain subject: determiners and quantities ("the actress", "most", "nearly half"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'most', 'many', 'some', 'several', 'few', 'half', 'nearly', 'almost', 'about', 'more', 'fewer', 'less', 'over', 'under', 'roughly', 'majority', 'minority', 'another', 'other', 'both', 'all']);
/** Heads that are no speaker ("the plan said" is rare; "it said" is a pronoun handled elsewhere). */
const NOT_SPEAKERS = new Set(['time', 'day', 'week', 'year', 'month', 'way', 'thing', 'things', 'fact', 'idea', 'plan', 'bill', 'law', 'rule', 'one', 'other', 'others']);

/**
 * The subject of a verb of saying when the lexicon does not know its noun: a determiner or a
 * quantity and at most four more words ("the actress", "a third of voters", "55 percent").
 */
function plainSubject(body: string, toks: readonly Token[], s: number, e: number): Source | null {
  if (e - s > 5) return null;
  const first = toks[s]!;
  const head = toks[e - 1]!;
  if (!(SUBJECT_OPENERS.has(first.lower) || /^\d/.test(first.lower))) return null;
  if (head.cap || NOT_SPEAKERS.has(head.lower) || SOURCE_REFUSALS.has(head.lower)) return null;
  const phrase = body.slice(first.start, head.end);
  return { name: phrase.replace(/^(?:a|an)\s+/i, 'the '), kind: 'group' };
}

/** A source named by a plain noun phrase of up to six words ("court records" → "court records"). */
function documentSource(body: string, toks: readonly Token[], s: number, e: number): Source | null {
  if (e - s > 6 || !toks.slice(s, e).every((t) => t.word)) return null;
  const phrase = body.slice(toks[s]!.start, toks[e - 1]!.end);
  if (SOURCE_REFUSALS.has(toks[e - 1]!.lower)) return null;
  return { name: phrase.replace(/^(?:a|an|the)\s+/i, ''), kind: 'document' };
}

/** Heads that name no source after "according to" (pronouns and function words). */
const SOURCE_REFUSALS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'this', 'that', 'plan', 'plans', 'schedule']);

/** "…, according to the report." / "According to the study, …" / "X, according to Y, is …". */
function accordingTo(body: string, toks: readonly Token[], i: number, sStart: number, sEnd: number): Mention | null {
  let e = i + 2;
  while (e < toks.length && e - i - 2 < MAX_SUBJECT) {
    const t = toks[e]!;
    if (t.word) {
      const connector = t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === 'the' || t.lower === 'by';
      if (CLAUSE_WORDS.has(t.lower) && !(connector && (toks[e + 1]?.cap || (toks[e + 1]?.lower === 'the' && toks[e + 2]?.cap)))) break;
      e++;
    } else if (isQuoteTok(t) || t.lower === '&') e++;
    else break;
  }
  if (e === i + 2) return null;
  // ("according to the state Monday": the day is when, not who)
  let se = e;
  if (se - 1 > i + 2 && isDayName(toks[se - 1]!.lower)) {
    se--;
    if (se - 1 > i + 2 && toks[se - 1]!.lower === 'on') se--;
  }
  // ("according to officials on Monday.": "on" ends the source; the day is no content)
  if (toks[e]?.lower === 'on' && toks[e + 1]?.word && isDayName(toks[e + 1]!.lower)) e += 2;
  // Whatever "according to" names is the source, even a noun the lexicon does not list
  // ("according to court records", "according to a count by …").
  const src = sourceAt(body, toks, i + 2, se) ?? documentSource(body, toks, i + 2, se);
  if (!src) return null;
  const cueStart = toks[i]!.start;
  const cueEnd = toks[i + 1]!.end;
  const atStart = i === 0 || (i === 1 && isQuoteTok(toks[0]));
  if (atStart) {
    if (!ch(toks[e], ',') || atEnd(toks, e + 1)) return null;
    return mention(null, cueStart, cueEnd, false, false, 'according-to', src, toks[i]!.start, toks[e + 1]!.start, sEnd);
  }
  if (atEnd(toks, e)) {
    return mention(null, cueStart, cueEnd, false, false, 'according-to', src, toks[i]!.start, sStart, toks[i]!.start);
  }
  if (ch(toks[e], ',') && ch(toks[i - 1], ',')) {
    return mention(null, cueStart, cueEnd, false, false, 'according-to', src, sStart, sStart, sEnd);
  }
  return null;
}

/**
 * "The report said X, and inspectors found Y": a mention's content stops where the next
 * mention's own words begin, unless that mention opens the content (a report inside a
 * report: "Smith said the report shows …" keeps both whole).
 */
function cutSiblings(ms: Mention[]): void {
  ms.sort((a, b) => a.anchor - b.anchor || a.cueStart - b.cueStart);
  for (let x = 0; x < ms.length; x++) {
    const m = ms[x]!;
    for (let y = x + 1; y < ms.length && y <= x + 2; y++) {
      const n = ms[y]!;
      if (n.anchor <= m.contentStart || n.anchor >= m.contentEnd) continue;
      if (n.shape === 'said-after' || n.shape === 'parenthetical') continue;
      m.contentEnd = n.anchor;
      break;
    }
  }
}
