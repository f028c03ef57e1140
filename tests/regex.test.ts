/**
 * One test per regular expression fixed for catastrophic backtracking (found by auditing every
 * regex literal in src/ with recheck, then confirmed by timing). Each feeds the attack string
 * the audit produced, scaled to a size where the old pattern took seconds, and checks that the
 * result is still right.
 */
import { describe, expect, test } from 'vitest';
import { loadArticles } from '../src/load/index.js';
import type { Article } from '../src/schema.js';

/** Load one in-memory input as if it came on stdin under `name`. */
async function loadOne(name: string, text: string): Promise<Article> {
  for await (const ev of loadArticles(['-'], { stdinName: name, readStdin: async () => Buffer.from(text, 'utf8') })) {
    if (ev.kind === 'article') return ev.article;
  }
  throw new Error('no article');
}

/**
 * Run `fn` and fail when it takes longer than `ms`. At these sizes the old patterns took 4 to
 * 16 seconds and the new ones take milliseconds, so the bound sits far from both: it fails only
 * on a pattern that backtracks again, not on a busy machine.
 */
async function fast<T>(ms: number, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  expect(performance.now() - t0).toBeLessThan(ms);
  return out;
}

const N = 100_000;

describe('regexes that backtracked catastrophically', () => {
  test('markdown first heading: a heading line of 100,000 tabs (lazy group before [ \\t#]*$)', async () => {
    const a = await fast(3_000, () => loadOne('x.md', `#\tTitle${'\t'.repeat(N)}\0\n\nBody.`));
    expect(a.title).toBe(`Title${'\t'.repeat(N)}\0`);
    expect((await loadOne('y.md', '## Closing hashes ##  \n\nBody.')).title).toBe('Closing hashes');
  });
});

describe('markdown front matter', () => {
  test('a key followed by 100,000 tabs and a lone CR (\\s*(.*)$ split the blanks every way)', async () => {
    const a = await fast(3_000, () => loadOne('x.md', `---\ntitle:${'\t'.repeat(N)}-\r-\nauthor:  Jo Bloggs \n---\nBody.`));
    expect(a.byline).toBe('Jo Bloggs');
    expect(a.title).toBe('-\r-');
  });
});

describe('plain-text metadata', () => {
  test('a "By" line of 100,000 blanks ending in a line separator (LABEL backtracked in cubic time)', async () => {
    const a = await fast(3_000, () => loadOne('x.txt', `By${' '.repeat(N)}x\u2028y\n\nBy Jo Bloggs\n\nBody text.`));
    expect(a.byline).toBe('Jo Bloggs');
  });
});

describe('HTML charset sniffing', () => {
  test('<meta charset= followed by blanks to the end of the 4 KiB window (two \\s* around an optional quote)', async () => {
    const { sniffHtmlCharset } = await import('../src/load/decode.js');
    const attack = Buffer.from(`<meta charset=${'\t'.repeat(4_080)}\u0001`, 'latin1');
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) expect(sniffHtmlCharset(attack)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(3_000); // the old pattern: ~30 ms each, 9 s in all
    expect(sniffHtmlCharset(Buffer.from('<meta charset = " windows-1252">'))).toBe('windows-1252');
    expect(sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'))).toBe('iso-8859-1');
  });
});

describe('compare', () => {
  test('quote diff context: a "word" of 100,000 punctuation marks (unanchored [^\\p{L}\\p{N}]+$)', async () => {
    const { describeChanges } = await import('../src/compare/quotes.js');
    const marks = `0${'\0'.repeat(N)}\u00010`;
    const parts = [
      { op: 'equal' as const, text: `said ${marks}` },
      { op: 'delete' as const, text: 'risk' },
      { op: 'insert' as const, text: 'risks' },
      { op: 'equal' as const, text: '“𝐀bc,”' },
    ];
    const out = await fast(3_000, () => describeChanges(parts));
    expect(out).toBe(`'${marks} risk 𝐀bc' vs '${marks} risks 𝐀bc'`);
    expect(describeChanges([{ op: 'equal', text: 'the (priority.' }, { op: 'insert', text: 'top' }, { op: 'equal', text: '“now”' }])).toBe("'priority now' vs 'priority top now'");
  });

  test('written precision of a figure: 100,000 zeros then a one (unanchored 0*$)', async () => {
    const { writtenPrecision } = await import('../src/compare/figures.js');
    const text = `${'0'.repeat(N)}1`;
    expect(await fast(3_000, () => writtenPrecision({ text, value: 1, min: null, max: null }))).toBe(1);
    expect(writtenPrecision({ text: '4,000', value: 4000, min: null, max: null })).toBe(1000);
    expect(writtenPrecision({ text: '4,127', value: 4127, min: null, max: null })).toBe(1);
  });
});
