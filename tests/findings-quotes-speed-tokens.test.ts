/**
 * Speed helpers of the findings and quotes extractors: they must give exactly what the plain
 * code gives. Token objects reused from a pool read the same as fresh ones, and a call with
 * the same pool overwrites the previous call's tokens.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeReusing } from '../src/extract/findings/tokens.js';

const TEXTS = [
  'Inspectors found that the watchdog’s co-ordinated U.S. plan cost 2,000 pounds.',
  '“It is poor,” said Dr O’Malley; the report (published today) rated it Inadequate!',
  '  Élodie Ça-va   2nd…  ',
  '',
];

describe('findings tokens from a pool', () => {
  it('read the same as fresh tokens, call after call', () => {
    const pool = [] as ReturnType<typeof tokenize>;
    for (const text of [...TEXTS, ...TEXTS.slice().reverse()]) {
      const fresh = tokenize(text, 0, text.length).map((t) => ({ ...t }));
      const pooled = tokenizeReusing(text, 0, text.length, pool).map((t) => ({ ...t }));
      expect(pooled).toEqual(fresh);
    }
  });

  it('reuse the objects of the previous call', () => {
    const pool = [] as ReturnType<typeof tokenize>;
    const a = tokenizeReusing('one two three', 0, 13, pool);
    const b = tokenizeReusing('four five', 0, 9, pool);
    expect(b[0]).toBe(a[0]);
    expect(a[0]!.lower).toBe('four');
    expect(pool.length).toBe(3);
  });
});
