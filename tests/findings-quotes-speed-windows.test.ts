/**
 * Quotes: the stretches around quotations are read once and shared (the clause before a
 * quotation by the later looks at it, the words between two quotations by both). These
 * paragraphs put quotations close together, so that the shared stretches are the ones read:
 * each quotation keeps the attribution it had when every look read its own stretch.
 */
import { describe, expect, test } from 'vitest';
import { segment } from '../src/text/segment.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { articleFromText } from './helpers.js';

function attributions(text: string): string[] {
  return extractQuotes(segment(articleFromText(text)), { published: null }).map((q) => `${q.text} | ${q.speaker ?? '-'} | ${q.cue ?? '-'} | ${q.rule}`);
}

describe('quotes close together share the words between them', () => {
  test('said-after, then a continuation, then a partial quote after a cue', () => {
    const text = 'Jane Doe, the mayor, opened the meeting. “We will rebuild the bridge,” Doe said. “It will take two years.” Doe called the delay “a disgrace” and left.';
    expect(attributions(text)).toEqual([
      'We will rebuild the bridge, | Jane Doe | said | quote/said-after',
      'It will take two years. | Jane Doe | said | quote/continuation',
      'a disgrace | Jane Doe | called | quote/fragment',
    ]);
  });

  test('a cue between two quotations, with the second speaker named before a colon', () => {
    const text = 'The council met on Monday. “The plan is sound,” said John Roe, a councillor, before Mary Poe replied: “It is not.”';
    expect(attributions(text)).toEqual([
      'The plan is sound, | John Roe | said | quote/said-after',
      'It is not. | Mary Poe | replied | quote/colon-before',
    ]);
  });

  test('a whole quotation after a sentence about its speaker, after another quotation', () => {
    const text = '“We are ready,” she said. Jane Doe condemned the vote on Tuesday evening in the chamber. “This is a dark day for the town.”';
    expect(attributions(text)).toEqual([
      'We are ready, | - | said | quote/unattributed',
      'This is a dark day for the town. | Jane Doe | - | quote/sentence-before',
    ]);
  });
});
