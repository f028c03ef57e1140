/**
 * The per-article entity table: the people, organisations, groups and documents an article
 * names, each with its canonical name, other names (aliases), roles and first mention, and
 * every mention in order (for resolving pronouns and short forms to the nearest earlier one).
 *
 * Found in one pass over the live sentences: capitalised runs (people and organisations),
 * honorific and role words next to them, and body words ("inspectors", "the report").
 * A capitalised run is taken for a person only with evidence: an honorific, a role word
 * before it or in apposition after it, a reporting verb next to it, a relative "who", or
 * its surname used again alone. Linear in the text.
 */
import type { Entity, Segmented } from '../../schema.js';
import { overlapsAny } from '../../text/location.js';
import { HONORIFIC_BY_FORM, HONORIFIC_BY_LOWER, NAME_PARTICLES, NAME_SUFFIXES, ROLE_BY_WORD } from '../../lexicon/titles.js';
import { BODY_BY_FORM, ORGANISATION_HEADS, ORGANISATION_JOINERS } from '../../lexicon/organisations.js';
import { PLACE_HEADS, PLACE_NAMES, SURNAME_PLACE_HEADS } from '../../lexicon/places.js';
import type { Gender } from '../../lexicon/pronouns.js';
import { GIVEN_NAME_GENDER, NOT_GIVEN_NAMES, NOT_SURNAMES } from '../../lexicon/given-names.js';
import { CUE_ADVERBS, CUE_BY_WORD } from '../../lexicon/reporting.js';
import { parsePhrase, phraseEndingAt, isCueWord } from './phrase.js';
import { tokenize, tokenizeReusing, type Token } from './tokens.js';
import { mayContain, wordFilter } from '../../text/tokens.js';
import { objectMemo } from '../../text/memo.js';
import { unitAt } from './units.js';

export type EntityDraft = Omit<Entity, 'id' | 'line' | 'column'>;

/** One place the article names an entity. */
export interface Mention {
  start: number;
  end: number;
  /** Index into `EntityTable.entities`. */
  entity: number;
  /** Index of the sentence the mention stands in. */
  sentence: number;
  /** The mention is the speaker of a reporting verb ("Jane Doe said", "said the council"). */
  speaks: boolean;
  /** The mention reads as the subject of its clause ("Doe visited …", "…, and Doe left"). */
  subject: boolean;
}

export interface EntityTable {
  entities: (EntityDraft & { gender: Gender; strong: boolean })[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
}

const MAX_SENTENCE_TOKENS = 400;

/**
 * `toks[k]`, but `undefined` for a negative `k` without reading the array: a read at a negative
 * index is a named-property lookup ("-1"), and once an access site has seen one V8 makes every
 * read there slow.
 */
function tokAt(toks: Token[], k: number): Token | undefined {
  return k >= 0 ? toks[k] : undefined;
}

function bare(t: Token): string {
  const x = t.text;
  return unitAt(x, x.length - 1) === 0x2e ? x.slice(0, -1) : x;
}

/**
 * Bitmap filters in front of the lexicon lookups made for (nearly) every word: most words are
 * in none of the lexicons, and the filter says so without hashing the freshly cut string.
 */
const HONORIFIC_FORM_FILTER = wordFilter(HONORIFIC_BY_FORM.keys());
const HONORIFIC_LOWER_FILTER = wordFilter(HONORIFIC_BY_LOWER.keys());
/** Lower-case words `findInSentence` looks up for every word: body words and honorifics. */
const WORD_FILTER = wordFilter(BODY_BY_FORM.keys(), HONORIFIC_BY_LOWER.keys());
const ROLE_FILTER = wordFilter(ROLE_BY_WORD.keys());
const ORGANISATION_HEAD_FILTER = wordFilter(ORGANISATION_HEADS);

/** An organisation head as written ("Council", "Ministry"). */
function isOrganisationHead(text: string): boolean {
  return mayContain(ORGANISATION_HEAD_FILTER, text) && ORGANISATION_HEADS.has(text);
}

/** A body word ("report", "inspectors"), lower case. */
function isBodyWord(lower: string): boolean {
  return mayContain(WORD_FILTER, lower) && BODY_BY_FORM.has(lower);
}

const GIVEN_NAME_FILTER = wordFilter(GIVEN_NAME_GENDER.keys());

/** A common given name, lower case. */
function isGivenName(lower: string): boolean {
  return mayContain(GIVEN_NAME_FILTER, lower) && GIVEN_NAME_GENDER.has(lower);
}

function isRoleWord(lower: string): boolean {
  return mayContain(ROLE_FILTER, lower) && ROLE_BY_WORD.has(lower);
}

function isHonorific(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) {
    const b = bare(t);
    return mayContain(HONORIFIC_FORM_FILTER, b) && HONORIFIC_BY_FORM.has(b);
  }
  // `lower` is already lower case (a possessive "’s" dropped, which no honorific has).
  const l = t.lower;
  const k = unitAt(l, l.length - 1) === 0x2e ? l.slice(0, -1) : l;
  return mayContain(HONORIFIC_LOWER_FILTER, k) && HONORIFIC_BY_LOWER.has(k) && !t.possessive;
}

/** The last honorific of the run `toks[from, to)`, or null. */
function lastHonorific(toks: Token[], from: number, to: number): Token | null {
  for (let k = to - 1; k >= from; k--) if (isHonorific(toks[k]!)) return toks[k]!;
  return null;
}

function allInitials(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isInitial(toks[k]!)) return false;
  return true;
}

function isInitial(t: Token): boolean {
  return t.kind === 'word' && t.cap && (t.text.length === 1 || (t.text.length === 2 && t.text.endsWith('.')));
}

/** A word as written without its possessive ending: "Doe’s" → "Doe", "Jones’" → "Jones". */
function unpossessed(t: Token): string {
  if (!t.possessive) return t.text;
  const x = t.text;
  // "’s" has its apostrophe one from the end; a bare "s’" ends in the apostrophe.
  const c = unitAt(x, x.length - 1);
  return x.slice(0, c === 0x27 || c === 0x2019 ? -1 : -2);
}

/** The word, when it is written in capitals only and is no initial ("CNN", "WASHINGTON", "CNN’s"). */
function allCapitals(t: Token): boolean {
  const x = unpossessed(t);
  let letters = 0;
  for (let k = 0; k < x.length; k++) {
    const c = unitAt(x, k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2 && x === x.toUpperCase();
}

/** An acronym of three letters or more, no initials ("NBC", "CNN’s"; not "J.", "AJ", "U.S."). */
function acronymOf3(t: Token): boolean {
  const x = unpossessed(t);
  if (x.length < 3 || x.includes('.')) return false;
  // "JANE DOE", "PETER Doe": a given name in capitals (a transcript's speaker label) is no acronym.
  return allCapitals(t) && !isGivenName(t.lower);
}

function isAcronym(t: Token): boolean {
  // "CNN’s": the possessive is no part of the acronym.
  const x = unpossessed(t);
  // Most words have a lower-case ASCII letter, and no acronym has one: no string built.
  for (let k = 0; k < x.length; k++) {
    const c = unitAt(x, k);
    if (c >= 97 && c <= 122) return false;
  }
  const w = x.replace(/\./g, '');
  return w.length >= 2 && w.length <= 6 && w === w.toUpperCase() && w !== w.toLowerCase() && !/\d/.test(w);
}

/** Capitalised words that are never a name on their own (sentence openers, months, days). */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'There', 'Here', 'When', 'While', 'If',
  'As', 'After', 'Before', 'His', 'Her', 'Their', 'Our', 'Its', 'My', 'Your', 'However', 'Meanwhile', 'Among', 'Mr', 'Mrs',
  'Ms', 'Dr', 'For', 'With', 'From', 'By', 'Of', 'To', 'So', 'Yet', 'Or', 'Not', 'No', 'Yes', 'All', 'Some', 'Many', 'Most',
  'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Today', 'Yesterday', 'Tomorrow', 'Read', 'Click', 'Follow', 'Photo', 'Image',
  'Also', 'Now', 'Then', 'One', 'Two', 'Three', 'Every', 'Each', 'Both', 'Just', 'Even', 'Only', 'Still', 'Although', 'Though',
  'Because', 'Since', 'Until', 'During', 'Despite', 'Under', 'Over', 'Through', 'Into', 'About', 'Against', 'Without',
  'Like', 'Unlike', 'Throughout', 'According', 'Asked', 'Besides', 'Across', 'Along', 'Around', 'Beyond', 'Upon', 'Within',
  'Unless', 'Whether', 'Instead', 'Indeed', 'Later', 'Earlier', 'Again', 'Perhaps', 'Maybe', 'Thus', 'Such', 'Other',
  'Another', 'Several', 'Neither', 'Either', 'Nor', 'Unlike', 'Toward', 'Towards', 'Beside', 'Behind', 'Between',
  // Sentence adverbs and connectives: they open a sentence capitalised and are no one's name.
  'Recently', 'Once', 'Nearly', 'Soon', 'Often', 'Sometimes', 'Already', 'Tonight', 'Overall', 'Otherwise',
  'Moreover', 'Furthermore', 'Additionally', 'Nevertheless', 'Nonetheless', 'Finally', 'Eventually', 'Ultimately',
  'Currently', 'Previously', 'Initially', 'Originally', 'Subsequently', 'Shortly', 'Similarly', 'Likewise', 'Hence',
  'Therefore', 'Consequently', 'Afterwards', 'Afterward', 'Fortunately', 'Unfortunately', 'Obviously', 'Apparently',
  'Absolutely', 'Probably', 'Certainly', 'Clearly', 'Typically', 'Usually', 'Generally', 'Specifically', 'Ironically',
  'Interestingly', 'Notably', 'Importantly', 'Surprisingly', 'Unsurprisingly', 'Seriously', 'Really', 'Frankly',
  'Honestly', 'Hopefully', 'Thankfully', 'Sadly', 'Luckily', 'Actually', 'Basically', 'Essentially', 'Reportedly',
  'Allegedly', 'Separately', 'Traditionally', 'Historically', 'Immediately', 'Increasingly', 'Virtually', 'Nationally',
  'Elsewhere', 'Altogether', 'Accordingly', 'Admittedly', 'Undoubtedly', 'Presumably', 'Arguably', 'Naturally',
  // Pronouns, quantifiers and verbs that open a sentence ("You …", "Others said", "Let …").
  'You', 'Others', 'Everyone', 'Everybody', 'Anyone', 'Anybody', 'Someone', 'Somebody', 'Nobody', 'Everything',
  'Nothing', 'Something', 'Anything', 'Any', 'Enough', 'Let', 'Please', 'Being', 'Having', 'Rather', 'Needless',
  'Additional', 'Was', 'Were', 'Note', 'Updated', 'Posted', 'Published',
  // Auxiliaries opening a question and a verb opening an aside ("Does Doe, like Roe, …?", "(See
  // Doe's timeline below.)"); not "Will", a given name.
  'Do', 'Does', 'Did', 'Is', 'Are', 'Has', 'Have', 'Had', 'Would', 'Could', 'Should', 'Might', 'Must', 'Can', 'See',
  // Reporting verbs opening an inverted report ("Told Doe: '…'"); not "Said", a name.
  'Told', 'Tells', 'Says', 'Added',
  // Abbreviated months and days ("Dec. 5", "Tue 12 May"); "Jan", "Mar", "Sat", "Sun" are also names or words.
  'Feb', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs',
  // Time zones after a clock time ("at 9 p.m. ET").
  'ET', 'EST', 'EDT', 'PT', 'PST', 'PDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'GMT', 'BST', 'UTC',
]);

const NOT_NAME_LOWER = new Set([...NOT_NAMES].map((w) => w.toLowerCase()));
const NOT_NAME_FILTER = wordFilter(NOT_NAME_LOWER);

/**
 * Endings of manner and sentence adverbs ("suddenly", "significantly", "simply"), chosen so that
 * no common surname or given name ends in one (names in -elly, -olly, -aly and -rly do not).
 */
const ADVERB_ENDINGS = ['ally', 'ntly', 'ously', 'ingly', 'ately', 'ably', 'ibly', 'fully', 'ively', 'edly', 'enly', 'ply', 'dly'];

/** A lower-case word of six letters or more with an adverb's ending. */
function isAdverbLike(lower: string): boolean {
  if (lower.length < 6 || unitAt(lower, lower.length - 1) !== 0x79 || unitAt(lower, lower.length - 2) !== 0x6c) return false;
  for (const e of ADVERB_ENDINGS) if (lower.endsWith(e)) return true;
  return false;
}

/** Plural words for peoples and groups, capitalised ("Muslims", "Democrats"); see `isPeopleWord`. */
const PEOPLE_WORDS = new Set([
  'Muslims', 'Jews', 'Christians', 'Catholics', 'Evangelicals', 'Hispanics', 'Latinos', 'Latinas', 'Millennials',
  'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Progressives', 'Arabs', 'Kurds', 'Sunnis', 'Shiites',
  'Israelis', 'Iraqis', 'Pakistanis', 'Saudis', 'Somalis', 'Yemenis', 'Afghans', 'Brits', 'Europeans', 'Asians',
  'Blacks', 'Whites', 'Veterans', 'Firefighters', 'Youths', 'Friends', 'Residents', 'Voters', 'Officials',
  // (-ese is left to a list: surnames end in it too)
  'Chinese', 'Japanese', 'Vietnamese', 'Sudanese', 'Lebanese', 'Taiwanese', 'Congolese', 'Senegalese', 'Burmese', 'Nepalese',
]);

/**
 * A capitalised plural naming a people or a group ("Americans", "Syrians", "Environmentalists",
 * "Sudanese"): endings no common surname has (-ans and -ese alone would take surnames too).
 */
function isPeopleWord(w: string): boolean {
  if (PEOPLE_WORDS.has(w)) return true;
  const n = w.length;
  return n >= 6 && (w.endsWith('icans') || w.endsWith('ians') || w.endsWith('ists'));
}

/** `s.includes('’') || s.includes("'")`, in one pass. */
function hasApostrophe(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = unitAt(s, k);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

interface Candidate {
  kind: Entity['kind'];
  /** Name words (person) or the organisation's name as written. */
  name: string;
  nameToks: string[];
  title: string | null;
  role: string | null;
  gender: Gender;
  start: number;
  end: number;
  sentence: number;
  evidence: boolean;
  surface: string;
  speaks: boolean;
  subject: boolean;
  /** Gender evidence from pronouns in the sentence: +1 male, -1 female (see pronounAgreement). */
  pronounVotes: number | undefined;
  /** A lone untitled word after a locative preposition ("in Ohio"): the article uses it as a place. */
  place: boolean;
}

const memo = objectMemo<Segmented, EntityTable>('entityTable');

/** The entity table of a document, computed once and shared by every extractor. */
export function entityTable(doc: Segmented): EntityTable {
  let t = memo.get(doc);
  if (!t) {
    t = buildTable(doc);
    memo.set(doc, t);
  }
  return t;
}

/** The entities as the pipeline wants them, in order of first mention. */
export function entitiesOf(doc: Segmented): EntityDraft[] {
  return entityTable(doc)
    .entities.filter((e) => e.strong)
    .map(({ kind, name, aliases, roles, start, end }) => ({ kind, name, aliases, roles, start, end }));
}

function buildTable(doc: Segmented): EntityTable {
  const body = doc.article.body;
  const cands: Candidate[] = [];
  // The token objects are reused from sentence to sentence: nothing below may keep a token
  // (candidates hold strings and offsets, never a Token).
  const pool: Token[] = [];
  for (const s of doc.sentences) {
    if (overlapsAny(doc.excluded, s.start, s.end)) continue;
    const toks = tokenizeReusing(body, s.start, s.end, MAX_SENTENCE_TOKENS, pool);
    const n = cands.length;
    findInSentence(body, toks, s.index, cands, isTitleCase(toks));
    pronounAgreement(toks, cands, n);
  }
  return link(cands, body);
}

/**
 * A title-case headline ("Network Fires Doe Over Remarks"): four or more words of four letters
 * or more, every one capitalised. Its capitalised runs are longer than the names in them.
 */
/** `/^\d/.test(s)` without running a regular expression (this runs for most words). */
function startsWithDigit(s: string): boolean {
  const c = unitAt(s, 0);
  return c >= 48 && c <= 57;
}

function isTitleCase(toks: Token[]): boolean {
  let long = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.text.length < 4 || startsWithDigit(t.text)) continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 4;
}

/** Third-person pronouns of one gender ("Doe said his plan …", "Roe, who leads her party, …"). */
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Gender evidence from the text itself, for names no honorific or given-name list covers: in a
 * sentence that names exactly one person, as its subject, a gendered pronoun later in the
 * sentence refers to that person in all but contrived prose ("Doe said his campaign …"). Votes
 * go on the candidate (`he`/`she` counts); `link` decides per entity.
 */
function pronounAgreement(toks: Token[], cands: Candidate[], from: number): void {
  let person = -1;
  for (let k = from; k < cands.length; k++) {
    if (cands[k]!.kind !== 'person') continue;
    if (person >= 0) return;
    person = k;
  }
  if (person < 0) return;
  const c = cands[person]!;
  if (!c.subject) return;
  let male = 0;
  let female = 0;
  let neuter = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || t.start < c.end) continue;
    // Every pronoun below opens with h, s or i: most words are out by one load, no hashing.
    const c0 = unitAt(t.lower, 0);
    if (c0 !== 0x68 && c0 !== 0x73 && c0 !== 0x69) continue;
    if (MALE_PRONOUNS.has(t.lower)) male++;
    else if (FEMALE_PRONOUNS.has(t.lower)) female++;
    else if (t.lower === 'its' || t.lower === 'itself') neuter++;
  }
  if (male && !female) c.pronounVotes = 1;
  else if (female && !male) c.pronounVotes = -1;
  else if (neuter && !male && !female) c.pronounVotes = 0;
}

function findInSentence(body: string, toks: Token[], sentence: number, out: Candidate[], titleCase = false): void {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // Most words are lower case and neither body words nor honorifics: two map lookups, no allocation.
    const known = mayContain(WORD_FILTER, t.lower);
    if (!t.cap && !known) {
      i++;
      continue;
    }
    const b = known ? BODY_BY_FORM.get(t.lower) : undefined;
    if (!t.cap && !b && !HONORIFIC_BY_LOWER.has(t.lower)) {
      i++;
      continue;
    }
    const openerBody = t.cap && !!b && (i === 0 || toks[i - 1]!.kind !== 'word') && !toks[i + 1]?.cap;
    if ((!t.cap && !isHonorific(t)) || openerBody) {
      const next = toks[i + 1];
      const modifier = next && next.kind === 'word' && !next.cap && (isBodyWord(next.lower) || isRoleWord(next.lower));
      const prevTok = tokAt(toks, i - 1);
      if (!b || modifier) {
        i++;
        continue;
      }
      const speaks = (!!next && isCueWord(next)) || (!!toks[i + 2] && next?.kind === 'word' && !next.cap && isCueWord(toks[i + 2]!)) || (!!prevTok && isCueWord(prevTok) && prevTok.lower !== 'found');
      if (b && !modifier && b.kind !== 'organisation') {
        out.push({ kind: b.kind, name: b.canonical, nameToks: [b.canonical], title: null, role: null, gender: 'unknown', start: t.start, end: t.end, sentence, evidence: speaks, surface: t.text, speaks: speaksAfter(toks, i + 1) || speaksBefore(toks, i), place: false, subject: false, pronounVotes: undefined });
      } else if (b && !modifier) {
        const prev = tokAt(toks, i - 1);
        if (prev && (prev.lower === 'the' || prev.lower === 'this')) {
          out.push({ kind: b.kind, name: b.canonical, nameToks: [b.canonical], title: null, role: null, gender: 'unknown', start: prev.start, end: t.end, sentence, evidence: speaks, surface: body.slice(prev.start, t.end), speaks: speaksAfter(toks, i + 1) || speaksBefore(toks, i - 1), place: false, subject: false, pronounVotes: undefined });
        }
      }
      i++;
      continue;
    }
    // A capitalised run: honorifics, capitalised words, initials, particles, "of/for" inside organisation names.
    let j = i;
    let orgHead = -1;
    while (j < toks.length) {
      const u = toks[j]!;
      if (u.cap && isOrganisationHead(u.text)) orgHead = j;
      if (u.kind !== 'word') break;
      if (u.cap || isHonorific(u) || (j > i && toks[j + 1]?.cap && NAME_PARTICLES.has(u.lower))) {
        j++;
        if (u.possessive) break;
        continue;
      }
      if (j > i && orgHead >= i && toks[j + 1]?.cap && ORGANISATION_JOINERS.has(u.lower) && u.lower !== 'the') {
        j++;
        continue;
      }
      break;
    }
    const n = out.length;
    classifyRun(body, toks, i, j, sentence, out, titleCase);
    if (out.length > n) out[n]!.subject = isSubjectAt(toks, i, j);
    i = Math.max(j, i + 1);
  }
}

function classifyRun(body: string, toks: Token[], i: number, j: number, sentence: number, out: Candidate[], titleCase: boolean): void {
  // Sentence-opening function words are not part of a name; nor is "Will" opening a question
  // ("Will Doe run again?"), though it is a given name.
  while (i < j) {
    const l = toks[i]!.lower;
    if (!((mayContain(NOT_NAME_FILTER, l) && NOT_NAME_LOWER.has(l)) || hasApostrophe(l) || (i === 0 && l === 'will' && isQuestion(toks))) || isHonorific(toks[i]!)) break;
    i++;
  }
  if (i >= j) return;
  // The run is `toks[i, j)` and the name in it `toks[ns, ne)`: index ranges, not copies (this
  // runs for every capitalised run).
  const last = toks[j - 1]!;
  const prev = tokAt(toks, i - 1);
  const next = toks[j];
  // "Anytown Securities Commissioner Jane Doe", "Doe Capital CEO John Doe": an organisation
  // before a title or role word inside the run is the person's employer; only heads after the
  // last title make the run an organisation.
  let afterTitle = i;
  for (let k = j - 1; k > i; k--) {
    const u = toks[k]!;
    if (isHonorific(u) || isRoleWord(u.lower)) {
      afterTitle = k + 1 < j ? k + 1 : i;
      break;
    }
  }
  let isOrg = false;
  for (let k = afterTitle; k < j && !isOrg; k++) isOrg = isOrganisationHead(unpossessed(toks[k]!)); // "Anytown News’ report"
  if (!isOrg && j - i === 1) isOrg = isAcronym(toks[i]!);
  if (isOrg) {
    let r = i;
    while (j - r > 1 && !toks[r]!.cap) r++;
    const first = toks[r]!;
    const name = body.slice(first.start, last.start + unpossessed(last).length);
    if (j - r === 1 && isOrganisationHead(unpossessed(first)) && !isAcronym(first)) return; // "Council" alone is a generic mention
    out.push({ kind: 'organisation', name, nameToks: [name], title: null, role: null, gender: 'unknown', start: first.start, end: last.end, sentence, evidence: true, surface: name, speaks: speaksAfter(toks, j) || speaksBefore(toks, i), place: false, subject: false, pronounVotes: undefined });
    return;
  }
  // A run right before a lower-case role or body noun is a modifier ("Anytown Labour leader", "an Acme inspection").
  if (next && next.kind === 'word' && !next.cap && (isRoleWord(next.lower) || isBodyWord(next.lower)) && !last.possessive) {
    const b = BODY_BY_FORM.get(next.lower);
    if (j - i === 1 && b && b.kind === 'document') {
      const t = toks[i]!;
      out.push({ kind: 'organisation', name: t.text, nameToks: [t.text], title: null, role: null, gender: 'unknown', start: t.start, end: t.end, sentence, evidence: true, surface: t.text, speaks: false, place: false, subject: false, pronounVotes: undefined });
    }
    return;
  }
  // Keep only the trailing name after any role words inside the run ("Strategic Director Jane Doe").
  let k = j - 1;
  while (k >= i && !isHonorific(toks[k]!) && !isRoleWord(toks[k]!.lower) && !isBodyWord(toks[k]!.lower)) k--;
  let ns = k + 1;
  let ne = j;
  if (ns === ne || allInitials(toks, ns, ne)) return;
  // "Roe Wednesday", "Doe Monday": a day or month after a name is no part of it.
  const untrimmed = ne - ns;
  // (nor an organisation joiner the run took in before the day: "Chairman Jane Doe on Monday")
  // (but a given name alone keeps a month or a word as its surname, "Theresa May", "Rory Read";
  // not a day or a number: "Oscar Sunday", "Marine One")
  while (ne - ns > 1 && (NOT_NAMES.has(toks[ne - 1]!.text) || !toks[ne - 1]!.cap)) {
    const w = toks[ne - 1]!;
    if (ne - ns === 2 && w.cap && !NO_SURNAME_TAILS.has(w.text) && isGivenName(toks[ns]!.lower)) break;
    ne--;
  }
  // "on Super Tuesday", "known as Black Friday": a word glued to a day after a preposition names the day, not a person.
  if (ne - ns === 1 && untrimmed > 1 && k < i && prev && prev.kind === 'word' && !prev.cap && NOT_VERBS.has(prev.lower)) return;
  // "Samuel A. Alito Jr.": the suffix is no surname.
  while (ne - ns > 1 && NAME_SUFFIXES.has(bare(toks[ne - 1]!))) ne--;
  if (ne - ns > 3) ns = ne - 2;
  // (a title-case headline's run without a given name, cut to its last word: a title in it
  // belongs to that word only when it stands right before it)
  let guessed = false;
  if (titleCase && ne - ns >= 2) {
    // In a title-case headline a name opens at a known given name, else only its last word is sure.
    let g = ne - 1;
    for (let m = ns; m < ne; m++) {
      if (isGivenName(toks[m]!.lower)) {
        g = m;
        break;
      }
    }
    guessed = g === ne - 1;
    ns = g;
  }
  // A title-case headline's function word is no first name ("… In Response To Doe's Claim").
  while (ne - ns > 1 && NOT_NAME_LOWER.has(toks[ns]!.lower)) ns++;
  // "… Lawmakers Rip Jane Doe": a headline word before a known given name is no part of the name.
  if (ne - ns === 3 && !isInitial(toks[ns]!) && isGivenName(toks[ns + 1]!.lower) && !isGivenName(toks[ns]!.lower) && !isHonorific(toks[ns]!)) ns++;
  if (ne - ns === 1 && NOT_NAME_LOWER.has(toks[ns]!.lower)) return;
  const titleTok = guessed ? (ns > i && isHonorific(toks[ns - 1]!) ? toks[ns - 1]! : null) : k >= i && isHonorific(toks[k]!) ? toks[k]! : lastHonorific(toks, i, j);
  // (A lower-case title word is a rank or an adjective here: "a major US party".)
  const capTitle = !!titleTok && titleTok.cap;
  // An acronym of three letters or more opening the run is an outlet or a company, no part of
  // a name: before a full name it is dropped ("ABC Jane Doe"), before one word the run is an
  // organisation ("NBC Anytown"); a run in capitals only is a headline or a label ("USA
  // TODAY"). Two letters are left alone: initials ("AJ Doe").
  if (ne - ns >= 2 && !capTitle && acronymOf3(toks[ns]!)) {
    let caps = true;
    for (let m = ns; m < ne; m++) if (!allCapitals(toks[m]!)) caps = false;
    if (caps) return;
    if (ne - ns === 2) {
      const r0 = toks[ns]!;
      const r1 = toks[ns + 1]!;
      const name = body.slice(r0.start, r1.start + unpossessed(r1).length);
      out.push({ kind: 'organisation', name, nameToks: [name], title: null, role: null, gender: 'unknown', start: r0.start, end: r1.end, sentence, evidence: true, surface: name, speaks: speaksAfter(toks, j) || speaksBefore(toks, i), place: false, subject: false, pronounVotes: undefined });
      return;
    }
    ns++;
  }
  const first = toks[ns]!;
  const lastTok = toks[ne - 1]!;
  const count = ne - ns;
  // "South Carolina", "Western Europe", "Islamic State": no person's name opens with such a word.
  if (count >= 2 && !titleTok && opensNoName(first.lower)) return;
  if (count === 1 && !titleTok && NOT_SURNAMES.has(first.lower)) return;
  // "WASHINGTON —", "ABSTRACT": a lone word in capitals is a dateline, a label or an acronym
  // (acronyms of six letters or fewer were taken as organisations above), no person untitled.
  if (count === 1 && !capTitle && allCapitals(first)) return;
  // "Suddenly, …", "Overwhelmingly they …": a lone word with an adverb's ending is no name;
  // "Texas said", "China announced": nor a country or state.
  if (count === 1 && !titleTok && (isAdverbLike(first.lower) || PLACE_NAMES.has(unpossessed(first)))) return;
  // "Americans", "Democrats": a people or a group, which may speak ("Voters often say …").
  if (count === 1 && !titleTok && isPeopleWord(unpossessed(first))) {
    const w = unpossessed(first);
    out.push({ kind: 'group', name: w, nameToks: [w], title: null, role: null, gender: 'unknown', start: first.start, end: first.start + w.length, sentence, evidence: true, surface: w, speaks: speaksAfter(toks, j) || speaksBefore(toks, i), place: false, subject: false, pronounVotes: undefined });
    return;
  }
  // "Anytown Square Garden", "Elm Street", "Anytown County": a run ending in a place word names
  // a place, even after a given name, unless that word is also a common surname ("Jane Park").
  // (A lower-case title is no evidence against it: "private Anytown Tower" reads "private" as a
  // rank; nor is a title before a run too long for a name: "King Jane Doe Memorial Church".)
  if (count >= 2 && (!capTitle || untrimmed > 3)) {
    if (endsInPlace(first.lower, unpossessed(lastTok))) return;
  }
  // A name after an article without a title is no mention ("the Smith report"): decided before
  // the phrase around it is read, as nothing below changes it.
  if (prev && (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') && !titleTok) return;
  // The phrase around the name matters only for a role word or title in it ("Labour leader Cllr …").
  // Its role (below) is made of the phrase's own tokens, so a phrase with none of either is not
  // parsed: `hasRoleWord` would refuse whatever role it gave.
  const floor = Math.max(0, i - 12);
  let phrase: ReturnType<typeof parsePhrase> = null;
  if (hasRoleToken(toks, floor, j)) {
    const pt = phraseEndingAt(toks, j - 1, floor);
    if (hasRoleToken(pt, 0, pt.length)) phrase = parsePhrase(body, pt);
  }
  const roleBefore = prev && prev.kind === 'word' && (isRoleWord(prev.lower) || isHonorific(prev));
  const commaCue = next?.text === ',' && !!toks[j + 1] && isCueWord(toks[j + 1]!) && !toks[j + 1]!.cap;
  const cueNear = commaCue || (next && isCueWord(next) && !next.cap) || (toks[j + 1] && next?.kind === 'word' && !DETERMINERS.has(next.lower) && isCueWord(toks[j + 1]!)) || (prev && isCueWord(prev));
  const apposition = next && next.text === ',' && toks[j + 1] && (toks[j + 1]!.lower === 'who' || isRoleWord(toks[j + 1]!.lower) || ((toks[j + 1]!.lower === 'the' || toks[j + 1]!.lower === 'a') && toks[j + 2] && isRoleWord(toks[j + 2]!.lower)) || toks[j + 1]!.kind === 'word' && AGE.test(toks[j + 1]!.text));
  // "62-year-old Jane Doe", "a 45-year-old mother, Jane Doe": an age adjective before a name describes a person.
  const aged = count >= 2 && !!prev && prev.kind === 'word' && startsWithDigit(prev.lower) && AGE_ADJECTIVE.test(prev.lower);
  let givenName = count >= 2 && count <= 3 && isGivenName(first.lower);
  for (let m = ns; m < ne && givenName; m++) if (isOrganisationHead(unpossessed(toks[m]!))) givenName = false;
  const evidence = !!titleTok || !!roleBefore || !!cueNear || !!apposition || givenName || aged;
  // (no token holds a space, so these are `name.split(' ')`)
  const words: string[] = [];
  for (let m = ns; m < ne; m++) words.push(unpossessed(toks[m]!));
  const name = words.length === 1 ? words[0]! : words.join(' ');
  const phraseRole = phrase?.kind === 'person' && phrase.role && hasRoleWord(phrase.role) ? phrase.role : null;
  out.push({
    kind: 'person',
    name,
    nameToks: words,
    title: titleTok ? titleTok.text : null,
    role: phraseRole ?? (titleTok ? titleTok.text : null),
    gender: genderOf(phraseRole ? phrase!.gender : 'unknown', titleTok, first, count),
    start: first.start,
    end: lastTok.end,
    sentence,
    evidence,
    surface: body.slice(titleTok && titleTok.end <= first.start ? titleTok.start : first.start, lastTok.end),
    speaks: speaksAfter(toks, j) || speaksBefore(toks, i),
    place: count === 1 && !first.possessive && !(next && startsWithDigit(next.text)) && !titleTok && !aged && !!prev && prev.kind === 'word' && LOCATIVES.has(prev.lower),
    subject: false,
    pronounVotes: undefined,
  });
}

/** A word no person's name opens with, lower case ("south" of "South Carolina", "islamic"). */
function opensNoName(firstLower: string): boolean {
  return NOT_GIVEN_NAMES.has(firstLower);
}

/**
 * A name of two or more words whose last word (as written) names a place ("… Square Garden",
 * "… County"), unless that word is also a common surname after a given name ("Jane Park").
 */
function endsInPlace(firstLower: string, last: string): boolean {
  return PLACE_HEADS.has(last) && !(SURNAME_PLACE_HEADS.has(last) && isGivenName(firstLower));
}

/**
 * Does a capitalised name of two or more space-separated words, read without a title, name a
 * place or a thing rather than a person ("North Korea", "South Carolina", "Islamic State",
 * "Orange County")? The entity table's own tests, for extractors that find names by other means.
 */
export function namesPlace(name: string): boolean {
  const firstSpace = name.indexOf(' ');
  if (firstSpace < 0) return false;
  const firstLower = name.slice(0, firstSpace).toLowerCase();
  return opensNoName(firstLower) || endsInPlace(firstLower, name.slice(name.lastIndexOf(' ') + 1));
}

/** Does the sentence `toks` end in a question mark (before any closing marks)? */
function isQuestion(toks: Token[]): boolean {
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (t.kind === 'mark' || t.text === ')') continue;
    return t.text === '?';
  }
  return false;
}

/** Words that open a noun phrase: "Throughout his remarks" is no "Doe also said". */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'these', 'those', 'that']);

/** An age in apposition ("Doe, 62, said"). */
const AGE = /^\d{1,3}$/;
/** An age adjective ("62-year-old", "45-year old"). */
const AGE_ADJECTIVE = /^\d{1,3}-year(?:-| )old$/;
/** Prepositions before a place far more often than before a person ("in Ohio", "across Normandy"). */
const LOCATIVES = new Set(['in', 'across', 'throughout', 'near', 'outside', 'inside']);

/** Lower-case words that may stand inside a role before a name ("the former campaign manager"). */
const NP_MODIFIERS = new Set(['the', 'former', 'then', 'longtime', 'veteran', 'senior', 'top', 'chief', 'deputy', 'campaign', 'party', 'state', 'press', 'vice', 'assistant', 'acting']);

/** Words after which a name still opens a clause ("…, and Doe left", "because Doe …"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'when', 'while', 'as', 'because', 'after', 'before', 'if', 'since', 'though', 'although', 'so', 'then', 'meanwhile', 'also', 'where', 'until', 'once']);
/** Words after a name that show it is not a subject ("Doe and …", "Doe of Ohio", "Doe in 2012"). */
const NOT_VERBS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'than', 'about', 'into', 'over', 'after', 'before', 'against', 'during', 'since', 'under', 'who', 'whom', 'whose', 'which', 'that', 'nor', 'but', 'because', 'if', 'when', 'while']);

/** Does the mention over tokens `[i, j)` read as the subject of a clause? */
function isSubjectAt(toks: Token[], i: number, j: number): boolean {
  // What follows and a possessive decide alone as often as not, and cost least: asked first.
  if (!verbFollows(toks, j)) return false;
  const last = toks[j - 1];
  // "Doe's been saying": the "’s" of "has" before a participle, no possessive.
  if (last && last.possessive && !HAS_PARTICIPLES.has(toks[j]?.lower ?? '')) return false;
  // The noun phrase may open before the name with roles and their modifiers: "Campaign
  // chairman Jane Doe said", "But McConnell spokesman Don Roe said", "the former mayor, Doe".
  let h = i;
  while (h > 0 && h > i - 6) {
    const t = toks[h - 1]!;
    if (t.kind !== 'word' || t.possessive) break;
    if (isRoleWord(t.lower) || isHonorific(t) || (t.cap && !CLAUSE_OPENERS.has(t.lower) && !NOT_NAMES.has(t.text)) || NP_MODIFIERS.has(t.lower)) h--;
    else break;
  }
  if (h < i) {
    let role = false;
    for (let k = h; k < i && !role; k++) role = isRoleWord(toks[k]!.lower) || isHonorific(toks[k]!);
    if (!role) h = i;
  }
  i = h;
  const prev = tokAt(toks, i - 1);
  const opens = !prev || prev.kind !== 'word' ? prev?.text !== '’' : CLAUSE_OPENERS.has(prev.lower) && !prev.cap ? true : prev.cap && CLAUSE_OPENERS.has(prev.lower);
  return opens;
}

/** Does what follows the mention that ends before token `j` read as its verb (or a comma)? */
function verbFollows(toks: Token[], j: number): boolean {
  let next = toks[j];
  // "Doe on Friday played down …", "Doe in 2012 said …": a time phrase between subject and verb.
  const when = toks[j + 1];
  if (next && when && (next.lower === 'on' || next.lower === 'in') && (/^\d{4}$/.test(when.text) || DAYS.has(when.text))) next = toks[j + 2];
  if (!next) return false;
  if (next.text === ',') return true;
  return next.kind === 'word' && !next.cap && !NOT_VERBS.has(next.lower);
}

const HAS_PARTICIPLES = new Set(['been', 'got', 'gotten', 'had', 'done', 'made', 'said', 'told', 'become']);
const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** Words of `NOT_NAMES` that are no one's surname even after a given name. */
const NO_SURNAME_TAILS = new Set([...DAYS, 'One', 'Two', 'Three']);

/** A person's gender: from role words, else the honorific, else a common given name (of a name of `words` words). */
function genderOf(fromRole: Gender, titleTok: Token | null, first: Token, words: number): Gender {
  if (fromRole !== 'unknown') return fromRole;
  const h = titleTok ? (titleTok.cap ? HONORIFIC_BY_FORM.get(bare(titleTok)) : HONORIFIC_BY_LOWER.get(bare(titleTok).toLowerCase())) : undefined;
  if (h && h.gender !== 'unknown') return h.gender;
  return words >= 2 ? GIVEN_NAME_GENDER.get(first.lower) ?? 'unknown' : 'unknown';
}

/** Lower-case words that are a one-word finite (past or present) reporting verb form. */
const FINITE_CUES = new Set([...CUE_BY_WORD].filter(([, es]) => es.some((e) => e.length === 1 && (e.form === 'past' || e.form === 'present'))).map(([w]) => w));
const FINITE_CUE_FILTER = wordFilter(FINITE_CUES);

/** A finite (past or present) reporting verb form. */
function isFiniteCue(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  return mayContain(FINITE_CUE_FILTER, t.lower) && FINITE_CUES.has(t.lower);
}

/**
 * Does a reporting verb follow the mention that ends before token `j`: "Doe said", "Doe also
 * told", "Doe, the party's leader, said"?
 */
function speaksAfter(toks: Token[], j: number): boolean {
  let k = j;
  while (k < toks.length && k - j < 3 && toks[k]!.kind === 'word' && !toks[k]!.cap && (CUE_ADVERBS.has(toks[k]!.lower) || toks[k]!.lower.endsWith('ly'))) k++;
  if (isFiniteCue(toks[k])) return true;
  if (toks[j]?.text !== ',') return false;
  // An apposition or relative clause between commas, then the verb.
  for (let m = j + 1; m < toks.length && m - j < 16; m++) {
    const t = toks[m]!;
    if (t.kind === 'mark' || t.text === '.' || t.text === ';') return false;
    if (t.text === ',') return isFiniteCue(toks[m + 1]);
  }
  return false;
}

/** Does an inverted reporting verb stand before the mention that starts at token `i`: "…,” said Doe"? */
function speaksBefore(toks: Token[], i: number): boolean {
  const v = tokAt(toks, i - 1);
  if (!isFiniteCue(v)) return false;
  const b = tokAt(toks, i - 2);
  return !b || b.kind === 'mark' || b.text === ',';
}

/** Is one of `toks[from, to)` a role word or an honorific? */
function hasRoleToken(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = toks[k]!;
    if (u.kind === 'word' && (isRoleWord(u.lower) || isHonorific(u))) return true;
  }
  return false;
}

/** Does a phrase hold a role word or an honorific ("Labour leader", "Cllr")? */
function hasRoleWord(text: string): boolean {
  let v = ROLE_PHRASES.get(text);
  if (v === undefined) {
    v = tokenize(text, 0, text.length, 20).some((t) => t.kind === 'word' && (isRoleWord(t.lower) || isHonorific(t)));
    // The same few role phrases come back article after article; the cache is bounded.
    if (ROLE_PHRASES.size >= 4096) ROLE_PHRASES.clear();
    ROLE_PHRASES.set(text, v);
  }
  return v;
}
const ROLE_PHRASES = new Map<string, boolean>();

const NONE: readonly number[] = [];
const NO_CANDIDATES: readonly Candidate[] = [];

/** Merge candidates into entities: full names first, then short forms to the nearest full name. */
function link(cands: Candidate[], body: string): EntityTable {
  const entities: EntityTable['entities'] = [];
  // Names by kind, then by name (no "kind:name" key strings to build and hash for every mention).
  const byName = new Map<string, Map<string, number>>();
  const named = (kind: string, name: string): number | undefined => byName.get(kind)?.get(name);
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  const mentions: Mention[] = [];
  const add = (c: Candidate): number => {
    const idx = entities.length;
    entities.push({ kind: c.kind, name: c.name, aliases: [], roles: [], start: c.start, end: c.end, gender: c.gender, strong: c.evidence });
    let names = byName.get(c.kind);
    if (!names) byName.set(c.kind, (names = new Map()));
    names.set(c.name, idx);
    if (c.kind === 'person' && c.nameToks.length >= 2) {
      const sn = c.nameToks[c.nameToks.length - 1]!;
      const ss = bySurname.get(sn);
      if (ss) ss.push(idx);
      else bySurname.set(sn, [idx]);
      const fn = c.nameToks[0]!;
      const fs = byFirstName.get(fn);
      if (fs) fs.push(idx);
      else byFirstName.set(fn, [idx]);
    }
    return idx;
  };
  // Pass 1: multi-word person names and every non-person.
  const assigned: number[] = new Array(cands.length).fill(-1);
  cands.forEach((c, k) => {
    if (c.kind === 'person' && c.nameToks.length < 2) return;
    let idx = named(c.kind, c.name);
    if (idx === undefined && c.kind === 'person') {
      // "Hillary Rodham Clinton" and "Hillary Clinton": same first and last name.
      const sn = c.nameToks[c.nameToks.length - 1]!;
      const first = c.nameToks[0]!;
      idx = (bySurname.get(sn) ?? NONE).find((e) => firstWordIs(entities[e]!.name, first));
    }
    assigned[k] = idx ?? add(c);
  });
  // Full-name mentions per entity (start, sentence), in order: which namesake a bare surname
  // means. Made on first use: few articles name two people of one surname.
  let fullMentions: Map<number, Candidate[]> | null = null;
  const fullMentionsOf = (e: number): readonly Candidate[] => {
    if (!fullMentions) {
      fullMentions = new Map();
      // (the persons pass 1 linked: those of two words or more)
      cands.forEach((c, k) => {
        if (c.kind !== 'person' || c.nameToks.length < 2) return;
        const l = fullMentions!.get(assigned[k]!);
        if (l) l.push(c);
        else fullMentions!.set(assigned[k]!, [c]);
      });
    }
    return fullMentions.get(e) ?? NO_CANDIDATES;
  };
  /**
   * Of several people with one surname named before, a bare "Doe" is the one named in full in
   * its own or the previous sentence ("John Doe spoke. Doe said …"), the latest such; else the
   * first introduced, the article's principal ("Jane Doe … her daughter, Ann Doe … Doe said").
   */
  const namesake = (before: number[], c: Candidate): number => {
    let best = -1;
    let bestStart = -1;
    for (const e of before) {
      for (const m of fullMentionsOf(e)) {
        if (m.start >= c.start) break;
        if (m.sentence >= c.sentence - 1 && m.start > bestStart) {
          best = e;
          bestStart = m.start;
        }
      }
    }
    return best >= 0 ? best : before[0]!;
  };
  // Words the article uses as places ("in Ohio") are no person when they stand alone untitled.
  const places = new Set<string>();
  for (const c of cands) if (c.place) places.add(c.name);
  // Lone untitled names no full name explains; those the article also writes in lower case
  // ("State", "Jury") are no person shown (see usedInLowerCase, asked only of strong ones below).
  const loneWords = new Set<string>();
  // Pass 2: single words: a surname (or first name) of a known person, else a person of their own.
  cands.forEach((c, k) => {
    if (assigned[k]! >= 0) return;
    const w = c.nameToks[0]!;
    if (!c.title && places.has(w)) c.evidence = false;
    let options: readonly number[] = bySurname.get(w) ?? NONE;
    // "Mrs. Doe" after "John Doe" and "Jane Doe": the title's gender picks the namesake.
    if (options.length > 1 && c.gender !== 'unknown') {
      const fit = options.filter((e) => entities[e]!.gender === c.gender);
      if (fit.length) options = fit;
    }
    let idx: number | undefined;
    if (options.length === 1) {
      // (one person of this surname: `namesake` could only pick it, named before or not)
      idx = options[0];
    } else if (options.length) {
      const before = options.filter((e) => entities[e]!.start <= c.start);
      idx = before.length ? namesake(before, c) : options[0];
    } else if (named('organisation', w) !== undefined) {
      idx = named('organisation', w);
    } else {
      // The latest person introduced before with this first name.
      const firsts = places.has(w) && !c.title ? undefined : byFirstName.get(w);
      let latest = -1;
      if (firsts) for (const e of firsts) if (entities[e]!.start <= c.start) latest = e;
      idx = latest >= 0 ? latest : named('person', w);
    }
    if ((idx === undefined || idx < 0) && c.kind === 'person' && !c.title && !c.role) loneWords.add(w);
    assigned[k] = idx !== undefined && idx >= 0 ? idx : add(c);
  });
  cands.forEach((c, k) => {
    const e = entities[assigned[k]!]!;
    if (c.evidence) e.strong = true;
    if (c.surface !== e.name && !e.aliases.includes(c.surface)) e.aliases.push(c.surface);
    if (c.title && !e.roles.includes(c.title)) e.roles.push(c.title);
    if (c.role && !e.roles.includes(c.role)) e.roles.push(c.role);
    if (e.gender === 'unknown' && c.gender !== 'unknown') e.gender = c.gender;
    mentions.push({ start: c.start, end: c.end, entity: assigned[k]!, sentence: c.sentence, speaks: c.speaks, subject: c.subject });
  });
  // Entities still without a gender take the one their pronouns agree on, two to one at least.
  // ("China announced its plan": a lone name its subject refers back to with "its" is no person.)
  const votes = new Map<number, [number, number, number]>();
  cands.forEach((c, k) => {
    if (c.pronounVotes === undefined) return;
    const v = votes.get(assigned[k]!) ?? [0, 0, 0];
    v[c.pronounVotes > 0 ? 0 : c.pronounVotes < 0 ? 1 : 2]++;
    votes.set(assigned[k]!, v);
  });
  for (const [idx, [m, f, n]] of votes) {
    const e = entities[idx]!;
    if (e.kind === 'person' && n > m + f && !e.name.includes(' ') && !e.roles.length) places.add(e.name);
    if (e.kind !== 'person' || e.gender !== 'unknown') continue;
    if (m >= 2 * f + 1) e.gender = 'male';
    else if (f >= 2 * m + 1) e.gender = 'female';
  }
  // A multi-word name whose surname is used again alone is a person.
  cands.forEach((c, k) => {
    const e = entities[assigned[k]!]!;
    if (e.kind === 'person' && c.nameToks.length === 1 && e.name.includes(' ') && lastWordIs(e.name, c.nameToks[0]!)) e.strong = true;
  });
  // A full name sharing its surname with a person is a person too ("Jane Doe … her husband, Rob Doe").
  for (const ids of bySurname.values()) {
    if (ids.length > 1 && ids.some((e) => entities[e]!.strong)) for (const e of ids) entities[e]!.strong = true;
  }
  // A lone word the article also uses as a place is no person unless a title or role said so.
  for (const e of entities) if (e.kind === 'person' && places.has(e.name) && !e.roles.length) e.strong = false;
  const inLowerCase = lowerCaseUse(body);
  for (const e of entities) if (e.kind === 'person' && e.strong && !e.roles.length && loneWords.has(e.name) && inLowerCase(e.name)) e.strong = false;
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** `name.split(' ')[0] === word`, for a word without spaces, without splitting. */
function firstWordIs(name: string, word: string): boolean {
  return name.startsWith(word) && (name.length === word.length || unitAt(name, word.length) === 0x20);
}

/** `name.endsWith(' ' + word)`, without building the string. */
function lastWordIs(name: string, word: string): boolean {
  return name.length > word.length && name.endsWith(word) && unitAt(name, name.length - word.length - 1) === 0x20;
}

/**
 * Does the article also write the word in lower case, between spaces ("the state", "a ring")?
 * A lone capitalised word it does is a sentence-opening common noun ("State officials …"),
 * no evidence of a person by itself. Run once per lone name no full name explains, not per word.
 */
function usedInLowerCase(body: string, word: string): boolean {
  if (word.length < 3) return false;
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return body.includes(` ${lower} `);
}

/** Bodies longer than this (UTF-16 units) answer `usedInLowerCase` from a set of their words. */
const LOWER_CASE_SET_CHARS = 100_000;

/**
 * `usedInLowerCase` for one body, asked of every lone name. A search of the body per name is
 * quadratic in a long one (its lone names grow with it: 8.5 MB of news as one text spent 1.7 s
 * here), so a long body is split once at its spaces: `" word "` stands in it exactly when a
 * piece between two spaces is that word.
 */
function lowerCaseUse(body: string): (word: string) => boolean {
  if (body.length <= LOWER_CASE_SET_CHARS) return (word) => usedInLowerCase(body, word);
  let pieces: Set<string> | null = null;
  return (word) => {
    if (word.length < 3 || word.includes(' ')) return usedInLowerCase(body, word);
    const lower = word.toLowerCase();
    if (lower === word) return false;
    if (pieces === null) {
      pieces = new Set();
      // (the pieces between two spaces: not the text before the first space or after the last)
      for (let i = body.indexOf(' '), j = body.indexOf(' ', i + 1); j !== -1; i = j, j = body.indexOf(' ', j + 1)) if (j > i + 1) pieces.add(body.slice(i + 1, j));
    }
    return pieces.has(lower);
  };
}

/** Index of the entity a person's name (full or short form) refers to at `at`, or -1. */
export function findPerson(table: EntityTable, name: string, at: number): number {
  // The name's first and last space-separated parts and their number, as `name.split(' ')`
  // gives them, without splitting.
  const firstSpace = name.indexOf(' ');
  const lastSpace = name.lastIndexOf(' ');
  let parts = 1;
  for (let k = firstSpace; k >= 0; k = name.indexOf(' ', k + 1)) parts++;
  const first = firstSpace < 0 ? name : name.slice(0, firstSpace);
  const last = lastSpace < 0 ? name : name.slice(lastSpace + 1);
  // The first person of exactly this name wins, else the last match before `at`, else the first
  // after. A match has this last part and (one part) or this first word (more), and as many
  // parts.
  const entities = table.entities;
  if (entities.length <= INDEX_ENTITIES) {
    // Every person compared, its parts read off the name in place (an article names a few dozen).
    let best = -1;
    let bestAfter = -1;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k]!;
      if (e.kind !== 'person') continue;
      const n = e.name;
      if (n === name) return k;
      const matches = parts === 1 ? lastPartIs(n, last) || firstWordIs(n, last) : lastPartIs(n, last) && firstWordIs(n, first);
      if (!matches || !hasParts(n, parts)) continue;
      if (e.start <= at) best = k;
      else if (bestAfter < 0) bestAfter = k;
    }
    return best >= 0 ? best : bestAfter;
  }
  // Only the persons the index lists under those words (a scan of every person for every
  // speaker was quadratic in a long article: 1.3 s in 8.5 MB of news as one text).
  const index = personIndex(table);
  const exact = index.byName.get(name);
  if (exact !== undefined) return exact;
  const byLast = index.byLastPart.get(last) ?? NONE;
  const byFirst = parts === 1 ? (index.byFirstWord.get(last) ?? NONE) : NONE;
  let best = -1;
  let bestAfter = -1;
  // (the two lists merged in order of index, each person once)
  for (let i = 0, j = 0; i < byLast.length || j < byFirst.length; ) {
    let k: number;
    if (j >= byFirst.length || (i < byLast.length && byLast[i]! <= byFirst[j]!)) {
      k = byLast[i++]!;
      if (j < byFirst.length && byFirst[j] === k) j++;
    } else k = byFirst[j++]!;
    const e = entities[k]!;
    const n = e.name;
    if (parts > 1 && !firstWordIs(n, first)) continue;
    if (!hasParts(n, parts)) continue;
    if (e.start <= at) best = k;
    else if (bestAfter < 0) bestAfter = k;
  }
  return best >= 0 ? best : bestAfter;
}

/** Tables of more entities than this are looked up in an index (`personIndex`); smaller ones are scanned, which costs less than building it. */
const INDEX_ENTITIES = 200;

/** `name.split(' ').pop() === word`, for a word without spaces, without splitting. */
function lastPartIs(name: string, word: string): boolean {
  return name === word || lastWordIs(name, word);
}

/** The table's persons by name, by last space-separated part and by first word, in order. */
interface PersonIndex {
  byName: Map<string, number>;
  byLastPart: Map<string, number[]>;
  byFirstWord: Map<string, number[]>;
}

const PERSON_INDEX = new WeakMap<EntityTable, PersonIndex>();

/** The person index of a finished table (made on first use: the table does not change after `link`). */
function personIndex(table: EntityTable): PersonIndex {
  let index = PERSON_INDEX.get(table);
  if (index) return index;
  index = { byName: new Map(), byLastPart: new Map(), byFirstWord: new Map() };
  const entities = table.entities;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (e.kind !== 'person') continue;
    const n = e.name;
    if (!index.byName.has(n)) index.byName.set(n, k);
    const firstSpace = n.indexOf(' ');
    push(index.byLastPart, n.slice(n.lastIndexOf(' ') + 1), k);
    push(index.byFirstWord, firstSpace < 0 ? n : n.slice(0, firstSpace), k);
  }
  PERSON_INDEX.set(table, index);
  return index;
}

function push(map: Map<string, number[]>, key: string, k: number): void {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
}

/** `name.split(' ').length >= parts`, without splitting. */
function hasParts(name: string, parts: number): boolean {
  let n = 1;
  for (let k = 0; k < name.length && n < parts; k++) if (unitAt(name, k) === 0x20) n++;
  return n >= parts;
}
