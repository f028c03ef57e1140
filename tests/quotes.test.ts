import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/text/segment.js';
import { extractQuotes, scanQuotes, quoteText } from '../src/extract/quotes/index.js';
import type { Article } from '../src/schema.js';
import { articleFromText } from './helpers.js';
import { expectLinear } from './linear.js';

function quotesOf(text: string, excluded: Article['excluded'] = []) {
  return extractQuotes(segment({ ...articleFromText(text), excluded }), { published: null });
}

function textsOf(text: string): string[] {
  const doc = segment(articleFromText(text));
  return scanQuotes(doc).map((q) => quoteText(text, q));
}

describe('find: pairing quotation marks', () => {
  test.each([
    ['curly double', 'The minister said: “We will act now.”', ['We will act now.']],
    ['straight double', 'The minister said: "We will act now."', ['We will act now.']],
    ['British single with apostrophes', 'The council’s leader said the children’s unit was ‘not good enough’ and Barnet’s staff agreed.', ['not good enough']],
    ['an elided decade is no quote', 'It was built in the ’90s and ‘rebuilt in ’04’ by the trust.', ['rebuilt in ’04']],
    ['guillemets', 'Le président a déclaré: «Nous sommes prêts.»', ['Nous sommes prêts.']],
    ['nested single inside double', 'He said: “They called it ‘a disgrace’ at the time.”', ['They called it ‘a disgrace’ at the time.']],
    ['two quotes around an attribution', '“We are ready,” she said. “The plan is sound.”', ['We are ready,', 'The plan is sound.']],
    ['a quote opened with a closing mark', 'They said: ”The board is inadequate, as it is not effective,”', ['The board is inadequate, as it is not effective,']],
    ['a second opening mark before the first closes', 'Reviews “are of poor quality with weak analysis. “This results in risk,” say inspectors', ['are of poor quality with weak analysis.', 'This results in risk,']],
    ['a missing closing mark ends with its paragraph', 'The mayor said: “We will rebuild the bridge\n\nThe vote is next week, officials said.', ['We will rebuild the bridge']],
    ['a stray closing mark opens nothing', 'The figure was 6” tall and the rest is prose.', []],
    ['a missing closing mark at the end of a bullet', '* Services were “inconsistent and often insufficient\n* Plans were weak', ['inconsistent and often insufficient']],
    ['possessive plural is no closing mark', 'The parents’ group met the ministers’ aides.', []],
  ])('%s', (_name, input, expected) => {
    expect(textsOf(input)).toEqual(expected);
  });

  test('a multi-paragraph quotation joins its paragraphs with one space and spans mark to mark', () => {
    const body = 'Jane Doe, the chief executive, said: “We accept the findings in full.\n\n“We are sorry that families were let down.\n\n“Change will take time.”\n\nThe trust meets on Monday.';
    const [q, ...rest] = quotesOf(body);
    expect(rest).toEqual([]);
    expect(q!.text).toBe('We accept the findings in full. We are sorry that families were let down. Change will take time.');
    expect(body[q!.start]).toBe('“');
    expect(body[q!.end - 1]).toBe('”');
    expect(q!.speaker).toBe('Jane Doe');
    expect(q!.rule).toBe('quote/colon-before');
  });

  test('a quote never swallows the rest of the article', () => {
    const body = 'He said: "This is open\n\nA second paragraph with "a fragment" in it.\n\nA third.';
    const qs = quotesOf(body);
    expect(qs.map((q) => q.text)).toEqual(['This is open', 'a fragment']);
  });

  test('a mark inside an excluded span never pairs with one outside', () => {
    const body = '%image(1, alt="Jane Doe said: " We will act)\n\nThe report said the service was "inadequate" overall.';
    const markup = body.indexOf('\n');
    const qs = quotesOf(body, [{ start: 0, end: markup, rule: 'markup/shortcode' }]);
    expect(qs.map((q) => q.text)).toEqual(['inadequate']);
    expect(qs[0]!.start).toBeGreaterThan(markup);
  });
});

describe('parse: quote and speaker shapes', () => {
  // [shape, article text, quoted text, speaker, role, cue, fragment]
  test.each([
    ['X, ROLE, said: (local paper)', 'Jane Porter, director of children’s services, said: “We accept every finding.”', 'We accept every finding.', 'Jane Porter', 'director of children’s services', 'said', false],
    ['ROLE X said: (council release)', 'Cabinet Member for Housing Tom Eliot said: “Every tenant deserves a safe home.”', 'Every tenant deserves a safe home.', 'Tom Eliot', 'Cabinet Member for Housing', 'said', false],
    ['“…,” said X. (Guardian)', '“The decision is a betrayal of patients,” said Maria Santos.', 'The decision is a betrayal of patients,', 'Maria Santos', null, 'said', false],
    ['“…,” X said. (AP)', '“We are not going anywhere,” Senate Majority Leader Tom Hale said.', 'We are not going anywhere,', 'Tom Hale', 'Senate Majority Leader', 'said', false],
    ['“…,” X, ROLE, said. (Reuters)', '"Demand remains strong," Anna Kovacs, chief economist at the bank, said.', 'Demand remains strong,', 'Anna Kovacs', 'chief economist at the bank', 'said', false],
    ['“…,” said X, ROLE. (BBC)', '“Lessons must be learned,” said Dr Ruth Adeyemi, a consultant at the hospital.', 'Lessons must be learned,', 'Ruth Adeyemi', 'Dr, a consultant at the hospital', 'said', false],
    ['“…” — X (magazine)', '“Nobody reads the small print.” — Paul Grant', 'Nobody reads the small print.', 'Paul Grant', null, '—', false],
    ['according to X (US politics)', 'The bill is “dead on arrival,” according to Sen. Mark Ellis.', 'dead on arrival,', 'Mark Ellis', 'Sen.', 'according to', true],
    ['X told NEWSPAPER (tabloid)', '“I was terrified,” Karen Bell told the Evening Standard.', 'I was terrified,', 'Karen Bell', null, 'told the Evening Standard', false],
    ['X said in a statement (wire)', '“We will appeal,” the company said in a statement.', 'We will appeal,', 'the company', null, 'said in a statement', false],
    ['the report said (trade press)', '“Too many children wait too long,” said the report.', 'Too many children wait too long,', 'the report', null, 'said', false],
    ['inspectors say (local paper)', 'Inspectors say: “Managers do not provide enough guidance.”', 'Managers do not provide enough guidance.', 'inspectors', null, 'say', false],
    ['the council said (BBC)', 'The council said: “We are working with partners.”', 'We are working with partners.', 'the council', null, 'said', false],
    ['a partial quote in a sentence', 'The watchdog described the service as "a damning indictment" of the board.', 'a damning indictment', 'the watchdog', null, 'described', true],
    ['a scare quote with no speaker', 'Child protection had been rated as "good" in 2012.', 'good', null, null, null, true],
    ['a partial quote after says (AP)', 'Spokeswoman Lena Ortiz says the campaign will “compete vigorously for the nomination.”', 'compete vigorously for the nomination.', 'Lena Ortiz', 'Spokeswoman', 'says', true],
    ['X said, “…” (US daily)', 'At the rally, Gov. Dan Reyes said, “We are going to win this state.”', 'We are going to win this state.', 'Dan Reyes', 'Gov.', 'said', false],
  ])('%s', (_shape, body, text, speaker, role, cue, fragment) => {
    const [q] = quotesOf(body);
    expect(q).toBeDefined();
    expect({ text: q!.text, speaker: q!.speaker, role: q!.role, cue: q!.cue, fragment: q!.fragment }).toEqual({ text, speaker, role, cue, fragment });
  });

  test('X said: on the line before a quote block', () => {
    const body = 'Residents’ association chair Alan Price said:\n\n“We were never consulted about the closure.”';
    const [q] = quotesOf(body);
    expect(q).toMatchObject({ speaker: 'Alan Price', cue: 'said', rule: 'quote/line-before', fragment: false });
  });

  test('a following paragraph continues the same speaker', () => {
    const body = '“We were never told,” said Fiona Lake, who runs the food bank.\n\n“Now we have to turn families away.”\n\nThe council has not commented.';
    const qs = quotesOf(body);
    expect(qs.map((q) => [q.speaker, q.rule])).toEqual([
      ['Fiona Lake', 'quote/said-after'],
      ['Fiona Lake', 'quote/continuation'],
    ]);
  });

  test.each([
    ['He said: → the nearest man named before', 'Opposition leader Cllr Sam Berry said the plan was flawed.\n\nHe said: "We recognise the work done so far."', 'Sam Berry'],
    ['she added → the earlier speaker', 'Health minister Priya Shah opened the ward on Friday.\n\n“It will save lives,” she added.', 'Priya Shah'],
    ['they said → the inspectors', 'The inspectors also criticised the board.\n\nThey said: ”The board is not effective.”', 'inspectors'],
    ['title + surname → the full name given earlier', 'Cllr Nora Webb, the lead member, spoke first.\n\nCllr Webb said: "We accept this judgment."', 'Nora Webb'],
    ['surname alone → the full name', 'Republican candidate Jeb Lawson spoke in Iowa.\n\n"We will win," Lawson said.', 'Jeb Lawson'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });

  // [shape, article text, quoted text, speaker, cue, rule, fragment]
  test.each([
    ['a frame verb with its subject (US politics)', 'Gov. Dan Reyes called the budget "a disaster for working families" on Tuesday.', 'a disaster for working families', 'Dan Reyes', 'called', 'quote/fragment', true],
    ['a gerund after a comma takes the clause subject (wire)', 'Speaking at a town hall in Dover, New Hampshire, Sen. Mark Ellis went after his rival, calling him "a career politician with no plan."', 'a career politician with no plan.', 'Mark Ellis', 'calling', 'quote/fragment', true],
    ['an organisation accuses (UK local news)', 'The Westfield Residents Association accused the council of "ignoring every objection we raised."', 'ignoring every objection we raised.', 'Westfield Residents Association', 'accused', 'quote/fragment', true],
    ['an adverb between commas (US daily)', 'Mayor Ann Ross, meanwhile, told reporters that the deal was "the best we could get."', 'the best we could get.', 'Ann Ross', 'told reporters', 'quote/fragment', true],
    ['a name and a colon (roundup)', 'Labour group leader Priya Shah: "This budget lets down every family in the borough."', 'This budget lets down every family in the borough.', 'Priya Shah', null, 'quote/subject', false],
    ['no reporting verb: the clause subject (campaign ad)', 'The ad targets a "rigged system that protects the powerful."', 'rigged system that protects the powerful.', 'the ad', null, 'quote/subject', true],
    ['a state abbreviation in brackets ends no clause (AP)', 'Rep. Tom Hale (D-Ohio), chair of the committee, said the bill was "dead on arrival."', 'dead on arrival.', 'Tom Hale', 'said', 'quote/fragment', true],
    ['a cue word after a possessive is a noun (council release)', 'His remarks "are based on opinion, not facts," the council said.', 'are based on opinion, not facts,', 'the council', 'said', 'quote/fragment', true],
    ['an inverted cue after a phrase that ends the quote (US daily)', '"This is a hard sell" for the governor, said Madeleine Kerr.', 'This is a hard sell', 'Madeleine Kerr', 'said', 'quote/said-after', false],
    ['a name with its affiliation (think-tank expert)', '"The statute was never meant for this," said Stephen Vale of the University of Anytown School of Law.', 'The statute was never meant for this,', 'Stephen Vale', 'said', 'quote/said-after', false],
    ['a party and state in brackets after the name (US Congress)', '"We can win seats in every corner of the state," Rep. Earl Moss (D-Ore.) said.', 'We can win seats in every corner of the state,', 'Earl Moss', 'said', 'quote/said-after', false],
    ['a participle phrase before the subject (US daily)', 'Turning to transport, Karen Bell added that "not everyone can afford a car."', 'not everyone can afford a car.', 'Karen Bell', 'added', 'quote/fragment', true],
    ['a quotation after a sentence about its speaker (US politics)', 'Sen. Ted Hale (R-Tex.) tweeted a warning on Friday. "Voters will not forget who blocked this bill."', 'Voters will not forget who blocked this bill.', 'Ted Hale', null, 'quote/sentence-before', false],
    ['a signed quotation on the next paragraph (convention notebook)', '"Nobody on this street was asked what we wanted."\n\n- Michelle Brooks, Leeds.', 'Nobody on this street was asked what we wanted.', 'Michelle Brooks', '-', 'quote/dash-after', false],
    ['a sentence about the weather names no speaker', 'The weather was mild on Sunday. "It was a good day for a walk."', 'It was a good day for a walk.', null, null, 'quote/unattributed', false],
    ['a gerund after the quote is no inverted cue (wire)', 'Sen. Mark Ellis insisted that he had "grown the party," claiming credit for the turnout in the primary.', 'grown the party,', 'Mark Ellis', 'insisted', 'quote/fragment', true],
  ])('%s', (_shape, body, text, speaker, cue, rule, fragment) => {
    const [q] = quotesOf(body);
    expect({ text: q!.text, speaker: q!.speaker, cue: q!.cue, rule: q!.rule, fragment: q!.fragment }).toEqual({ text, speaker, cue, rule, fragment });
  });

  test.each([
    ['she → the woman named by a common given name', 'Paul Grant opened the meeting. Later, Karen Bell spoke.\n\n"We need answers now," she said.', 'Karen Bell'],
    ['he and she told apart by gender', 'Karen Bell said the plan was flawed. Tom Hale, the mayor, disagreed with her.\n\n"It is a good plan," he said. Hale left early.\n\n"We need answers now," she said.', 'Karen Bell'],
    ['he → the last speaker, not a man merely mentioned since', 'Rep. Tom Hale said on Monday that the vote would fail. Supporters of Governor Paul Grant disagreed.\n\n"We do not have the numbers," he said.', 'Tom Hale'],
    ['a day name before the pronoun is no speaker', 'Rep. Tom Hale spoke to the breakfast show.\n\nOn the show on Tuesday, he said, "I never promised that."', 'Tom Hale'],
    ['a scare quote in a sentence with no speaker stays unattributed', 'Child protection had been rated as "good and improving" in 2012.', null],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });

  test.todo('a speaker named only after a quote block ("… — from a statement by the trust")');
  test.todo('"Trump attacked Clinton. “…,” he said." picks the subject, not the nearest name, only by sentence position');
  test.todo('a pronoun for a speaker named only inside an earlier quotation ("“Ask Jane,” he said. “…,” she said.")');
});

describe('claims stay exact', () => {
  const dir = path.join(import.meta.dirname, '../fixtures/barnet-ofsted-2017');
  test.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s: every word of a quote stands in order in its span', (file) => {
    const body = readFileSync(path.join(dir, file), 'utf8');
    for (const q of quotesOf(body)) {
      const span = body.slice(q.start, q.end);
      let at = 0;
      for (const w of q.text.split(/\s+/).filter(Boolean)) {
        const k = span.indexOf(w, at);
        expect(k, `${w} in ${span}`).toBeGreaterThanOrEqual(0);
        at = k + w.length;
      }
    }
  });
});

describe('linear time on adversarial input', () => {
  test.each([
    ['200 KB of unbalanced marks', '“'.repeat(70000) + '"'.repeat(70000) + '‘'.repeat(60000)],
    ['mixed marks and apostrophes', 'He said “a ”b "c ‘d ’e it’s '.repeat(8000)],
    ['100,000 capitalised words', Array.from({ length: 100000 }, (_, i) => `Name${i % 9}`).join(' ') + ' said: “hello there now”'],
    ['a 1 MB line of open quotes', ('x said “' + 'word '.repeat(50)).repeat(4000)],
    // (every speaker was looked up among all the people named: 2.4 MB took 17.7 s, an eighth of it 0.55)
    ['16,000 people, each quoted four times', manyPeople(16_000)],
  ])('%s', (_name, body) => {
    expectLinear(body, (s) => quotesOf(s));
  });
});

/** A long text naming `n` different people (made-up surnames), each quoted four times. */
function manyPeople(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'ze', 'pa', 'di'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = i; ; k = Math.floor(k / 10)) {
      s += syllables[k % 10];
      if (k < 10) break;
    }
    const name = `${s[0]!.toUpperCase()}${s.slice(1)}ton`;
    out.push(`Jane ${name} spoke on Monday. “We will build it,” ${name} said. “Soon,” ${name} said. “Here,” ${name} said. “Now,” ${name} said.`);
  }
  return out.join('\n\n');
}
