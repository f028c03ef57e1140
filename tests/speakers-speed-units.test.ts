import { describe, expect, test } from 'vitest';
import { cut, unitAt } from '../src/extract/speakers/units.js';
import { tokenize, tokenizeReusing, type Token } from '../src/extract/speakers/tokens.js';
import { findPerson, type EntityTable } from '../src/extract/speakers/entities.js';

// The speakers tokenizer reads code units through `String.prototype` itself (units.ts), for
// speed whatever the string's representation; these tests hold its results to the plain reads.

const SENTENCE = '“We’re not done,” said Gov. Jane O’Malley-Doe, the U.S. panel’s chair -- and Jones’ aide İlker agreed.Doe left.';

/** The same text as V8 represents it in different ways: flat, cut from a longer string, joined. */
function representations(s: string): string[] {
  const long = `xx ${s} yy`;
  const half = s.length >> 1;
  return [s, long.slice(3, 3 + s.length), s.slice(0, half) + s.slice(half), `${s.slice(0, 5)}${s.slice(5)}`];
}

const plain = (toks: Token[]) => toks.map((t) => ({ ...t }));

describe('speakers units: reads through String.prototype', () => {
  test.each(representations(SENTENCE).map((s, k) => [k, s] as const))('representation %i: unitAt and cut agree with charCodeAt and slice', (_, s) => {
    for (let i = 0; i < s.length; i++) expect(unitAt(s, i)).toBe(s.charCodeAt(i));
    expect(cut(s, 4, 20)).toBe(s.slice(4, 20));
    expect(cut(s, 0, s.length)).toBe(s);
  });

  test('tokens are the same for every representation of the text, pooled or not', () => {
    const expected = plain(tokenize(SENTENCE, 0, SENTENCE.length));
    expect(expected.map((t) => t.text)).toContain('O’Malley-Doe');
    for (const s of representations(SENTENCE)) {
      expect(plain(tokenize(s, 0, s.length))).toEqual(expected);
      expect(plain(tokenizeReusing(s, 0, s.length, Infinity, []))).toEqual(expected);
    }
  });
});

describe('findPerson: first and last name parts read in place', () => {
  const person = (name: string, start: number) => ({ kind: 'person' as const, name, aliases: [], roles: [], start, end: start + name.length, gender: 'unknown' as const, strong: true });
  const table: EntityTable = {
    entities: [
      person('Jane Doe', 0),
      { ...person('Doe Holdings', 5), kind: 'organisation' },
      person('John Roe', 10),
      person('Ann  Lee', 20),
      person('Mary Ann Doe', 30),
      person('Roe', 40),
    ],
    mentions: [],
  };
  test.each([
    ['Jane Doe', 50, 0], // exact
    ['Doe', 35, 4], // surname: the latest person named before
    ['Doe', 0, 0],
    ['Roe', 15, 5], // a person named "Roe" alone is an exact match, before John Roe's surname
    ['John', 50, 2], // a first name alone
    ['Mary Doe', 50, 4], // first and last parts of a longer name
    ['Lee', 50, 3], // a name with two spaces: its parts are "Ann", "" and "Lee"
    ['Ann Lee', 50, 3],
    ['Ann  Lee', 50, 3],
    ['Jane Ann Roe', 50, -1], // more parts than any name with that first and last part
    ['Holdings', 50, -1], // organisations are no persons
  ] as const)('%s at %i -> %i', (name, at, expected) => {
    expect(findPerson(table, name, at)).toBe(expected);
  });
});
