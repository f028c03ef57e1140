/**
 * Metadata of saved pages where the benchmark showed the usual sources fail: rewritten meta
 * titles, entity-encoded meta values, bylines only in page text or author-page links, dates
 * only in visible text, organisations and account handles given as authors.
 */
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../src/load/html.js';
import { nameLike } from '../src/load/html/metadata.js';

const body = `<p>${'The council said the plan would cost more than expected and take two more years. '.repeat(8)}</p>`;
const page = (head: string, top: string): string =>
  `<html><head>${head}</head><body><article>${top}${body}${body}${body}</article></body></html>`;

describe('title', () => {
  test('the visible headline wins over a meta title rewritten for search when they share most words', () => {
    const out = htmlToText(page('<meta property="og:title" content="Best Apps to Learn a Language in 2025">', '<h1>Top 10: Best Language Learning Apps to Learn a Language</h1>'));
    expect(out.title).toBe('Top 10: Best Language Learning Apps to Learn a Language');
  });

  test('an <h1> about something else (the site, a section) does not replace the title', () => {
    const out = htmlToText(page('<meta property="og:title" content="Minecraft 1.8 - The Bountiful Update">', '<h1>Minecraft News</h1>'));
    expect(out.title).toBe('Minecraft 1.8 - The Bountiful Update');
  });

  test('entities encoded twice in a meta value are decoded', () => {
    const out = htmlToText(page('<meta property="og:title" content="Budget Traveler&amp;#8217;s Guide to M&amp;amp;A &amp;#8220;Deals&amp;#8221;">', ''));
    expect(out.title).toBe("Budget Traveler’s Guide to M&A “Deals”");
  });
});

describe('byline', () => {
  test('a link to the author page', () => {
    const out = htmlToText(page('', '<div class="meta"><a href="/authors/jane-doe">Jane Doe</a></div>'));
    expect(out.byline).toBe('Jane Doe');
  });

  test('a "Written by" label and the name in the next element', () => {
    const out = htmlToText(page('', '<div><p>Written by</p><p>Edwin Tabor</p></div>'));
    expect(out.byline).toBe('Edwin Tabor');
  });

  test('an author element holding name and role side by side, and two names', () => {
    expect(htmlToText(page('', '<div class="author"><span>Sofia Kane</span><span>EdTech Content writer</span></div>')).byline).toBe('Sofia Kane');
    expect(htmlToText(page('', '<div class="byline">By <a>Stella Kim</a> and <a>Jennifer Jett</a></div>')).byline).toBe('Stella Kim, Jennifer Jett');
  });

  test('a short "by:" line with the date after the name (React splits it with empty comments)', () => {
    expect(htmlToText(page('', '<p class="text-xl">by: <!-- -->Ziyi Xu<!-- -->,<!-- --> <!-- -->Dec 17, 2025<!-- --></p>')).byline).toBe('Ziyi Xu');
  });

  test('a JSON-LD organisation and an account handle give way to a person named on the page', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Heart Foundation"}}</script>';
    expect(htmlToText(page(ld, '<span class="author-name">Tracy Parker</span>')).byline).toBe('Tracy Parker');
    expect(htmlToText(page('<meta name="author" content="andrew.keaveney">', '<p class="byline">By Denise Everheart</p>')).byline).toBe('Denise Everheart');
    expect(htmlToText(page(ld, '')).byline).toBe('Heart Foundation');
  });

  test.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Posted by: Idle Cartulary', 'Idle Cartulary'],
    ['Jane Doe on Friday December 19, 2025', 'Jane Doe'],
    ['Dr. Vahid Osman', 'Dr. Vahid Osman'],
    ['A. J. Neal', 'A. J. Neal'],
    ['David Jackson - Editorial Team', 'David Jackson'],
    ['About the Authors', null],
    ['Member Login', null],
    ['Jiobal says', null],
    ['Sat, 20 Dec, 2025 - 06:36', null],
    ['Read the full story here.', null],
  ])('nameLike(%j)', (raw, want) => {
    expect(nameLike(raw)).toBe(want);
  });
});

describe('publication date', () => {
  test('a <time> without datetime, read from its text', () => {
    expect(htmlToText(page('', '<time class="stamp">Aug 04, 2025</time>')).published).toBe('2025-08-04');
  });

  test('a "Last updated:" label and the date in the next element', () => {
    expect(htmlToText(page('', '<div><span>Last updated:</span><span>Dec 12, 2025</span></div>')).published).toBe('2025-12-12');
  });

  test('a date standing alone under the headline, and a labelled date in one text', () => {
    const top = '<h1>Understanding the kitchen sink</h1><div class="text-200">October 3, 2024</div>';
    expect(htmlToText(page('', top)).published).toBe('2024-10-03');
    expect(htmlToText(page('', '<p style="text-align:right">Last updated: November 13, 2025</p>')).published).toBe('2025-11-13');
  });

  test('an element named as the date', () => {
    expect(htmlToText(page('', '<div class="story-date"><span>May 31, 2024</span></div>')).published).toBe('2024-05-31');
  });

  test('the publication date beats the last change; the last change is used when it is all there is', () => {
    const both = '<meta property="article:modified_time" content="2025-09-01T10:00:00Z"><meta property="article:published_time" content="2025-01-29T10:00:00Z">';
    expect(htmlToText(page(both, '')).published?.slice(0, 10)).toBe('2025-01-29');
    const ld = '<script type="application/ld+json">{"@type":"Article","dateModified":"2025-07-09 11:50:26"}</script>';
    expect(htmlToText(page(ld, '')).published?.slice(0, 10)).toBe('2025-07-09');
  });

  test('a date in a sentence of the article is not the publication date', () => {
    expect(htmlToText(page('', '<p>The council first met on 12 March 2019 to discuss the plan and its cost.</p>')).published).toBeNull();
  });
});
