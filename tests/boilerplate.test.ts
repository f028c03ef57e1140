import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Segmented } from '../src/schema.js';
import { overlapsAny } from '../src/text/location.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'barnet-ofsted-2017');
const fixture = (name: string): Segmented =>
  segment(articleFromText(readFileSync(join(FIXTURES, name), 'utf8')));
const seg = (text: string): Segmented => segment(articleFromText(text));

/** Is the whole of the first occurrence of `needle` (after `from`) inside excluded spans? */
function excludedText(doc: Segmented, needle: string, from = 0): boolean {
  const body = doc.article.body;
  const at = body.indexOf(needle, from);
  if (at === -1) throw new Error(`not in the body: ${needle}`);
  return doc.excluded.some((e) => e.start <= at && e.end >= at + needle.length);
}
/** Does any part of the first occurrence of `needle` overlap an excluded span? */
function touched(doc: Segmented, needle: string): boolean {
  const body = doc.article.body;
  const at = body.indexOf(needle);
  if (at === -1) throw new Error(`not in the body: ${needle}`);
  return overlapsAny(doc.excluded, at, at + needle.length);
}
const excludedChars = (doc: Segmented): number => doc.excluded.reduce((n, e) => n + e.end - e.start, 0);

describe('fixture 000: CMS markup', () => {
  const doc = fixture('000_aaf2051f71d1e3ca.txt');
  const body = doc.article.body;

  test('the %image( line is excluded whole, with the quote in its alt text', () => {
    const start = body.indexOf('%image(');
    const end = body.indexOf('\n', start);
    expect(doc.excluded).toContainEqual({ start, end, rule: 'markup/shortcode' });
  });

  test('nothing else is excluded', () => {
    expect(doc.excluded).toHaveLength(1);
    expect(touched(doc, 'To read the full report of the inspection carried out between April 25 and May 18')).toBe(false);
  });
});

describe('fixture 001: site chrome and a rail of teasers', () => {
  const doc = fixture('001_51a6fd33b2d8a7bc.txt');
  const body = doc.article.body;

  test('the leading chrome is excluded', () => {
    expect(excludedText(doc, 'Support our #Respect4SocialWork campaign today')).toBe(true);
    expect(excludedText(doc, 'Make an Enquiry')).toBe(true);
    expect(excludedText(doc, 'Contact Us')).toBe(true);
  });

  test('the tail is excluded from "Knowledge & Resources" or the first teaser to the end', () => {
    const first = body.indexOf('BASW raises concerns');
    const rail = doc.excluded.find((e) => e.start <= first && e.end >= body.trimEnd().length);
    expect(rail).toBeDefined();
    expect(rail!.start).toBeGreaterThanOrEqual(body.indexOf('Knowledge & Resources'));
    for (const figure of ['66,357', '14%', '76%', '1998', '2021', '2020', 'CO4 3ZL', 'D1,', 'Subscribe Today']) {
      expect(excludedText(doc, figure, first), figure).toBe(true);
    }
  });

  test('the article between the chrome and the tail is not excluded', () => {
    const from = body.indexOf('Barnet pledges to improve');
    const to = body.indexOf('Ofsted: London Borough of Barnet') + 'Ofsted: London Borough of Barnet'.length;
    expect(overlapsAny(doc.excluded, from, to)).toBe(false);
  });
});

describe('fixture 002: a press release', () => {
  const doc = fixture('002_e5360314d9e545cb.txt');

  test('nothing of substance is excluded', () => {
    expect(excludedChars(doc)).toBeLessThan(20);
    const body = doc.article.body;
    for (const s of doc.sentences) {
      if (body.slice(s.start, s.end).split(/\s+/).length >= 4) expect(overlapsAny(doc.excluded, s.start, s.end)).toBe(false);
    }
  });
});

describe('fixture 003: a paywall', () => {
  const doc = fixture('003_cfb0b5119dc74a14.txt');
  const body = doc.article.body;

  test('the paywall tail is excluded from "Register Now to Continue Reading" to the end', () => {
    const start = body.indexOf('Register Now to Continue Reading');
    expect(doc.excluded).toHaveLength(1);
    expect(doc.excluded[0]).toMatchObject({ start, rule: 'boilerplate/paywall-tail' });
    expect(doc.excluded[0]!.end).toBe(body.trimEnd().length);
    expect(excludedText(doc, '60,000 expert features')).toBe(true);
    expect(excludedText(doc, '4 subscriber-only articles')).toBe(true);
  });
});

describe('fixture 004: a plain article', () => {
  test('nothing is excluded', () => {
    expect(fixture('004_7c4424ff75a35e16.txt').excluded).toEqual([]);
  });
});

const ARTICLE = [
  'Council tax will rise by 5% next year, the council has confirmed.',
  'The increase, approved on Tuesday, will add £60 a year to a typical bill, according to figures published by the finance department.',
  'Read more: Council tax to rise for third year running',
  'Cllr Jane Doe said: “We have had no choice but to ask residents to pay more this year.”',
].join('\n\n');

describe('hand-made articles', () => {
  test('a mid-article "Read more:" line excludes only itself', () => {
    const doc = seg(ARTICLE);
    expect(doc.excluded).toHaveLength(1);
    expect(doc.excluded[0]!.rule).toBe('boilerplate/story-link');
    expect(excludedText(doc, 'Read more: Council tax to rise for third year running')).toBe(true);
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
    expect(touched(doc, 'The increase, approved on Tuesday')).toBe(false);
  });

  test('a cookie banner line', () => {
    const text = `We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. Accept\n\n${ARTICLE}`;
    const doc = seg(text);
    expect(excludedText(doc, 'We use cookies to improve your experience.')).toBe(true);
    expect(doc.excluded.find((e) => e.start === 0)!.rule).toBe('boilerplate/cookie');
  });

  test('prose about cookies stays', () => {
    const doc = seg('The bakery sold 500 cookies to customers on Saturday, the owner said.\n\nShe expects to sell more.');
    expect(doc.excluded).toEqual([]);
  });

  test('a footer with copyright, legal links and social links', () => {
    const footer = '© 2023 Example News Ltd. All rights reserved.\nPrivacy Policy | Terms of Use | Contact\nFollow us on Twitter\nfacebook twitter instagram youtube';
    const doc = seg(`${ARTICLE}\n\n${footer}`);
    expect(excludedText(doc, '© 2023 Example News Ltd. All rights reserved.')).toBe(true);
    expect(excludedText(doc, 'Privacy Policy | Terms of Use | Contact')).toBe(true);
    expect(excludedText(doc, 'Follow us on Twitter')).toBe(true);
    expect(excludedText(doc, 'facebook twitter instagram youtube')).toBe(true);
    expect(touched(doc, 'Council tax will rise by 5%')).toBe(false);
  });

  test.each<[string, string]>([
    ['caption', '[caption id="attachment_5" align="alignnone" width="300"]Mr Smith said: "We won 5-0."[/caption]'],
    ['embed', '[embed]https://example.com/video/123[/embed]'],
    ['template', '{{ad-slot id=7 size="300x250"}}'],
    ['html comment', '<!-- related: 12345, 67890 -->'],
    ['percent macro', '%video(123456, caption="Crowds gathered at 10am")'],
  ])('markup: %s', (_name, markup) => {
    const doc = seg(`First paragraph of the story.\n\n${markup}\n\nSecond paragraph of the story.`);
    expect(doc.excluded).toEqual([{ start: doc.article.body.indexOf(markup), end: doc.article.body.indexOf(markup) + markup.length, rule: 'markup/shortcode' }]);
  });

  test('editorial brackets and truncation marks are not markup', () => {
    const doc = seg('He said the plan [sic] was fine and the total [about 300] was right [...]');
    expect(doc.excluded).toEqual([]);
  });

  test('a paywall prompt with a different wording', () => {
    const text = `${ARTICLE}\n\nSubscribe to continue reading\nGet unlimited access for £1 a week.\nAlready a subscriber? Log in`;
    const doc = seg(text);
    expect(doc.excluded.at(-1)).toMatchObject({ start: text.indexOf('Subscribe to continue reading'), rule: 'boilerplate/paywall-tail' });
    expect(excludedText(doc, '£1 a week')).toBe(true);
  });

  test('a subscriber prompt above the article does not swallow it', () => {
    const text = `Already a subscriber? Log in\n\n${ARTICLE}`;
    const doc = seg(text);
    expect(excludedText(doc, 'Already a subscriber? Log in')).toBe(true);
    expect(touched(doc, 'Council tax will rise by 5%')).toBe(false);
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
  });

  test('a single teaser between wide gaps is excluded; the article after it stays', () => {
    const teaser = 'Library to close early\n\n\nThe town library will close at 4pm from May, saving £12,000 a year [...]\n\nRead more';
    const text = `${ARTICLE}\n\n\n${teaser}\n\n\nMore of the article: 200 residents objected.`;
    const doc = seg(text);
    expect(excludedText(doc, teaser)).toBe(true);
    expect(touched(doc, '200 residents objected')).toBe(false);
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
  });

  test('a closer after long prose with no gap excludes only itself', () => {
    const text = `${ARTICLE}\n\nRead more`;
    const doc = seg(text);
    expect(doc.excluded.at(-1)).toMatchObject({ start: text.lastIndexOf('Read more'), end: text.length, rule: 'boilerplate/cta-line' });
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
  });

  test('a related-stories heading at the end opens a rail to the end', () => {
    const rail = 'Related stories\nBins to be collected fortnightly from June\nNew school to open with 420 places\n© 2024 Example';
    const text = `${ARTICLE}\n\n${rail}`;
    const doc = seg(text);
    expect(doc.excluded.at(-1)).toMatchObject({ start: text.indexOf('Related stories'), end: text.length, rule: 'boilerplate/related-rail' });
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
  });

  test('two teasers and a footer after an article make a rail', () => {
    const rail = [
      'Latest news',
      '',
      '',
      'Bins to be collected fortnightly',
      '',
      'Collections will change in June, affecting 40,000 homes [...]',
      '',
      'Read Full Story',
      'New school opens',
      '',
      'The school has 420 places and opens in September [...]',
      '',
      'Read Full Story',
      'Example News is a local news site for the whole county.',
      'Contact Us',
    ].join('\n');
    const text = `${ARTICLE}\n\n\n${rail}`;
    const doc = seg(text);
    expect(doc.excluded.at(-1)).toMatchObject({ start: text.indexOf('Latest news'), end: text.length, rule: 'boilerplate/related-rail' });
    expect(touched(doc, 'Cllr Jane Doe said')).toBe(false);
  });

  test('a long prose paragraph in the middle is never excluded', () => {
    const long = 'Residents said the change was unwelcome, and several groups have written to the council asking it to think again. '.repeat(4).trim();
    const text = `Subscribe Today\n\n${long}\n\nRead more\n\n${long}`;
    const doc = seg(text);
    expect(touched(doc, long)).toBe(false);
    expect(overlapsAny(doc.excluded, text.lastIndexOf(long), text.length)).toBe(false);
  });

  test('a headline starting with a promo verb is not a promo line', () => {
    const doc = seg(`Back to school today: what parents need to know\n\n${ARTICLE}`);
    expect(doc.excluded).toHaveLength(1);
  });
});

describe('options and merging', () => {
  const front = { start: 0, end: 5, rule: 'markup/front-matter' };

  test('keepBoilerplate returns the loader\'s spans unchanged and adds nothing', () => {
    const article = { ...articleFromText(`---\n\nSubscribe Today\n\n${ARTICLE}`), excluded: [front] };
    expect(segment(article, { keepBoilerplate: true }).excluded).toEqual([front]);
  });

  test('the loader\'s spans are merged in, sorted and without overlaps', () => {
    const text = `---\n\nSubscribe Today\n\n${ARTICLE}\n\n© 2024 Example`;
    const article = { ...articleFromText(text), excluded: [{ start: text.indexOf('©'), end: text.length, rule: 'markup/footer' }, front] };
    const ex = segment(article).excluded;
    expect(ex[0]).toEqual(front);
    expect(ex).toHaveLength(4);
    for (let i = 1; i < ex.length; i++) expect(ex[i]!.start).toBeGreaterThanOrEqual(ex[i - 1]!.end);
  });
});
