/**
 * Saved web pages: the fixture pages of `fixtures/html/` against their expected body and
 * metadata (`tests/expected/html/<name>.body.txt`, `.meta.json`, kept outside `fixtures/` so
 * the loader never reads them as articles), source lines, claims from HTML pointing at the
 * right text, `--keep-boilerplate`, the `text` command, and deep pages in linear time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { textCommand } from '../src/cli/text.js';
import type { Io } from '../src/cli/io.js';
import { extractArticle } from '../src/extract/index.js';
import { htmlToText, MAX_DEPTH, MAX_TAGS, MAX_TEXT_ANGLES } from '../src/load/html.js';
import { angleCounts, maxDepth } from '../src/load/html/guard.js';
import { paragraphLines } from '../src/load/html/lines.js';
import { stripSiteName, urlDate } from '../src/load/html/metadata.js';
import { chromeWords } from '../src/load/html/clean.js';
import { loadArticles } from '../src/load/index.js';
import { TEXT_SCHEMA } from '../src/report/text.js';
import type { Article } from '../src/schema.js';
import { expectLinear } from './linear.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'fixtures', 'html');
const expected = path.join(root, 'tests', 'expected', 'html');
const names = readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const page = (name: string): string => readFileSync(path.join(fixtures, `${name}.html`), 'utf8');

async function loadOne(file: string, keepBoilerplate = false): Promise<Article> {
  for await (const ev of loadArticles([file], { cwd: root, keepBoilerplate })) {
    if (ev.kind === 'article') return ev.article;
    if (ev.kind === 'error') throw new Error(ev.error.message);
  }
  throw new Error(`no article in ${file}`);
}

describe('fixture pages', () => {
  test('there are the five kinds of page', () => {
    expect(names).toEqual(['amp-page', 'div-article', 'news-page', 'p-soup', 'quotes-currency']);
  });

  test.each(names)('%s: body and metadata as expected', (name) => {
    const out = htmlToText(page(name));
    const body = readFileSync(path.join(expected, `${name}.body.txt`), 'utf8').replace(/\n$/, '');
    const meta = JSON.parse(readFileSync(path.join(expected, `${name}.meta.json`), 'utf8'));
    expect(out.body).toBe(body);
    const { body: _b, paragraphLines: _l, ...gotMeta } = out;
    expect(gotMeta).toEqual(meta);
  });

  test.each(names)('%s: paragraphs are separated by one blank line and normalised', (name) => {
    const { body } = htmlToText(page(name));
    expect(body).not.toMatch(/\n{3,}|^\s|\s$|[ \t]{2,}|[ \t]\n|\n[ \t]/);
  });

  test.each(names)('%s: each paragraph points at the source line where its text starts', (name) => {
    const html = page(name);
    const lines = html.split('\n');
    const out = htmlToText(html);
    const paragraphs = out.body.split('\n\n');
    expect(out.paragraphLines).toHaveLength(paragraphs.length);
    paragraphs.forEach((p, i) => {
      const firstWord = /[A-Za-z0-9]+/.exec(p)![0];
      expect(lines[out.paragraphLines[i]! - 1], `paragraph ${i}: ${p}`).toContain(firstWord);
    });
    // lines never go backwards
    expect([...out.paragraphLines].sort((a, b) => a - b)).toEqual(out.paragraphLines);
  });
});

describe('the news page', () => {
  const out = htmlToText(page('news-page'));

  test.each([
    ['cookie banner', 'We use cookies'],
    ['navigation', 'Sport'],
    ['share bar', 'Share on Facebook'],
    ['caption', 'Photo:'],
    ['related stories', 'Ferry fares'],
    ['paywall prompt', 'Subscribe to continue'],
    ['most read rail', 'Lifeboat crew'],
    ['newsletter prompt', 'top 5 stories'],
    ['footer', 'All rights reserved'],
    ['script', 'dataLayer'],
    ['byline line', 'By Dana'],
  ])('drops the %s', (_what, words) => {
    expect(out.body).not.toContain(words);
  });

  test('keeps the article, quote marks and currency exactly', () => {
    expect(out.body).toContain('“We cannot reopen the bridge to heavy vehicles until every damaged cable is replaced,” said');
    expect(out.body).toContain('risen to £48m');
    expect(out.body.split('\n\n').at(-1)).toBe('Local businesses say a full closure would add 40 minutes to journeys between the two halves of the town.');
  });

  test('--keep-boilerplate keeps the whole visible text', () => {
    const all = htmlToText(page('news-page'), { keepBoilerplate: true });
    for (const words of ['We use cookies', 'Ferry fares', 'Photo:', 'Subscribe to continue', 'All rights reserved', 'By Dana']) {
      expect(all.body).toContain(words);
    }
    expect(all.body).not.toContain('dataLayer');
  });
});

describe('quotes and currencies', () => {
  test('curly marks, entities, £ and € survive; each paragraph of a multi-paragraph quote stays a paragraph', () => {
    const { body } = htmlToText(page('quotes-currency'));
    expect(body).toContain('fined €2.4m (£2.1m)');
    expect(body).toContain('shown “a sustained disregard for the safety of its passengers” over');
    expect(body).toContain('costs of €310,000 and £45,000.');
    expect(body).toContain('said: “We accept the court’s findings in full.\n\n“Every crossing now has a drill');
    expect(body).toContain('‘It isn’t enough to say sorry,’ a passengers’ group said.');
  });

  test('a multi-paragraph quotation from HTML is one quote claim spanning its paragraphs', async () => {
    const article = await loadOne('fixtures/html/quotes-currency.html');
    const { claims } = extractArticle(article);
    const quote = claims.find((c) => c.type === 'quote' && c.text.startsWith('We accept'));
    expect(quote).toMatchObject({ type: 'quote', cue: 'said' });
    expect(quote!.text).toContain('independent safety auditor.');
    expect(quote!.text).toContain('passengers and crew.');
    expect(article.body.slice(quote!.start, quote!.end).split('\n\n')).toHaveLength(3);
  });

  // speakers: "the company’s chief executive, <Name>, said:" gives "the executive", not the name
  test.todo('the speaker of a quote after "the company’s chief executive, <Name>, said:" is the name');
});

describe('claims from HTML pages', () => {
  test('point at the right text and sentence, and none come from the chrome', async () => {
    const article = await loadOne('fixtures/html/news-page.html');
    expect(article.format).toBe('html');
    const { claims } = extractArticle(article);
    expect(claims.length).toBeGreaterThan(5);
    const lines = article.body.split('\n');
    for (const c of claims) {
      if (c.type !== 'quote') expect(article.body.slice(c.start, c.end)).toBe(c.text);
      expect(c.sentence).toContain(article.body.slice(c.start, c.end).split('\n')[0]);
      expect(lines[c.line - 1]!.slice(c.column - 1)).toBe(article.body.slice(c.start).split('\n')[0]);
    }
    const figure = claims.find((c) => c.type === 'figure' && c.text.includes('37'));
    expect(figure?.sentence).toBe(
      'Engineers found corrosion in 37 of the bridge’s 120 steel cables during an inspection last autumn, according to a report presented to the council’s transport committee.',
    );
    const money = claims.find((c) => c.type === 'figure' && c.text.includes('£48m'));
    expect(money).toMatchObject({ unit: 'GBP' });
    // teaser, caption, script, newsletter figures are not claims
    for (const words of ['12%', '18,000', '£99', '3-day', '5 stories']) {
      expect(claims.some((c) => c.text.includes(words) || c.sentence.includes(words)), words).toBe(false);
    }
  });

  test('the loader carries the language and source lines of an HTML article', async () => {
    const article = (await loadOne('fixtures/html/news-page.html')) as Article & { language?: string; sourceLines?: number[] };
    expect(article.language).toBe('en-GB');
    expect(article.sourceLines).toHaveLength(article.body.split('\n\n').length);
    const kept = await loadOne('fixtures/html/news-page.html', true);
    expect(kept.body).toContain('We use cookies');
  });
});

describe('claimcheck text', () => {
  function fakeIo(): { io: Io; out: () => string; err: () => string } {
    let out = '';
    let err = '';
    return {
      io: {
        stdout: { write: (s: string) => ((out += s), true) },
        stderr: { write: (s: string) => ((err += s), true) },
        stdin: null,
        env: {},
        cwd: root,
      },
      out: () => out,
      err: () => err,
    };
  }

  test('--format json prints the body and metadata of each article', async () => {
    const f = fakeIo();
    const code = await textCommand(['fixtures/html', 'missing.html'], { format: 'json', keepBoilerplate: false, quiet: false }, f.io);
    expect(code).toBe(2);
    const doc = JSON.parse(f.out());
    expect(doc.schema).toBe(TEXT_SCHEMA);
    expect(doc.articles.map((a: { id: string }) => a.id)).toEqual(names);
    const news = doc.articles.find((a: { id: string }) => a.id === 'news-page');
    expect(Object.keys(news)).toEqual(['id', 'path', 'title', 'byline', 'published', 'publisher', 'url', 'language', 'body', 'excluded']);
    expect(news.body).toBe(readFileSync(path.join(expected, 'news-page.body.txt'), 'utf8').replace(/\n$/, ''));
    expect(doc.errors).toEqual([{ path: 'missing.html', message: 'no such file or directory' }]);
    expect(f.err()).toMatch(/5 articles, 1 error/);
  });

  test('text format: metadata lines, a blank line, the body; no colour when not asked', async () => {
    const f = fakeIo();
    const code = await textCommand(['fixtures/html/p-soup.html'], { format: 'text', keepBoilerplate: false, quiet: true }, f.io);
    expect(code).toBe(0);
    expect(f.out()).toBe(
      `==> fixtures/html/p-soup.html\ntitle: Allotment waiting list tops 400\n\n${readFileSync(path.join(expected, 'p-soup.body.txt'), 'utf8')}`,
    );
    expect(f.err()).toBe('');
  });

  test('--keep-boilerplate reaches the HTML loader', async () => {
    const f = fakeIo();
    await textCommand(['fixtures/html/news-page.html'], { format: 'json', keepBoilerplate: true, quiet: true }, f.io);
    expect(JSON.parse(f.out()).articles[0].body).toContain('We use cookies');
  });
});

describe('odd pages', () => {
  test.each([
    ['a fragment', '<p>First para.</p><p>Second &amp; last.</p>', 'First para.\n\nSecond & last.'],
    ['a second <body>', '<html><body></body><body><p>Late text.</p></body></html>', 'Late text.'],
    ['a hidden wrapper that holds the page', '<html><body><div hidden><p>Revealed by script.</p></div></body></html>', 'Revealed by script.'],
    ['an empty page', '', ''],
    ['text only', 'Just words.', 'Just words.'],
  ])('%s', (_name, html, body) => {
    expect(htmlToText(html).body).toBe(body);
  });

  test('100,000 levels deep: no crash, linear time, the text kept', () => {
    const n = 100_000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>Deep text.</p>${'</div>'.repeat(n)}<p>After.</p></body></html>`;
    expect(htmlToText(html).body).toBe('Deep text.\n\nAfter.');
    const nest = (k: number) => `<html><body>${'<div>'.repeat(k)}<p>Deep text.</p>${'</div>'.repeat(k)}</body></html>`;
    // (the shared guard: best of two runs at an eighth, a second full run before it fails)
    expectLinear(Array.from({ length: n }), (levels) => htmlToText(nest(levels.length)), 'nesting');
  });

  test('pages deeper than the limit take the iterative path', () => {
    expect(maxDepth('<div>'.repeat(MAX_DEPTH + 5), MAX_DEPTH)).toBeGreaterThan(MAX_DEPTH);
    expect(maxDepth('<p>a<p>b<br><img src=x><div>c</div><script>"<div><div>"</script>', 10)).toBe(1);
    const deep = `<html><body>${'<div>'.repeat(MAX_DEPTH + 10)}<nav>Menu</nav><p>Text.</p>${'</div>'.repeat(MAX_DEPTH + 10)}</body></html>`;
    expect(htmlToText(deep).body).toBe('Text.');
  });

  test('a < that opens no tag is text: counted by the guard, kept by both paths', () => {
    expect(angleCounts('<p>a < b <<c</p><!-- x --><?php ?><!DOCTYPE html></p>', 100, 100)).toEqual({ text: 2, tags: 2 });
    expect(angleCounts('<'.repeat(50), 10, 10).text).toBe(11);
    expect(angleCounts('<br>'.repeat(50), 10, 10).tags).toBe(11);
    // the iterative path (a page too deep for the DOM) reads "1 < 2" as text, as the DOM path does
    const text = '<p>If 1 < 2 and 3 > 2, then <<this>> holds.</p>';
    const deep = `<html><body>${'<div>'.repeat(MAX_DEPTH + 10)}${text}${'</div>'.repeat(MAX_DEPTH + 10)}</body></html>`;
    expect(htmlToText(deep).body).toBe('If 1 < 2 and 3 > 2, then <> holds.');
    expect(htmlToText(`<html><body>${text}</body></html>`).body).toBe('If 1 < 2 and 3 > 2, then <> holds.');
  });

  test(`more than ${MAX_TEXT_ANGLES} < in the text (a DOM node each) take the iterative path, nothing lost`, () => {
    const run = '<'.repeat(MAX_TEXT_ANGLES * 5);
    const page = htmlToText(`<html><head><title>Runs</title></head><body><nav>Menu</nav><p>Before.</p><p>${run}</p><p>After 1 < 2.</p></body></html>`);
    expect(page.body).toBe(`Before.\n\n${run}\n\nAfter 1 < 2.`);
    expect(page.title).toBe('Runs');
    expect(page.paragraphLines).toHaveLength(3);
  });

  test(`more than ${MAX_TAGS} start tags take the iterative path, the text kept`, () => {
    const n = MAX_TAGS + 10;
    const page = htmlToText(`<html><head><title>Many</title></head><body><nav>Menu</nav>${'<p>Word.'.repeat(n)}</body></html>`);
    expect(page.body).toBe(Array<string>(n).fill('Word.').join('\n\n'));
    expect(page.title).toBe('Many');
  });

  test('many & without ; stay linear (the source-line scan looks for an entity\'s ; only as far as one reaches)', () => {
    expectLinear('&#'.repeat(400_000), (s) => htmlToText(`<html><body><p>${s}</p><p>After.</p></body></html>`), 'htmlToText');
    // entities still drop out of the key: the paragraph after the run is found on its line
    const html = `<html><body><p>${'&#'.repeat(1000)}</p>\n<p>Caf&eacute; &amp; more, said the owner.</p></body></html>`;
    expect(paragraphLines(html, ['&#'.repeat(1000), 'Café & more, said the owner.'])).toEqual([1, 2]);
  });

  test('unclosed tags and many < without > stay linear', () => {
    const html = `<html><body><p>${'<a '.repeat(50_000)}</p></body></html>`;
    expectLinear('<a '.repeat(50_000), (s) => htmlToText(`<html><body><p>${s}</p></body></html>`));
    expect(typeof htmlToText(html).body).toBe('string');
  });
});

describe('helpers', () => {
  test.each([
    ['Story headline here | Site', 'Site', null, 'Story headline here'],
    ['Story headline here - The Daily Example', null, null, 'Story headline here'],
    ['Site: a longer name | Story headline goes here', null, 'Story headline goes here', 'Story headline goes here'],
    ['One - Two', null, null, 'One - Two'],
    ['No separator at all', 'Site', null, 'No separator at all'],
  ])('stripSiteName(%j)', (title, publisher, h1, want) => {
    expect(stripSiteName(title, publisher, h1)).toBe(want);
  });

  test.each([
    ['https://x.example/news/2017/07/11/story', '2017-07-11'],
    ['https://x.example/2017-07-11/story', '2017-07-11'],
    ['https://x.example/a/20170711/story', '2017-07-11'],
    ['https://x.example/news/story-12345', null],
    ['https://x.example/2017/13/40/story', null],
  ])('urlDate(%s)', (url, want) => {
    expect(urlDate(url)).toBe(want);
  });

  test.each([
    ['share-tools', 'chrome'],
    ['c-related-stories__list', 'chrome'],
    ['most-read', 'chrome'],
    ['cookie-banner', 'prompt'],
    ['ad-slot', 'prompt'],
    ['article-body', null],
    ['elementor-widget-container', null],
    ['post-tags', null],
    ['tags', 'chrome'],
    ['sidebar-first-only', 'chrome'],
  ])('chromeWords(%s)', (words, want) => {
    expect(chromeWords(words)).toBe(want);
  });

  test('paragraphLines: entities and tags between words, and a forward cursor', () => {
    const html = 'x\n<p>Caf&eacute; <b>opens</b> today</p>\n<p>Caf&eacute; opens today</p>\n<p>Other</p>';
    expect(paragraphLines(html, ['Café opens today', 'Café opens today', 'Other', 'Not there'])).toEqual([2, 3, 4, 4]);
  });
});

describe('start-up of text-only runs', () => {
  test('the loader imports the HTML modules only when a page is read', () => {
    const src = readFileSync(path.join(root, 'src', 'load', 'index.ts'), 'utf8');
    // type-only imports vanish from the built code
    expect(src).not.toMatch(/^import (?!type )[^;]*(?:linkedom|readability|cheerio|\.\/html)/m);
    expect(src).toContain("await import('./html.js')");
  });
});
