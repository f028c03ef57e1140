/**
 * Words that a plain JavaScript object answers from its prototype (`constructor`, `valueOf`)
 * are ordinary words to the lexicons: a lookup must never return Object's own properties.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';

const claims = (text: string) => extractArticle(articleFromText(text, { published: '2017-05-01' })).claims;

describe('prototype names are plain words', () => {
  test('"5 constructor staff" counts staff, as "5 building staff" does', () => {
    const [f] = claims('The firm hired 5 constructor staff last year.').filter((c) => c.type === 'figure');
    expect(f).toMatchObject({ text: '5 constructor staff', unit: 'staff', value: 5 });
  });

  test('"May constructor" is no date (it read as the month with a day of Object\'s constructor)', () => {
    expect(claims('The May constructor report was late.').filter((c) => c.type === 'date')).toEqual([]);
  });

  test.each(['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty'])('"%s" next to numbers and months breaks nothing', (w) => {
    for (const text of [`He said 3 ${w} items arrived in May 2016.`, `On 4 ${w} 2016, it cost £4 million.`]) {
      const cs = claims(text);
      for (const c of cs) {
        expect(JSON.stringify(c)).not.toContain('native code');
        if (c.type === 'date') expect(c.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });
});
