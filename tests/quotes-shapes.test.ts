/**
 * Quote and speaker shapes added while measuring against annotated US political news
 * (bench/eval-quotes.js): each case is an invented sentence of the shape, with the expected
 * quoted text, speaker and rule.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { articleFromText } from './helpers.js';

function quotesOf(text: string) {
  return extractQuotes(segment(articleFromText(text)), { published: null });
}

describe('two apostrophes as one double quotation mark (newspaper archive copy)', () => {
  test.each([
    ['“…,” said X with two apostrophes', "''We expect rates to rise next year,'' said Laura Finch, an economist at the bank.", 'We expect rates to rise next year,', 'Laura Finch'],
    ['X said: with two apostrophes', "Mr. Dale Brennan said: ''The vote was never close.''", 'The vote was never close.', 'Dale Brennan'],
    ['a nested single quote closes before the double', "''He told me, 'Wait until spring,''' Ms. Ortiz recalled.", "He told me, 'Wait until spring,'", 'Ortiz'],
    ['a nested single quote opens after the double', "Ms. Ortiz added: '''Spring' was the word he used.''", "'Spring' was the word he used.", 'Ortiz'],
  ])('%s', (_name, body, text, speaker) => {
    const [q, ...rest] = quotesOf(body);
    expect(rest).toEqual([]);
    expect(q!.text).toBe(text);
    expect(q!.speaker).toContain(speaker);
    expect(body.slice(q!.start, q!.start + 2)).toBe("''");
    expect(body.slice(q!.end - 2, q!.end)).toBe("''");
  });

  test('a multi-paragraph quotation in two-apostrophe marks continues and keeps its speaker', () => {
    const body = "Tom Reyes, the county clerk, said: ''We counted every ballot twice.\n\n''Nobody was turned away.''\n\nThe count ends on Friday.";
    const qs = quotesOf(body);
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['We counted every ballot twice. Nobody was turned away.', 'Tom Reyes']]);
  });

  test('apostrophes in words are still no marks next to two-apostrophe quotes', () => {
    const body = "''The voters' mood isn't good,'' said Ann Lee. The parents' group didn't agree.";
    expect(quotesOf(body).map((q) => q.text)).toEqual(["The voters' mood isn't good,"]);
  });
});

describe('speakers after the quotation', () => {
  test.each([
    ['“…,” X, ROLE, told OUTLET: the listener is no speaker', '"We will take this to court," Graham Pike, a former candidate, told CNN on Tuesday.', 'Graham Pike'],
    ['“…,” X, after a pause, said of Y: the person after "of" is who it is about', '"He was a friend," Rhodes, after a long pause, said of Mr. Vance.', 'Rhodes'],
    ['“…” for PHRASE, said X: still inverted', '"This is a hard sell" for the mayor, said Dana Whitfield.', 'Dana Whitfield'],
    ['“…” for NAME, said X: the name after "for" is no subject', '"This will be a challenge" for Ramirez, said Joan Pettit.', 'Joan Pettit'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
    expect(q!.rule).toBe('quote/said-after');
  });
});

describe('pronouns', () => {
  test('he → the subject of the previous sentence, over the speaker of an earlier quotation', () => {
    const body = [
      '"The border is a mess," said Felix Ward, a former governor.',
      'Since launching his bid, Tom Hale has taken a hard line on trade and last year angered farmers with a tariff plan.',
      '"We are not sending our best," he said.',
    ].join('\n\n');
    const qs = quotesOf(body);
    expect(qs.map((q) => q.speaker)).toEqual(['Felix Ward', 'Tom Hale']);
  });

  test('she → a woman known only from the pronouns the article uses for her', () => {
    const body = [
      'Ngozi Adebayo said her party would win the seat back.',
      'Kofi Mensah said his campaign had raised more money than any rival.',
      '"We have the better plan," she said.',
    ].join('\n\n');
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe('Ngozi Adebayo');
  });
});

describe('documents and their authors', () => {
  test.each([
    ['X issued a statement describing … as “…”', 'Mayor Ann Ross issued a statement describing the talks as "a very positive step toward agreement."', 'Ann Ross'],
    ['ORG released a letter saying “…”', 'The Acme Workers Union released a letter saying the offer was "an insult to every member."', 'Acme Workers Union'],
    ['the statement said “…” keeps the document', 'The statement said the talks were "a very positive step toward agreement."', 'the statement'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('more speaker shapes', () => {
  test.each([
    ['“…!” beamed X (manner-of-speaking verb)', '"This is the best night of my life!" beamed Carol Finney, a delegate from Ohio.', 'Carol Finney'],
    ['“…,” an angry X retaliated', 'The rival had mocked the city. "Our city will always be proud," an angry Mayor Hal Brandt retaliated.', 'Hal Brandt'],
    ['said Sen. X of STATE: the person, not the state', '"We need more voices from the grass roots," said Sen. Ruth Calder of Vermont, who chairs the panel.', 'Ruth Calder'],
    ['NAME: “…” in a debate write-up', 'Senators Rosa Ruiz and Dan Palmer were asked about the border. Ruiz: "We will secure it in the first year." Palmer: "Walls do not work."', 'Dan Palmer'],
    ['a block introduced by a sentence with no reporting verb', 'Governor Paul Grant issued the following statement:\n\n"Our thoughts are with the families of the victims tonight."', 'Paul Grant'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });
});

describe('a role before the name still makes a subject', () => {
  test('he → "Party spokesman X" who spoke in the previous sentence, over an earlier speaker', () => {
    const body = [
      '"We will win Ohio," said Rep. Tom Hale, a supporter.',
      'But campaign chairman Victor Lind said the appeal of the candidate would reach every group.',
      '"Those messages will resonate," he said.',
    ].join('\n\n');
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe('Victor Lind');
  });
});

describe('adverbials before the subject', () => {
  test.each([
    ['an -ly adverbial segment', 'More recently, Sen. Ray Dunn pledged to make the company "pay every cent it owes."', 'Ray Dunn'],
    ['a clause opened by "As" with capitalised words', 'As New Hampshire prepares to vote Tuesday, Gov. Lyle Bream called his rival "a charming man with no record."', 'Lyle Bream'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('long attributions after the quotation', () => {
  test.each([
    ['a relative clause between the name and the verb', "''We will have to live with it,'' Walter Crane, who was the party's leader in the Senate under two presidents, told reporters.", 'Walter Crane'],
    ['an adverb between the pronoun and the verb', 'Nina Hart spoke first.\n\n"The problem is his ideas," she often says.', 'Nina Hart'],
    ['wrote MAGAZINE', '"The race is over in the west," wrote Harbor magazine.', 'Harbor magazine'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });
});

describe('relative clauses and more verbs', () => {
  test.each([
    ['a relative clause inside the adverbial before the subject', 'Speaking to a radio show in Ohio, which votes next Tuesday, Gov. Ray Dunn referred to his rival as "a fine speaker with no record."', 'Ray Dunn'],
    ['“…,” X barked', 'The reporter kept asking. "Go back to your seat," Senator Tom Hale barked.', 'Tom Hale'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });
});

describe('the subject before a cue', () => {
  test.each([
    ['NAME of ORG of PLACE told …: the person, not the place', 'Archbishop Aris Varga of the Armenian Patriarchate of Jerusalem told the Associated Press, "We have suffered the same fate."', 'Aris Varga'],
    ['a clause, then "he added,"', 'Dan Wolf spoke last. The reality is, he added, "there are no recusals when you are president."', 'Dan Wolf'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });
});

describe('after a quotation that ends its sentence', () => {
  test('a new sentence that reports its own content does not attribute the quotation', () => {
    const body = '"It\'s a very sad day," Sen. Carl Mott told reporters. "This has no place in a campaign." Gov. Dana Fisk said she would have fired the aide.';
    const qs = quotesOf(body);
    expect(qs.map((q) => q.speaker)).toEqual(['Carl Mott', 'Carl Mott']);
  });

  test('"PLACE, he said, was …" after the quotation: he, not the place', () => {
    const body = '"We are trying to show some mercy," Ned Tripp said. "We want the bully to learn." Ohio, he said, was a better chance.';
    const qs = quotesOf(body);
    expect(qs[1]!.speaker).toBe('Ned Tripp');
  });

  test('a day after a name is no part of the name', () => {
    const body = 'Donna Reyes spoke at the rally. Hannity asked Reyes Wednesday about the wall.\n\n"The bad ones, the gang members?" Reyes asked.';
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe('Donna Reyes');
  });
});

describe('a description, then the name in apposition', () => {
  test.each([
    ['said DESCRIPTION, NAME.', '"We are anxious," said another local resident, Greta Lindqvist.', 'Greta Lindqvist'],
    ["ORG's ROLE, NAME, told …", '"We found no link at all," the bank\'s chief economist, Laszlo Varga, told reporters.', 'Laszlo Varga'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('descriptions with capitalised modifiers', () => {
  test.each([
    ['one ORG campaign source said', '"It is the nominee\'s party," one Acme campaign source said.', 'one Acme campaign source'],
    ['The OUTLET technology columnist NAME … say:', 'The Ledger technology columnist Dana Cruz went so far as to say: "The network as we know it is over."', 'Dana Cruz'],
    ['“…?” X pressed', 'The host kept on. "Would it be negotiable about the wall?" Sean Tilly pressed.', 'Sean Tilly'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });
});

describe('guards on the person-before-"of" rule', () => {
  test('a body after a clause that names a place with "of" keeps the body', () => {
    const body = 'The regulator rated services at the Borough of Anytown inadequate after inspectors identified "a legacy of poor practice and failures".';
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe('inspectors');
  });

  test('an outlet whose name holds a cue word stays whole in the cue', () => {
    const [q] = quotesOf('Archbishop Aris Varga of the Patriarchate of Anytown told the Associated Press, "We have suffered the same fate."');
    expect(q!.cue).toBe('told the Associated Press');
  });
});

describe('a gerund cue takes its clause subject, not the noun before it', () => {
  test.each([
    ['X corrected Y by tweeting …', 'Jorge Ramirez corrected the candidate by tweeting a link to a study showing migrants are "less likely to be criminals than the native-born."', 'Jorge Ramirez'],
    ['X sent an email as the meeting began vowing to …', 'Senator Ann Holt sent out a fundraising email as the committee meeting began vowing to "fight for every vote" in the last primary.', 'Ann Holt'],
    ['A few days later, X reversed himself, telling …', 'A few days later, Dale Brennan reversed himself yet again, telling CBS that the rules "are set and we should leave them that way."', 'Dale Brennan'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });

  test('a statement that names its source still goes to the clause subject', () => {
    const [q] = quotesOf('Immediately after the attacks, Dale Brennan issued a statement, "Last night, our city was attacked."');
    expect(q!.speaker).toBe('Dale Brennan');
  });
});

describe('a title\'s full stop does not end the sentence of a quotation', () => {
  test('"…," said Rep. X, adding that "…" keeps the speaker', () => {
    const qs = quotesOf('"It is not new in this state," said Rep. Bobby Lane (D-Va.) at the time, adding that "we have been electing them for a long time."');
    expect(qs.map((q) => q.speaker)).toEqual(['Bobby Lane', 'Bobby Lane']);
  });
});

describe('pronoun speakers', () => {
  test('"he added" after a full name that spoke, even one the entity table holds weakly', () => {
    const body = 'In a statement released Thursday, Rep. Hakim Jaffer (D-N.Y.) reacted to the news, saying: "The killer should be in prison."\n\n"It should shock the conscience of every decent American," he added.';
    expect(quotesOf(body).map((q) => q.speaker)).toEqual(['Hakim Jaffer', 'Hakim Jaffer']);
  });

  test('"he said" after a sentence naming two men takes its subject, the first', () => {
    const body = 'Former Rep. Chris Shaw (R-Conn.) was for John Kasimir while the governor was in the running, he said on Wednesday.\n\n"She is my next choice. Not hard to figure out," he said.';
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe('Chris Shaw');
  });
});

describe('a surname that is also a title', () => {
  test.each([
    ['Mr. King said', '"If there is a drop-off in the vote, that is 60 electoral votes," Mr. King said.', 'King'],
    ['Dr. Bishop said', '"The trial will take two more years," Dr. Bishop said.', 'Bishop'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });

  test('"Mr. President" stays a form of address', () => {
    const [q] = quotesOf('"We are ready," said Mr. President.');
    expect(q!.speaker).not.toBe('President');
  });
});

describe('clause subjects with appositions and subordinate clauses', () => {
  test.each([
    ['ORG’s PLACE state director, NAME, …, writing:', 'The campaign’s Ohio state director, Mike Rudin, reached out to the firm, writing in an email: "We want to use this as soon as possible."', 'Mike Rudin'],
    ['ROLE NAME, PARTY-STATE, delivered a message to X:', 'Senate Majority Leader Mitch Connell, R-Ky., delivered a blunt message to Trump: "It is time to quit attacking people."', 'Mitch Connell'],
    ['One supporter, NAME, PARTY of STATE, gave …:', 'One early supporter, Representative Lee Zellner, Republican of New York, gave the argument a whirl on Tuesday: "You can easily argue the point."', 'Lee Zellner'],
    ['X said that once Y goes on recess, “…”', 'By contrast, Sen. Marco Ruiz said that once the Senate goes on recess, "I intend to do as much as I can."', 'Marco Ruiz'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });

  test('a quotation inside the subordinate clause is its subject’s ("X tweeted after Y argued that “…”")', () => {
    const qs = quotesOf('"It is misleading to call it a bailout," David Axel tweeted after Hillary Clinton argued that "if everyone had voted as he voted, we would not have rescued the industry."');
    expect(qs.map((q) => q.speaker)).toEqual(['David Axel', 'Hillary Clinton']);
  });
});

describe('a pronoun that repeats the subject pronoun of the sentence before', () => {
  test('"When …, he offered his thoughts on NAME. “…,” he said" is the earlier he, not the name', () => {
    const body = 'The actor Tim Allard said he tends to give issues more deliberation.\n\nWhen the interview steered Allard toward the election, he offered his thoughts on Republican front-runner Donald Trump’s appeal.\n\n“I think it’s funny,” he said.';
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe('Tim Allard');
  });
});

describe('subjects through datelines, parentheticals and coordinated verbs', () => {
  test.each([
    ['CITY, DATE (AGENCY) — ROLE NAME told …', 'WASHINGTON, June 10 (UPI) — Presumptive Democratic nominee Hillary Clinton told a gathering she will protect rights while her opponent wants to “take the country backward.”', 'Hillary Clinton'],
    ['NAME, X said, had been …', 'Vice President Joe Biden, Rubio said, had been in the Senate for "a thousand years" with nothing to show.', 'Rubio'],
    ['X used to …, but now said …', 'House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”', 'Thomas Massie'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toContain(speaker);
  });
});

describe('more cue shapes', () => {
  test.each([
    ['As X put it, “…”', 'Ted Cruz has too many super PACs. As Vulture put it, “Hello, it is the new album.”', 'Vulture'],
    ['Or, as NAME, ROLE, put it: “…”', 'Or, as Tom Ridley, a former secretary of homeland security, put it: “The barbarians are no longer at the gates.”', 'Tom Ridley'],
    ['Back in YEAR, X expressed …, telling OUTLET: “…”', 'Back in 1999, Donald Trump expressed admiration for his skills, telling CNBC: “I wish I could be like that.”', 'Donald Trump'],
    ['Whether …, Mr. X added, “…”', 'Whether the issue is the pipeline or the Affordable Care Act, Mr. Garin added, “it becomes harder and harder for them.”', 'Garin'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toBe(speaker);
  });

  test('"Mrs. X" is not the man of the same surname, and "she" finds her', () => {
    const body = 'Bill Clinton spoke first. Later, Mrs. Clinton took the stage.\n\nOn the campaign trail, Mrs. Clinton regularly pledges to “make sure our economy works for everyone,” as she put it on Wednesday.';
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).not.toBe('Bill Clinton');
  });
});

describe('a quotation after only opening words continues the speaker before', () => {
  test('"…," said X. Now, “…”', () => {
    const qs = quotesOf('"We were not very happy when it was first announced," said Jock Finlay, head of policy at the council. Now, "within the business community there is acceptance."');
    expect(qs.map((q) => q.speaker)).toEqual(['Jock Finlay', 'Jock Finlay']);
  });
});

describe('"from" in a speaker phrase', () => {
  test.each([
    ['the senator from STATE', 'The senator from Vermont said the financial system was "corrupt," noting the fines.', 'the senator from Vermont'],
    ['NAME from PLACE', 'Jane Doyle from Ohio said the system was "corrupt," noting the fines.', 'Jane Doyle'],
    ['TITLE NAME from PLACE', 'Sen. Strickland from Ohio said the system was "corrupt," noting the fines.', 'Strickland'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('a quotation paragraph after a reporting paragraph', () => {
  test('"Carter said that …" then a paragraph that is only a quotation', () => {
    const body = 'Defense Secretary Ash Carter spoke in Singapore.\n\nCarter said that for decades some critics had been predicting a withdrawal from the region, but this would not happen.\n\n“That is because this region remains the most consequential for our own security.”';
    const qs = quotesOf(body);
    expect(qs[0]!.speaker).toBe('Ash Carter');
  });

  test('a paragraph that reports nobody leaves the quotation unattributed', () => {
    const body = 'The crowd grew quiet as the music stopped.\n\n“We have had more successful conventions than this one, frankly.”';
    expect(quotesOf(body)[0]!.speaker).toBeNull();
  });
});

describe('more adverbial openings', () => {
  test.each([
    ['Frustrated, X said he “…”', 'Frustrated, Bernie Sanders said he "cannot walk down the street" without reporters asking.', 'Bernie Sanders'],
    ['Here in PLACE, X stepped up …, saying, “…”', 'Here in Columbia, Bernie Sanders stepped up his emphasis on justice, saying, "We have got to achieve the day."', 'Bernie Sanders'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(body)[0]!.speaker).toBe(speaker);
  });
});

describe('cues after commas and opening words', () => {
  test.each([
    ['…, X said, adding, “…”', 'Ryan and Trump will meet sometime next week, Spicer said, adding, "They need to sit down and have a good talk."', 'Spicer'],
    ['But, said X, “…”', 'But, said Solovey, "I do not want to drum up conflict because I know his penchant."', 'Solovey'],
    ['Additionally, X said: “…”', 'Additionally, Hillary Clinton said: "I have acknowledged repeatedly that using two accounts was a mistake."', 'Hillary Clinton'],
    ['…, with X reportedly yelling: “…”', 'Supporters kicked and punched a protester in Alabama, with Donald Trump reportedly yelling: “Get him the hell out of here!”', 'Donald Trump'],
    ['a surname that is also a preposition: “…,” From said', '"The circumstances were different then," From said.', 'From'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(body)[0]!.speaker).toBe(speaker);
  });
});

describe('a state after a place in an adverbial', () => {
  test('"At a rally in Portsmouth, N.H., on Tuesday, X endorsed Y, saying …" is X’s', () => {
    const [q] = quotesOf('At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders of Vermont endorsed Hillary Clinton, saying that she would "make an outstanding president."');
    expect(q!.speaker).toContain('Sanders');
  });
});

describe('relative clauses and parenthetical descriptions before the cue', () => {
  test.each([
    ['…, to which X interjected: “…”', "Hillary Clinton said experts had found her proposals strong, to which Martin O'Malley interjected: \"It's just not true.\"", "Martin O'Malley"],
    ['NAME, a top aide said, “…”', 'Hillary Clinton, a top aide said, “is very confident in the contrast” between her and Trump.', 'a top aide'],
    ['NAME, a top aide, said: “…” stays NAME', 'Jane Doe, a top aide, said: "We are ready."', 'Jane Doe'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(body)[0]!.speaker).toBe(speaker);
  });
});

describe('"NAME, who said …" is NAME’s', () => {
  test.each([
    ['…, from X, who declared that “…”', 'Ted Cruz got an endorsement from a Senate colleague, from Mike Lee, who declared in the debate that "Ted is the real conservative in this race."', 'Mike Lee'],
    ['ROLE NAME, who called … “…”', 'The praise included the running mate, Indiana Gov. Mike Pence, who called their son "an American hero."', 'Mike Pence'],
    ['NAME - who previously said …', 'GOP front-runner Donald Trump - who previously said he would "bomb the oil fields" - went further.', 'Donald Trump'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(body)[0]!.speaker).toBe(speaker);
  });
});

describe('a clause after the quotation with its own speaker', () => {
  test('"X said he would make sand “…,” for instance, and Y vowed to “…”"', () => {
    const qs = quotesOf('Ted Cruz said he would make sand "glow in the dark," for instance, and Donald Trump vowed to "bomb the hell" out of them.');
    expect(qs.map((q) => q.speaker)).toEqual(['Ted Cruz', 'Donald Trump']);
  });
});

describe('descriptions do not end with the word that opens what follows them', () => {
  test('"a candidate who promised …: “…”" names "a candidate"', () => {
    const [q] = quotesOf('It was ironic coming from a candidate who promised mass deportation: “Your unrealistic proposal is to spend billions.”');
    expect(q!.speaker).toBe('a candidate');
  });
});

describe('a pronoun after "who"/"whom" is not the antecedent', () => {
  test('"… Donald Trump, who he blasted as a “…”" is not Trump’s', () => {
    const [q] = quotesOf('Bernie Sanders urged his supporters to back Hillary Clinton in November to defeat Republican nominee Donald Trump, who he blasted as a "bully and demagogue" who made bigotry his cornerstone.');
    expect(q!.speaker).toBe('Bernie Sanders');
  });
});

describe('words that open a sentence but never name a speaker', () => {
  test('a weekday in "during a Sunday rally" is no speaker', () => {
    const qs = quotesOf('It has such a presence that Dale Moran during a Sunday rally thanked its members “for their support in my campaign” and praised the union.');
    expect(qs.length).toBe(1);
    expect(qs[0]!.speaker).not.toBe('Sunday');
  });
  test('a statement released on a weekday is not spoken by the weekday', () => {
    const [q] = quotesOf('The town released a statement Wednesday saying the comments “are based on his opinion, not actual facts,” and welcomed him.');
    expect(q!.speaker).not.toBe('Wednesday');
  });
  test('"Multiple news reports … reveal" is not a person called Multiple', () => {
    const [q] = quotesOf('Multiple news reports and a detailed account in a new book reveal there was more than “one or two instances.”');
    expect(q!.speaker).not.toBe('Multiple');
  });
  test('a month alone before a quotation is no speaker', () => {
    const [q] = quotesOf('The group made the same claims in February, and the magazine replied: "There is no evidence for any of this, and there never was."');
    expect(q!.speaker).not.toBe('February');
  });
  test('"Of Morris, Levine, who …, said" names Levine, not "Of Morris"', () => {
    const [q] = quotesOf('Of Morris, Levine, who has given money to the mayor, said, “He’s flat-out scary. I think he’s a wonderful man.”');
    expect(q!.speaker).toBe('Levine');
  });
});

describe('a capitalised modifier and a role before a full name', () => {
  test('"Former Walker speechwriter Tom Reyes published …" names Tom Reyes, not "Former Walker"', () => {
    const [q] = quotesOf('Former Walker speechwriter Tom Reyes published a column in a weekly magazine, entitled, “Why this race matters more than the last one.”');
    expect(q!.speaker).toBe('Tom Reyes');
  });
});

describe('a description with the name it is known by', () => {
  test('"said the base chief known as Bob" names Bob', () => {
    const [q] = quotesOf('"There never was such an order," said the station chief known as Walt, speaking publicly for the first time.');
    expect(q!.speaker).toBe('Walt');
  });
});

describe('the subject of a subordinate clause that ends right before the cue', () => {
  test('"…, when a young boy shouted, “…”" names the boy, not the place before', () => {
    const [q] = quotesOf('There was scattered applause from Riverside Stadium, when a young boy shouted, “Here they come, yo!” and ran off.');
    expect(q!.speaker).toBe('a young boy');
  });
  test('"Roe, after a long pause, said" still names Roe', () => {
    const [q] = quotesOf('“He had a lot of supporters here,” Dale Roe, after a long pause, said of the senator.');
    expect(q!.speaker).toBe('Dale Roe');
  });
  test('"Doe, who works as a sales manager, said:" is not the manager', () => {
    const [q] = quotesOf('Ann Doe, who works in retail as a sales manager, said she sent the same text to many people: “Do you feel it? Please text back!”');
    expect(q!.speaker).not.toBe('a sales manager');
  });
});

describe('a pronoun after a quotation of several sentences', () => {
  test('the sentences inside the quotation put no distance between "he" and the subject before it', () => {
    const body = [
      '"We have never seen turnout like this," said Carl Mendez, a county organiser.',
      'Governor Paul Whitby seemed to grasp what the night meant. "Years from now, you will look back on this. This was the moment. This was the place where it all began," he said in his speech that night.',
    ].join('\n\n');
    const qs = quotesOf(body);
    expect(qs[1]!.speaker).toBe('Paul Whitby');
  });
});

describe('an inverted cue right after the quotation', () => {
  test.each([
    ['"…?" asked the boy: "the" opens the speaker, not a new clause', '“How big is the new wall?” asked the boy, who was wearing a red cap.', 'the boy'],
    ['"…!" wrote a man: "a" opens the speaker', '“Whoever opens the borders has no place here!” wrote a man calling himself Ken Arlo.', 'Ken Arlo'],
    ['said Will Doe: a capitalised "Will" is a given name, not a verb', '"It is a pretty expensive business model," said Will Dorsey, a professor of economics at a state university.', 'Will Dorsey'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
    expect(q!.rule).toBe('quote/said-after');
  });
});

describe('a noun phrase followed by a verb after a cue is no inverted speaker', () => {
  test('"…, Hale said the South has “…”" names Hale, not the South', () => {
    const [q] = quotesOf('Addressing the state party’s annual gala on Thursday, Hale said the South has “treated me so well.”');
    expect(q!.speaker).toBe('Hale');
  });
  test('"added Sen. Jane Doe of Ohio:" is still inverted', () => {
    const [q] = quotesOf('The bill passed late on Friday. Added Sen. Alma Rusk of Ohio: “We did our job.”');
    expect(q!.speaker).toBe('Alma Rusk');
  });
});

describe('an opening segment that ends in an object is no subject', () => {
  test.each([
    ['"Soon after … in PLACE, X wrote"', 'Soon after the mayor was booed during a breakfast in Riverton, Delgado wrote to his followers, “It is time to end her career for good,” and shared a link.', 'Delgado'],
    ['"Watching X talk about the party, Y said:"', 'Watching Hale talk on Tuesday night about unifying the party, Brenner said: “I was struck that he was doing smart things.”', 'Brenner'],
    ['"DAY at a college in PLACE, …, Gov. X (R-OH), said"', 'Tuesday at a small college in Medina, OH, after winning the primary, Gov. Tom Arden (R-OH), said, “I am getting ready to rent a covered wagon.”', 'Tom Arden'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('the subject before a cue, not an object inside it', () => {
  test.each([
    ['"A source speaking to OUTLET said"', 'Another intelligence source speaking to Channel Nine said, “The agents are looking at the donations.”', 'another intelligence source'],
    ['"These …, the lawyers said, “…”": a fronted phrase is no subject', 'These and other sources of authority, the lawyers said, “all command the same conclusion” about the rule.', 'lawyers'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
  test('"… ends with a voice-over saying:" still names the voice-over', () => {
    const [q] = quotesOf('The 30 second ad ends with a voice-over saying: “Big money for himself. Can you trust him?”');
    expect(q!.speaker).toBe('a voice-over');
  });
});

describe('opening adverbials the lexicon did not list', () => {
  test.each([
    ['"Alongside X, …": a preposition never opens a name', 'Alongside the union, even a top party strategist said the mayor must choose, saying, “At some point, she is going to have to come out.”', 'strategist'],
    ['"The next day, X posted:"', 'The next day, the Riverside Tigers posted: “Thanks to every fan who came out.”', 'Riverside Tigers'],
    ['"The Republican candidate … by saying": a description with a role word', 'The Republican candidate appeared to assert his leadership plans by saying, “I am trying to save lives and prevent the next attack.”', 'candidate'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toContain(speaker);
  });
  test('"By July 2013, the show was named “…”" names nobody "By July"', () => {
    const [q] = quotesOf('By July 2013, the show was officially named “The Morning Rundown Hour,” with a new co-host.');
    expect(q!.speaker).not.toBe('By July');
  });
});

describe('a full stop inside the attribution is no sentence end', () => {
  test.each([
    ['"…," X Jr., ROLE, said', '"It works as a way to sell books, and as a way to sell fear," Frank D. Mabry Jr., the director of the state police, said in July.', 'Frank D. Mabry'],
    ['"…," X, 67, ROLE in PLACE, Pa., said', '"I just do not think she has been truthful," Clara Penn, 67, a retired clerk in Allentown, Pa., said in an interview.', 'Clara Penn'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toContain(speaker);
    expect(q!.rule).toBe('quote/said-after');
  });
});

describe('quotations that share the attribution of the next one', () => {
  test('"Guns are “a crisis” and “a scourge,” X, ROLE, told …": both are X\'s', () => {
    const qs = quotesOf('Guns are “the ultimate public health crisis” and “stunt children’s growth,” Hal Brody, the former governor, told the convention.');
    expect(qs.map((q) => q.speaker)).toEqual(['Hal Brody', 'Hal Brody']);
  });
  test('an unattributed quotation paragraph, then one attributed at its end', () => {
    const qs = quotesOf('He sees the senator as a uniter.\n\n“Not only can she win in November, she has the best chance.”\n\n“She may be the only one who unites the party,” Viggo Marsh says.');
    expect(qs.map((q) => q.speaker)).toEqual(['Viggo Marsh', 'Viggo Marsh']);
  });
});

describe('the subject of a relative clause right before the cue', () => {
  test.each([
    ['"what X called “…”"', 'A third group would be what Sroka called a "let a thousand flowers bloom" approach.', 'Sroka'],
    ['"Y, who X on Wednesday called “…”"', 'Much of his anger was directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”', 'Beck'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('a verb after the phrase of an inverted cue after the quotation', () => {
  test('"X, citing “…,” said the candidate could be …" is X\'s, not the candidate\'s', () => {
    const [q] = quotesOf('Mr. Harlow, citing “the unique magic of the man,” said the candidate could be in a very competitive position.');
    expect(q!.speaker).toBe('Harlow');
  });
  test('"“…,” said a member who supports …" keeps the description', () => {
    const [q] = quotesOf('“If I was a donor, I would want answers,” said a prominent committee member who supports the nominee.');
    expect(q!.speaker).toContain('member');
  });
});

describe('titles in quotation marks', () => {
  test.each([
    ['a programme after a possessive', 'The segment aired on Channel Four’s “Sunday Morning Review” last week.', 'Sunday Morning Review'],
    ['a book title', 'Her new book, “The Long Road to the Statehouse,” comes out in May.', 'The Long Road to the Statehouse,'],
  ])('%s is marked quote/title with no speaker', (_name, body, text) => {
    const [q] = quotesOf(body);
    expect(q!.text).toBe(text);
    expect(q!.rule).toBe('quote/title');
    expect(q!.speaker).toBeNull();
  });
  test.each([
    ['a chant with a cue', 'The crowd chanted “Lock Them Up” as the motorcade passed.'],
    ['a sentence-case scare quote', 'Critics called it a “slow-motion disaster for the city” on Monday.'],
  ])('%s is no title', (_name, body) => {
    const [q] = quotesOf(body);
    expect(q!.rule).not.toBe('quote/title');
  });
});

describe('two people joined by "and"', () => {
  test.each([
    ['"A B and C D said"', 'Mark Bellamy and Jon Castro said the misfire traces to “issues that have challenged pollsters for years.”', 'Mark Bellamy and Jon Castro'],
    ['"A B and C D:" in a roundup', 'Frank Norris and Jim Hartley: “We found that the strengths most tied to votes were inspiring.”', 'Frank Norris and Jim Hartley'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('a continuation named by a pronoun and a copula', () => {
  test('"“…,” she says. It’s “…”" is still hers', () => {
    const qs = quotesOf('“It is ambush journalism,” Dana Reyes says. It’s “this new in-your-face journalism.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Dana Reyes', 'Dana Reyes']);
  });
});

describe('a base-form cue after "to" or a modal', () => {
  test.each([
    ['"X was prompted to say, “…”"', 'The debate was so subdued that Mr. Hale was prompted to say, “So far, I cannot believe how civil it has been.”', 'Hale'],
    ['"a spokesman for X could only quip:"', 'The scheduling was so odd that a spokesman for the senator could only quip: “I guess Christmas Eve was booked.”', 'a spokesman for the senator'],
    ['"The email goes on to say:"', 'The email goes on to say: “We will not be silent about this.”', 'the email'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
  test('"the judge pointed to a previous case to say that …" is no infinitive cue of "a previous case"', () => {
    const [q] = quotesOf('The judge pointed to a previous case to say that courts must weigh “whether the case involves issues important to the public.”');
    expect(q!.speaker).not.toBe('a');
  });
});

describe('more reporting verbs', () => {
  test.each([
    ['"…," remembered X', '"An awful lot of analysts said no to the deal," remembered Roy Vance, the former chief spokesman.', 'Roy Vance'],
    ['"…," reacted X', '“What sport is he talking about, and who?” reacted Tom Hale.', 'Tom Hale'],
    ['"As X had written …, “…”"', 'As the columnist Lena Parks had written just a few years earlier, “We could not have an industry without him.”', 'Lena Parks'],
    ['"“…,” they conclude" (base form after a plural subject)', 'The editors are blunt. “Many on the right these days oppose any immigrants,” the editors conclude.', 'editors'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf(body);
    expect(qs[qs.length - 1]!.speaker).toContain(speaker);
  });
});

describe('colons after a cue', () => {
  test('"“…” Mr. X said: “…”": the cue a colon closes introduces the next quotation', () => {
    const qs = quotesOf('“We are refugees,” Ms. Alvarez said. “We are not terrorists.” Mr. Ortega said: “The attack today is the work of terrorists.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Alvarez', 'Alvarez', 'Ortega']);
  });
  test('"“…,” X said: That …" still names X for the quotation before', () => {
    const [q] = quotesOf('“This is the lie the campaign is built on,” Ruiz said: That his rival is more conservative than everyone else.');
    expect(q!.speaker).toBe('Ruiz');
  });
  test('"Pollsters agree - X Y: “…”": the name after a dash in a roundup', () => {
    const [q] = quotesOf('Pollsters agree - Carl Bianchi: “One of the biggest lessons was a simple one: keep on contacting voters.”');
    expect(q!.speaker).toBe('Carl Bianchi');
  });
});

describe('a partial quotation that ends its sentence after a cue before it', () => {
  test('"X told OUTLET that … “… .” His assumption, stated on TV, was …" is X\'s', () => {
    const [q] = quotesOf('At the time, Cruz told a news channel that the success had been "immensely beneficial for our campaign." His assumption, confidently stated on live TV, was that voters would change.');
    expect(q!.speaker).toBe('Cruz');
  });
  test('"“… .” Doe said." with no cue before still reads the cue after', () => {
    const [q] = quotesOf('It was a long night. "We won the state." Jane Ruiz said later.');
    expect(q!.speaker).toBe('Jane Ruiz');
  });
});

describe('a person\'s words named by a possessive', () => {
  test.each([
    ['"X’s campaign slogan is “…”"', 'Dana Whitfield’s campaign slogan is “I’m with you.” But now she wants more.', 'Dana Whitfield'],
    ['"Mr. X’s response was “…”"', 'Asked about the vote, Mr. Okafor’s response was “Not now, not ever.”', 'Okafor'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('a title word alone as a surname', () => {
  test('"King says Ali “…”" names King, not the object after the cue', () => {
    const [q] = quotesOf('Ali was rising to stardom in those years. King says Ali “talked the talk and walked the walk.”');
    expect(q!.speaker).toBe('King');
  });
});

describe('an apposition is a whole segment', () => {
  test('"The complaint, which was filed in PLACE, alleged that …" names no PLACE', () => {
    const [q] = quotesOf('The complaint, which was filed in federal court in Riverton, alleged that the party “failed to implement reasonable security measures.”');
    expect(q!.speaker).not.toBe('Riverton');
  });
  test('"The crowd cheers, and then X continues:" still names X', () => {
    const [q] = quotesOf('The crowd cheers, and then Wallace continues: “This man has been given a mantle of government.”');
    expect(q!.speaker).toBe('Wallace');
  });
});

describe('the head noun before "in"/"on"', () => {
  test.each([
    ['"“…,” a welcome message on the website reads"', '“Hi there! You may need a new home!” a welcome message on the website reads.', 'message'],
    ['"“…,” a voice-over in the ad states"', '“She will stand up to the lobby and take it on,” a voice-over in the ad states.', 'voice-over'],
  ])('%s', (_name, body, word) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toContain(word);
  });
});

describe('a gerund after "with" takes its own subject', () => {
  test('"…, with the crowd chanting “…”" names the crowd', () => {
    const [q] = quotesOf('The shooting was not far from the thoughts of the organisers, with the crowd chanting "We are one city" as they passed.');
    expect(q!.speaker).toContain('crowd');
  });
});

describe('titles and hearers after a cue', () => {
  test('"“…,” said Baron." — a title written in full ends the sentence', () => {
    const [q] = quotesOf('“He is a candidate unlike any we have seen,” said Baron. “His candidacy defied every rule.”');
    expect(q!.speaker).toBe('Baron');
  });
  test('"“…?” X asked the mogul." — the hearer after "asked" opens no new clause', () => {
    const [q] = quotesOf('The host raised the quote later in the show. “Did you know who said it?” Todd asked the real estate mogul.');
    expect(q!.speaker).toBe('Todd');
  });
});

describe('a name in apposition after a described speaker', () => {
  test('"said another advocate, Jane Doe of the law firm Roe Smith" names Jane Doe', () => {
    const [q] = quotesOf('"The odds are more likely than not that there will be a full term," said another leading court advocate, Andrew J. Pinter of the law firm Mayer Lowe.');
    expect(q!.speaker).toBe('Andrew J. Pinter');
  });
});

describe('a source a sentence opens with, before a colon', () => {
  test.each([
    ['"From the report: “…”"', 'The report matters. From the report: “In general, samples with more elaborate weighting produced more accurate results.”', 'the report'],
    ['"Here’s X in 1992: “…”"', 'It has been a long road. Here’s Dalton in December 1992: “Our new direction must rest on the new realities.”', 'Dalton'],
    ['"From X’s Facebook post: “…”"', 'Hale said so on Tuesday. From Hale’s Facebook post: “For the sake of our party, we must move on.”', 'Hale'],
  ])('%s', (_name, body, speaker) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('a dash after the quotation', () => {
  test('"— the balloons cascaded down" signs nothing', () => {
    const [q] = quotesOf('When Hale finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded down on the crowd.');
    expect(q!.speaker).not.toBe('the balloons cascaded down');
  });
  test('"“…” — a spokesman for the campaign" still signs it', () => {
    const [q] = quotesOf('“We will not comment on rumours about the schedule.” — a spokesman for the campaign');
    expect(q!.speaker).toContain('spokesman');
  });
});

describe('an inverted aside between commas before the quotation', () => {
  test('"What set her apart, says Carl Doe, a historian, is that she was “…”"', () => {
    const [q] = quotesOf('What set Nancy apart, says Carl Antonelli, historian at the First Ladies Library, is that she was "one of the most powerful first ladies in the era."');
    expect(q!.speaker).toBe('Carl Antonelli');
  });
  test('"X, who …, mocked Y for “…”" is still X\'s', () => {
    const [q] = quotesOf('Hale, who has a commanding lead in delegates, mocked Marco Ruiz for “having a tough night” on Tuesday.');
    expect(q!.speaker).toBe('Hale');
  });
});

describe('an organisation owned by a named person', () => {
  test.each([
    ['Sanders’ campaign', 'Sanders’ campaign called the agency’s report a “rush to judgment,” because delegates can still change their minds.'],
    ['Hale’s campaign', 'Hale’s campaign called the agency’s report a “rush to judgment,” because delegates can still change their minds.'],
  ])('"%s called the report a “rush to judgment”" keeps the owner', (speaker, body) => {
    const [q] = quotesOf(body);
    expect(q!.speaker).toBe(speaker);
  });
});

describe('marks around no words make no quotation', () => {
  test('a quoted year, a quoted full stop and a quoted figure are no quotations; quoted words still are', () => {
    const body = 'The inspection dated from "2012". He wrote "." and left. A sign read "15%!" and another "Vote for change."';
    expect(quotesOf(body).map((q) => q.text)).toEqual(['Vote for change.']);
  });

  test('a line of stray quotation marks makes no claim at all', () => {
    const body = '“"‘\'«'.repeat(2000);
    expect(quotesOf(body)).toEqual([]);
    // the same marks with a letter between them still pair into quotations
    expect(quotesOf('“a"‘b\'«c'.repeat(10)).length).toBeGreaterThan(0);
  });
});

describe('a lone function word is no speaker', () => {
  test.each([
    ['an article before a quoted title ("argued a “White Paper”")', '"The fund has operated without help since 1988 and will go on doing so," argued a "White Paper" from the board.'],
    ['a relative pronoun before the verb', 'The mayor made a comment that wrongly described the protesters as “paid agitators.” All of this is in the film.'],
    ['a relative pronoun after a passive', 'Cruz called it a "paperwork error" that was reported in a "hit piece" by the paper.'],
  ])('%s', (_name, body) => {
    const qs = quotesOf(body);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(['a', 'an', 'the', 'that', 'which']).not.toContain(q.speaker);
  });
});
