/**
 * Hard-wrapped text (e-mail, wire copy, text copied from a PDF): lines broken at a fixed width
 * inside paragraphs, a blank line between paragraphs. The claims are those of the same text
 * with each paragraph on one line; their offsets, lines and texts are those of the text as
 * written.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { segment } from '../src/text/segment.js';
import { articleFromText } from './helpers.js';

/** Each paragraph re-flowed at `width` columns, as a mail client or `fmt` does, the paragraphs apart by `gap`. */
function wrap(paragraphs: string[], width: number, gap = '\n\n'): string {
  return paragraphs
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join(gap);
}

const PARAGRAPHS = [
  'Council approves harbour plan',
  'The harbour board approved a £4.5 million plan on Tuesday to rebuild the north pier, which storms damaged in January 2016, and said work would start within six months.',
  '“We have waited long enough for this, and the fishermen who use the pier every day have waited longer still,” the board’s chair, Maria Okafor, said.',
  '“It will be done by spring,” Okafor said.',
  'A survey of 240 boat owners found that 71 per cent wanted the work finished before the summer season, the board said.',
  'Opponents said the cost had risen by 30 per cent since the plan was first proposed in March 2015.',
];

/** What a claim says, apart from where it stands. */
const said = (c: { type: string; text: string } & Record<string, unknown>) =>
  [c.type, c.text.replace(/\s+/g, ' '), c.speaker ?? c.source ?? '', c.value ?? c.date ?? ''].join('|');

describe('hard-wrapped text', () => {
  test('wrapped at any width from 50 to 100 columns: the same claims as one paragraph a line', () => {
    const flat = extractArticle(articleFromText(PARAGRAPHS.join('\n\n'), { published: '2016-06-01' }));
    expect(flat.claims.length).toBeGreaterThan(8);
    const differ: number[] = [];
    for (let width = 50; width <= 100; width++) {
      const wrapped = extractArticle(articleFromText(wrap(PARAGRAPHS, width), { published: '2016-06-01' }));
      if (JSON.stringify(wrapped.claims.map(said)) !== JSON.stringify(flat.claims.map(said))) differ.push(width);
    }
    // (before: 23 of these widths lost a speaker, a figure or a finding's end at a line break)
    expect(differ).toEqual([]);
  });

  test('with no blank line between paragraphs, a paragraph ends where the next word would have fitted after a full stop', () => {
    const text = wrap(PARAGRAPHS.slice(1), 72, '\n');
    const doc = segment(articleFromText(text));
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '))).toEqual(PARAGRAPHS.slice(1));
  });

  test('CRLF line ends (a Windows export): the same claims and names as LF, at every width', () => {
    const differ: number[] = [];
    for (let width = 50; width <= 100; width += 5) {
      const lf = wrap(PARAGRAPHS, width);
      const a = extractArticle(articleFromText(lf, { published: '2016-06-01' }));
      const b = extractArticle(articleFromText(lf.replace(/\n/g, '\r\n'), { published: '2016-06-01' }));
      if (JSON.stringify(b.claims.map(said)) !== JSON.stringify(a.claims.map(said))) differ.push(width);
      if (JSON.stringify(b.entities.map((e) => e.name)) !== JSON.stringify(a.entities.map((e) => e.name))) differ.push(-width);
    }
    expect(differ).toEqual([]);
  });

  test('first lines indented, no blank lines: a paragraph opens at each indented line', () => {
    const text = wrap(PARAGRAPHS.slice(1), 60, '\n    ');
    const doc = segment(articleFromText(text));
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '))).toEqual(PARAGRAPHS.slice(1));
  });

  test('a list of headlines in title case, one a line, stays a list', () => {
    const text = [
      'Regional Councils Agree On Shared Flood Defence Plan For The Coast',
      'Harbour Board Approves Four Million Pound Rebuild Of The North Pier',
      'What The New Ferry Timetable Means For Island Commuters This Winter',
      'Fishermen Welcome Faster Repairs After Storm Damage Last January',
    ].join('\n');
    expect(segment(articleFromText(text)).paragraphs).toHaveLength(4);
  });

  test('a quotation and "Okafor said." on the line after it are one paragraph: attributed', () => {
    const text = wrap(PARAGRAPHS, 50);
    expect(text).toContain('Maria Okafor,\nsaid.');
    const quotes = extractArticle(articleFromText(text)).claims.filter((c) => c.type === 'quote');
    expect(quotes.map((c) => c.type === 'quote' && c.speaker)).toEqual(['Maria Okafor', 'Maria Okafor']);
  });

  test('claims keep the text as written, line breaks and all, and the lines of the text as written', () => {
    const text = wrap(PARAGRAPHS, 50);
    const lines = text.split('\n');
    const x = extractArticle(articleFromText(text));
    expect(x.claims.some((c) => c.type !== 'quote' && c.text.includes('\n'))).toBe(true);
    for (const c of x.claims) {
      if (c.type !== 'quote') expect(c.text).toBe(text.slice(c.start, c.end));
      expect(lines.slice(0, c.line - 1).reduce((n, l) => n + l.length + 1, 0) + c.column - 1).toBe(c.start);
    }
  });

  test('a heading and a short line after it stay paragraphs of their own; unwrapped text is untouched', () => {
    const text = wrap(PARAGRAPHS, 60).replace('Council approves harbour plan', 'Council approves harbour plan\nBy Jo Reed');
    const doc = segment(articleFromText(text));
    const firsts = doc.paragraphs.slice(0, 3).map((p) => text.slice(p.start, p.end));
    expect(firsts.slice(0, 2)).toEqual(['Council approves harbour plan', 'By Jo Reed']);
    expect(doc.source?.body).toBe(text);
    // one paragraph a line, no wrapping anywhere: the body the extractors read is the body itself
    const plain = segment(articleFromText('First line of a list\nSecond line of the list\n\nAnother paragraph.'));
    expect(plain.source).toBeUndefined();
    expect(plain.paragraphs).toHaveLength(3);
  });

  test('in a wrapped Markdown file, table rows and a heading over a line of text stay apart', () => {
    const md = [
      wrap([PARAGRAPHS[1]!], 72),
      '| Year | Cost of the harbour plan in millions of pounds, as the board said |\n| 2015 | 3.8 |\n| 2016 | 4.5 |',
      '# A heading that is about as long as a wrapped line of this text is\nThe line after it.',
    ].join('\n\n');
    const doc = segment(articleFromText(md));
    const paragraphs = doc.paragraphs.map((p) => md.slice(p.start, p.end));
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs.slice(1)).toEqual([
      '| Year | Cost of the harbour plan in millions of pounds, as the board said |',
      '| 2015 | 3.8 |',
      '| 2016 | 4.5 |',
      '# A heading that is about as long as a wrapped line of this text is',
      'The line after it.',
    ]);
  });
});
