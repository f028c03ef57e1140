/**
 * Acceptance on the real fixture story (five outlets' coverage of one inspection): the whole
 * pipeline — load, segment with boilerplate, extract — gives the story's figures and dates
 * with the right values, and nothing from site chrome, teasers or paywall prompts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import type { Claim, DateClaim, ExtractReport, FigureClaim } from '../src/schema.js';

const story = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'barnet-ofsted-2017');
let report: ExtractReport;
let kept: ExtractReport;
beforeAll(async () => {
  report = await extract([story]);
  kept = await extract([story], { keepBoilerplate: true });
});

const claimsOf = (r: ExtractReport, id: string): Claim[] => r.articles.find((a) => a.id.startsWith(id))!.claims;
const figures = (r: ExtractReport, id: string) => claimsOf(r, id).filter((c): c is FigureClaim => c.type === 'figure');
const dates = (r: ExtractReport, id: string) => claimsOf(r, id).filter((c): c is DateClaim => c.type === 'date');
const figure = (r: ExtractReport, id: string, text: RegExp) => figures(r, id).find((c) => text.test(c.text));

describe('figures of the story', () => {
  test.each([
    ['000', /£3\.8million/, { value: 3_800_000, unit: 'GBP', qualifier: null }],
    ['002', /£3\.8million/, { value: 3_800_000, unit: 'GBP', qualifier: null }],
    ['004', /£3\.8 million/, { value: 3_800_000, unit: 'GBP', qualifier: null }],
    ['000', /2,849/, { value: 2849, unit: 'child' }],
    ['000', /345/, { value: 345, unit: 'child' }],
    ['000', /196/, { value: 196 }],
    ['000', /^eight/, { value: 8 }],
    ['000', /five years/, { value: 5, unit: 'year' }],
    ['003', /more than five years/, { value: 5, unit: 'year', qualifier: 'more than' }],
    ['004', /over 23 days/, { value: 23, unit: 'day', qualifier: 'more than' }],
    ['004', /63/, { value: 63, unit: 'member' }],
    ['001', /16-to 17-year-olds/, { value: null, min: 16, max: 17, unit: 'year' }],
  ])('%s %s', (id, text, expected) => {
    const c = figure(report, id, text);
    expect(c, `no figure matching ${text} in ${id}`).toBeDefined();
    expect(c).toMatchObject(expected);
  });

  test('the numbers of teasers, paywall prompts, addresses and markup are not claims', () => {
    const texts = report.articles.flatMap((a) => a.claims.filter((c) => c.type === 'figure').map((c) => `${a.id}: ${c.text}`));
    for (const bad of ['66,357', '14%', '76%', '60,000', '4 subscriber', '15197601', 'CO4', 'D1', 'Respect4']) {
      expect(texts.filter((t) => t.includes(bad))).toEqual([]);
    }
  });

  test('--keep-boilerplate brings the teasers back', () => {
    expect(figures(kept, '001').some((c) => c.text.includes('66,357'))).toBe(true);
    expect(figures(kept, '003').some((c) => c.text.includes('60,000'))).toBe(true);
  });

  test('idioms and ordinals are not figures', () => {
    for (const a of report.articles) {
      for (const c of a.claims) {
        if (c.type !== 'figure') continue;
        expect(c.sentence.includes('number one priority') && /one/i.test(c.text)).toBe(false);
        expect(c.text).not.toMatch(/^first$/i);
      }
    }
  });
});

describe('dates of the story', () => {
  test('the inspection period as a range of days', () => {
    expect(dates(report, '002').find((c) => c.text.includes('25 April'))).toMatchObject({
      date: '2017-04-25',
      until: '2017-05-18',
      precision: 'day',
      basis: 'explicit',
    });
  });

  test.each([
    ['001', /January 2016/, { date: '2016-01', precision: 'month' }],
    ['003', /January 2012/, { date: '2012-01', precision: 'month' }],
    ['001', /^2012$/, { date: '2012', precision: 'year' }],
    ['000', /March 2017/, { date: '2017-03', precision: 'month' }],
  ])('%s %s', (id, text, expected) => {
    const c = dates(report, id).find((d) => text.test(d.text));
    expect(c, `no date matching ${text} in ${id}`).toBeDefined();
    expect(c).toMatchObject(expected);
  });

  test('years are dates, never figures', () => {
    for (const a of report.articles) {
      for (const c of a.claims) if (c.type === 'figure') expect(c.text).not.toMatch(/^(19|20)\d\d$/);
    }
  });
});
