import { describe, expect, it } from 'vitest';
import { cueOffsets, extractFindings, quotedRegions } from '../src/extract/findings/index.js';
import { FINDING_VERBS } from '../src/lexicon/findings.js';
import { tokenize, tokensOf } from '../src/text/tokens.js';
import { segment } from '../src/text/segment.js';
import { articleFromText, random } from './helpers.js';

// The search `cueOffsets` stands in for when the shared tokens are made: its offsets must be the same.
const WORDS = [...new Set([...FINDING_VERBS.flatMap((v) => v.forms), 'according'])].sort((a, b) => b.length - a.length);
const TRIGGER = new RegExp(`\\b(?:${WORDS.join('|')})\\b`, 'gi');

function viaRegex(text: string): number[] {
  const out: number[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m !== null; m = TRIGGER.exec(text)) out.push(m.index);
  return out;
}

describe('cueOffsets', () => {
  it('finds cue words in any ASCII case, as whole words of \\b', () => {
    expect(cueOffsets(tokenize('Inspectors FOUND that it Said so.'))).toEqual([11, 25]);
    expect(cueOffsets(tokenize('said2 _said said_ 2said found'))).toEqual([24]);
  });

  it('reads ASCII runs beside letters beyond ASCII, and no look-alike letters', () => {
    for (const s of ['ésaid', 'saidé', 'éfoundé', 'ſaid', 'ſays', 'ſhows', '\u212aeep', 'taſ said', 'İdentified', 'a’said', "don't say"]) {
      expect(cueOffsets(tokenize(s)), s).toEqual(viaRegex(s));
    }
  });

  it('agrees with the regular expression on random strings', () => {
    const parts = ['a', 'Z', 'said', 'SAYS', 'fOund', 'shows', 'according', 'rules', 'add', '_', '1', 'é', 'ſ', '\u212a', 'İ', 'ı', ' ', '\n', '.', '’', "'", '-', '“', '"', '\u{1d400}', 'ǅ', 'Ⅻ'];
    const next = random(7);
    const rnd = (n: number): number => Math.floor(next() * n);
    for (let k = 0; k < 20000; k++) {
      let s = '';
      for (let n = rnd(12); n > 0; n--) s += parts[rnd(parts.length)];
      expect(cueOffsets(tokenize(s)), JSON.stringify(s)).toEqual(viaRegex(s));
    }
  });
});

describe('quotedRegions from the shared tokens', () => {
  it('are the regions found by searching the text', () => {
    const parts = ['"', '“', '”', '„', '«', '»', "'", '’', ' ', 'a', 'said', '(', '[', 'é', '\u{1d400}', '.'];
    const next = random(11);
    const rnd = (n: number): number => Math.floor(next() * n);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let n = 1 + rnd(30); n > 0; n--) s += parts[rnd(parts.length)];
      // two paragraphs, the second starting a third of the way in
      const cut = Math.floor(s.length / 3);
      const paragraphs = [
        { index: 0, start: 0, end: cut },
        { index: 1, start: cut, end: s.length },
      ];
      expect(quotedRegions(s, paragraphs, tokenize(s)), JSON.stringify(s)).toEqual(quotedRegions(s, paragraphs));
    }
  });
});

describe('findings with the shared tokens made', () => {
  it('are the findings without them', () => {
    const parts = [
      'said', 'Said', 'SAYS', 'found', 'according to', 'told', 'the', 'to', 'The report', 'inspectors', 'Jane Smith', 'he',
      'that', ' ', ' ', ' ', ',', '.', '. ', ':', '\n\n', '"', '“', '”', "'", '’', '-', '_', '2', 'é', '\u212a', 'thin',
      'was', 'rated', 'inadequate', 'by', 'also', '(', '* ',
    ];
    const next = random(5);
    const rnd = (n: number): number => Math.floor(next() * n);
    for (let k = 0; k < 1500; k++) {
      let s = '';
      for (let n = 5 + rnd(40); n > 0; n--) s += parts[rnd(parts.length)];
      const plain = segment(articleFromText(s));
      const made = segment(articleFromText(s));
      tokensOf(made);
      expect(extractFindings(made, { published: null }), JSON.stringify(s)).toEqual(extractFindings(plain, { published: null }));
    }
  });
});
