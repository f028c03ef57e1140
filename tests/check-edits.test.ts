/**
 * The heart of check's trustworthiness: edit one thing in a copy of the fixture story (a
 * figure, a date, a word of a quote, a speaker) and assert that exactly that discrepancy
 * appears and nothing else changes; edits that keep the story consistent change nothing.
 */
import { describe, expect, test } from 'vitest';
import type { Group, Verdict } from '../src/schema.js';
import { checkTexts, digest, editOnce, groupOf, members, storyTexts } from './compare-helpers.js';

const base = storyTexts();
const baseReport = checkTexts(base);
const baseDigest = digest(baseReport.groups);

/** Digests only in `a`, as a sorted list (multiset difference). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  const out: string[] = [];
  for (const x of a) {
    const i = left.indexOf(x);
    if (i >= 0) left.splice(i, 1);
    else out.push(x);
  }
  return out.sort();
}

interface Edit {
  name: string;
  article: string;
  from: string;
  to: string;
  /** The claim whose group must change. */
  claim: string;
  verdict: Verdict;
  /** Words the explanation must contain. */
  says?: RegExp;
  /** A second group that must change too: the quotation a figure stands in now quotes other words. */
  also?: { claim: string; verdict: Verdict };
}

function edited(e: Pick<Edit, 'article' | 'from' | 'to'>): Record<string, string> {
  return { ...base, [e.article]: editOnce(base[e.article]!, e.from, e.to) };
}

const DISCREPANCIES: Edit[] = [
  // figures
  { name: 'the investment in 004', article: '004', from: '£3.8 million', to: '£4.2 million', claim: 'figure-4', verdict: 'conflict', says: /£4\.2 million.*£3\.8 million|£3\.8 million.*£4\.2 million/ },
  { name: 'the investment in 000', article: '000', from: '£3.8million investment', to: '£3.5million investment', claim: 'figure-7', verdict: 'conflict', says: /£3\.5 million/, also: { claim: 'quote-13', verdict: 'variant' } },
  { name: 'the investment in 002, ten times', article: '002', from: '£3.8million', to: '£38million', claim: 'figure-1', verdict: 'conflict', says: /£38 million/, also: { claim: 'quote-2', verdict: 'variant' } },
  { name: 'the inspection length', article: '004', from: 'over 23 days', to: 'over 30 days', claim: 'figure-2', verdict: 'conflict', says: /more than 30 days/ },
  { name: 'the inspection length, exact', article: '004', from: 'over 23 days', to: 'over 40 days', claim: 'figure-2', verdict: 'conflict', says: /24 days/ },
  { name: 'the years since the last inspection', article: '000', from: 'the five years since', to: 'the three years since', claim: 'figure-1', verdict: 'conflict', says: /3 years/ },
  { name: 'the years since, as more than', article: '003', from: 'more than five years', to: 'more than seven years', claim: 'figure-1', verdict: 'conflict', says: /more than 7 years/ },
  // dates
  { name: 'the first day of the inspection', article: '002', from: 'between 25 April and 18 May 2017', to: 'between 26 April and 18 May 2017', claim: 'date-1', verdict: 'conflict', says: /26 April/ },
  { name: 'the last day of the inspection', article: '000', from: 'April 25 and May 18 this year', to: 'April 25 and May 28 this year', claim: 'date-4', verdict: 'conflict', says: /28 May/ },
  { name: 'the year of the previous inspection in 004', article: '004', from: 'since the inspection in 2012', to: 'since the inspection in 2013', claim: 'date-2', verdict: 'conflict', says: /2013/ },
  { name: 'the year of the previous inspection in 001', article: '001', from: 'last inspected in 2012', to: 'last inspected in 2010', claim: 'date-1', verdict: 'conflict', says: /2010/ },
  { name: 'the month of the previous rating', article: '003', from: 'in January 2012', to: 'in January 2011', claim: 'date-1', verdict: 'conflict', says: /January 2011/ },
  // quotes
  { name: 'one word of a statement in 004', article: '004', from: 'our number one priority', to: 'our top priority', claim: 'quote-6', verdict: 'variant', says: /'our number one priority' vs 'our top priority'|number one.*top/ },
  { name: 'one word of a statement in 002', article: '002', from: 'Our role as corporate parents', to: 'Our role as corporate guardians', claim: 'quote-2', verdict: 'variant', says: /parents.*guardians/ },
  { name: 'a word dropped from a statement', article: '001', from: 'have also reduced', to: 'have reduced', claim: 'quote-5', verdict: 'variant', says: /also/ },
  { name: 'a word added to the report', article: '003', from: 'ongoing systemic failures and services', to: 'ongoing systemic failures and many services', claim: 'quote-5', verdict: 'variant', says: /many/ },
  { name: 'the months of the inspection', article: '004', from: 'in April and May this year', to: 'in June and July this year', claim: 'date-1', verdict: 'conflict', says: /June–July/ },
  { name: 'a word of the officials’ statement in 000', article: '000', from: 'root and branch review', to: 'root and stem review', claim: 'quote-14', verdict: 'variant', says: /'and stem review' vs 'and branch review'/ },
  { name: 'a word of the report in 001', article: '001', from: 'ongoing systemic failures', to: 'ongoing structural failures', claim: 'quote-1', verdict: 'variant', says: /systemic.*structural/ },
  { name: 'the speaker of a statement in 004', article: '004', from: 'Young People Chris Munday said', to: 'Young People Anne Hutton said', claim: 'quote-6', verdict: 'attribution', says: /Anne Hutton by 004/ },
  { name: 'the speaker of a statement', article: '002', from: 'Chris Munday, Strategic Director', to: 'Anne Hutton, Strategic Director', claim: 'quote-1', verdict: 'attribution', says: /Anne Hutton by 002/ },
];

describe('one discrepancy in a copy of the story appears, and nothing else changes', () => {
  test.each(DISCREPANCIES)('$name', (e) => {
    const report = checkTexts(edited(e));
    const g = groupOf(report.groups, e.article, e.claim);
    expect(g.verdict).toBe(e.verdict);
    if (e.says) expect(g.explanation).toMatch(e.says);
    const before = groupOf(baseReport.groups, e.article, e.claim);
    // the same claims stand together; only the verdict changed
    expect(members(g)).toEqual(members(before));
    const line = (x: Group): string => `${x.verdict} ${x.type} ${members(x).join(' ')}`;
    const changed = [g];
    const was = [before];
    if (e.also) {
      const h = groupOf(report.groups, e.article, e.also.claim);
      expect(h.verdict).toBe(e.also.verdict);
      changed.push(h);
      was.push(groupOf(baseReport.groups, e.article, e.also.claim));
    }
    const after = digest(report.groups);
    expect(minus(after, baseDigest)).toEqual(changed.map(line).sort());
    expect(minus(baseDigest, after)).toEqual(was.map(line).sort());
    expect(report.summary[e.verdict]).toBe(baseReport.summary[e.verdict] + 1);
  });
});

const HARMLESS: Pick<Edit, 'article' | 'from' | 'to'>[] = [
  // figures written otherwise, or still compatible
  { article: '004', from: '£3.8 million', to: '£3.8m' },
  { article: '004', from: '£3.8 million', to: '£3,800,000' },
  { article: '004', from: '£3.8 million', to: '£3.80 million' },
  { article: '000', from: 'the five years since', to: 'the more than five years since' },
  { article: '003', from: 'more than five years', to: 'more than four years' },
  { article: '004', from: 'over 23 days', to: 'over 20 days' },
  { article: '004', from: 'over 23 days', to: 'about 24 days' },
  // dates at another precision
  { article: '004', from: 'since the inspection in 2012', to: 'since the inspection in January 2012' },
  { article: '002', from: 'between 25 April and 18 May 2017', to: 'between April 25 and May 18, 2017' },
  // quotes: punctuation, quote marks, dashes, white space and paragraphing aside
  { article: '003', from: 'the safety, nor promote', to: 'the safety nor promote' },
  { article: '002', from: 'haven’t been good enough', to: "haven't been good enough" },
  { article: '002', from: 'poor standards in Barnet and', to: 'poor standards in Barnet, and' },
  { article: '001', from: 'extremely hard to implement', to: 'extremely  hard  to implement' },
  { article: '002', from: 'is needed.\n\n“There is no place', to: 'is needed. There is no place' },
  { article: '004', from: 'Fundamental change of this nature', to: 'FUNDAMENTAL change of this nature' },
];

describe('edits that keep the story consistent change nothing', () => {
  test.each(HARMLESS)('$article: $from → $to', (e) => {
    const report = checkTexts(edited(e));
    expect(digest(report.groups)).toEqual(baseDigest);
  });
});

describe('site chrome adds nothing', () => {
  test('a paywall tail with its own figures appended to another article', () => {
    const tail = base['003']!.slice(base['003']!.indexOf('Register Now to Continue Reading'));
    const report = checkTexts({ ...base, '004': `${base['004']}\n${tail}` });
    expect(digest(report.groups)).toEqual(baseDigest);
    expect(report.reuse).toEqual(baseReport.reuse);
  });
  test('the teaser block of 001 copied into 000', () => {
    const teasers = base['001']!.slice(base['001']!.indexOf('Knowledge & Resources'));
    const report = checkTexts({ ...base, '000': `${base['000']}\n\n${teasers}` });
    expect(digest(report.groups)).toEqual(baseDigest);
  });
});

describe('tolerance', () => {
  test('a 5 % tolerance accepts £3.9 million against £3.8 million', () => {
    const texts = edited({ article: '004', from: '£3.8 million', to: '£3.9 million' });
    expect(groupOf(checkTexts(texts).groups, '004', 'figure-4').verdict).toBe('conflict');
    expect(groupOf(checkTexts(texts, { tolerance: 0.05 }).groups, '004', 'figure-4').verdict).toBe('agree');
  });
  test('a tolerance is how far apart two figures may be, not how far each may move', () => {
    // £4.0 million against £3.8 million, each to the nearest 0.1 million: at least 2.6 % of their
    // mean apart; 2 % on each side (the old reading) would have let them meet
    const texts = edited({ article: '004', from: '£3.8 million', to: '£4.0 million' });
    expect(groupOf(checkTexts(texts, { tolerance: 0.02 }).groups, '004', 'figure-4').verdict).toBe('conflict');
    expect(groupOf(checkTexts(texts, { tolerance: 0.05 }).groups, '004', 'figure-4').verdict).toBe('agree');
  });
});

/** Keep the groups of the untouched story visible when an edit test fails. */
test('the baseline has no conflict, variant other than the report sentence, or attribution', () => {
  const bad = baseReport.groups.filter((g: Group) => g.verdict === 'conflict' || g.verdict === 'attribution');
  expect(bad).toEqual([]);
});
