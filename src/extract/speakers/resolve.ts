/**
 * Resolve a parsed speaker phrase to a canonical speaker: a person's full name from the entity
 * table (short forms "Cllr Doe" and "Doe" to the full name given earlier), a pronoun to the
 * nearest compatible earlier entity, a body to its stable form.
 */
import type { Entity, Segmented } from '../../schema.js';
import { findSpanAt } from '../../text/location.js';
import { PRONOUN_BY_FORM } from '../../lexicon/pronouns.js';
import { entityTable, findPerson, type EntityTable } from './entities.js';
import type { SpeakerPhrase } from './phrase.js';

export interface Speaker {
  /** Canonical name: a person's full name without title, or a body's stable form. */
  name: string;
  kind: Entity['kind'];
  role: string | null;
  /** The entity of the table it resolved to, or -1. */
  entity: number;
}

/** How many sentences back a pronoun looks for its antecedent. */
const PRONOUN_REACH = 6;

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
): Speaker | null {
  const table = entityTable(doc);
  if (p.kind === 'pronoun') return resolvePronoun(doc, table, p.name, at, recent, skip);
  if (p.kind === 'person') {
    const idx = findPerson(table, p.name, at);
    const e = idx >= 0 ? table.entities[idx]! : undefined;
    const name = e && e.name.split(' ').length >= p.name.split(' ').length ? e.name : p.name;
    const role = p.role ?? (e && e.roles.length ? pickRole(e.roles, p.title) : p.title);
    return { name, kind: 'person', role, entity: idx };
  }
  if (p.kind === 'body') {
    const idx = table.entities.findIndex((e) => e.name === p.name);
    return { name: p.name, kind: p.entityKind, role: null, entity: idx };
  }
  return { name: p.name, kind: 'person', role: null, entity: -1 };
}

function pickRole(roles: string[], title: string | null): string | null {
  return roles.find((r) => r.includes(' ')) ?? title ?? roles[0] ?? null;
}

/**
 * The entity a third-person pronoun refers to: the nearest earlier sentence with a compatible
 * mention, and in it the first such mention (the subject, in most news sentences); a speaker
 * attributed in that stretch wins over a mere mention. `skip` leaves out mentions (the quote
 * extractor skips those inside quotations: a name a speaker utters is not who "he" is).
 */
export function resolvePronoun(
  doc: Segmented,
  table: EntityTable,
  form: string,
  at: number,
  recent: readonly Speaker[] = [],
  skip: (offset: number) => boolean = () => false,
): Speaker | null {
  const pron = PRONOUN_BY_FORM.get(form.toLowerCase());
  if (!pron || pron.person === 1) return null;
  const compatible = (k: number): boolean => {
    const e = table.entities[k]!;
    if (!pron.kinds.includes(e.kind)) return false;
    if (e.kind === 'person' && pron.gender !== 'unknown' && e.gender !== 'unknown' && e.gender !== pron.gender) return false;
    if (e.kind === 'person' && !e.strong) return false;
    if (form.toLowerCase() === 'they' && e.kind === 'person') return false;
    return true;
  };
  const ms = table.mentions;
  let i = findSpanAt(ms, at - 1);
  const si = findSpanAt(doc.sentences, at);
  const floor = si >= 0 ? doc.sentences[Math.max(0, si - PRONOUN_REACH)]!.start : 0;
  let chosen = -1;
  let chosenSentence = -1;
  for (; i >= 0; i--) {
    const m = ms[i]!;
    if (m.start < floor) break;
    if (m.end > at || skip(m.start)) continue;
    if (chosenSentence >= 0 && m.sentence !== chosenSentence) break;
    if (!compatible(m.entity)) continue;
    chosen = m.entity;
    chosenSentence = m.sentence;
  }
  const last = recent[recent.length - 1];
  if (last && last.entity >= 0 && compatible(last.entity)) {
    // The speaker of the previous quotation, when mentioned at or after the chosen sentence.
    const e = last.entity;
    const lastMention = lastMentionBefore(ms, e, at);
    const chosenMention = chosen >= 0 ? lastMentionBefore(ms, chosen, at) : -1;
    if (chosen < 0 || (lastMention >= 0 && ms[lastMention]!.sentence >= ms[chosenMention]!.sentence - 1)) chosen = e;
  }
  if (chosen < 0) return null;
  const e = table.entities[chosen]!;
  return { name: e.name, kind: e.kind, role: e.roles.length ? pickRole(e.roles, null) : null, entity: chosen };
}

function lastMentionBefore(ms: EntityTable['mentions'], entity: number, at: number): number {
  const stop = Math.max(-1, findSpanAt(ms, at - 1) - 400);
  for (let i = findSpanAt(ms, at - 1); i > stop; i--) if (ms[i]!.entity === entity && ms[i]!.end <= at) return i;
  return -1;
}
