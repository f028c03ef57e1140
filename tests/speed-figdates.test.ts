/**
 * The helpers added to make figures and dates faster answer exactly what the code they replace
 * answered: checked on fixed cases and on random strings (a seeded generator, so a failure
 * can be replayed).
 */
import { describe, expect, test } from 'vitest';
import { BodyWordSet } from '../src/extract/figures/words.js';
import { parseNumberWords } from '../src/extract/figures/parse.js';
import { random } from './helpers.js';

describe('BodyWordSet', () => {
  const keys = ['and', 'the', 'which', 'under', 'children’s', 'k', 'ok'];
  const words = new BodyWordSet(keys);
  const has = (text: string): boolean => words.has(`<${text}>`, 1, 1 + text.length);

  test.each([
    ['the', true],
    ['The', true],
    ['THE', true],
    ['them', false],
    ['th', false],
    ['children’s', true],
    ['CHILDREN’S', true],
    ['children\'s', false],
    ['\u212a', true], // KELVIN SIGN lower-cases to "k"
    ['o\u212a', true],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(has(text)).toBe(expected);
  });

  test('is set.has(slice.toLowerCase()) on random spans', () => {
    const set = new Set(keys);
    const next = random(7);
    const parts = ['a', 'A', 'n', 'd', 'D', 'the', 'THE', 'k', 'K', '\u212a', 'İ', 'i', '’', "'", 's', 'é', 'É', 'ß', ' ', 'which', 'under', 'children'];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      const n = Math.floor(next() * 5);
      for (let j = 0; j < n; j++) s += next() < 0.9 ? parts[Math.floor(next() * parts.length)]! : String.fromCharCode(Math.floor(next() * 0x3000));
      if (next() < 0.3) s = keys[Math.floor(next() * keys.length)]!;
      if (next() < 0.3) s = s.toUpperCase();
      expect(has(s), JSON.stringify(s)).toBe(set.has(s.toLowerCase()));
    }
  });
});

describe('parseNumberWords keeps values', () => {
  test('the same phrase reads the same, first time and after', () => {
    for (let round = 0; round < 2; round++) {
      expect(parseNumberWords('Sixty-three')).toBe(63);
      expect(parseNumberWords('a dozen')).toBe(12);
      expect(parseNumberWords('one two')).toBeNull();
    }
  });

  test('more phrases than are kept still read right', () => {
    const names = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    for (let i = 0; i < 2000; i++) {
      const phrase = `${names[i % 9]} hundred and ${names[Math.floor(i / 9) % 9]}`;
      expect(parseNumberWords(phrase)).toBe(((i % 9) + 1) * 100 + (Math.floor(i / 9) % 9) + 1);
    }
  });
});
