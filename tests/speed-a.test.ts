import { describe, expect, test } from 'vitest';
import { tokenize, tokenizeReusing, type Token } from '../src/extract/speakers/tokens.js';
import { objectMemo } from '../src/text/memo.js';
import { tokenize as streamTokens, tokensOf, WORD } from '../src/text/tokens.js';
import { entityTable } from '../src/extract/speakers/entities.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

const plain = (ts: Token[]) => ts.map((t) => ({ ...t }));

describe('tokenizeReusing: the tokens of tokenize, in pooled objects', () => {
  const texts = [
    '“We’re not done,” said Cllr Jane O’Malley, the U.S. envoy\'s deputy -- on Monday.',
    "The parents' group met J. Doe's staff; it's 1990s-era ''quoted'' text…",
    'Émile Zola’s “J’accuse” — İstanbul, ΣΟΦΙΑ and 文 too.',
    '',
  ];
  test.each(texts)('%s', (text) => {
    const pool: Token[] = [];
    // A longer stretch first, so that the pool holds more tokens than the next call needs.
    tokenizeReusing(texts[0]! + ' ' + texts[1]!, 0, texts[0]!.length + texts[1]!.length + 1, 400, pool);
    const got = tokenizeReusing(text, 0, text.length, 400, pool);
    expect(plain(got)).toEqual(plain(tokenize(text, 0, text.length, 400)));
    expect(got.length).toBe(tokenize(text, 0, text.length).length);
  });

  test('the limit and the window are kept', () => {
    const text = texts[0]!;
    const pool: Token[] = [];
    expect(plain(tokenizeReusing(text, 5, 40, 3, pool))).toEqual(plain(tokenize(text, 5, 40, 3)));
  });

  test('a pooled token is overwritten by the next call (the contract: keep none)', () => {
    const pool: Token[] = [];
    const first = tokenizeReusing('Jane Doe said', 0, 13, 400, pool);
    const kept = first[0]!;
    tokenizeReusing('He left', 0, 7, 400, pool);
    expect(kept.text).toBe('He');
  });
});

describe('objectMemo: a value per object, invisible on the object', () => {
  test('get what was set, per object; nothing shows in keys, JSON, spreads or equality', () => {
    const memo = objectMemo<object, number[]>('test');
    const a = { x: 1 };
    const b = { x: 1 };
    memo.set(a, [1, 2]);
    expect(memo.get(a)).toEqual([1, 2]);
    expect(memo.get(b)).toBeUndefined();
    expect(Object.keys(a)).toEqual(['x']);
    expect(JSON.stringify(a)).toBe('{"x":1}');
    expect(memo.get({ ...a })).toBeUndefined();
    expect(a).toStrictEqual(b);
  });

  test('an object made from another by Object.create has its own value', () => {
    const memo = objectMemo<object, string>('test');
    const a = {};
    memo.set(a, 'a');
    expect(memo.get(Object.create(a) as object)).toBeUndefined();
  });

  test('frozen objects are memoised too', () => {
    const memo = objectMemo<object, string>('test');
    const a = Object.freeze({ x: 1 });
    memo.set(a, 'frozen');
    expect(memo.get(a)).toBe('frozen');
  });

  test('the entity table and token stream are computed once per segmented article', () => {
    const doc = segment(articleFromText('Jane Doe, the council leader, said the plan would go ahead. Doe left on Monday.'));
    expect(entityTable(doc)).toBe(entityTable(doc));
    expect(tokensOf(doc)).toBe(tokensOf(doc));
    expect(entityTable(doc).entities.map((e) => e.name)).toContain('Jane Doe');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(JSON.stringify(segment(articleFromText('Jane Doe, the council leader, said the plan would go ahead. Doe left on Monday.')))));
  });
});

describe('the shared token stream grows past its first guess', () => {
  test('a body of punctuation (more tokens than a quarter of its length plus 16)', () => {
    const text = 'a,'.repeat(100) + ' 21st 1234567 word';
    const t = streamTokens(text);
    expect(t.count).toBe(200 + 3);
    expect(t.kind[0]).toBe(WORD);
    expect(t.ordinal[200]).toBe(1);
    expect(t.value[201]).toBe(-1);
    expect(t.digits[201]).toBe(7);
    expect(text.slice(t.start[202]!, t.end[202]!)).toBe('word');
  });
});
