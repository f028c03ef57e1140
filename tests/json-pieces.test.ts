/**
 * Reports written in pieces (`src/report/json-pieces.ts`) are exactly `JSON.stringify(x, null, 2)`
 * and a line break, for any value and on the real check report of the fixture story, and no
 * piece holds more than a chunk and one item.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonPieces, prettyJson, prettyJsonAt } from '../src/report/json-pieces.js';
import { chunks } from '../src/cli/io.js';
import { checkMarkdownLines, checkTextPieces, formatCheckJson } from '../src/report/check.js';
import { checkHtmlPieces } from '../src/report/html.js';
import { Chalk } from 'chalk';
import { checkTexts, storyTexts } from './compare-helpers.js';

const joined = (it: Iterable<string>): string => [...it].join('');

describe('prettyJsonAt writes a document item by item as JSON.stringify writes it whole', () => {
  test('a list of any JSON values under a key, beside another key (as check --from-claims writes its stories)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1 }), fc.jsonValue(), (items, other) => {
        let text = '{\n  "stories": [\n';
        items.forEach((v, i) => (text += (i ? ',\n    ' : '    ') + joined(prettyJsonAt(v, 2))));
        text += `\n  ],\n  "errors": ${joined(prettyJsonAt(other, 1))}\n}`;
        expect(text).toBe(JSON.stringify({ stories: items, errors: other }, null, 2));
      }),
      { numRuns: 300 },
    );
  });
});

describe('prettyJson is JSON.stringify(value, null, 2)', () => {
  test('for any JSON value, also with keys JSON leaves out and items it writes null', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), tie('obj'), tie('arr'), fc.constant(undefined), fc.constant(() => 1)),
      obj: fc.dictionary(fc.string(), tie('any')),
      arr: fc.array(tie('any')),
    })).any;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 12 }), (v, whole) => {
        if (v === undefined || typeof v === 'function') return;
        expect(joined(prettyJson(v, whole))).toBe(JSON.stringify(v, null, 2));
        expect(joined(chunks(prettyJson(v, whole), 7))).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  test('values with toJSON (dates) and strings holding line breaks and quotes', () => {
    const v = { when: new Date(Date.UTC(2017, 6, 12)), text: 'a "quoted"\nline', list: [[], {}, [1, [2, { x: null }]]] };
    expect(joined(jsonPieces(v))).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });
});

describe('the check report of the fixture story', () => {
  const report = { ...checkTexts(storyTexts()), errors: [] };

  test('written in pieces, it is the same text as one JSON.stringify', () => {
    expect(joined(formatCheckJson(report))).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  test('pieces are bounded by the chunk size and one group', () => {
    const longestGroup = Math.max(...report.groups.map((g) => JSON.stringify(g, null, 2).length));
    const pieces = [...chunks(prettyJson(report, 50), 4096)];
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.length).toBeLessThan(4096 + longestGroup * 2);
  });
});

describe('text, Markdown and HTML reports come in pieces of a group or so, never as one string', () => {
  const report = { ...checkTexts(storyTexts()), errors: [] };
  const largest = (pieces: Iterable<string>) => {
    const all = [...pieces];
    return { count: all.length, max: Math.max(...all.map((p) => p.length)), total: all.reduce((n, p) => n + p.length, 0) };
  };
  test.each([
    ['text', () => checkTextPieces(report, { chalk: new Chalk({ level: 0 }) })],
    ['markdown', () => checkMarkdownLines(report)],
    ['html', () => checkHtmlPieces(report)],
  ] as const)('%s', (_name, pieces) => {
    const { count, max, total } = largest(pieces());
    expect(count).toBeGreaterThan(report.groups.length);
    // the page's fixed head (styles, script) is the largest piece of the HTML; no piece holds the groups
    expect(max).toBeLessThan(total / 4);
  });
});
