/**
 * The figures scan reads its anchors off the shared token stream (`TokenAnchors`) instead of
 * the anchor regex: it must find exactly what the regex finds, from every place the scan may
 * resume. Checked on fixed cases and on random strings (a seeded generator, so a failure can be
 * replayed).
 */
import { describe, expect, test } from 'vitest';
import { anchorSigns, anchorWords, TokenAnchors } from '../src/extract/figures/anchors.js';
import { findFigures } from '../src/extract/figures/find.js';
import { FRACTION_WORDS, NUMBER_WORDS, VAGUE_PLURALS } from '../src/lexicon/numbers.js';
import { tokenize, WORD } from '../src/text/tokens.js';
import { random } from './helpers.js';

const WORDS = [...new Set([...NUMBER_WORDS.map((w) => w.word), ...VAGUE_PLURALS.map((v) => v.word), ...FRACTION_WORDS.map((f) => f.word)])];
const SIGN_CHARS = '£$€¥₹';
/** The regex the figures scan used (and still uses without tokens). */
const RE = new RegExp(`[0-9${SIGN_CHARS}]|\\b(?:${[...WORDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const TABLE = anchorWords(WORDS);
const SIGNS = anchorSigns(SIGN_CHARS);

function regexAnchor(text: string, from: number): number {
  RE.lastIndex = from;
  const m = RE.exec(text);
  return m ? m.index : -1;
}

/** Both answers along one walk of increasing `from`s (the scan's: past the last anchor, sometimes further). */
function walk(text: string, jump: () => number): [number[], number[]] {
  const anchors = new TokenAnchors(tokenize(text), TABLE, SIGNS);
  const a: number[] = [];
  const b: number[] = [];
  let from = 0;
  for (;;) {
    const x = regexAnchor(text, from);
    const y = anchors.next(from);
    a.push(x);
    b.push(y);
    if (x === -1 || x !== y) break;
    from = x + 1 + jump();
  }
  return [a, b];
}

describe('TokenAnchors', () => {
  test.each([
    'one two three',
    'It cost £5m, or $7 and €9.50; ¥3 ₹4',
    'Five-year-olds and TEN pupils, 1st and 22nd, tens of thousands',
    'ten5 5ten _ten ten_ oneself someone',
    'éone oneé caféten ªone µten',
    '“Seventy”, ‘half’ – a quarter… twelve’s',
    'twenty\u00a0one\u2028two😀three',
  ])('as the regex: %s', (text) => {
    const [a, b] = walk(text, () => 0);
    expect(b).toEqual(a);
  });

  test('marks words with letters beyond ASCII', () => {
    const t = tokenize('café one ſix');
    const wide = [];
    for (let i = 0; i < t.count; i++) if (t.kind[i] === WORD) wide.push(t.wide[i]);
    expect(wide).toEqual([1, 0, 1]);
  });

  test('as the regex on random strings, from every place the scan may resume', () => {
    const rnd = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const pieces = [
      ...WORDS.slice(0, 20), 'ONE', 'Ten', 'fives', 'Ten_', '_ten', 'ten5', '5ten', ' ', '  ', '\n', '-', '’', '“', '”', 'é', 'ß', 'ſ',
      'K', '£', '$', '€', '¥', '₹', '¢', '0', '12', '3.5', ',', '.', 'a', 'x', '_', 'th', 'st', '1st', '2nd', 'sixty-three', 'é5',
      '\u00a0', '😀', 'ｆｉｖｅ', 'İ', 'ı', 'éone', 'oneé', 'ªone', '\u200b', '\u2028',
    ];
    let checked = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const k = 1 + Math.floor(rnd() * 12);
      for (let j = 0; j < k; j++) text += rnd() < 0.75 ? pick(pieces) : String.fromCharCode(Math.floor(rnd() * (rnd() < 0.7 ? 128 : 0x10000)));
      const [a, b] = walk(text, () => (rnd() < 0.5 ? Math.floor(rnd() * 4) : 0));
      if (b.join() !== a.join()) expect({ text, b }).toEqual({ text, b: a });
      checked += a.length;
    }
    expect(checked).toBeGreaterThan(20000);
  });

  test('findFigures finds the same with the tokens as without', () => {
    const text = 'Between 5 and 10 people, twenty-one MPs, £4.2 million, half of them, 3-1 and 16-year-olds; café 7 km';
    expect(findFigures(text, tokenize(text))).toEqual(findFigures(text));
  });
});
