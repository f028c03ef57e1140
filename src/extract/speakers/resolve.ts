/**
 * Resolve a parsed speaker phrase to a canonical speaker: a person's full name from the entity
 * table (short forms "Cllr Doe" and "Doe" to the full name given earlier), a pronoun to the
 * nearest compatible earlier entity, a body to its stable form.
 */
import type { Entity, Segmented } from '../../schema.js';
import { findSpanAt } from '../../text/location.js';
import { PRONOUN_BY_FORM } from '../../lexicon/pronouns.js';
import { entityTable, findPerson, type EntityTable } from './entities.js';
import { tokenize } from './tokens.js';
import type { SpeakerPhrase } from './phrase.js';

export interface Speaker {
  /** Canonical name: a person's full name without title, or a body's stable form. */
  name: string;
  kind: Entity['kind'];
  role: string | null;
  /** The entity of the table it resolved to, or -1. */
  entity: number;
  /** Offset of the words that named it, when known (the quote extractor's attributions). */
  at?: number;
}

/** How many pronoun subjects in a row a pronoun follows back to a name. */
const CHAIN_DEPTH = 3;
/** Words that open an adverbial before a sentence's subject ("When …, he", "After …, she"). */
const LEADS = new Set(['when', 'after', 'before', 'as', 'while', 'in', 'on', 'at', 'during', 'asked', 'later', 'earlier', 'then', 'but', 'and', 'still', 'since', 'if', 'though', 'although', 'speaking', 'following', 'for', 'with', 'by', 'from', 'to']);

/**
 * The offset of `form` ("he", "she") when it is the subject of the last sentence before the
 * sentence at `at` that is not inside a quotation (`skip`), or -1: the sentence opens with it
 * ("He said …", "But he …") or with an adverbial and then it ("When asked, he …").
 */
function subjectPronounBefore(doc: Segmented, form: string, at: number, skip: (offset: number) => boolean): number {
  const si = findSpanAt(doc.sentences, at) - 1;
  // A quotation in between has a speaker of its own, which the caller weighs; no chain over it.
  if (si < 0 || skip(doc.sentences[si]!.start)) return -1;
  const sent = doc.sentences[si]!;
  const toks = tokenize(doc.article.body, sent.start, sent.end, 24);
  let k = 0;
  while (k < toks.length && toks[k]!.kind === 'word' && (toks[k]!.lower === 'but' || toks[k]!.lower === 'and' || toks[k]!.lower === 'then' || toks[k]!.lower === 'so')) k++;
  if (toks[k]?.lower === form) return toks[k]!.start;
  if (toks[k]?.kind === 'word' && LEADS.has(toks[k]!.lower)) {
    const c = toks.findIndex((t, m) => m > k && t.text === ',');
    if (c > 0 && toks[c + 1]?.lower === form) return toks[c + 1]!.start;
  }
  return -1;
}

/**
 * For a surname mention after a gendered courtesy title ("Mrs. Doe") that the table linked to
 * a namesake of the other gender ("John Doe"), the entity of that surname with the title's
 * gender, or -1.
 */
function titledNamesake(doc: Segmented, table: EntityTable, start: number, entity: number, gender: string): number {
  const body = doc.article.body;
  const before = body.slice(Math.max(0, start - 5), start);
  const female = /\b(?:Mrs|Ms|Miss)\.? $/.test(before);
  const male = /\bMr\.? $/.test(before);
  if (!(female && gender === 'female') && !(male && gender === 'male')) return -1;
  const e = table.entities[entity]!;
  const last = e.name.split(' ').pop()!;
  return table.entities.findIndex((x, k) => k !== entity && x.kind === 'person' && x.gender === gender && (x.name === last || x.name.endsWith(` ${last}`)));
}

/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_REACH = 6;
/** How many mentions back at most (bounds the cost in one very long sentence). */
const MENTION_REACH = 200;
/** How many sentences back a speaker (subject of a reporting verb) is preferred, and by how many sentences. */
const SPEAKER_REACH = 4;
const SPEAKER_BONUS = 2.5;
/** How many sentences a sentence subject is preferred by, over a mention elsewhere in a sentence. */
const SUBJECT_BONUS = 1.5;
/**
 * How many sentences the subject of the pronoun's own or the previous sentence is preferred by
 * in addition: "Doe did not agree. “…,” he said." is Doe even when Roe spoke just before.
 */
const LAST_SUBJECT_BONUS = 2;
/** How many sentences a one-word name with no title or role is put back by. */
const DOUBT_PENALTY = 1;

/**
 * The speaker a phrase names at offset `at`. `recent` are speakers the quote extractor has
 * already attributed, nearest last, which a pronoun prefers when compatible.
 */
export function resolvePhrase(
  doc: Segmented,
  p: SpeakerPhrase,
  at: number,
  recent: readonly Speaker[] = [],
  skip: (offset: number) => boolean = () => false,
  from: number = at,
): Speaker | null {
  const table = entityTable(doc);
  if (p.kind === 'pronoun') return resolvePronoun(doc, table, p.name, at, recent, skip, 0, from);
  if (p.kind === 'person') {
    let idx = findPerson(table, p.name, at);
    if (idx >= 0 && p.gender !== 'unknown' && table.entities[idx]!.gender !== 'unknown' && table.entities[idx]!.gender !== p.gender) {
      // "Mrs. Doe" is not the "John Doe" the table found: the same surname with a compatible gender, or none.
      const last = p.name.split(' ').pop()!;
      idx = table.entities.findIndex((x) => x.kind === 'person' && x.gender !== table.entities[idx]!.gender && (x.name === last || x.name.endsWith(` ${last}`)));
    }
    const e = idx >= 0 ? table.entities[idx]! : undefined;
    const name = e && spaces(e.name) >= spaces(p.name) ? e.name : p.name;
    const role = p.role ?? (e && e.roles.length ? pickRole(e.roles, p.title) : p.title);
    return { name, kind: 'person', role, entity: idx };
  }
  if (p.kind === 'body') {
    // (a loop, not `findIndex` with a closure: findings ask this for most of their sources)
    const entities = table.entities;
    let idx = -1;
    for (let k = 0; k < entities.length; k++) {
      if (entities[k]!.name === p.name) {
        idx = k;
        break;
      }
    }
    return { name: p.name, kind: p.entityKind, role: null, entity: idx };
  }
  // (a lone function word is no description of anyone: "…,” argued a “White Paper”", "a
  // comment that described …")
  if (FUNCTION_WORDS.has(p.name.toLowerCase())) return null;
  return { name: p.name, kind: 'person', role: null, entity: -1 };
}

/** Words that describe no one on their own. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'that', 'this', 'these', 'those', 'which', 'whose', 'there', 'its', 'their']);

/** How many spaces a name holds: `name.split(' ').length - 1`, without splitting. */
function spaces(name: string): number {
  let n = 0;
  for (let k = name.indexOf(' '); k >= 0; k = name.indexOf(' ', k + 1)) n++;
  return n;
}

function pickRole(roles: string[], title: string | null): string | null {
  return roles.find((r) => r.includes(' ')) ?? title ?? roles[0] ?? null;
}

/**
 * The entity a third-person pronoun refers to. News prose names a speaker and then goes on
 * with "he said": so the nearest earlier speaker wins (a mention that is the subject of a
 * reporting verb, or the speaker of an attributed quotation in `recent`), when it stands in
 * the last few sentences; else the nearest earlier sentence with a compatible mention, and
 * in it the first such mention (the subject, in most news sentences). Gender and kind must
 * agree ("she" never takes a man, "they" takes groups and bodies). `skip` leaves out mentions
 * (the quote extractor skips those inside quotations: a name a speaker utters is not who
 * "he" is).
 */
export function resolvePronoun(
  doc: Segmented,
  table: EntityTable,
  form: string,
  at: number,
  recent: readonly Speaker[] = [],
  skip: (offset: number) => boolean = () => false,
  depth = 0,
  from: number = at,
): Speaker | null {
  const pron = PRONOUN_BY_FORM.get(form.toLowerCase());
  if (!pron || pron.person === 1) return null;
  if (depth < CHAIN_DEPTH && (pron.form === 'he' || pron.form === 'she')) {
    // "When the interview turned to Roe, he offered his view. “…,” he said.": the same pronoun
    // as the subject of the sentence before stands for the same person.
    const prior = subjectPronounBefore(doc, pron.form, at, skip);
    if (prior >= 0) {
      const r = resolvePronoun(doc, table, form, prior, recent, skip, depth + 1);
      if (r) return r;
    }
  }
  // `spoke`: the entity is the speaker of an attributed quotation, which shows a full name to be
  // a person even when the table holds it weakly ("Rep. Jane Doe (D-N.Y.) reacted, saying: …").
  const compatible = (k: number, spoke = false): boolean => {
    const e = table.entities[k]!;
    if (!pron.kinds.includes(e.kind)) return false;
    if (e.kind === 'person' && pron.gender !== 'unknown' && e.gender !== 'unknown' && e.gender !== pron.gender) return false;
    if (e.kind === 'person' && !e.strong && !(spoke && e.name.includes(' '))) return false;
    if (form.toLowerCase() === 'they' && e.kind === 'person') return false;
    return true;
  };
  const ms = table.mentions;
  // Distances count from `from` (the start of the quotation a pronoun after it attributes:
  // "“… . … . …,” he said" is as near its antecedent as the quotation's first sentence).
  const si = findSpanAt(doc.sentences, Math.min(from, at));
  const here = si >= 0 ? doc.sentences[si]!.index : 0;
  const floor = si >= 0 ? doc.sentences[Math.max(0, si - PRONOUN_REACH)]!.start : 0;
  // Score each compatible mention: nearer sentences first, a speaker or a subject over a mere mention.
  let best = -1;
  let bestScore = -Infinity;
  let bestSentence = -1;
  const consider = (entity: number, sentence: number, speaks: boolean, subject: boolean): void => {
    const d = here - sentence;
    const e = table.entities[entity]!;
    // A one-word "person" never given a full name is as likely a place or a word at a sentence start.
    const doubtful = e.kind === 'person' && !e.name.includes(' ') && !e.roles.length ? DOUBT_PENALTY : 0;
    const score = -d + (speaks && d <= SPEAKER_REACH ? SPEAKER_BONUS : 0) + (subject ? SUBJECT_BONUS : 0) + (subject && d <= 1 ? LAST_SUBJECT_BONUS : 0) - doubtful;
    // Mentions come nearest first: on a tie within one sentence the earlier one, its subject
    // in most news sentences ("Former Rep. Jane Doe backed John Roe while …, she said"), wins.
    if (score > bestScore || (score === bestScore && sentence === bestSentence)) {
      best = entity;
      bestScore = score;
      bestSentence = sentence;
    }
  };
  const first = findSpanAt(ms, at - 1);
  for (let i = first; i >= 0 && first - i < MENTION_REACH; i--) {
    const m = ms[i]!;
    if (m.start < floor) break;
    if (m.end > at || skip(m.start)) continue;
    let entity = m.entity;
    if (!compatible(entity) && pron.gender !== 'unknown') entity = titledNamesake(doc, table, m.start, entity, pron.gender);
    if (entity < 0 || !compatible(entity)) continue;
    consider(entity, m.sentence, m.speaks, m.subject);
  }
  // The speaker of the nearest earlier quotation.
  for (let r = recent.length - 1; r >= 0; r--) {
    const last = recent[r]!;
    if (last.at === undefined || last.at >= at) continue;
    if (last.at < floor) break;
    const ls = findSpanAt(doc.sentences, last.at);
    if (last.entity >= 0 && compatible(last.entity, true) && ls >= 0) consider(last.entity, doc.sentences[ls]!.index, true, true);
    break;
  }
  const chosen = best;
  if (chosen < 0) return null;
  const e = table.entities[chosen]!;
  return { name: e.name, kind: e.kind, role: e.roles.length ? pickRole(e.roles, null) : null, entity: chosen };
}
