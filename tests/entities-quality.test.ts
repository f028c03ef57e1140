/**
 * The entity table on news shapes that used to give wrong types or names: places and companies
 * opening with a given name, possessives written with a bare apostrophe, outlets and datelines
 * in capitals, sentence adverbs, titles inside a run that opens with an organisation, and a
 * full stop missing its space before a name. Invented sentences, real in shape.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { entityTable } from '../src/extract/speakers/index.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { articleFromText } from './helpers.js';

const tableOf = (text: string) => entityTable(segment(articleFromText(text)));
const people = (text: string) => tableOf(text).entities.filter((e) => e.kind === 'person');
const named = (text: string, name: string) => tableOf(text).entities.find((e) => e.name === name);

describe('entity table: no person where the name is a place, company, outlet or adverb', () => {
  test.each([
    // A run ending in a place or trade word, even after a given name.
    ['The rally at Victoria Park Arena drew 20,000 people, organisers said.', 'Victoria Park Arena'],
    ['Supporters gathered on Grace Street before the march, police said.', 'Grace Street'],
    ['The fire spread across Anytown County overnight, officials said.', 'Anytown County'],
    ['Martin Computer said it would cut 300 jobs.', 'Martin Computer'],
    ['Shares in Victoria Energy fell 4 per cent, Victoria Energy said.', 'Victoria Energy'],
    // Capitals: datelines, labels, outlets with a possessive.
    ['ANYTOWN — Jane Doe said on Monday she would stand again.', 'ANYTOWN'],
    ['NBC’s poll found that voters were split, the network said.', 'NBC'],
    // Sentence adverbs and connectives that open a sentence.
    ['Recently, the mayor said the budget was balanced.', 'Recently'],
    ['Unfortunately, the council said, the road will stay closed.', 'Unfortunately'],
    ['Overwhelmingly, voters said they backed the plan.', 'Overwhelmingly'],
    ['Suddenly the crowd fell silent, witnesses said.', 'Suddenly'],
    // Pronouns, quantifiers and verbs at a sentence start; abbreviated months.
    ['Others said the plan would never pass, Jane Doe said.', 'Others'],
    ['Everyone knew the vote was close, Jane Doe said.', 'Everyone'],
    ['Let the voters decide, Jane Doe told the rally.', 'Let'],
    // An auxiliary opening a question, a verb opening an aside.
    ['Jane Doe backs the plan. Does Doe, like Roe, oppose the new tax?', 'Does Doe'],
    ['Will Doe run again? Jane Doe said she would decide in the spring.', 'Will Doe'],
    ['Prosecutor Jane Doe spoke last. Told Doe: “We searched everywhere.”', 'Told Doe'],
    ['The awards will be broadcast live on Oscar Sunday, the network said.', 'Oscar Sunday'],
    ['Jane Doe spoke for an hour. (See Doe’s full timeline below.) Doe said the rally was calm.', 'See Doe'],
    ['Dec. 5 is the deadline for the filing, Jane Doe said.', 'Dec'],
    // Countries, states and peoples.
    ['Ohio announced on Monday that the vote would be delayed.', 'Ohio'],
    ['France said it would send more troops.', 'France'],
    ['Americans are split on the plan, the poll found.', 'Americans'],
    ['Syrians fled the city overnight, the agency said.', 'Syrians'],
    // Runs opening with an acronym: a label in capitals, an outlet's local edition.
    ['MORNING EDITION: Jane Doe said the vote was close.', 'MORNING EDITION'],
    ['NBC Anytown reported that the school would close, Jane Doe said.', 'NBC Anytown'],
  ])('%s → no person "%s"', (text, name) => {
    expect(people(text).map((e) => e.name)).not.toContain(name);
  });

  test.each([
    ['Martin Computer said it would cut 300 jobs.', 'Martin Computer'],
    ['NBC’s poll found that voters were split, the network said.', 'NBC'],
    ['Anytown News’ report said the mayor had resigned.', 'Anytown News'],
    ['NBC Anytown reported that the school would close, Jane Doe said.', 'NBC Anytown'],
  ])('%s → organisation "%s"', (text, name) => {
    expect(named(text, name)?.kind).toBe('organisation');
  });

  test('a lone capitalised word the article also writes in lower case is no person shown ("Jury …" / "the jury")', () => {
    const text = 'Jury selection began on Monday in Anytown. Jury said little. The jury is expected to sit for three weeks, Jane Doe said.';
    const e = tableOf(text).entities.find((x) => x.name === 'Jury');
    expect(e?.strong ?? false).toBe(false);
    expect(tableOf(text).entities.find((x) => x.name === 'Jane Doe')?.strong).toBe(true);
  });

  test.each([
    ['Mayor Says City Will Recover Quickly', 'Quickly'],
    ['Senator Smith Quits Race', 'Race'],
  ])('a title-case headline\'s last word, with a title elsewhere in it, is no person shown: %s', (text, name) => {
    expect(tableOf(text).entities.find((x) => x.name === name)?.strong ?? false).toBe(false);
  });

  test('a surname is still a person when the article has it only capitalised', () => {
    const text = 'Jane Price, the mayor, spoke first. Price said the price of the plan was fair.';
    expect(tableOf(text).entities.find((x) => x.name === 'Jane Price')?.strong).toBe(true);
  });

  test('a people is a group: "Americans"', () => {
    expect(named('Americans are split on the plan, the poll found.', 'Americans')?.kind).toBe('group');
  });

  test.each([
    // A month or a sentence word as the surname after a given name.
    ['Prime Minister Theresa May said the deal was done.', 'Theresa May'],
    ['Rory Read, the chief executive, said the company would cut costs.', 'Rory Read'],
    // Surnames with a people's or an adverb's ending stay people.
    ['John Reese said the company would appeal.', 'John Reese'],
    ['Jane Evans, 45, said she had voted for the plan.', 'Jane Evans'],
    ['Kelly said the deal was done.', 'Kelly'],
    // A transcript's speaker label in capitals, and a full stop missing its space after a title.
    ['JANE DOE: We have the votes, and we will pass the bill this week.', 'JANE DOE'],
    ['Anytown Gov.Jane Doe signed the bill on Friday.', 'Jane Doe'],
  ])('%s → person "%s"', (text, name) => {
    expect(people(text).map((e) => e.name)).toContain(name);
  });
});

describe('entity table: names as written', () => {
  test.each([
    // A possessive written with a bare apostrophe after s: the name keeps its s.
    ['Jane Jones’ campaign raised $2 million in March, Jones said.', 'Jane Jones', 'female', 'Jane Jone'],
    ["Senator Mark Sanders' office said he would vote against the bill.", 'Mark Sanders', 'male', 'Mark Sander'],
    // A title after an organisation inside one run: the person is the name after the title.
    ['Anytown Securities Commissioner Jane Doe said the firm had misled investors.', 'Jane Doe', 'female', 'Anytown Securities Commissioner Jane Doe'],
    ['Senate Majority Leader John Roe said the vote would be held on Tuesday.', 'John Roe', 'male', 'Senate Majority Leader John Roe'],
    // A common surname that is also a place word stays a person after a given name.
    ['Jane Park said the hospital would reopen.', 'Jane Park', 'female', ''],
  ])('%s → person "%s"', (text, name, gender, wrong) => {
    const ps = people(text);
    const p = ps.find((e) => e.name === name);
    expect(p?.gender).toBe(gender);
    expect(p?.strong).toBe(true);
    if (wrong) expect(tableOf(text).entities.map((e) => e.name)).not.toContain(wrong);
  });

  test('a title within an organisation run ends the organisation: "Chairman John Roe on Monday" is John Roe', () => {
    const text = 'House Judiciary Committee Chairman John Roe on Monday said the hearing would go ahead.';
    expect(people(text).map((e) => e.name)).toContain('John Roe');
  });
});

describe('quote speakers across the fixed shapes', () => {
  const quotes = (text: string) => extractQuotes(segment(articleFromText(text))).map((q) => ({ text: q.text, speaker: q.speaker, cue: q.cue }));

  test('a full stop without its space: "… the mayor said.Doe added" keeps the cue and the speaker', () => {
    const text = 'Jane Doe, the mayor of Anytown, spoke to reporters on Friday. The plan was approved, the mayor said.Doe added: "We will build the new school by next spring."';
    expect(quotes(text)).toContainEqual({ text: 'We will build the new school by next spring.', speaker: 'Jane Doe', cue: 'added' });
  });

  test('dotted words stay whole: "U.S.", "a.m.", "e.g.", "example.com"', () => {
    const text = 'The U.S. embassy opened at 9 a.m. on Monday, e.g. for visas booked at example.com, Jane Doe said.';
    const names = tableOf(text).entities.map((e) => e.name);
    expect(names).toContain('Jane Doe');
    expect(names.some((n) => /\.[A-Z]/.test(n) && !n.startsWith('U.S.'))).toBe(false);
  });

  test('a people speaks as a group: "Voters often say"', () => {
    const text = 'The county has backed the winner in every race since 1960. Lamenting the long campaign, Floridians often say, "We just want the ads to stop."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Floridians']);
  });

  test('a sentence adverb is no antecedent for "she"', () => {
    const text = 'Jane Doe runs the Anytown food bank. Recently she wrote on her website, "We have never seen demand like this before."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Jane Doe']);
  });
});
