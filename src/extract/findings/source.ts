/**
 * Sources: the canonical name of whoever found or reported a finding, and the resolution of
 * pronoun sources ("they said", "it found") to the nearest earlier compatible source.
 *
 * Canonical forms: collective nouns read lower case, plural people bare ("inspectors",
 * "researchers"), bodies and documents with their article ("the report", "the inspectorate",
 * "the council"), whatever adjectives or owners stood before them ("a recent watchdog report" →
 * "the report"). Proper names are kept as written, without titles or a leading "The" ("Dr Jane
 * Smith" → "Jane Smith", "The National Audit Office" → "National Audit Office").
 *
 * `sourceOf` is the one entry point the rest of the extractor uses, so that it can be swapped for
 * the shared speaker canonicaliser without touching the rules.
 */
import { HONORIFICS, ORGANISATION_WORDS, SOURCE_NOUNS, SOURCE_PRONOUNS, type SourceKind } from '../../lexicon/findings.js';
import { WEEKDAYS } from '../../lexicon/dates.js';
import { tokenize, unpossessive, type Token } from './tokens.js';

export type SourceClass = SourceKind | 'person' | 'organisation' | 'name';

export interface Source {
  /** Canonical name ("inspectors", "the report", "Jane Smith", "National Audit Office"). */
  name: string;
  /** What kind of source it is: pronouns are resolved against this. */
  kind: SourceClass;
  /** Set when the phrase was a pronoun; `name` is then the pronoun until resolved. */
  pronoun?: 'plural' | 'thing' | 'person';
}

const NOUNS = new Map(SOURCE_NOUNS.map((n) => [n.noun, n]));
/** Full weekday names, lower case ("monday"; not "mon", "sun": words too). */
const DAY_NAMES = new Set(WEEKDAYS.map((d) => d.words[0]!));

/** Pronouns that name the writer or the reader, never a source of the article's findings. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you']);

/** A full weekday name ("Tuesday"), lower case: a time, no part of a name or a source. */
export function isDayName(lower: string): boolean {
  return DAY_NAMES.has(lower);
}
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'de', 'von', 'van']);

/**
 * The canonical source named by a noun phrase as written (the subject of a reporting verb, or
 * what follows "according to"), or `null` when the phrase cannot be a source (an ordinary
 * noun, a first-person pronoun, a clause).
 */
export function sourceOf(phrase: string): Source | null {
  return sourceOfTokens(phrase, tokenize(phrase, 0, phrase.length).filter((t) => t.word));
}

/**
 * `sourceOf` over words already tokenized (`words` hold offsets into `text`): the extractor
 * passes the sentence's own tokens, so a subject is not tokenized a second time.
 */
export function sourceOfTokens(text: string, words: readonly Token[]): Source | null {
  const phrase = text;
  const toks = words.slice();
  while (toks.length > 0 && (toks[0]!.lower === 'also' || toks[0]!.lower === 'both')) toks.shift();
  // "…, according to officials Monday": the day is when, not who.
  if (toks.length > 0 && isDayName(toks[toks.length - 1]!.lower)) {
    toks.pop();
    if (toks.length > 0 && toks[toks.length - 1]!.lower === 'on') toks.pop();
  }
  if (toks.length === 0) return null;
  if (toks.length === 1) {
    // (a pronoun with a contracted verb: "as I've suggested", "they've found")
    const w = toks[0]!.lower;
    const apostrophe = w.indexOf("'");
    const bare = apostrophe > 0 ? w.slice(0, apostrophe) : w;
    const pronoun = SOURCE_PRONOUNS.get(bare);
    if (pronoun) return { name: bare, kind: pronoun === 'person' ? 'person' : 'body', pronoun };
    if (apostrophe > 0 && FIRST_AND_SECOND_PERSON.has(bare)) return null;
  }
  const head = toks[toks.length - 1]!;
  const headWord = unpossessive(head.lower);
  const noun = NOUNS.get(headWord);
  // A capitalised head is a name unless it is a known noun standing alone ("Inspectors found").
  const named = head.cap && !(noun && toks.length === 1);
  if (!named) {
    if (noun) return { name: noun.kind === 'group' ? headWord : `the ${headWord}`, kind: noun.kind };
    // "A CNN poll released Sunday showed", "the report published in May": a participle after
    // the noun says when or by whom it came out; the noun is the source.
    const before = toks[toks.length - 2];
    if (before !== undefined && !before.cap && headWord.endsWith('ed')) {
      const n = NOUNS.get(unpossessive(before.lower));
      if (n) return { name: n.kind === 'group' ? before.lower : `the ${before.lower}`, kind: n.kind };
    }
    return null;
  }
  return nameOf(phrase, toks);
}

/** A proper name: the trailing run of capitalised words, without titles or a leading "The". */
function nameOf(phrase: string, toks: Token[]): Source | null {
  let s = toks.length - 1;
  while (s > 0) {
    const prev = toks[s - 1]!;
    if (prev.cap && !prev.lower.endsWith("'s")) s--;
    else if (CONNECTORS.has(prev.lower) && s - 2 >= 0 && toks[s - 2]!.cap && prev.lower !== 'the') s--;
    else break;
  }
  let run = toks.slice(s);
  let honorific = false;
  while (run.length > 1 && (HONORIFICS.has(run[0]!.lower.replace(/\.$/, '')) || run[0]!.lower === 'the')) {
    honorific ||= run[0]!.lower !== 'the';
    run = run.slice(1);
  }
  const org = run.some((t) => ORGANISATION_WORDS.has(unpossessive(t.lower)));
  if (!org) {
    // A person's name follows their role: "Strategic Director for Children Jane Smith".
    let k = run.length;
    while (k > 0 && !CONNECTORS.has(run[k - 1]!.lower)) k--;
    run = run.slice(k);
    if (run.length > 3) run = run.slice(-2);
  }
  if (run.length === 0) return null;
  const last = run[run.length - 1]!;
  const end = last.lower.endsWith("'s") ? last.end - 2 : last.end;
  const name = phrase.slice(run[0]!.start, end);
  const acronym = run.length === 1 && name.length > 1 && name === name.toUpperCase();
  const kind: SourceClass = org || acronym ? 'organisation' : run.length >= 2 || honorific ? 'person' : 'name';
  return { name, kind };
}

/**
 * Sources seen so far in an article, in order, for pronouns and for list introducers without
 * a subject ("Among failings highlighted are:").
 */
export class SourceMemory {
  private lastPerson: Source | null = null;
  private lastGroup: Source | null = null;
  private lastThing: Source | null = null;
  /** Offset where the last person source was named; -1 before any. */
  lastPersonAt = -1;

  /** Note a source named at offset `at` of the body. */
  remember(src: Source | null, at: number): void {
    if (!src || src.pronoun) return;
    switch (src.kind) {
      case 'person':
        this.lastPerson = src;
        this.lastPersonAt = at;
        break;
      case 'group':
        this.lastGroup = src;
        break;
      case 'name':
        this.lastPerson = src;
        this.lastPersonAt = at;
        this.lastThing = src;
        break;
      default:
        this.lastThing = src;
    }
  }

  /** A pronoun source resolved to the nearest compatible earlier source; `null` if none. */
  resolve(src: Source): Source | null {
    if (!src.pronoun) return src;
    switch (src.pronoun) {
      case 'person':
        return this.lastPerson;
      case 'plural':
        return this.lastGroup ?? this.lastThing;
      case 'thing':
        return this.lastThing;
    }
  }

  /** The nearest earlier body, group or document (not a person): who a bare list reports. */
  nearestReporter(): Source | null {
    return this.lastThing ?? this.lastGroup;
  }
}
