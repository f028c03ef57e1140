/**
 * Parse the words that name a speaker: a person ("Cllr Jane Doe", "Strategic Director for
 * Housing John Roe"), a pronoun ("he"), a body ("the report", "inspectors", "Anytown Council")
 * or a description ("a spokesman for the campaign"). Works on tokens, left to right, with the
 * lexicons of titles, role words and body words; no regular expressions.
 */
import type { Entity } from '../../schema.js';
import { HONORIFIC_BY_FORM, HONORIFIC_BY_LOWER, NAME_PARTICLES, NAME_SUFFIXES, ROLE_BY_WORD } from '../../lexicon/titles.js';
import { BODY_BY_FORM, ORGANISATION_HEADS } from '../../lexicon/organisations.js';
import { PRONOUN_BY_FORM, type Gender } from '../../lexicon/pronouns.js';
import { CUE_BY_WORD } from '../../lexicon/reporting.js';
import { GIVEN_NAME_GENDER } from '../../lexicon/given-names.js';
import type { Token } from './tokens.js';
import { mayContain, wordFilter } from '../../text/tokens.js';

export interface SpeakerPhrase {
  kind: 'person' | 'pronoun' | 'body' | 'description';
  /** Person: the name as written without title; pronoun: its lower-case form; body: the stable form; description: as written. */
  name: string;
  entityKind: Entity['kind'];
  /** Honorific before the name, as written ("Cllr", "Sen."). */
  title: string | null;
  /** Role words around the name, as written (title included). */
  role: string | null;
  gender: Gender;
  /** Offsets of the name (or pronoun, body phrase) in the body. */
  start: number;
  end: number;
}

/** Lower-case words that may stand inside a speaker phrase besides names, roles and bodies. */
const NP_GLUE = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'from', 'on', 'in', 'and', '&', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one', 'two', 'three', 'another', 'other', 'some', 'many', 'several', 'both', 'all', 'former', 'then', 'new', 'senior', 'top', 'local', 'chief', 'deputy', 'acting', 'interim', 'lead', 'national', 'state', 'federal', 'city', 'county', 'presidential', 'vice', 'assistant', 'associate', 'executive', 'general', 'managing', 'strategic', 'press', 'campaign', 'party', 'house', 'senate', 'council', 'borough', 'district', 'regional', 'democratic', 'republican', 'conservative', 'liberal', 'labour', 'independent', 'opposition', 'shadow', 'foreign', 'home', 'health', 'education', 'defence', 'defense', 'justice', 'security', 'intelligence', 'police', 'fire', 'public', 'social', 'children', 'children’s', "children's", 'services', 'service', 'care', 'safeguarding', 'inspection', 'government', 'department', 'white', 'longtime', 'veteran', 'prominent', 'leading', 'u.s.', 'american', 'british', 'retired', 'inspection', 'recent', 'latest', 'earlier', 'previous', 'final', 'full', 'official', 'independent', 'damning', 'joint', 'written', 'annual', 'internal']);

/** Titles that stand only before a surname or full name ("Mr.", "Dr."). */
const COURTESY_TITLES = new Set(['title/mr', 'title/mrs', 'title/ms', 'title/mx', 'title/dr']);
/** Titles that follow a courtesy title as a form of address, not as a name ("Mr. President", "Madam Speaker"). */
const VOCATIVE_TITLES = new Set(['title/president', 'title/speaker', 'title/secretary', 'title/ambassador', 'title/judge', 'title/mayor']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one', 'another']);

function isDeterminerTok(t: Token): boolean {
  return DETERMINERS.has(t.lower);
}

function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.cap && (t.text.length === 2 && t.text.endsWith('.') || t.text.length === 1);
}

function isAcronym(t: Token): boolean {
  const w = t.text.replace(/\./g, '');
  return w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && w !== w.toLowerCase();
}

function honorificOf(t: Token): { id: string; gender: Gender } | undefined {
  if (t.cap) return HONORIFIC_BY_FORM.get(t.text.endsWith('.') ? t.text.slice(0, -1) : t.text);
  // `lower` is `text` in lower case, but for a possessive ending dropped: no new string made.
  const l = t.possessive ? t.text.toLowerCase() : t.lower;
  return HONORIFIC_BY_LOWER.get(l.endsWith('.') ? l.slice(0, -1) : l);
}

/** True for a word that may be part of a name: capitalised, not a role or body word. */
/**
 * Capitalised words that open a sentence and are never part of a name: weekdays ("Sunday"),
 * quantifiers ("Multiple news reports"), sentence adverbs ("Nevertheless", "Recently").
 */
const NEVER_NAME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow',
  'multiple', 'numerous', 'various', 'each', 'every', 'such',
  'nevertheless', 'nonetheless', 'together', 'however', 'meanwhile', 'recently', 'moreover', 'furthermore', 'likewise',
  'also', 'instead', 'indeed', 'afterwards', 'afterward', 'previously', 'eventually', 'ultimately', 'separately',
]);

const WEEKDAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** Months: a month alone is no speaker ("February"), though some are given names ("April Doe"). */
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function nameWord(t: Token): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  if (NEVER_NAME_WORDS.has(t.lower)) return false;
  if (ORGANISATION_HEADS.has(t.text)) return false;
  if (ROLE_BY_WORD.has(t.lower) || BODY_BY_FORM.has(t.lower)) return false;
  if (HONORIFIC_BY_FORM.has(t.text.endsWith('.') ? t.text.slice(0, -1) : t.text)) return false;
  return true;
}

/**
 * The person's name at the end of a run of capitalised words: at most three words (four with
 * a suffix), the last two when the run is longer and carries no initial.
 */
function personName(run: Token[]): Token[] {
  let r = run;
  // The name follows the last title or role word of the run ("Senate Majority Leader Jane Doe").
  for (let k = r.length - 2; k >= 0; k--) {
    if (!nameWord(r[k]!) && !isInitial(r[k]!) && !NAME_PARTICLES.has(r[k]!.lower)) {
      r = r.slice(k + 1);
      break;
    }
  }
  while (r.length && !nameWord(r[0]!)) r = r.slice(1);
  if (r.length <= 3) return r;
  const last = r[r.length - 1]!;
  const n = NAME_SUFFIXES.has(last.text.replace('.', '')) ? 1 : 0;
  const mid = r[r.length - 2 - n]!;
  const take = (isInitial(mid) ? 3 : 2) + n;
  return r.slice(r.length - take);
}

function textOf(body: string, toks: Token[]): string {
  if (!toks.length) return '';
  return body.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}

/** The gender role words or an honorific among `toks[from, to)` give (all of them by default). */
function genderOfRole(toks: Token[], from = 0, to = toks.length): Gender {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    const h = honorificOf(t);
    if (h && h.gender !== 'unknown') return h.gender;
    const r = ROLE_BY_WORD.get(t.lower);
    if (r && r.gender !== 'unknown') return r.gender;
  }
  return 'unknown';
}

/**
 * Parse a speaker phrase: `toks` are the words of one noun phrase (no commas), e.g. the words
 * before a reporting verb. Returns null when they name nobody.
 */
export function parsePhrase(body: string, toks: Token[]): SpeakerPhrase | null {
  const words = wordsOf(toks);
  // "A poll released Thursday": a closing weekday dates a described speaker; "a Sunday" alone names nobody.
  if (words.length > 1 && WEEKDAY_WORDS.has(words[words.length - 1]!.lower)) {
    return words.length > 2 && words.length <= 8 && DETERMINERS.has(words[0]!.lower) ? description(body, words, 'unknown') : null;
  }
  if (!words.length) return null;
  const lastWord = words[words.length - 1]!;
  if (words.length === 1 || (PRONOUN_BY_FORM.has(lastWord.lower) && lastWord.lower !== 'who' && lastWord.lower !== 'i')) {
    const w = lastWord;
    const p = PRONOUN_BY_FORM.get(w.lower);
    if (p) return { kind: 'pronoun', name: p.form, entityKind: p.kinds[0]!, title: null, role: null, gender: p.gender, start: w.start, end: w.end };
  }
  if (words.length === 1) {
    const p = PRONOUN_BY_FORM.get(words[0]!.lower);
    if (p) return { kind: 'pronoun', name: p.form, entityKind: p.kinds[0]!, title: null, role: null, gender: p.gender, start: words[0]!.start, end: words[0]!.end };
  }
  // "King says …", "Bishop added": a capitalised title alone (not a plural role such as
  // "Inspectors"), with no determiner, is a surname.
  if (words.length === 1 && toks.length === 1 && lastWord.cap && !lastWord.possessive && lastWord.text.length > 2 && !lastWord.text.endsWith('.') && !!honorificOf(lastWord) && !lastWord.lower.endsWith('s') && lastWord.text !== lastWord.text.toUpperCase()) {
    return person(body, words, [lastWord]);
  }
  // "Mr. King", "Dr. Bishop", "Ms. Prince": after a courtesy title, a surname that is also a title or role word.
  if (words.length >= 2 && lastWord.cap && !lastWord.possessive) {
    const t = honorificOf(words[words.length - 2]!);
    if (t && COURTESY_TITLES.has(t.id) && (honorificOf(lastWord) || ROLE_BY_WORD.has(lastWord.lower)) && !VOCATIVE_TITLES.has(honorificOf(lastWord)?.id ?? '')) {
      return person(body, words, [lastWord]);
    }
  }
  // The head: before an "of"/"for" complement when a role or body word precedes it.
  let head = words.length - 1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!.lower;
    // "a welcome message on the website", "a voice-over in the ad", "officials in Washington":
    // after a determiner, the lower-case noun before "in"/"on" is the head.
    if ((w === 'in' || w === 'on') && k >= 2 && !words[k - 1]!.cap && !NP_GLUE.has(words[k - 1]!.lower) && (DETERMINERS.has(words[0]!.lower) || ROLE_BY_WORD.has(words[k - 1]!.lower) || BODY_BY_FORM.has(words[k - 1]!.lower))) {
      head = k - 1;
      break;
    }
    if (w !== 'of' && w !== 'for' && w !== 'at' && w !== 'from') continue;
    let h = -1;
    for (let j = k - 1; j >= 0; j--) {
      const l = words[j]!.lower;
      if (ROLE_BY_WORD.has(l) || BODY_BY_FORM.has(l)) {
        h = j;
        break;
      }
    }
    if (h >= 0) {
      head = h;
      break;
    }
    // "Sen. Doe from Ohio": a titled or full name before "from" is the person.
    if (w === 'from' && k >= 1 && words.slice(0, k).every((t) => t.cap) && nameWord(words[k - 1]!) && words[k + 1]?.cap) {
      const name = personName(words.slice(0, k));
      if (name.length >= 2 || (name.length === 1 && k >= 2 && honorificOf(words[k - 2]!))) return person(body, words.slice(0, k), name);
    }
    // "Jane Doe of the University of Anytown", "John Roe at the Smith Institute": a name with its affiliation.
    if (k >= 2 && words.slice(0, k).every((t) => t.cap) && nameWord(words[k - 1]!) && (nameWord(words[0]!) || (!!honorificOf(words[0]!) && k >= 3)) && (GIVEN_NAME_GENDER.has(words[nameWord(words[0]!) ? 0 : 1]!.lower) || words[k + 1]?.lower === 'the' || w === 'from')) {
      const name = personName(words.slice(0, k));
      if (name.length >= 2) return person(body, words.slice(0, k), name);
    }
  }
  const h = words[head]!;
  if (head < words.length - 1) {
    // A role with a complement: a long capitalised run at the end holds the name
    // ("Minister for Housing Jane Doe"); a short one is what the role is of ("a spokesman for Jane Doe").
    const tail = capitalRunEnding(words, words.length - 1, head + 1);
    if (tail.length >= 3 && nameWord(words[words.length - 1]!) && !ORGANISATION_HEADS.has(words[words.length - 1]!.text)) {
      const full = personName(tail);
      const mid = full[full.length - 2];
      const name = full.length > 2 && mid && !isInitial(mid) ? full.slice(full.length - 2) : full;
      if (name.length >= 2) return person(body, words, name);
    }
    const role = ROLE_BY_WORD.get(h.lower);
    if (role) return description(body, words, genderOfRole(words));
    return bodyPhrase(body, words, head);
  }
  if ((head > 0 && isBodyPair(words[head - 1]!, h)) || (BODY_BY_FORM.has(h.lower) && !(h.cap && !ORGANISATION_HEADS.has(h.text) && head > 0 && words[head - 1]!.cap && !isDeterminerTok(words[head - 1]!)))) {
    return bodyPhrase(body, words, head);
  }
  if (ROLE_BY_WORD.has(h.lower)) return description(body, words, genderOfRole(words));
  if (!h.cap) {
    return DETERMINERS.has(words[0]!.lower) && words.length <= 6 ? description(body, words, 'unknown') : null;
  }
  const run = capitalRunEnding(words, head, 0);
  if (ORGANISATION_HEADS.has(run[run.length - 1]!.text) || (run.length === 1 && isAcronym(run[0]!))) {
    return organisation(body, words, run);
  }
  if (words[0]!.lower === 'the' && run[0] === words[1] && !honorificOf(words[1]!)) return organisation(body, words, run);
  const name = personName(run);
  if (!name.length) return null;
  if (name.length === 1 && MONTH_WORDS.has(name[0]!.lower)) return null;
  return person(body, words, name);
}

/** The words of a phrase's tokens (and "&"): `toks` itself when it holds nothing else, as it mostly does. */
function wordsOf(toks: Token[]): Token[] {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' && t.text !== '&') return toks.filter((u) => u.kind === 'word' || u.text === '&');
  }
  return toks;
}

/**
 * What a two-word body form ("the council", "local authority") has before its last space: a
 * pair of words is looked up (a string built and hashed) only when its first word is one.
 */
const BODY_PAIR_FIRSTS = new Set([...BODY_BY_FORM.keys()].filter((f) => f.includes(' ')).map((f) => f.slice(0, f.lastIndexOf(' '))));

/** Is "`a` `b`" a body form (`BODY_BY_FORM.has`)? (No token's lower case holds a space.) */
function isBodyPair(a: Token, b: Token): boolean {
  return BODY_PAIR_FIRSTS.has(a.lower) && BODY_BY_FORM.has(`${a.lower} ${b.lower}`);
}

/** The capitalised run that ends at `end`, walking back no further than `floor`. */
function capitalRunEnding(words: Token[], end: number, floor: number): Token[] {
  let i = end;
  while (i > floor) {
    const p = words[i - 1]!;
    if (p.possessive || isDeterminerTok(p)) break;
    if (p.cap || isInitial(p) || NAME_PARTICLES.has(p.lower) || honorificOf(p)) i--;
    else break;
  }
  return words.slice(i, end + 1);
}

function person(body: string, words: Token[], name: Token[]): SpeakerPhrase {
  const first = words.indexOf(name[0]!);
  // The words before the name but an opening determiner, `words[from, to)` (as
  // `words.slice(0, first)` without its determiner: no copies).
  const to = first >= 0 ? first : words.length - 1;
  const from = to > 0 && DETERMINERS.has(words[0]!.lower) ? 1 : 0;
  const titleTok = first > 0 && honorificOf(words[first - 1]!) ? words[first - 1]! : null;
  let role = to > from ? body.slice(words[from]!.start, words[to - 1]!.end) : null;
  // Keep the full stop of an abbreviated title ("Gov.", "Sen.").
  if (role && body.charCodeAt(words[to - 1]!.end) === 0x2e) role += '.';
  const title = titleTok ? (body.charCodeAt(titleTok.end) === 0x2e && !titleTok.text.endsWith('.') ? `${titleTok.text}.` : titleTok.text) : null;
  // (`name.map((t) => t.text).join(' ')`, without the array)
  let text = name.length ? name[0]!.text : '';
  for (let k = 1; k < name.length; k++) text = text + ' ' + name[k]!.text;
  return {
    kind: 'person',
    name: text,
    entityKind: 'person',
    title,
    role,
    gender: genderOfRole(words, from, to),
    start: name[0]!.start,
    end: name[name.length - 1]!.end,
  };
}

function organisation(body: string, words: Token[], run: Token[]): SpeakerPhrase {
  const start = words.indexOf(run[0]!);
  const rest = words.slice(start);
  return { kind: 'body', name: textOf(body, rest), entityKind: 'organisation', title: null, role: null, gender: 'unknown', start: rest[0]!.start, end: rest[rest.length - 1]!.end };
}

/** Words a description never ends with ("a candidate who", "the president as"): they open what follows it. */
const DESCRIPTION_TRAILERS = new Set(['who', 'whom', 'which', 'that', 'with', 'by', 'as', 'to', 'of', 'for', 'at', 'from', 'in', 'on', 'and', 'or']);

function description(body: string, words: Token[], gender: Gender): SpeakerPhrase {
  while (words.length > 1 && DESCRIPTION_TRAILERS.has(words[words.length - 1]!.lower) && !words[words.length - 1]!.cap) words = words.slice(0, -1);
  let text = textOf(body, words);
  if (DETERMINERS.has(words[0]!.lower)) text = words[0]!.lower + text.slice(words[0]!.text.length);
  return { kind: 'description', name: text, entityKind: 'person', title: null, role: null, gender, start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** A body: a proper organisation name when the head is capitalised or has a proper modifier, else its stable form. */
function bodyPhrase(body: string, words: Token[], head: number): SpeakerPhrase {
  const h = words[head]!;
  const two = head > 0 && isBodyPair(words[head - 1]!, h) ? BODY_BY_FORM.get(`${words[head - 1]!.lower} ${h.lower}`) : undefined;
  const entry = two ?? BODY_BY_FORM.get(h.lower);
  if (!entry) return description(body, words, 'unknown');
  const last = words[words.length - 1]!;
  if (entry.kind === 'organisation') {
    // "Anytown Council", "the Department for Transport", "the Smith campaign"
    const run = capitalRunEnding(words, head, 0);
    const proper = run.length > 1 || h.cap;
    if (proper) {
      let from = words.indexOf(run[0]!);
      if (!run[0]!.cap && from < head) from++;
      const end = head < words.length - 1 && last.cap ? words.length - 1 : head;
      const toks = words.slice(from, end + 1);
      if (toks.length > 1 || (h.cap && head > 0 && words[head - 1]!.lower === 'the')) {
        return { kind: 'body', name: textOf(body, toks), entityKind: 'organisation', title: null, role: null, gender: 'unknown', start: toks[0]!.start, end: toks[toks.length - 1]!.end };
      }
    }
    // "Jones’ campaign", "Doe's office": an organisation owned by a named person keeps the owner.
    const owner = head > 0 && words[head - 1]!.possessive && words[head - 1]!.cap ? head - 1 : -1;
    if (owner >= 0) {
      let from = owner;
      while (from > 0 && words[from - 1]!.cap && !words[from - 1]!.possessive && !isDeterminerTok(words[from - 1]!)) from--;
      const toks = words.slice(from, head + 1);
      return { kind: 'body', name: textOf(body, toks), entityKind: 'organisation', title: null, role: null, gender: 'unknown', start: toks[0]!.start, end: toks[toks.length - 1]!.end };
    }
  }
  return { kind: 'body', name: entry.canonical, entityKind: entry.kind, title: null, role: null, gender: 'unknown', start: words[0]!.start, end: words[words.length - 1]!.end };
}

/** Reporting verb forms as a bitmap filter: most words are none, said without hashing the word. */
const CUE_FILTER = wordFilter(CUE_BY_WORD.keys());

/** True when the word is a form of a reporting verb. */
export function isCueWord(t: Token): boolean {
  return t.kind === 'word' && mayContain(CUE_FILTER, t.lower) && CUE_BY_WORD.has(t.lower);
}

/** Words that end a speaker phrase when met going backwards from a reporting verb. */
const BREAKERS = new Set([
  'that', 'but', 'while', 'when', 'because', 'as', 'after', 'before', 'if', 'so', 'than', 'which', 'who', 'whom', 'where',
  'since', 'although', 'though', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'to', 'it', 'there', 'here', 'also',
  'however', 'yet', 'by', 'with', 'from', 'into', 'about', 'against', 'over', 'under', 'what', 'how', 'why', 'said', 'says',
  'then', 'later', 'earlier', 'now', 'once', 'even', 'just', 'only', 'still', 'too', 'very', 'told', 'during', 'until', 'or',
  'nor', 'if', 'whether', 'we', 'you', 'me', 'him', 'us', 'them', 'my', 'your',
]);

/** The lower-case words a speaker phrase may hold besides names: most other words are out by the filter alone. */
const PHRASE_WORD_FILTER = wordFilter(NP_GLUE, ROLE_BY_WORD.keys(), BODY_BY_FORM.keys(), PRONOUN_BY_FORM.keys(), HONORIFIC_BY_LOWER.keys(), NAME_PARTICLES);

/**
 * The noun phrase that ends at token `end` (inclusive), read backwards: names, titles, role
 * and body words and the glue between them, stopping at verbs, conjunctions and punctuation.
 */
export function phraseEndingAt(toks: Token[], end: number, floor: number): Token[] {
  let i = end;
  let n = 0;
  while (i >= floor && n < 14) {
    const t = toks[i]!;
    if (t.kind !== 'word') {
      // (The stop of a title or a name suffix: "Sen.", "Jane Doe Jr.".)
      if (t.text === '&' || (t.text === '.' && i > floor && (honorificOf(toks[i - 1]!) || NAME_SUFFIXES.has(toks[i - 1]!.text)))) {
        i--;
        continue;
      }
      break;
    }
    if (i < end && t.lower === 'and') {
      const prev = i > 0 ? toks[i - 1] : undefined;
      const next = toks[i + 1];
      if (!(prev && prev.cap && next && next.cap)) break;
    } else if (i < end && BREAKERS.has(t.lower) && !(t.cap && i > floor) && !(t.lower === 'from' && i > floor && (ROLE_BY_WORD.has(toks[i - 1]!.lower) || toks[i - 1]!.cap))) break;
    else if (i < end && !t.cap && isCueWord(t) && !BODY_BY_FORM.has(t.lower) && !ROLE_BY_WORD.has(t.lower)) break;
    else if (!t.cap && (!mayContain(PHRASE_WORD_FILTER, t.lower) || (!NP_GLUE.has(t.lower) && !ROLE_BY_WORD.has(t.lower) && !BODY_BY_FORM.has(t.lower) && !PRONOUN_BY_FORM.has(t.lower) && !HONORIFIC_BY_LOWER.has(t.lower) && !NAME_PARTICLES.has(t.lower)))) {
      // Unknown lower-case words (adjectives, nouns) belong to a description only when a
      // determiner or a possessive name opens it within three words: "the gambling tycoon".
      let d = i - 1;
      // Capitalised modifiers may stand between, before a lower-case one ("one Acme campaign
      // source"; but "The Acme Union released" is a name and a verb).
      const capsOk = i - 1 >= floor && !toks[i - 1]!.cap;
      while (d >= floor && i - d <= 4 && toks[d]!.kind === 'word' && (capsOk || !toks[d]!.cap) && !DETERMINERS.has(toks[d]!.lower) && !BREAKERS.has(toks[d]!.lower) && !isCueWord(toks[d]!)) d--;
      const opener = d >= floor ? toks[d]! : undefined;
      if (!opener || opener.kind !== 'word' || !(DETERMINERS.has(opener.lower) || opener.possessive)) break;
      i = d - 1;
      n += 2;
      continue;
    }
    if (PRONOUN_BY_FORM.has(t.lower) && i < end) break;
    if (PRONOUN_BY_FORM.has(t.lower) && i === end && t.lower !== 'who') return [t];
    i--;
    n++;
  }
  // Leading glue other than a determiner is not part of the phrase.
  let s = i + 1;
  while (s <= end && toks[s]!.kind === 'word' && !toks[s]!.cap && (toks[s]!.lower === 'of' || toks[s]!.lower === 'for' || toks[s]!.lower === 'from' || toks[s]!.lower === 'and' || toks[s]!.lower === 'at' || toks[s]!.lower === 'on' || toks[s]!.lower === 'in')) s++;
  return toks.slice(s, end + 1);
}

/** Endings of agent nouns ("speechwriter", "strategist", "pollster", "historian"). */
const AGENT_ENDINGS = ['writer', 'er', 'or', 'ist', 'ian'];

/** Lower-case words that join a complement to a role or body ("spokesman for the campaign"). */
const COMPLEMENT_JOINERS = new Set(['of', 'for', 'at']);

/**
 * The noun phrase that starts at token `start`, read forwards: the subject of a clause
 * ("Sen. Jane Doe (D-Ohio) called …", "The state's largest union warned …", "The ad targets …").
 * Determiners, adjectives, names, titles, role and body words, possessives, and one
 * complement after a role or body word; it stops at the first word that reads as a verb.
 */
export function phraseStartingAt(toks: Token[], start: number): Token[] {
  const first = toks[start];
  if (!first || first.kind !== 'word') return [];
  if (PRONOUN_BY_FORM.has(first.lower) && first.lower !== 'who') return [first];
  let k = start;
  /** Has the phrase a head yet (a name, role or body word, or an unknown noun after a determiner)? */
  let head = false;
  let complement = false;
  while (k < toks.length && k - start < 14) {
    const t = toks[k]!;
    if (t.kind !== 'word') {
      if (t.text === '&' || (t.text === '.' && k > start && honorificOf(toks[k - 1]!))) {
        k++;
        continue;
      }
      break;
    }
    const next = toks[k + 1];
    if (t.cap && !(DETERMINERS.has(t.lower) && !head)) {
      head = true;
      k++;
      if (t.possessive) head = false;
      continue;
    }
    if (t.possessive) {
      // "the party's nominee": a possessor, the head follows.
      head = false;
      k++;
      continue;
    }
    if (DETERMINERS.has(t.lower) && !head) {
      k++;
      continue;
    }
    if (ROLE_BY_WORD.has(t.lower) || BODY_BY_FORM.has(t.lower) || HONORIFIC_BY_LOWER.has(t.lower)) {
      head = true;
      k++;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && next?.cap && head) {
      k++;
      continue;
    }
    if (t.lower === 'and' && head && k > start && toks[k - 1]!.cap && next?.cap) {
      k++;
      continue;
    }
    if (COMPLEMENT_JOINERS.has(t.lower) && head && !complement && next && next.kind === 'word' && (next.cap || DETERMINERS.has(next.lower) || NP_GLUE.has(next.lower))) {
      complement = true;
      head = false;
      k++;
      continue;
    }
    // "Trump's Virginia state director": a modifier that is also a cue word ("state", "press") before a role.
    const modifierOfRole = head && NP_GLUE.has(t.lower) && !!next && ROLE_BY_WORD.has(next.lower) && !BREAKERS.has(t.lower);
    if (BREAKERS.has(t.lower) || (isCueWord(t) && !modifierOfRole)) break;
    // "Democratic presidential candidate Jane Doe", "The Acme technology columnist Jane Doe":
    // a capitalised modifier, then a role.
    // ("Doe corrected the candidate": a determiner after the word shows it is a verb.)
    const roleAhead = !!next && (ROLE_BY_WORD.has(next.lower) || (NP_GLUE.has(next.lower) && !DETERMINERS.has(next.lower) && !!toks[k + 2] && ROLE_BY_WORD.has(toks[k + 2]!.lower)));
    if (head && k > start && toks[k - 1]!.cap && roleAhead && !COMPLEMENT_JOINERS.has(t.lower) && t.lower !== 'and' && !PRONOUN_BY_FORM.has(t.lower)) {
      k++;
      continue;
    }
    // "Former Acme speechwriter Jon Doe": a capitalised modifier, an agent noun the lexicon does
    // not list, then a full name opening with a known given name.
    const after = toks[k + 2];
    if (head && k > start && toks[k - 1]!.cap && !t.cap && t.lower.length > 5 && AGENT_ENDINGS.some((x) => t.lower.endsWith(x)) && !NP_GLUE.has(t.lower) && next?.cap && GIVEN_NAME_GENDER.has(next.lower) && after?.kind === 'word' && after.cap) {
      k++;
      continue;
    }
    if (NP_GLUE.has(t.lower) && !COMPLEMENT_JOINERS.has(t.lower) && t.lower !== 'and' && t.lower !== 'in' && t.lower !== 'on' && !head) {
      k++;
      continue;
    }
    // An unknown lower-case word is the head noun only right after a determiner or adjective.
    if (!head && k > start) {
      head = true;
      k++;
      continue;
    }
    break;
  }
  return toks.slice(start, k);
}
