/**
 * Quote and speaker shapes added while measuring against annotated US political news
 * (bench/eval-quotes.js): each case is an invented sentence of the shape, with the expected
 * quoted text, speaker and rule.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { articleFromText } from './helpers.js';

function quotesOf(text: string) {
  return extractQuotes(segment(articleFromText(text)), { published: null });
}

describe('two apostrophes as one double quotation mark (newspaper archive copy)', () => {
  test.each([
    ['“…,” said X with two apostrophes', "''We expect rates to rise next year,'' said Laura Finch, an economist at the bank.", 'We expect rates to rise next year,', 'Laura Finch'],
    ['X said: with two apostrophes', "Mr. Dale Brennan said: ''The vote was never close.''", 'The vote was never close.', 'Dale Brennan'],
    ['a nested single quote closes before the double', "''He told me, 'Wait until spring,''' Ms. Ortiz recalled.", "He told me, 'Wait until spring,'", 'Ortiz'],
    ['a nested single quote opens after the double', "Ms. Ortiz added: '''Spring' was the word he used.''", "'Spring' was the word he used.", 'Ortiz'],
  ])('%s', (_name, body, text, speaker) => {
    const [q, ...rest] = quotesOf(body);
    expect(rest).toEqual([]);
    expect(q!.text).toBe(text);
    expect(q!.speaker).toContain(speaker);
    expect(body.slice(q!.start, q!.start + 2)).toBe("''");
    expect(body.slice(q!.end - 2, q!.end)).toBe("''");
  });

  test('a multi-paragraph quotation in two-apostrophe marks continues and keeps its speaker', () => {
    const body = "Tom Reyes, the county clerk, said: ''We counted every ballot twice.\n\n''Nobody was turned away.''\n\nThe count ends on Friday.";
    const qs = quotesOf(body);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['We counted every ballot twice. Nobody was turned away.', 'Tom Reyes']]);
  });

  test('apostrophes in words are still no marks next to two-apostrophe quotes', () => {
    const body = "''The voters' mood isn't good,'' said Ann Lee. The parents' group didn't agree.";
    expect(quotesOf(body).map((q) => q.text)).toEqual(["The voters' mood isn't good,"]);
  });
});
