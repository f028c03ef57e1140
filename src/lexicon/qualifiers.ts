/**
 * Words that qualify a figure, mapped to the canonical `Qualifier` of the schema. `before`
 * phrases stand in front of the number ("more than five years"); `after` phrases follow the
 * figure ("20 or more", "50-odd", "1,000-plus").
 */
import type { Qualifier } from '../schema.js';

export interface QualifierPhrase {
  id: string;
  /** Lower-case words, single-spaced. */
  phrase: string;
  qualifier: Qualifier;
  position: 'before' | 'after';
}

const before = (qualifier: Qualifier, ...phrases: string[]): QualifierPhrase[] =>
  phrases.map((phrase) => ({ id: `qualifier/${phrase.replace(/\W+/g, '-')}`, phrase, qualifier, position: 'before' }));
const after = (qualifier: Qualifier, ...phrases: string[]): QualifierPhrase[] =>
  phrases.map((phrase) => ({ id: `qualifier/after-${phrase.replace(/\W+/g, '-')}`, phrase, qualifier, position: 'after' }));

export const QUALIFIERS: readonly QualifierPhrase[] = [
  ...before('more than', 'more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'upward of',
    'just over', 'well over', 'just above', 'well above', 'greater than', 'higher than', 'larger than', 'in the excess of'),
  ...before('at least', 'at least', 'no fewer than', 'no less than', 'a minimum of', 'not less than', 'not fewer than', 'at a minimum'),
  ...before('less than', 'less than', 'fewer than', 'under', 'below', 'lower than', 'smaller than', 'well under', 'well below'),
  ...before('up to', 'up to', 'at most', 'no more than', 'a maximum of', 'not more than', 'as many as', 'as much as', 'as high as'),
  ...before('about', 'about', 'around', 'approximately', 'approx', 'roughly', 'some', 'an estimated', 'estimated',
    'circa', 'c.', 'an approximate', 'more or less', 'in the region of', 'in the order of', 'of the order of', 'round about'),
  ...before('almost', 'almost', 'nearly', 'close to', 'just under', 'just shy of', 'just below', 'not quite', 'getting on for', 'approaching', 'just short of'),
  ...after('at least', 'or more', 'and more', 'or above', 'and above', 'plus', '+', 'and upwards', 'or over'),
  ...after('up to', 'or less', 'or fewer', 'or under', 'or below', 'at most'),
  ...after('about', 'or so', 'odd', 'ish', 'approximately', 'or thereabouts'),
];

/**
 * Words before the first number of a range. "between 5 and 10" lets `and` join the two ends;
 * "from 5 to 10" is a range unless a change verb stands before "from" (see `CHANGE_VERBS`).
 */
export const RANGE_OPENERS: readonly string[] = ['between', 'from'];

/** "rose from 5% to 10%" is two figures (a change), not a range. */
export const CHANGE_VERBS: readonly string[] = [
  'rose', 'risen', 'rise', 'rises', 'rising', 'fell', 'fallen', 'fall', 'falls', 'falling',
  'increased', 'increase', 'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'decreasing',
  'grew', 'grown', 'grow', 'grows', 'growing', 'jumped', 'jump', 'jumps', 'dropped', 'drop', 'drops',
  'climbed', 'climb', 'climbs', 'declined', 'decline', 'declines', 'reduced', 'reduce', 'cut', 'cuts',
  'raised', 'raise', 'lifted', 'lowered', 'slashed', 'soared', 'plunged', 'plummeted', 'surged', 'doubled',
  'tripled', 'trebled', 'halved', 'went', 'gone', 'moved', 'changed', 'boosted', 'expanded', 'shrank',
  'shrunk', 'up', 'down', 'upgraded', 'downgraded', 'revised', 'swelled', 'ballooned', 'slipped', 'eased',
];
