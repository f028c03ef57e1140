import { describe, expect, test } from 'vitest';
import { CheckReport, Group } from '../src/schema.js';
import { wordDiff } from '../src/compare/index.js';
import { datesCompatible, dateValue, rangeLength } from '../src/compare/dates.js';
import { figureInterval, writtenPrecision } from '../src/compare/figures.js';
import { intersects } from '../src/compare/interval.js';
import { quoteSentences, relate, samePerson } from '../src/compare/quotes.js';
import { contentStems, normalise, tokenize, tokenStems, wordKeys } from '../src/compare/text.js';
import { eventKeys } from '../src/compare/context.js';
import fc from 'fast-check';
import { diffSequences } from '../src/compare/worddiff.js';
import { checkTexts, groupOf, members, storyTexts } from './compare-helpers.js';
import { expectLinear } from './linear.js';
import { FOLLOWED, PARTNERS, textReuse } from '../src/compare/reuse.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

const report = checkTexts(storyTexts());

describe('the fixture story: the groups a careful reader finds', () => {
  test('the report validates against the schema', () => {
    expect(() => CheckReport.parse({ ...report, errors: [] })).not.toThrow();
  });

  test('the £3.8m investment agrees across three articles', () => {
    const g = groupOf(report.groups, '004', 'figure-4');
    expect(g.verdict).toBe('agree');
    expect(members(g)).toEqual(['000:figure-7', '002:figure-1', '004:figure-4']);
    expect(g.explanation).toBe('Three sources give the investment as £3.8 million.');
  });

  test("the officials' statements agree across the articles that quote them, however split", () => {
    const munday = groupOf(report.groups, '002', 'quote-1');
    expect(munday.verdict).toBe('agree');
    expect(members(munday)).toEqual(['000:quote-14', '001:quote-5', '002:quote-1', '004:quote-6']);
    const thompstone = groupOf(report.groups, '002', 'quote-2');
    expect(thompstone.verdict).toBe('agree');
    expect(members(thompstone)).toEqual(['000:quote-13', '002:quote-2']);
  });

  test('the inspection dates and the "23 days" are checked against each other', () => {
    const g = groupOf(report.groups, '004', 'figure-2');
    expect(g.type).toBe('date');
    expect(g.verdict).toBe('agree');
    expect(members(g)).toEqual(['000:date-4', '002:date-1', '004:figure-2', '004:date-1']);
    expect(g.explanation).toMatch(/25 April–18 May 2017 \(24 days\).*more than 23 days/);
  });

  test('the previous inspection (2012, January 2012, five years, more than five years) agrees', () => {
    const g = groupOf(report.groups, '003', 'date-1');
    expect(g.verdict).toBe('agree');
    expect(g.label).toBe('the previous inspection');
    expect(members(g)).toEqual(['000:figure-1', '001:date-1', '003:figure-1', '003:date-1', '003:date-2', '004:date-2']);
  });

  test('the report sentence quoted with only a comma of difference agrees (000 and 003)', () => {
    const g = groupOf(report.groups, '003', 'quote-5');
    expect(g.verdict).toBe('agree');
    expect(members(g)).toContain('000:quote-3');
  });

  test('the report sentence quoted with different words is a variant with its word diff (000 and 001)', () => {
    const g = groupOf(report.groups, '001', 'quote-2');
    expect(g.verdict).toBe('variant');
    expect(members(g)).toEqual(['000:quote-5', '000:quote-6', '001:quote-2']);
    expect(g.explanation).toContain("'in risk to' vs 'in the risks to'");
    expect(g.diff).toEqual([
      { op: 'equal', text: 'This results in' },
      { op: 'delete', text: 'risk' },
      { op: 'insert', text: 'the risks' },
      { op: 'equal', text: 'to children not being fully understood or evaluated,' },
    ]);
    expect(report.summary.variant).toBe(1);
  });

  test('the January 2016 review agrees across 001 and 003', () => {
    expect(members(groupOf(report.groups, '001', 'date-2'))).toEqual(['001:date-2', '003:date-3']);
  });

  test('no conflicts and no attributions in the untouched story', () => {
    expect(report.summary.conflict).toBe(0);
    expect(report.summary.attribution).toBe(0);
  });

  test('the site chrome of 001 and 003 adds nothing', () => {
    const texts = report.groups.flatMap((g) => g.claims.map((c) => c.text));
    for (const chrome of ['66,357', '14%', '1998', '60,000', '4 subscriber-only']) expect(texts.some((t) => t.includes(chrome))).toBe(false);
  });

  test('text reuse: the press release (002) stands in the articles that copy it', () => {
    const r = report.reuse.find((x) => x.a === '001' && x.b === '002')!;
    expect(r.shared).toBeGreaterThanOrEqual(8);
    expect(r.bShare).toBeGreaterThan(0.3);
    expect(report.reuse.every((x) => x.a < x.b && x.shared > 0)).toBe(true);
  });
});

describe('text reuse in large stories', () => {
  // a wire story copied by many outlets, each adding a paragraph of its own and keeping a
  // growing part of the wire text: article k keeps the first k+1 wire sentences
  const wire = Array.from({ length: 40 }, (_, i) => `The wire service reported that the regional council met on day ${i + 1} to discuss the budget plans.`);
  const story = (n: number) =>
    Object.fromEntries(
      Array.from({ length: n }, (_, k) => [
        `a${String(k).padStart(2, '0')}`,
        `${wire.slice(0, k + 1).join(' ')}\n\nOur own reporter in town number ${k} spoke to several residents about the plans this week.`,
      ]),
    );

  test('up to PARTNERS + 1 articles, every pair that shares a sentence is listed', () => {
    const r = checkTexts(story(21));
    expect(r.reuse).toHaveLength((21 * 20) / 2);
  });

  test('beyond that, each article keeps its strongest partners and the list grows with the articles', () => {
    const r = checkTexts(story(40));
    expect(r.reuse.length).toBeLessThan((40 * 39) / 2);
    const partners = new Map<string, Map<string, number>>();
    for (const x of r.reuse) {
      for (const [p, q] of [[x.a, x.b], [x.b, x.a]] as const) {
        if (!partners.has(p)) partners.set(p, new Map());
        partners.get(p)!.set(q, x.shared);
      }
    }
    // the last article holds the whole wire: its 20 strongest partners are the 20 longest copies
    const last = partners.get('a39')!;
    for (let k = 19; k < 39; k++) expect(last.get(`a${k}`)).toBe(k + 1);
    // every article is listed with at least its own strongest partners
    for (let k = 0; k < 40; k++) expect(partners.get(`a${String(k).padStart(2, '0')}`)!.size).toBeGreaterThanOrEqual(20);
  });
});

describe('text reuse past the cap on followed holders', () => {
  // article k keeps the first k+1 of 150 wire sentences: the first sentences stand in more than
  // FOLLOWED articles, so each article follows only the first FOLLOWED holders through them
  const N = 150;
  const wire = Array.from({ length: N }, (_, i) => `The agency said on page ${i + 1} that the regional council had approved the new budget.`);
  const docs = Array.from({ length: N }, (_, k) => segment(articleFromText(wire.slice(0, k + 1).join(' '), { id: `a${String(k).padStart(3, '0')}` })));
  const ids = docs.map((d) => d.article.id);
  const reuse = textReuse(docs, ids);

  test('the story goes past the cap', () => {
    expect(N).toBeGreaterThan(FOLLOWED + PARTNERS);
  });

  test('every article is listed with exactly its strongest partners, as counting every pair would list them', () => {
    // article j shares min(j, k) + 1 sentences with article k; ties go to the earlier article
    const strongestOf = (k: number) =>
      Array.from({ length: N }, (_, j) => j)
        .filter((j) => j !== k)
        .sort((x, y) => Math.min(y, k) - Math.min(x, k) || x - y)
        .slice(0, PARTNERS);
    const expected = new Set<string>();
    for (let k = 0; k < N; k++) for (const j of strongestOf(k)) expected.add(`${ids[Math.min(j, k)]}|${ids[Math.max(j, k)]}`);
    expect(new Set(reuse.map((r) => `${r.a}|${r.b}`))).toEqual(expected);
    for (const r of reuse) expect(r.shared).toBe(Math.min(ids.indexOf(r.a), ids.indexOf(r.b)) + 1);
  });

  test('the work grows with the articles, not their pairs', () => {
    // 4,000 copies of the same 20 wire sentences: every pair shares all of them
    const copies = Array.from({ length: 4000 }, (_, k) => segment(articleFromText(`${wire.slice(0, 20).join(' ')}\n\nOur reporter number ${k} adds a sentence of their own here.`, { id: `c${k}` })));
    expectLinear(copies, (xs) => textReuse(xs, xs.map((d) => d.article.id)), 'textReuse');
    const r = textReuse(copies.slice(0, 400), copies.slice(0, 400).map((d) => d.article.id));
    // each of the 400 lists its 20 strongest partners: all tie at 20 shared, so the earliest
    expect(r.length).toBeLessThanOrEqual(400 * PARTNERS);
    expect(r.every((x) => x.shared === 20)).toBe(true);
  });
});

describe('report invariants', () => {
  test('every claim stands in exactly one group', () => {
    const seen = report.groups.flatMap((g) => members(g));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(report.summary.claims);
  });
  test('groups are ordered by verdict, then type, and numbered per type', () => {
    const order = ['conflict', 'variant', 'attribution', 'agree', 'single'];
    const types = ['figure', 'date', 'quote', 'finding'];
    const key = (g: Group) => order.indexOf(g.verdict) * 10 + types.indexOf(g.type);
    for (let i = 1; i < report.groups.length; i++) expect(key(report.groups[i]!)).toBeGreaterThanOrEqual(key(report.groups[i - 1]!));
    const counts = new Map<string, number>();
    for (const g of report.groups) {
      counts.set(g.type, (counts.get(g.type) ?? 0) + 1);
      expect(g.id).toBe(`${g.type}-${counts.get(g.type)}`);
    }
  });
  test('summary counts groups per verdict', () => {
    for (const v of ['agree', 'conflict', 'variant', 'attribution', 'single'] as const) expect(report.summary[v]).toBe(report.groups.filter((g) => g.verdict === v).length);
    expect(report.summary.articles).toBe(5);
  });
  test('every explanation is one sentence', () => {
    for (const g of report.groups) expect(g.explanation).toMatch(/^[A-Z0-9'“"].*[.”]$/s);
  });
});

describe('figures: values with qualifiers and written precision', () => {
  const f = (text: string, value: number | null, qualifier: string | null = null, min: number | null = null, max: number | null = null) =>
    figureInterval({ text, value, min, max, qualifier: qualifier as never });
  test.each([
    ['£3.8 million', 3.8e6, 1e5],
    ['£3.8million', 3.8e6, 1e5],
    ['3,000', 3000, 1000],
    ['2,950', 2950, 1],
    ['2,849', 2849, 1],
    ['2.5', 2.5, 0.1],
    ['five years', 5, 1],
    ['60', 60, 1],
  ])('%s is written to a step of %s', (text, value, step) => {
    expect(writtenPrecision({ text, value: value as number, min: null, max: null })).toBeCloseTo(step as number);
  });
  test.each([
    ['more than five years', 5, 'more than', 'six years', 6, null, true],
    ['more than five years', 5, 'more than', 'four years', 4, null, false],
    ['about 3,000', 3000, 'about', '2,950', 2950, null, true],
    ['£3.8million', 3.8e6, null, '£3.8 million', 3.8e6, null, true],
    ['£3.8 million', 3.8e6, null, '£4.2 million', 4.2e6, null, false],
    ['£3.8 million', 3.8e6, null, '£4 million', 4e6, null, true],
    ['63 members', 63, null, '60 members', 60, null, false],
    ['almost 300', 300, 'almost', '280', 280, null, true],
    ['up to 40', 40, 'up to', '45', 45, null, false],
    ['at least 10', 10, 'at least', '9', 9, null, false],
  ])('%s vs %s', (ta, va, qa, tb, vb, qb, expected) => {
    expect(intersects(f(ta as string, va as number, qa as string | null), f(tb as string, vb as number, qb as string | null))).toBe(expected);
  });
});

describe('dates: compatible at the precision both give', () => {
  const d = (date: string, until: string | null = null) => dateValue({ date, until })!;
  test.each([
    ['2012', null, '2012-01', null, true],
    ['2012', null, '2013', null, false],
    ['2017-04-25', null, '--04-25', null, true],
    ['2017-04-25', null, '--04-26', null, false],
    ['2017-04-25', '2017-05-18', '--04-25', '--05-18', true],
    ['2017-04-25', '2017-05-18', '--04', '--05', true],
    ['2017-04-25', '2017-05-18', '2017-04-26', '2017-05-18', false],
    ['2017-04-25', '2017-05-18', '2017-05', null, true],
    ['2017-04-25', '2017-05-18', '2017-06', null, false],
  ])('%s–%s vs %s–%s', (a, au, b, bu, expected) => {
    expect(datesCompatible(d(a as string, au as string | null), d(b as string, bu as string | null))).toBe(expected);
  });
  test('25 April–18 May lasts 23 to 24 days', () => {
    expect(rangeLength(d('2017-04-25', '2017-05-18'))).toEqual({ lo: 23, hi: 24 });
  });
});

describe('quotes: normalisation, sentences, alignment, people', () => {
  test.each([
    ['safety, nor promote', 'safety nor promote'],
    ['haven’t', "haven't"],
    ['“We will act.”', 'we will act'],
    ['re-structure — done', 'restructure done'],
    ['co-ordinated', 'coordinated'],
  ])('%s ≡ %s', (a, b) => {
    expect(normalise(a)).toBe(normalise(b));
  });
  test('a decimal point is kept: 3.8 is not 38', () => {
    expect(normalise('£3.8million')).not.toBe(normalise('£38million'));
  });
  test('sentences of a quotation', () => {
    expect(quoteSentences('We act. “They wait.” Why? 2017 was hard.')).toEqual(['We act.', '“They wait.”', 'Why?', '2017 was hard.']);
  });
  test.each([
    ['a b c d e f', 'x a b c d e f y', 'part'],
    ['a b c d e f', 'a b X d e f', 'variant'],
    ['a b c d e f g h', 'a b c d e f g h i j', 'part'],
    ['a b c d', 'p q r s t u v w', null],
    ['a significant deterioration in the quality of service', 'held accountable for this significant deterioration in the quality of these services while he', null],
  ])('%s ~ %s → %s', (a, b, rel) => {
    expect(relate(wordKeys(a), wordKeys(b)).relation).toBe(rel);
  });
  test.each([
    ['Chris Munday', 'Chris Munday', true],
    ['Chris Munday', 'Munday', true],
    ['Chris Munday', 'C. Munday', true],
    ['Chris Munday', 'Chris Mundy', true],
    ['Chris Munday', 'Reuben Thompstone', false],
    ['Chris Munday', 'Anne Munday', false],
    ['Mark Doe', 'W. Mark Doe', true],
    ['Roe Doe', 'Jane Roe Doe', true],
    ['Undersheriff Jane Doe', 'Jane Doe', true],
    ['Heffner', 'Hugh Hefner', true],
    ['Jane Johnson', 'Jack Johnston', false],
    ['Jane Doe', 'Mark Roe', false],
  ])('%s is %s: %s', (a, b, same) => {
    expect(samePerson(a as string, b as string)).toBe(same);
  });
});

describe('wordDiff', () => {
  test.each([
    ['the cat sat', 'the cat sat', [{ op: 'equal', text: 'the cat sat' }]],
    ['the cat sat', 'the dog sat', [{ op: 'equal', text: 'the' }, { op: 'delete', text: 'cat' }, { op: 'insert', text: 'dog' }, { op: 'equal', text: 'sat' }]],
    ['safety, nor promote', 'safety nor promote', [{ op: 'equal', text: 'safety, nor promote' }]],
    ['', 'new words', [{ op: 'insert', text: 'new words' }]],
    ['old words', '', [{ op: 'delete', text: 'old words' }]],
  ])('%s → %s', (a, b, parts) => {
    expect(wordDiff(a, b)).toEqual(parts);
  });
  test('a minimal edit script on sequences', () => {
    const ops = diffSequences('abcabba'.split(''), 'cbabac'.split(''));
    expect(ops.filter((o) => o !== 'e').length).toBe(5);
  });
  test('linear time and space on long texts with few changes', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i % 997}`);
    const other = [...words];
    other[5000] = 'changed';
    other.splice(15000, 1);
    const parts = wordDiff(words.join(' '), other.join(' '));
    expectLinear(words, (w) => wordDiff(w.join(' '), [...w.slice(0, -1), 'changed'].join(' ')), 'word diff');
    expect(parts.filter((p) => p.op !== 'equal').map((p) => p.op)).toEqual(['delete', 'insert', 'delete']);
  });
});

describe('fragments and negation', () => {
  test('scare quotes group only with the identical fragment, never make an attribution', () => {
    const r = checkTexts({
      a: 'The council rated the home as "inadequate" last week, Jane Doe said.',
      b: 'John Smith called the home "inadequate" on Monday.',
      c: 'Another source called the plan "good".',
    });
    const g = r.groups.find((x) => x.claims.some((c) => c.text === 'inadequate'))!;
    expect(g.claims.map((c) => c.article)).toEqual(['a', 'b']);
    expect(g.verdict).toBe('agree');
  });
  test('"found X effective" and "found X not effective" do not agree', () => {
    const r = checkTexts({
      a: 'Inspectors found that the early help service for families was effective in every area.',
      b: 'Inspectors found that the early help service for families was not effective in every area.',
    });
    const g = r.groups.find((x) => x.type === 'finding' && x.claims.length === 2);
    expect(g?.verdict).toBe('conflict');
    expect(g?.explanation).toMatch(/opposite/);
  });
  test.each([
    ['a negation in a clause giving a reason', 'The jury found that Doe was guilty of the armed robbery of the bank in March.', "The jury found that Doe was guilty of the armed robbery of the bank in March because he didn't care."],
    ['"without" describing what was done', 'Police found that Doe was charged with leaving the scene of the crash in the town.', 'Police found that Doe was charged with leaving the scene of the crash in the town without reporting it.'],
  ])('%s is no opposite finding', (_why, a, b) => {
    const r = checkTexts({ a, b });
    expect(r.groups.filter((g) => g.type === 'finding' && g.verdict === 'conflict')).toEqual([]);
  });
  test('the same finding with other numbers is a conflict, not an agreement', () => {
    const r = checkTexts({
      a: 'Inspectors found that 14 schools were affected by the flooding in the district.',
      b: 'Inspectors found that 12 schools were affected by the flooding in the district.',
    });
    const g = r.groups.find((x) => x.type === 'finding' && x.claims.length === 2);
    expect(g?.verdict).toBe('conflict');
    expect(g?.explanation).toMatch(/numbers differ/);
  });
  test('a finding that gives all the other\'s numbers and more is more detail, not a conflict', () => {
    const r = checkTexts({
      a: 'The navy said it had arrested 23 pirates who tried to board a tanker in the gulf.',
      b: 'The navy said it had arrested 23 pirates, 12 of them from one port, who tried to board a tanker in the gulf.',
    });
    const g = r.groups.find((x) => x.type === 'finding' && x.claims.length === 2);
    expect(g).toBeDefined();
    expect(g?.verdict).not.toBe('conflict');
  });
  test('the same finding with the same numbers, written differently, agrees', () => {
    const r = checkTexts({
      a: 'Inspectors found that 2,849 children were waiting for an assessment in the area.',
      b: 'Inspectors found that 2849 children were waiting for an assessment in the area.',
    });
    expect(r.groups.find((x) => x.type === 'finding' && x.claims.length === 2)?.verdict).toBe('agree');
  });
});

test.todo('a duration and a range of one event in one article that disagree with each other: "over 30 days between 1 and 10 May"');
test.todo('two different reviews in one sentence ("an inspection … and a review … between 25 April and 18 May"): the date joins the nearest event class only by score');

describe('one article with thousands of figures of distinct values (a table, a hostile file)', () => {
  test('check time grows linearly, not with the square of the figures', () => {
    // 6,600 figures, each value once: each opens its own group under the same few keys
    const parts: string[] = [];
    for (let i = 0; parts.join('').length < 100_000; i++) parts.push(`${i} million people, ${i}% `);
    const table = parts.join('');
    expectLinear(table, (body) => checkTexts({ table: body, other: 'Police said 12 million people were hurt on 3 May 2017.' }), 'check of distinct figures');
    // the figures of one article that cannot both hold are never grouped together
    const r = checkTexts({ table: table.slice(0, 2_000), other: 'Police said 12 million people were hurt on 3 May 2017.' });
    for (const g of r.groups) expect(new Set(g.claims.filter((c) => c.article === 'table').map((c) => c.value)).size).toBeLessThanOrEqual(1);
  });
});

describe('content stems read off tokens', () => {
  test('tokenStems(tokens, i, j) is contentStems of the other tokens\' words written out again', () => {
    const piece = fc.constantFrom('co-ordinated', 're-co-ordinated', 'co–ordinated', 'the', 'Council', "don't", 'won’t', '2.4', '1,000', 'a', '-', '—', '/', 'e-mail', 'U.S.', 'naïve', 'İstanbul', '“quoted”', 'and/or', '12%', 'not', 'reports', 'inspected');
    const sep = fc.constantFrom(' ', ' ', '-', '', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, sep), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const tokens = tokenize(parts.map(([p, s]) => p + s).join(''));
        const i = x % (tokens.length + 1);
        const j = i + (y % (tokens.length - i + 1));
        const rest = tokens.filter((_, k) => k < i || k >= j).map((t) => t.text).join(' ');
        expect(tokenStems(tokens, i, j)).toEqual(contentStems(rest));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('events near a date or duration: words whose stem is another word are matched as written', () => {
  const eventsOf = (sentence: string, text: string) =>
    eventKeys({ type: 'figure', text, sentence } as unknown as Parameters<typeof eventKeys>[0]).map((e) => e.key.split(':')[0]);
  test.each([
    ['One crewman was found alive after six days adrift.', 'opening', 'six days'],
    ['He kept trying for six days to reach the port.', 'trial', 'six days'],
    ['Close to 300 people came over two days.', 'opening', 'two days'],
    ['The jobless rate fell for three months.', 'inspection', 'three months'],
  ])('"%s" names no %s', (sentence, event, text) => {
    expect(eventsOf(sentence, text)).not.toContain(event);
  });
  test.each([
    ['The shop was founded six years ago.', 'opening', 'six years'],
    ['He was tried two years after the attack.', 'trial', 'two years'],
    ['The home was rated inadequate three years ago.', 'inspection', 'three years'],
  ])('"%s" names %s', (sentence, event, text) => {
    expect(eventsOf(sentence, text)).toContain(event);
  });
});

describe('durations and ages in check', () => {
  const groupsOf = (a: string, b: string) => checkTexts({ a, b }).groups.filter((g) => g.type === 'figure' || g.type === 'date');
  test('two durations of one event are compared in days ("90 days" and "three months" agree)', () => {
    const gs = groupsOf('The inquiry into the crash of 3 March 2014 lasted 90 days, officials said.', 'The inquiry into the crash of 3 March 2014 lasted three months, officials said.');
    expect(gs.some((g) => g.claims.some((c) => c.text === '90 days') && g.claims.some((c) => c.text === 'three months'))).toBe(true);
    expect(gs.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
  test('an age near an event word is no duration of the event, and two people\'s ages do not clash', () => {
    const gs = groupsOf('John Roe, 35, was convicted at the trial in March.', 'Mark Poe, 48, was convicted at the trial in March.');
    expect(gs.filter((g) => g.verdict === 'conflict')).toEqual([]);
    expect(gs.find((g) => g.type === 'date')?.verdict).toBe('agree');
  });
  test('one person\'s two ages still clash', () => {
    const gs = groupsOf('John Roe, 35, was convicted at the trial in March after a long hearing.', 'John Roe, 38, was convicted at the trial in March after a long hearing.');
    expect(gs.some((g) => g.verdict === 'conflict' && g.claims.some((c) => c.text === '35'))).toBe(true);
  });
});

describe('a count of some more or of others is part of a total', () => {
  test('"two other victims" does not clash with "three victims"', () => {
    const r = checkTexts({
      a: 'Police said three victims of the shooting were taken to the county hospital on Monday.',
      b: 'Police said two other victims of the shooting were taken to the county hospital on Monday.',
    });
    expect(r.groups.filter((g) => g.verdict === 'conflict')).toEqual([]);
  });
  test('two whole counts still clash', () => {
    const r = checkTexts({
      a: 'Police said three victims of the shooting were taken to the county hospital on Monday.',
      b: 'Police said five victims of the shooting were taken to the county hospital on Monday.',
    });
    expect(r.groups.some((g) => g.verdict === 'conflict' && g.type === 'figure')).toBe(true);
  });
});

describe('bare numbers ten times apart are two quantities', () => {
  test('"2,880" and "13" in the same words do not clash; "2,880" and "2,680" do', () => {
    const far = checkTexts({
      a: 'The index of leading shares closed at 2,880 on Friday, the exchange said in its report.',
      b: 'The index of leading shares closed at 13 on Friday, the exchange said in its report.',
    });
    expect(far.groups.filter((g) => g.verdict === 'conflict' && g.type === 'figure')).toEqual([]);
    const near = checkTexts({
      a: 'The index of leading shares closed at 2,880 on Friday, the exchange said in its report.',
      b: 'The index of leading shares closed at 2,680 on Friday, the exchange said in its report.',
    });
    expect(near.groups.some((g) => g.verdict === 'conflict' && g.type === 'figure')).toBe(true);
  });
});

describe('a group of counts of one noun is labelled by it', () => {
  test('"the number of victims"', () => {
    const r = checkTexts({
      a: 'Police said three victims of the shooting were taken to the county hospital on Monday.',
      b: 'Police said five victims of the shooting were taken to the county hospital on Monday.',
    });
    const g = r.groups.find((x) => x.verdict === 'conflict' && x.type === 'figure');
    expect(g?.label).toBe('the number of victims');
    expect(g?.explanation).toMatch(/the number of victims was/);
  });
});
