/**
 * Pronouns that can stand as a speaker ("he said", "they added"), with what they may refer to.
 * Resolution picks the nearest earlier entity whose kind and gender are compatible.
 */
import type { Entity } from '../schema.js';

export type Gender = 'male' | 'female' | 'unknown';

export interface Pronoun {
  id: string;
  /** Lower-case form as written. */
  form: string;
  /** Kinds of entity the pronoun may refer to. */
  kinds: readonly Entity['kind'][];
  /** Gender it requires of a person, or `unknown` for any. */
  gender: Gender;
  /** First person pronouns refer to the speaker of the quotation they stand in, not to a mention. */
  person: 1 | 3;
}

const P = (form: string, kinds: Entity['kind'][], gender: Gender, person: 1 | 3 = 3): Pronoun => ({
  id: `pronoun/${form}`,
  form,
  kinds,
  gender,
  person,
});

export const PRONOUNS: readonly Pronoun[] = [
  P('he', ['person'], 'male'),
  P('she', ['person'], 'female'),
  P('they', ['group', 'organisation', 'person'], 'unknown'),
  P('it', ['organisation', 'document'], 'unknown'),
  P('who', ['person', 'group', 'organisation'], 'unknown'),
  P('i', ['person'], 'unknown', 1),
  P('we', ['group', 'organisation', 'person'], 'unknown', 1),
];

export const PRONOUN_BY_FORM: ReadonlyMap<string, Pronoun> = new Map(PRONOUNS.map((p) => [p.form, p]));
