/**
 * Findings whose source is "he" or "she": the source is the last person named before the
 * pronoun, outside quotations and not known to be of the other gender, in its sentence or the
 * sentences before. A sentence's names are
 * read once, however many pronoun sources stand in it.
 */
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';
import { expectLinear } from './linear.js';

function findings(text: string): string[] {
  return extractDocument(articleFromText(text)).extracted.claims.flatMap((c) => (c.type === 'finding' ? [`${c.text} | ${c.source ?? '-'} | ${c.cue ?? '-'}`] : []));
}

describe('a pronoun source is the last person named before it', () => {
  test('in the same sentence', () => {
    expect(findings('Inspectors met Jane Smith on Monday and she found that the school was failing its pupils.')).toEqual([
      'the school was failing its pupils | Jane Smith | found',
    ]);
  });

  test('the nearer of two people named before it, for each pronoun of the sentence', () => {
    expect(findings('Jane Smith, the head teacher, spoke to Tom Brown, and he said the results were the worst in the county, and he said that the budget had been cut by a third.')).toEqual([
      'the results were the worst in the county | Tom Brown | said',
      'the budget had been cut by a third | Tom Brown | said',
    ]);
  });

  test('"she" passes over a man named nearer, "he" over a woman (gender from the entity table)', () => {
    expect(findings('Jane Smith, the head teacher, spoke to Tom Brown, and she said that the budget had been cut by a third.')).toEqual([
      'the budget had been cut by a third | Jane Smith | said',
    ]);
    expect(findings('Mr Tom Brown met Mrs Anna Patel on Monday, and he said that the roof was unsafe.')).toEqual([
      'the roof was unsafe | Tom Brown | said',
    ]);
    // (a name of unknown gender is not passed over)
    expect(findings('Inspectors met Alex Morgan on Monday and she found that the school was failing its pupils.')).toEqual([
      'the school was failing its pupils | Alex Morgan | found',
    ]);
  });

  test('a run of capitalised words with a day\'s name in it is no person ("Super Tuesday")', () => {
    expect(findings('Bernie Sanders won his home state on Super Tuesday. He said that the result showed his campaign was strong.')).toEqual([
      'the result showed his campaign was strong | Bernie Sanders | said',
    ]);
  });

  test('a run the entity table reads as a place is no person ("North Korea", "Madison Square Garden")', () => {
    expect(findings('Tom Brown, the envoy, flew to North Korea on Monday. He said that talks had stalled.')).toEqual([
      'talks had stalled | Tom Brown | said',
    ]);
    expect(findings('Jane Smith sang at Madison Square Garden. She said that the crowd was huge.')).toEqual([
      'the crowd was huge | Jane Smith | said',
    ]);
  });

  test('an acronym body keeps its capitals ("the FBI", not "the fbi")', () => {
    expect(findings('Last month the FBI warned that the election systems were exposed.')).toEqual([
      'the election systems were exposed | the FBI | warned',
    ]);
  });

  test('a person named between two pronouns of one sentence is the source of the second only', () => {
    expect(findings('Tom Brown said he found that the roof was unsafe, and Jane Smith, the inspector, said she found that the hall was safe.')).toEqual(
      expect.arrayContaining(['the hall was safe | Jane Smith | found']),
    );
  });

  test('a sentence without stops holding thousands of pronoun sources is read in linear time', () => {
    const text = 'Jane Smith and Tom Brown met and he said she said he told her that it '.repeat(3000);
    expectLinear(text, (t) => findings(t), 'pronoun sources in one long sentence');
    // "he" is Tom Brown, "she" Jane Smith
    const sources = new Set(findings(text.slice(0, 2000)).map((f) => f.split(' | ')[1]));
    expect([...sources].sort()).toEqual(['Jane Smith', 'Tom Brown']);
  });
});
