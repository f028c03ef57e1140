/**
 * Speakers and the per-article entity table.
 *
 * Exports (the contract other extractors use):
 * - `entityTable(doc)`: the table (entities with a `strong` flag and gender, and every
 *   mention in order), computed once per `Segmented` object and memoised in a WeakMap.
 * - `entitiesOf(doc): EntityDraft[]`: the entities for `article.entities` (the pipeline adds
 *   `id`, `line`, `column`), in order of first mention.
 * - `canonicalName(phrase, doc, at)`: normalise a source phrase as written ("the report",
 *   "Inspectors", "Anytown Council", "Cllr Doe", "he") at body offset `at` to
 *   `{ name, kind, role }`: a person's full name from the table (titles stripped and kept in
 *   `role`), a pronoun's nearest compatible earlier entity, or a body's stable form
 *   (`the report`, `inspectors`, `the council`); `null` when the phrase names nobody.
 * - `parsePhrase`, `phraseEndingAt`, `resolvePhrase`, `resolvePronoun`: the steps, for the
 *   quote extractor and tests.
 */
import type { Entity, Segmented } from '../../schema.js';
import { parsePhrase } from './phrase.js';
import { resolvePhrase } from './resolve.js';
import { tokenize } from './tokens.js';

export { entityTable, entitiesOf, findPerson, namesPlace, type EntityDraft, type EntityTable, type Mention } from './entities.js';
export { parsePhrase, phraseEndingAt, phraseStartingAt, isCueWord, type SpeakerPhrase } from './phrase.js';
export { resolvePhrase, resolvePronoun, type Speaker } from './resolve.js';
export { tokenize, tokensBefore, type Token } from './tokens.js';

/** Canonical form of a source phrase at offset `at` of the document; see the module comment. */
export function canonicalName(
  phrase: string,
  doc: Segmented,
  at: number,
): { name: string; kind: Entity['kind']; role: string | null } | null {
  const toks = tokenize(phrase, 0, phrase.length, 40).filter((t) => t.text !== ',');
  const p = parsePhrase(phrase, toks);
  if (!p) return null;
  const s = resolvePhrase(doc, p, at);
  return s ? { name: s.name, kind: s.kind, role: s.role } : null;
}
