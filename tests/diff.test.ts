import { describe, expect, test } from 'vitest';
import { DiffReport } from '../src/schema.js';
import { diff } from '../src/compare/index.js';
import { pairClaims } from '../src/compare/diff.js';
import { editOnce, input, storyTexts } from './compare-helpers.js';

const story = storyTexts();
const old004 = input('004', story['004']!);

function diffEdited(from: string, to: string, art = '004') {
  const old = art === '004' ? old004 : input(art, story[art]!);
  return diff(old, input(`${art}-edited`, editOnce(story[art]!, from, to)));
}

describe('diff of an article and an edited copy', () => {
  test('an article against itself: everything unchanged', () => {
    const r = diff(old004, input('004-copy', story['004']!));
    expect(() => DiffReport.parse({ ...r, errors: [] })).not.toThrow();
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed).toEqual([]);
    expect(r.unchanged.length).toBe(old004.article.claims.length);
  });

  test.each([
    ['a figure', '£3.8 million', '£4.2 million', 'figure', /from £3\.8 million to £4\.2 million/],
    ['a duration', 'over 23 days', 'over 25 days', 'figure', /from more than 23 days to more than 25 days/],
    ['a date', 'since the inspection in 2012', 'since the inspection in 2011', 'date', /from 2012 to 2011/],
    ['a word of a quote', 'our number one priority', 'our top priority', 'quote', /'our number one priority' vs 'our top priority'/],
    ['a speaker', 'Young People Chris Munday said', 'Young People Anne Hutton said', 'quote', /now given to Anne Hutton instead of Chris Munday/],
  ])('%s changed', (_name, from, to, type, says) => {
    const r = diffEdited(from as string, to as string);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    // the claim edited, plus any quote or finding whose words contain the edit
    const c = r.changed.find((x) => x.type === type)!;
    expect(r.changed.filter((x) => x.type === type)).toHaveLength(1);
    for (const other of r.changed) if (other !== c) expect(other.old.text).toContain(from);
    expect(c.type).toBe(type);
    expect(c.explanation).toMatch(says as RegExp);
    expect(c.old.article).toBe('004');
    expect(c.new.article).toBe('004-edited');
    expect(r.unchanged.length).toBe(old004.article.claims.length - r.changed.length);
  });

  test('the word diff of a changed quote', () => {
    const c = diffEdited('our number one priority', 'our top priority').changed[0]!;
    expect(c.diff?.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: 'number one' },
      { op: 'insert', text: 'top' },
    ]);
  });

  test('a paragraph added: its claims are added, nothing else moves', () => {
    const r = diffEdited('The council also stated', 'A spokesman said 120 social workers had been hired in March 2017.\n\nThe council also stated');
    expect(r.added.map((c) => c.text)).toEqual(expect.arrayContaining(['120 social workers', 'March 2017']));
    expect(r.removed).toEqual([]);
    expect(r.changed).toEqual([]);
  });

  test('a paragraph removed: its claims are removed', () => {
    const r = diffEdited('\n\nThe council also stated that a £3.8 million investment has gone into children\'s services over the last year.', '');
    expect(r.removed.map((c) => c.text)).toContain('£3.8 million');
    expect(r.added).toEqual([]);
    expect(r.changed).toEqual([]);
  });

  test('paragraphs reordered: nothing changes', () => {
    const t = story['004']!;
    const paras = t.split('\n\n');
    const swapped = [paras[1], paras[0], ...paras.slice(2)].join('\n\n');
    const r = diff(old004, input('004-swapped', swapped));
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed).toEqual([]);
  });

  test('two different articles of the story share their common quotes as unchanged', () => {
    const r = diff(input('001', story['001']!), input('002', story['002']!));
    expect(r.unchanged.some((c) => c.type === 'quote')).toBe(true);
  });
});

describe('diff of long versions', () => {
  const story = storyTexts();
  const long = Object.values(story).join('\n\n').repeat(80);
  // every digit run moved by one: each figure and many dates change value, the words stay
  const bumped = long.replace(/\d+/g, (d) => String(Number(d) + 1));

  test('thousands of unpaired claims: each changed figure still pairs with its counterpart', () => {
    const a = input('long', long).article.claims;
    const b = input('long-bumped', bumped).article.claims;
    const figures = a.filter((c) => c.type === 'figure').length;
    expect(figures).toBeGreaterThan(1000);
    const { pairs } = pairClaims(a, b);
    const changed = pairs.filter(({ i, j }) => a[i]!.type === 'figure' && b[j]!.type === 'figure' && a[i]!.text !== b[j]!.text);
    // (a figure's sentence holds it: the counterpart is the one at the same place in the text)
    const sameSentenceCount = changed.filter(({ i, j }) => a[i]!.line === b[j]!.line).length;
    expect(changed.length).toBeGreaterThan(figures * 0.5);
    expect(sameSentenceCount).toBe(changed.length);
  });
});
