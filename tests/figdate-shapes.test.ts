/**
 * `Tokens.shape` and `shapeFilter`: a word's shape, kept by the tokenizer, passes the filter of
 * any set holding that word in any ASCII case (the filter never turns a member away), and the
 * filter turns away nearly every other word. `markedTokens` lists every token of a marked word or
 * mark, every NUM and every word with letters beyond ASCII, also for token streams made before a
 * word was marked.
 */
import { describe, expect, test } from 'vitest';
import { hasShape, markedTokens, markMarks, markWords, NUM, PUNCT, shapeFilter, tokenize, wordShape, WORD, type Tokens } from '../src/text/tokens.js';
import { random } from './helpers.js';

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

/** The tokens `markedTokens` must list (at least): NUMs, words beyond ASCII, the given words and marks. */
function expectedMarks(t: Tokens, words: string[], marks: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.count; i++) {
    const text = t.text.slice(t.start[i], t.end[i]);
    if (t.kind[i] === NUM || (t.kind[i] === WORD && (t.wide[i] === 1 || words.includes(text.toLowerCase()))) || (t.kind[i] === PUNCT && marks.includes(text))) out.push(i);
  }
  return out;
}

describe('marked tokens', () => {
  test('lists the marked words and marks, numbers and wide words, in order', () => {
    markWords(['zebra', 'quokka']);
    markMarks('#');
    const t = tokenize('A Zebra, 12 QUOKKAS and a quokka # café 3rd ~ zebras');
    const m = markedTokens(t);
    const listed = [...m.list.subarray(0, m.count)];
    for (const i of expectedMarks(t, ['zebra', 'quokka'], '#')) expect(listed).toContain(i);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
  });

  test('a stream made before a word was marked is listed again', () => {
    const text = 'the wombat sat on 4 mats; Wombats, WOMBAT!';
    const t = tokenize(text);
    markWords(['wombat']);
    const m = markedTokens(t);
    const listed = [...m.list.subarray(0, m.count)];
    for (const i of expectedMarks(t, ['wombat'], '')) expect(listed).toContain(i);
    expect(markedTokens(t)).toBe(m);
    const fresh = markedTokens(tokenize(text));
    expect([...fresh.list.subarray(0, fresh.count)]).toEqual(listed);
  });

  test('random texts: every expected token is listed', () => {
    markWords(['zebra', 'quokka']);
    markMarks('#');
    const next = random(11);
    const parts = ['zebra', 'Zebra', 'quokka', 'x', '12', '#', '£', ' ', ' ', '\n', 'é', 'día', ',', '3rd', 'ZEBRA'];
    for (let k = 0; k < 500; k++) {
      let text = '';
      const n = 1 + Math.floor(next() * 30);
      for (let j = 0; j < n; j++) text += parts[Math.floor(next() * parts.length)];
      const t = tokenize(text);
      const m = markedTokens(t);
      const listed = new Set(m.list.subarray(0, m.count));
      for (const i of expectedMarks(t, ['zebra', 'quokka'], '#')) expect(listed.has(i), text).toBe(true);
    }
  });
});
