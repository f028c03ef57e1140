/**
 * `check` on text with thousands of claims of one kind: the shortcuts that keep it linear give
 * what the plain loops gave.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { agreesWithAll, compatible, fold, newEnds, type Item } from '../src/compare/measures.js';
import { dateValue } from '../src/compare/dates.js';
import { compareQuotes } from '../src/compare/quotes.js';
import { input } from './compare-helpers.js';
import { expectLinearAfter } from './linear.js';

/** An item with only what `compatible` reads: a figure or duration interval, or a date. */
function item(kind: 'figure' | 'duration' | 'date', lo: number, width: number, day: number): Item {
  const base = { ref: null, vec: new Map(), vnorm: 0, events: [], unit: '', sig: '', head: null, now: { lo: 20000, hi: 20000 } } as unknown as Item;
  if (kind === 'date') {
    const d = new Date(Date.UTC(2017, 0, 1 + day)).toISOString().slice(0, 10);
    return { ...base, kind, date: dateValue({ date: d, until: null })! };
  }
  const fig = { lo, hi: lo + width };
  return kind === 'figure' ? { ...base, kind, fig } : { ...base, kind, fig, dur: { days: fig, role: day % 2 ? 'gap' : 'length' } };
}

const arbItem = fc
  .tuple(fc.constantFrom('figure' as const, 'duration' as const, 'date' as const), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 }))
  .map(([k, lo, w, d]) => item(k, lo, w, d));

describe('a value checked against many values at once', () => {
  test('agrees with all of them exactly when it is compatible with each (figures by their folded ends)', () => {
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 12 }), arbItem, (values, it) => {
        const ends = newEnds();
        for (const v of values) fold(ends, v);
        expect(agreesWithAll(it, values, ends)).toBe(values.every((x) => compatible(x, it)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('check of text with thousands of claims of one kind grows linearly', () => {
  test('tens of thousands of quotations of the same two words', () => {
    const text = '“a,” he said, “b,” she said, '.repeat(28000);
    const variant = text.replace(/he said/g, 'he added');
    // the quotes of both articles as the comparison gets them (extraction is not timed)
    const quotes = (t: string) =>
      [input('a', t), input('b', variant.slice(0, t.length))].flatMap((x, art) => x.article.claims.filter((claim) => claim.type === 'quote').map((claim) => ({ art, claim })));
    expectLinearAfter(text, quotes, (refs) => compareQuotes(refs, [[], []], { name: String, tolerance: 0 }), 'grouping repeated quotations');
  });
});
