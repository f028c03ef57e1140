import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/text/segment.js';
import { canonicalName, entitiesOf, entityTable, parsePhrase, tokenize } from '../src/extract/speakers/index.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { articleFromText } from './helpers.js';

const dir = path.join(import.meta.dirname, '../fixtures/barnet-ofsted-2017');
const docOf = (text: string) => segment(articleFromText(text));
const fixture = (file: string) => docOf(readFileSync(path.join(dir, file), 'utf8'));

describe('parse: speaker phrases', () => {
  test.each([
    ['Cllr Jane Doe', { kind: 'person', name: 'Jane Doe', title: 'Cllr', role: 'Cllr' }],
    ['Sen. Mark Ellis', { kind: 'person', name: 'Mark Ellis', title: 'Sen.', role: 'Sen.' }],
    ['Strategic Director for Housing Tom Eliot', { kind: 'person', name: 'Tom Eliot', title: null, role: 'Strategic Director for Housing' }],
    ['a spokesman for the campaign', { kind: 'description', name: 'a spokesman for the campaign', title: null, role: null }],
    ['the report', { kind: 'body', name: 'the report', title: null, role: null }],
    ['the inspection report', { kind: 'body', name: 'the report', title: null, role: null }],
    ['Inspectors', { kind: 'body', name: 'inspectors', title: null, role: null }],
    ['the council', { kind: 'body', name: 'the council', title: null, role: null }],
    ['Anytown Borough Council', { kind: 'body', name: 'Anytown Borough Council', title: null, role: null }],
    ['she', { kind: 'pronoun', name: 'she', title: null, role: null }],
  ])('%s', (phrase, expected) => {
    const p = parsePhrase(phrase, tokenize(phrase, 0, phrase.length));
    expect(p && { kind: p.kind, name: p.name, title: p.title, role: p.role }).toEqual(expected);
  });
});

describe('the entity table', () => {
  test('people with their short forms, roles and first mention; bodies in stable form', () => {
    const doc = fixture('004_7c4424ff75a35e16.txt');
    const ents = entitiesOf(doc);
    const byName = new Map(ents.map((e) => [e.name, e]));
    const thompstone = byName.get('Reuben Thompstone')!;
    expect(thompstone.kind).toBe('person');
    expect(thompstone.aliases).toEqual(expect.arrayContaining(['Cllr Reuben Thompstone', 'Cllr Thompstone']));
    expect(thompstone.roles).toContain('Cllr');
    expect(byName.get('Barry Rawlings')!.roles).toContain('Barnet Labour leader Cllr');
    expect(byName.get('Chris Munday')!.kind).toBe('person');
    const body = doc.article.body;
    expect(body.slice(thompstone.start, thompstone.end)).toBe('Reuben Thompstone');
    expect(ents.map((e) => e.start)).toEqual([...ents.map((e) => e.start)].sort((a, b) => a - b));
  });

  test('is computed once per document', () => {
    const doc = docOf('Jane Doe, the mayor, said: "Yes."');
    expect(entityTable(doc)).toBe(entityTable(doc));
  });

  test('a capitalised run before a role noun is no person ("Anytown Labour leader")', () => {
    const names = entitiesOf(docOf('Anytown Labour leader Cllr Sam Berry said the plan was flawed.')).map((e) => e.name);
    expect(names).toContain('Sam Berry');
    expect(names).not.toContain('Anytown Labour');
  });

  const speakersOf = (text: string) => extractQuotes(docOf(text)).map((q) => q.speaker);

  test('a courtesy title picks the namesake of its gender ("Mrs. Doe" after John and Jane Doe)', () => {
    const text =
      'Jane Okafor opened the rally in the afternoon. Her husband, John Okafor, spoke after her. ' +
      'Mrs. Okafor then took questions from reporters. “We are not done yet,” she said.';
    const t = entityTable(docOf(text));
    const jane = t.entities.find((e) => e.name === 'Jane Okafor')!;
    const john = t.entities.find((e) => e.name === 'John Okafor')!;
    expect(jane.roles).toContain('Mrs.');
    expect(john.roles).not.toContain('Mrs.');
    expect(speakersOf(text)).toEqual(['Jane Okafor']);
  });

  test('an age adjective before a name marks a person; a bare number after a comma only as an age', () => {
    const text =
      'Later, 62-year-old Tomasz Wierzba waited outside the hall. “I came here at dawn to get a seat,” he said.';
    const names = entitiesOf(docOf(text)).map((e) => e.name);
    expect(names).toContain('Tomasz Wierzba');
    expect(names).not.toContain('Later');
    expect(speakersOf(text)).toEqual(['Tomasz Wierzba']);
  });

  test('a word the article uses as a place ("in Ohio") is no person a pronoun can take', () => {
    const text =
      'Maria Delgado moved to a small town in Ohio in 1990 with two children. ' +
      'Ohio told the country something, she believes. “They should listen to us for once,” she said.';
    const t = entityTable(docOf(text));
    expect(t.entities.find((e) => e.name === 'Ohio')?.strong ?? false).toBe(false);
    expect(speakersOf(text)).toEqual(['Maria Delgado']);
  });

  test('a bare surname is the namesake named in full just before, else the first introduced', () => {
    const text =
      'Gov. Helen Marsh toured the flooded towns on Monday. Her daughter, Claire Marsh, joined her at the first stop. ' +
      'Volunteers handed out water and blankets at the shelters. Marsh promised state money for the repairs. ' +
      '“We will rebuild every home,” she said. Her brother, Owen Marsh, spoke later. Marsh thanked the crews.';
    const t = entityTable(docOf(text));
    const owner = (word: string, from: number) => {
      const at = text.indexOf(word, from);
      return t.entities[t.mentions.find((m) => m.start === at)!.entity]!.name;
    };
    expect(owner('Marsh promised', 0)).toBe('Helen Marsh');
    expect(owner('Marsh thanked', 0)).toBe('Owen Marsh');
    expect(speakersOf(text)).toEqual(['Helen Marsh']);
  });

  test('a full name sharing its surname with a known person is a person ("her husband, Rob Doe")', () => {
    const text =
      'Police said Daniel Okoro, 41, was shot outside his home. Amara Okoro can be heard on the video pleading with officers. ' +
      '“Please do not shoot him,” she says.';
    expect(entitiesOf(docOf(text)).map((e) => e.name)).toContain('Amara Okoro');
    expect(speakersOf(text)).toEqual(['Amara Okoro']);
  });

  test('a headline function word or a sentence-opening preposition is no name', () => {
    const text =
      'Critics Respond To Verhoeven’s Remarks\n\nThroughout his speech, Paul Verhoeven stayed calm. Like Verhoeven, others waited.';
    const names = entityTable(docOf(text)).entities.map((e) => e.name);
    expect(names).not.toContain('To Verhoeven');
    expect(names).not.toContain('Like Verhoeven');
    expect(entitiesOf(docOf(text)).map((e) => e.name)).not.toContain('Throughout');
  });

  test('a lone name its sentence refers back to with "its" is no person ("Norway announced its budget")', () => {
    const text =
      'Maria Lund arrived in Oslo on Monday. Later that week Norway announced its new budget for schools. ' +
      'Norway said its plan would cost more. “We will fight this,” she said.';
    expect(entitiesOf(docOf(text)).map((e) => e.name)).not.toContain('Norway');
    expect(speakersOf(text)).toEqual(['Maria Lund']);
  });

  test('a title-case headline verb before a known given name is no part of the name ("Senators Praise Laura Brennan")', () => {
    const text = 'Senators Praise Laura Brennan\n\nThe senators met on Monday. Brennan thanked them. “I am grateful,” she said.';
    expect(speakersOf(text)).toEqual(['Laura Brennan']);
    expect(entityTable(docOf('Mary Ann Whitcombe spoke first.')).entities.map((e) => e.name)).toContain('Mary Ann Whitcombe');
  });

  test('the subject of a sentence reads through a time phrase and the "’s" of "has" ("Doe on Friday played …", "Doe’s been …")', () => {
    expect(
      speakersOf(
        'Senator Paul Regan said the plan was weak. Regan spoke for an hour. Gov. Tom Healy on Friday played down the idea ' +
          'that he had struck a deal with Regan. “There never was a deal,” he said.',
      ),
    ).toEqual(['Tom Healy']);
    expect(
      speakersOf(
        'Tom Healy spoke last. Paul Regan spoke first. Healy’s been making the case for weeks that Regan isn’t ready. ' +
          '“You have not been tested,” he said.',
      ),
    ).toEqual(['Tom Healy']);
  });

  test('a title-case headline run is no full name; a name suffix is no surname', () => {
    const text =
      'KTVX Fires Varden Amid Uproar\n\nThe station dismissed the host Marc Varden on Wednesday. Varden said he would appeal. ' +
      'Justice Samuel A. Ortiz Jr. wrote the dissent. Justice Ortiz read it from the bench.';
    const t = entityTable(docOf(text));
    const names = t.entities.map((e) => e.name);
    expect(names.filter((n) => n.includes('Fires'))).toEqual([]);
    const varden = text.indexOf('Varden said');
    expect(t.entities[t.mentions.find((m) => m.start === varden)!.entity]!.name).toBe('Marc Varden');
    expect(names).not.toContain('Ortiz Jr');
    const ortiz = text.indexOf('Ortiz read');
    expect(t.entities[t.mentions.find((m) => m.start === ortiz)!.entity]!.name).toBe('Samuel A. Ortiz');
  });

  test('a capitalised run opening with a place or group word is no person ("South Carolina", "Western Europe")', () => {
    const text =
      'Jillian Ostrow knocked on doors across South Carolina all week. South Carolina votes on Saturday. ' +
      '“People here want to be heard,” she said.';
    const t = entityTable(docOf(text));
    expect(t.entities.map((e) => e.name)).not.toContain('South Carolina');
    expect(t.entities.find((e) => e.name === 'Jillian Ostrow')!.gender).toBe('female');
    expect(speakersOf(text)).toEqual(['Jillian Ostrow']);
  });

  test('a lone adjective of nation or party is no person ("Chinese", "Republican"); a lone surname-like word still is', () => {
    const names = entityTable(
      docOf('Anna Berg teaches in Shanghai. Chinese is the language her students speak at home. West said it would help.'),
    ).entities.map((e) => e.name);
    expect(names).not.toContain('Chinese');
    expect(names).toContain('West');
  });

  test('a capitalised word glued to a day after a preposition is no person ("on Super Tuesday")', () => {
    const text = 'Voters go to the polls on Super Tuesday, when a dozen states vote. “It is a long night,” he said.';
    expect(entityTable(docOf(text)).entities.map((e) => e.name)).not.toContain('Super');
  });
});

describe('canonicalName: the normaliser findings share', () => {
  const doc = fixture('004_7c4424ff75a35e16.txt');
  const late = doc.article.body.length - 1;
  test.each([
    ['the report', { name: 'the report', kind: 'document', role: null }],
    ['Inspectors', { name: 'inspectors', kind: 'group', role: null }],
    ['The council', { name: 'the council', kind: 'organisation', role: null }],
    ["Ofsted's inspection report", { name: 'the report', kind: 'document', role: null }],
    ['Cllr Thompstone', { name: 'Reuben Thompstone', kind: 'person', role: 'Cllr' }],
    ['Barnet Council', { name: 'Barnet Council', kind: 'organisation', role: null }],
  ])('%s', (phrase, expected) => {
    expect(canonicalName(phrase, doc, late)).toEqual(expected);
  });

  test('nobody', () => {
    expect(canonicalName('quickly', doc, late)).toBeNull();
  });
});

describe('the fixture story: every official, opposition and report quotation has its speaker', () => {
  // [file, the quotation's first words, speaker, rule]
  const expected: [string, string, string, string][] = [
    ['000_aaf2051f71d1e3ca.txt', 'There are widespread and serious failures', 'the report', 'quote/colon-before'],
    ['000_aaf2051f71d1e3ca.txt', 'are of poor quality', 'inspectors', 'quote/continuation'],
    ['000_aaf2051f71d1e3ca.txt', 'This results in risk', 'inspectors', 'quote/said-after'],
    ['000_aaf2051f71d1e3ca.txt', 'Managers do not provide', 'inspectors', 'quote/colon-before'],
    ['000_aaf2051f71d1e3ca.txt', 'The Barnet Safeguarding Children’s Board', 'inspectors', 'quote/colon-before'],
    ['000_aaf2051f71d1e3ca.txt', 'Protecting vulnerable children', 'Reuben Thompstone', 'quote/colon-before'],
    ['000_aaf2051f71d1e3ca.txt', 'We fully accept the findings', 'Chris Munday', 'quote/colon-before'],
    ['001_51a6fd33b2d8a7bc.txt', 'Child protection investigations are of poor quality', 'the report', 'quote/said-after'],
    ['001_51a6fd33b2d8a7bc.txt', 'Large numbers of poor-quality assessments', 'the report', 'quote/continuation'],
    ['001_51a6fd33b2d8a7bc.txt', 'There is evidence of some recent improvements', 'the report', 'quote/said-after'],
    ['001_51a6fd33b2d8a7bc.txt', 'We fully accept the findings', 'Chris Munday', 'quote/colon-before'],
    ['002_e5360314d9e545cb.txt', 'We fully accept the findings', 'Chris Munday', 'quote/colon-before'],
    ['002_e5360314d9e545cb.txt', 'Protecting vulnerable children', 'Reuben Thompstone', 'quote/colon-before'],
    ['003_cfb0b5119dc74a14.txt', 'Since the local authority was last inspected', 'the report', 'quote/said-after'],
    ['003_cfb0b5119dc74a14.txt', 'Inspectors identified a legacy', 'the report', 'quote/continuation'],
    ['003_cfb0b5119dc74a14.txt', 'these have been ineffective', 'the report', 'quote/fragment'],
    ['004_7c4424ff75a35e16.txt', 'widespread and serious failures', 'the report', 'quote/according-to'],
    ['004_7c4424ff75a35e16.txt', 'damning report', 'Barry Rawlings', 'quote/fragment'],
    ['004_7c4424ff75a35e16.txt', 'We recognise the work', 'Barry Rawlings', 'quote/colon-before'],
    ['004_7c4424ff75a35e16.txt', 'All members of the committee', 'Reuben Thompstone', 'quote/colon-before'],
    ['004_7c4424ff75a35e16.txt', 'Fundamental change of this nature', 'Chris Munday', 'quote/colon-before'],
  ];
  test.each(expected)('%s: “%s…” → %s', (file, opening, speaker, rule) => {
    const q = extractQuotes(fixture(file), { published: null }).find((x) => x.text.startsWith(opening));
    expect(q, opening).toBeDefined();
    expect({ speaker: q!.speaker, rule: q!.rule }).toEqual({ speaker, rule });
  });

  test('multi-paragraph statements come out whole', () => {
    const munday = (file: string) => extractQuotes(fixture(file), { published: null }).find((q) => q.text.startsWith('We fully accept'))!;
    expect(munday('000_aaf2051f71d1e3ca.txt').text).toMatch(/is needed\. There is no place for poor standards .* heart of what we do\.$/);
    expect(munday('001_51a6fd33b2d8a7bc.txt').text).toMatch(/number one priority\.$/);
    expect(munday('002_e5360314d9e545cb.txt').text).toMatch(/number one priority\.$/);
    const rawlings = extractQuotes(fixture('004_7c4424ff75a35e16.txt'), { published: null }).find((q) => q.text.startsWith('We recognise'))!;
    expect(rawlings.text).toMatch(/political administration\. The safety of children .* lead member\.$/);
  });

  test('the mis-marked quote (”The Barnet…) and the markup quote', () => {
    const qs = extractQuotes(fixture('000_aaf2051f71d1e3ca.txt'), { published: null });
    const board = qs.find((q) => q.text.startsWith('The Barnet Safeguarding'))!;
    expect(board).toMatchObject({ speaker: 'inspectors', cue: 'said', fragment: false });
    // The %image(…alt="…") line is markup: the pipeline drops what overlaps it, and no quotation
    // may start outside it and end inside it (or the other way round).
    const doc = fixture('000_aaf2051f71d1e3ca.txt');
    for (const q of qs) for (const e of doc.excluded) expect(q.start < e.start && q.end > e.start).toBe(false);
  });
});
