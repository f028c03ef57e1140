/**
 * `Tokens.shape` and `shapeFilter`: a word's shape, kept by the tokenizer, passes the filter of
 * any set holding that word in any ASCII case (the filter never turns a member away), and the
 * filter turns away nearly every other word.
 */
import { describe, expect, test } from 'vitest';
import { hasShape, shapeFilter, tokenize, wordShape, WORD } from '../src/text/tokens.js';

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉßñ';

describe('word shapes', () => {
  test('a WORD token keeps the shape of its text; other tokens 0', () => {
    const t = tokenize('Five-year-olds, 12 Días x; ÉTÉ 3rd.');
    for (let i = 0; i < t.count; i++) {
      const s = t.text.slice(t.start[i], t.end[i]);
      const expected = t.kind[i] === WORD ? wordShape(s.length, s.charCodeAt(0), s.length > 1 ? s.charCodeAt(1) : 0, s.charCodeAt(s.length - 1)) : 0;
      expect(t.shape[i], s).toBe(expected);
    }
  });

  test('the filter passes its words in any ASCII case, from the token stream', () => {
    const next = random(7);
    for (let k = 0; k < 2000; k++) {
      let w = '';
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) w += LETTERS[Math.floor(next() * LETTERS.length)];
      const f = shapeFilter([w.toLowerCase()]);
      const cased = [...w].map((c) => (c < '\u0080' && next() < 0.5 ? c.toUpperCase() : c)).join('');
      const t = tokenize(`(${cased}) `);
      expect(t.kind[1]).toBe(WORD);
      if (cased.toLowerCase() === w.toLowerCase() && /^[\x00-\x7f]*$/.test(w)) expect(hasShape(f, t.shape[1]!), cased).toBe(true);
      expect(hasShape(shapeFilter([cased]), t.shape[1]!)).toBe(true);
    }
  });

  test('it turns away most other words', () => {
    const f = shapeFilter(['one', 'two', 'three', 'million', 'may', 'monday']);
    const t = tokenize('the cat sat on a mat and said nothing about those who were there when it rained all day long');
    let pass = 0;
    for (let i = 0; i < t.count; i++) if (hasShape(f, t.shape[i]!)) pass++;
    expect(pass).toBeLessThan(3);
  });
});
