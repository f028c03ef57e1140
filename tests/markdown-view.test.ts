/**
 * Markdown files are read without their syntax (`markdownView`): links, emphasis, blockquote
 * and heading markers are blanked to spaces, so every offset still points into the file as
 * written, and the claims are those of the same text without the syntax.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { markdownView } from '../src/text/markdown.js';
import type { Article } from '../src/schema.js';
import { articleFromText } from './helpers.js';
import { expectLinear } from './linear.js';

const md = (body: string): Article => ({ ...articleFromText(body), format: 'md', path: 'test.md' });

describe('markdownView', () => {
  test.each([
    ['a [link](https://example.com/a_(b)) here', 'a  link                             here'],
    ['![a photo](https://example.com/p.jpg) Caption', '                                      Caption'],
    ['said [Jane Doe][1].', 'said  Jane Doe    .'],
    ['**£4.5 million** and *71 per cent* and __bold__', '  £4.5 million   and  71 per cent  and   bold  '],
    ['> “Yes,” she said.', '  “Yes,” she said.'],
    ['## Heading ##', '   Heading   '],
    ['[1]: https://example.com/x "Title"', '                                  '],
    ['use `code` and <em>tags</em>, a\\*star', 'use  code  and     tags     , a *star'],
    ['~~old~~ new', '  old   new'],
  ])('%j', (input, want) => {
    const view = markdownView(input);
    expect(view).toBe(want);
    expect(view).toHaveLength(input.length);
  });

  test.each([
    'snake_case_name and 5 * 3 = 15',
    '* a bullet item\n- another one',
    '[Editor’s note]: this story was updated on Monday to add a comment.',
    'a < b and c > d',
    'plain text with no syntax at all',
  ])('left as it is: %j', (input) => {
    expect(markdownView(input)).toBe(input);
  });
});

describe('claims from Markdown', () => {
  const body = [
    '# Harbour plan approved',
    '',
    'The [harbour board](https://example.com/board) approved a **£4.5 million** plan on Tuesday.',
    '',
    '"We have waited long enough for _this_," said [Maria Okafor](https://example.com/okafor), the board\'s chair.',
    '',
    '> "It will be done by spring," Okafor said.',
  ].join('\n');

  test('are those of the text without the syntax, at offsets into the file as written', () => {
    const x = extractArticle(md(body));
    const quotes = x.claims.filter((c) => c.type === 'quote');
    expect(quotes.map((c) => [c.text, c.type === 'quote' && c.speaker])).toEqual([
      ['We have waited long enough for this,', 'Maria Okafor'],
      ['It will be done by spring,', 'Maria Okafor'],
    ]);
    const money = x.claims.find((c) => c.type === 'figure')!;
    expect(money.text).toBe('£4.5 million');
    expect(body.slice(money.start, money.end)).toBe('£4.5 million');
    // (the blockquote line makes no finding of its own)
    expect(x.claims.filter((c) => c.type === 'finding' && c.text.startsWith('>'))).toEqual([]);
  });

  test('a quotation over two paragraphs reads without the syntax too (no space left where a link was)', () => {
    const two = [
      'The council met on Monday.',
      '',
      '“The bridge will be rebuilt by [Acme Corp](https://example.com/acme), the firm we chose for the work.',
      '',
      '“It will take _two years_, and it will cost more,” said [Jane Doe](https://example.com/doe), the mayor.',
    ].join('\n');
    const quotes = extractArticle(md(two)).claims.filter((c) => c.type === 'quote');
    expect(quotes.map((c) => c.type === 'quote' && [c.text, c.speaker])).toEqual([
      ['The bridge will be rebuilt by Acme Corp, the firm we chose for the work. It will take two years, and it will cost more,', 'Jane Doe'],
    ]);
  });

  test('syntax between a word and its possessive, or a long link destination, is no gap in the words', () => {
    const text = [
      'Voters will decide in _Tuesday_’s primary, and [Jane Doe](https://example.com/a/very/long/path/to/a/profile/page/of/the/candidate)’s campaign expects to win on _Tuesday_.',
    ].join('\n');
    const dates = extractArticle({ ...md(text), published: '2016-02-08' }).claims.filter((c) => c.type === 'date');
    const plain = extractArticle({ ...articleFromText(text.replace(/_/g, '').replace(/\]\([^)]*\)/g, '').replace(/\[/g, '')), published: '2016-02-08' }).claims.filter((c) => c.type === 'date');
    const read = (cs: typeof dates) => cs.map((c) => [c.text, c.type === 'date' && c.date]);
    expect(plain).toHaveLength(2);
    expect(read(dates)).toEqual(read(plain));
    expect(read(dates)[0]).toEqual(['Tuesday', '2016-02-09']);
  });

  test('a link before a possessive leaves the possessive on the name (speakers as from the plain text)', () => {
    const text = 'Hillary Clinton met bank chiefs on Monday. Though she called [Wells Fargo](https://example.com/wells-fargo)’s behavior “outrageous” and called for pay to be “clawed back”, she said little else.';
    const plainText = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const speakers = (a: Article) => extractArticle(a).claims.flatMap((c) => (c.type === 'quote' ? [`${c.text} | ${c.speaker}`] : []));
    expect(speakers(articleFromText(plainText))).toEqual(['outrageous | Hillary Clinton', 'clawed back | Hillary Clinton']);
    expect(speakers(md(text))).toEqual(speakers(articleFromText(plainText)));
  });

  test('a finding\'s source with a possessive after a link reads as from the plain text', () => {
    const text = 'All such providers are no longer affected, according to [Seacom](https://example.com/seacom)’s tweet, which said that the cable had been repaired.\n\n[Seacom](https://example.com/seacom) started to experience problems on Saturday, which it said was caused by a problem on a cable between two landing stations.';
    const plainText = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const sources = (a: Article) => extractArticle(a).claims.flatMap((c) => (c.type === 'finding' ? [c.source] : []));
    expect(sources(articleFromText(plainText))).toEqual(['Seacom’s tweet', 'Seacom’s tweet']);
    expect(sources(md(text))).toEqual(sources(articleFromText(plainText)));
  });

  test('a .txt file is read as written, unless a converter plainly wrote it as Markdown (two links)', () => {
    const oneLink = body.replace('[harbour board](https://example.com/board)', 'harbour board');
    const x = extractArticle(articleFromText(oneLink));
    const quote = x.claims.find((c) => c.type === 'quote' && c.text.startsWith('We have'));
    expect(quote && quote.type === 'quote' && quote.text).toBe('We have waited long enough for _this_,');
    const y = extractArticle(articleFromText(body));
    expect(y.claims.filter((c) => c.type === 'quote').map((c) => c.type === 'quote' && [c.text, c.speaker])).toEqual([
      ['We have waited long enough for this,', 'Maria Okafor'],
      ['It will be done by spring,', 'Maria Okafor'],
    ]);
  });
});

describe('markdownView: linear time on hostile lines', () => {
  test.each([
    ['a line of "["', '['.repeat(400_000)],
    ['unclosed links', '[a]('.repeat(100_000)],
    ['a line of "<"', '<a '.repeat(130_000)],
    ['backticks of many lengths', Array.from({ length: 60_000 }, (_, i) => '`'.repeat(1 + (i % 7)) + ' x ').join('')],
    ['emphasis markers', '**a_ *b* __'.repeat(40_000)],
    ['nested brackets', '[['.repeat(100_000) + ']]'.repeat(100_000)],
  ])('%s', (_name, input) => {
    expectLinear(input, (s) => markdownView(s));
  });
});
