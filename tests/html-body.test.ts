/**
 * Body rules for saved pages found by diagnosing the benchmark's worst pages (each page here
 * is made up, in the shape of what was found): stray markup around `<html>`, an article in
 * many like sections, revealed panels, advert wrappers named with a content word, and a
 * second copy of the article's layout.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToText, MAX_CHARS } from '../src/load/html.js';
import { chromeWords } from '../src/load/html/clean.js';
import { stripInert } from '../src/load/html/strip.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sentence = (topic: string, n: number): string =>
  `The council said the ${topic} plan number ${n} would cost more than expected, and officials told residents on Tuesday that the work would take at least two more years to finish.`;
const para = (topic: string, n: number): string => `<p>${sentence(topic, n)} ${sentence(topic, n + 100)}</p>`;
const chrome = `<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>`;

describe('the document is mended before anything is read', () => {
  test('a style before <html> does not become the root and hide the page', () => {
    const html = `<style>#x { display: none }</style>\n<!DOCTYPE html><html><head><title>T</title></head><body>${chrome}<article>${para('road', 1)}${para('road', 2)}${para('road', 3)}</article></body></html>`;
    const { body } = htmlToText(html);
    expect(body).toContain('road plan number 1');
    expect(body).toContain('road plan number 3');
    expect(body).not.toContain('display');
  });

  test('content after </html> is read as part of the body', () => {
    const html = `<!DOCTYPE html><html><head><title>T</title></head><body>${chrome}</body></html>\n<div class="post">${para('bridge', 1)}${para('bridge', 2)}${para('bridge', 3)}</div>`;
    const { body } = htmlToText(html);
    expect(body).toContain('bridge plan number 1');
    expect(body).toContain('bridge plan number 3');
  });
});

describe('an article built of many like sections', () => {
  // each section sits five wrappers deep and Readability scores each apart: it keeps the
  // longest and leaves its smaller siblings
  const section = (n: number, paragraphs: number): string =>
    `<div class="row"><div class="row-inner"><div class="col"><div class="block"><div class="text"><h2>Part ${n}</h2>${Array.from({ length: paragraphs }, (_, i) => para(`part${n}`, i + 1)).join('')}</div></div></div></div></div>`;
  const sections = [section(1, 2), section(2, 6), section(3, 2), section(4, 3), section(5, 2)].join('');
  const html = `<html><head><title>Guide</title></head><body>${chrome}<div class="page"><div class="field-body">${sections}</div></div><footer>Copyright</footer></body></html>`;

  test('every section is in the body', () => {
    const { body } = htmlToText(html);
    for (const n of [1, 2, 3, 4, 5]) expect(body).toContain(`part${n} plan number 1`);
    expect(body).not.toContain('Copyright');
  });
});

/** Chrome that holds most of a page's text: the article is under the 40% share that protects a block. */
const bigFooter = `<footer>${Array.from({ length: 12 }, (_, i) => `<p>${sentence('footer', i)}</p>`).join('')}</footer>`;

describe('hidden elements', () => {
  test('a collapsed panel of prose is article text (a click reveals it)', () => {
    const panel = `<div role="region" id="faq_1_content" style="display:none">${para('school', 7)}${para('school', 8)}</div>`;
    const html = `<html><body>${chrome}<article>${para('school', 1)}${para('school', 2)}<h3>Questions</h3>${panel}</article>${bigFooter}</body></html>`;
    expect(htmlToText(html).body).toContain('school plan number 7');
  });

  test('a hidden paragraph, a hidden menu and a hidden cookie dialog stay out', () => {
    const html = `<html><body><article>${para('park', 1)}${para('park', 2)}<p style="display:none">${sentence('hidden', 5)} ${sentence('hidden', 6)} ${sentence('hidden', 7)}</p>${para('park', 3)}</article><div hidden class="cookie-consent">${para('cookie', 1)}${para('cookie', 2)}</div><div hidden><a href="/a">${sentence('menu', 1)}</a></div></body></html>`;
    const { body } = htmlToText(html);
    expect(body).toContain('park plan number 3');
    expect(body).not.toContain('hidden plan');
    expect(body).not.toContain('cookie plan');
    expect(body).not.toContain('menu plan');
  });
});

describe('advert class words', () => {
  test.each([
    ['body-ad-wrapper block-field-body', 'chrome'],
    ['article-ad', 'chrome'],
    ['ad-slot', 'prompt'],
    ['advertisement', 'prompt'],
  ])('chromeWords(%s)', (words, want) => {
    expect(chromeWords(words)).toBe(want);
  });

  test('an advert wrapper around the article body keeps the article; a short advert inside goes', () => {
    const html = `<html><body>${chrome}<div class="body-ad-wrapper block-field-body">${para('farm', 1)}<div class="article-ad">Advertisement</div>${para('farm', 2)}${para('farm', 3)}${para('farm', 4)}</div><div class="comments">${para('comment', 1)}</div>${bigFooter}</body></html>`;
    const { body } = htmlToText(html);
    expect(body).toContain('farm plan number 1');
    expect(body).toContain('farm plan number 4');
    expect(body).not.toContain('Advertisement');
  });
});

describe('a second copy of the layout', () => {
  const article = [1, 2, 3, 4].map((n) => para('port', n)).join('');

  test('the article rendered twice (desktop and gated copies) is read once', () => {
    const html = `<html><body><div class="layout-normal">${article}</div><div class="layout-gated">${article}</div></body></html>`;
    const { body } = htmlToText(html);
    expect(body.split('port plan number 1 would').length - 1).toBe(1);
    expect(body).toContain('port plan number 4');
  });

  test('one paragraph said twice is kept twice', () => {
    const html = `<html><body><article>${para('dock', 1)}${para('dock', 2)}${para('dock', 1)}${para('dock', 3)}</article></body></html>`;
    expect(htmlToText(html).body.split('dock plan number 1 would').length - 1).toBe(2);
  });
});

describe('inert markup is cut before parsing', () => {
  test.each([
    ['<p>a</p><script>x<p>no</p></script><p>b</p>', '<p>a</p><p>b</p>'],
    ['<title>about <script> tags</title><p>keep</p><script>z</script>', '<title>about <script> tags</title><p>keep</p>'],
    ['<svg><svg></svg><text>no</text></svg><p>after</p>', '<p>after</p>'],
    ['<!-- c --><p>x</p><!--[if IE]><p>ie</p><![endif]-->', '<p>x</p>'],
    ['<script type="application/ld+json">{"a":1}</script><style>p{}</style>x', '<script type="application/ld+json">{"a":1}</script>x'],
    ['<math><mi>x</mi></math>y<svg/>z<noscript><img></noscript><template><p>t</p></template>', 'y<svg/>z'],
    ['<p>no inert markup</p>', '<p>no inert markup</p>'],
    ['<img alt="a" src="data:image/gif;base64,R0lGOD">', '<img alt="a" src="data:image/gif;base64,R0lGOD">'],
  ])('stripInert(%j)', (html, want) => {
    expect(stripInert(html)).toBe(want);
  });

  test('a long data: URI is emptied, its quotes and the other attributes kept', () => {
    expect(stripInert(`<img src='data:image/png;base64,${'A'.repeat(3000)}' alt="b"><p>x</p>`)).toBe(`<img src='' alt="b"><p>x</p>`);
    expect(stripInert(`<a href="data:text/plain,${'z'.repeat(2500)}" title="data:t">y</a>`)).toBe('<a href="" title="data:t">y</a>');
    // (two in one tag, and one not quoted, which is left as it is)
    expect(stripInert(`<img src="data:a,${'1'.repeat(2100)}" srcset="data:b,${'2'.repeat(2100)} 2x">`)).toBe('<img src="" srcset="">');
    expect(stripInert(`<img src=data:a,${'1'.repeat(2100)}>`)).toBe(`<img src=data:a,${'1'.repeat(2100)}>`);
  });

  test('a page saved as one file (megabytes of inline images and script) reads as the page without them', () => {
    const page = readFileSync(path.join(root, 'fixtures', 'html', 'news-page.html'), 'utf8');
    const end = page.lastIndexOf('</body>');
    expect(end).toBeGreaterThan(0);
    // 6 MB of base64 and 6 MB of script: over the 5 M-character guard of the DOM path as saved
    const image = `<img alt="" src="data:image/png;base64,${'iVBORw0KGgo'.repeat(550_000)}">`;
    const script = `<script>window.__DATA__ = "${'x'.repeat(6_000_000)}";</script>`;
    const big = page.slice(0, end) + image + script + page.slice(end);
    expect(big.length).toBeGreaterThan(MAX_CHARS);
    const want = htmlToText(page);
    const got = htmlToText(big);
    expect(got.body).toBe(want.body);
    expect([got.title, got.published, got.byline, got.paragraphLines]).toEqual([want.title, want.published, want.byline, want.paragraphLines]);
  });

  test('the body and its source lines are those of the page as saved', () => {
    const html = `<html><head><style>\n.a{}\n</style></head><body>\n<svg><path d="M0"/>\n</svg>\n<!-- note\n-->\n<article>\n${para('bus', 1)}\n${para('bus', 2)}\n</article></body></html>`;
    const out = htmlToText(html);
    expect(out.body.split('\n\n')).toHaveLength(2);
    expect(out.paragraphLines).toEqual([9, 10]);
  });
});
