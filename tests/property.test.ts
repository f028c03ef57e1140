/**
 * Property tests over generated article text: whatever the input, extraction does not throw,
 * every claim's offsets are valid and point at its words, and the same input gives the same
 * output.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

/** Pieces of news text that stress the extractors: numbers, dates, marks, abbreviations. */
const piece = fc.oneof(
  fc.constantFrom(
    '£', '$', '€', 'US$', '3.8', '2,849', '1,1,1', '14%', ' per cent', 'million', 'bn', 'k', '-', '–', ' to ',
    'between ', ' and ', 'more than ', 'over ', 'about ', 'nearly ', 'eight', 'sixty-three', 'a dozen', 'hundreds of ',
    'January', 'May', 'March', ' 2017', ' 25', 'last year', 'this year', 'yesterday', 'on Monday', '18 July',
    '“', '”', '"', '‘', '’', "'", '«', '»', '.', '. ', '!', '?', '…', ',', ':', ';', '(', ')', '[...]',
    'Mr. ', 'Dr. ', 'U.S. ', 'a.m.', 'No. ', 'Cllr ', '\n', '\n\n', '\r\n', '  • ', '* ', '%image(1, alt="x")',
    'Read Full Story', 'Register Now to Continue Reading', 'children', 'people', 'years', 'days', ' said ',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 0, max: 10_000_000 }).map(String),
);
/** Characters that break naive text code: surrogates (paired and lone), bidi marks, joiners, CR-only line ends. */
const hostile = fc.constantFrom(
  '\ud83d\ude00', '\ud83d', '\ude00', '\u200f', '\u200e', '\u202e', '\u2066', '\u200d', '\u200b', '\ufeff', '\u0301',
  '\r', '\r\r', '\u2028', '\u2029', '\u0085', '\u00a0', '\t', '\u0000', '\ufffd', '„', '‹', '›', '「', '」', '\u05d0\u05d1', '٣', '１２',
);
const articleText = fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(''));
/** News pieces mixed with any Unicode (lone surrogates included) and hostile characters. */
const unicodeText = fc
  .array(fc.oneof(piece, hostile, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 80 })
  .map((xs) => xs.join(''));
/** Long runs: punctuation, quote marks, digits, one long line. */
const runs = fc
  .tuple(fc.constantFrom('“', '"', "'", '1,', '1.', '£1', '.', '!', ' ', 'Aa ', '12 ', '-', '\r'), fc.integer({ min: 100, max: 3000 }), articleText)
  .map(([unit, n, rest]) => unit.repeat(n) + rest);

/** The invariants every extraction keeps, whatever the text. */
function expectSound(text: string, published: string | null): void {
  const article = articleFromText(text, { published });
  const a = extractArticle(article);
  let last = 0;
  for (const c of a.claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeGreaterThanOrEqual(last);
    last = c.start;
    if (c.type !== 'quote') expect(text.slice(c.start, c.end)).toBe(c.text);
  }
  expect(JSON.stringify(extractArticle(article))).toBe(JSON.stringify(a));
}

describe('extraction over generated text', () => {
  test('never throws; offsets are valid and point at the words; output is deterministic', () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.constant('2017-07-12')), (text, published) => {
        const article = articleFromText(text, { published });
        const a = extractArticle(article);
        let last = 0;
        for (const c of a.claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeGreaterThanOrEqual(last);
          last = c.start;
          if (c.type !== 'quote') expect(text.slice(c.start, c.end)).toBe(c.text);
        }
        expect(extractArticle(article)).toEqual(a);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  test('full Unicode: lone surrogates, RTL marks, joiners, CR-only line ends', () => {
    fc.assert(
      fc.property(unicodeText, fc.option(fc.constant('2017-07-12')), (text, published) => expectSound(text, published)),
      { numRuns: 300, seed: 424242 },
    );
  });

  test('long runs of quote marks, digits, punctuation and one long line', () => {
    fc.assert(
      fc.property(runs, (text) => expectSound(text, '2017-07-12')),
      { numRuns: 60, seed: 99 },
    );
  });

  test('a claim limit keeps exactly the first claims of the unlimited extraction and says where it cut', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, runs), fc.integer({ min: 1, max: 12 }), fc.option(fc.constant('2017-07-12')), (text, max, published) => {
        const article = articleFromText(text, { published });
        const full = extractArticle(article, { maxClaims: 0 });
        const cut = extractArticle(article, { maxClaims: max });
        expect(cut.entities).toEqual(full.entities);
        if (full.claims.length <= max) {
          expect(cut).toEqual(full);
          return;
        }
        expect(cut.claims).toEqual(full.claims.slice(0, cut.claims.length));
        expect(cut.truncated!.start).toBeGreaterThan(cut.claims.at(-1)?.start ?? -1);
        expect(cut.truncated!.start).toBeLessThanOrEqual(full.claims[cut.claims.length]!.start);
      }),
      { numRuns: 400, seed: 2026 },
    );
  });

  test('sentences tile their paragraphs and paragraphs lie inside the body', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = segment(articleFromText(text));
        for (const p of doc.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(text.length);
        }
        let prev = -1;
        for (const s of doc.sentences) {
          const p = doc.paragraphs[s.paragraph]!;
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
          expect(s.start).toBeGreaterThanOrEqual(prev);
          prev = s.end;
        }
        for (let i = 1; i < doc.excluded.length; i++) expect(doc.excluded[i]!.start).toBeGreaterThanOrEqual(doc.excluded[i - 1]!.end);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
