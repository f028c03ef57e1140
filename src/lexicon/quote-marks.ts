/**
 * Quotation marks as news text uses them. Each mark belongs to a family (marks of one family
 * pair with each other) and has a glyph direction; the scanner decides the role of a mark
 * from its context first (space before and a word after opens, a word before and space or
 * punctuation after closes) and uses the glyph only to break ties, because real pages carry
 * mis-directed marks (`”The …` opening a quote).
 */

export type QuoteFamily = 'double' | 'single' | 'guillemet';

/** `open`/`close` for directed glyphs, `both` for the straight ASCII marks. */
export type GlyphDirection = 'open' | 'close' | 'both';

export interface QuoteMark {
  id: string;
  /** The UTF-16 code unit of the mark. */
  code: number;
  family: QuoteFamily;
  direction: GlyphDirection;
}

export const QUOTE_MARKS: readonly QuoteMark[] = [
  { id: 'mark/straight-double', code: 0x22, family: 'double', direction: 'both' },
  { id: 'mark/left-double', code: 0x201c, family: 'double', direction: 'open' },
  { id: 'mark/right-double', code: 0x201d, family: 'double', direction: 'close' },
  { id: 'mark/low-double', code: 0x201e, family: 'double', direction: 'open' },
  { id: 'mark/reversed-double', code: 0x201f, family: 'double', direction: 'open' },
  { id: 'mark/double-prime', code: 0x2033, family: 'double', direction: 'both' },
  { id: 'mark/straight-single', code: 0x27, family: 'single', direction: 'both' },
  { id: 'mark/left-single', code: 0x2018, family: 'single', direction: 'open' },
  { id: 'mark/right-single', code: 0x2019, family: 'single', direction: 'close' },
  { id: 'mark/low-single', code: 0x201a, family: 'single', direction: 'open' },
  { id: 'mark/left-guillemet', code: 0xab, family: 'guillemet', direction: 'open' },
  { id: 'mark/right-guillemet', code: 0xbb, family: 'guillemet', direction: 'close' },
  { id: 'mark/left-single-guillemet', code: 0x2039, family: 'guillemet', direction: 'open' },
  { id: 'mark/right-single-guillemet', code: 0x203a, family: 'guillemet', direction: 'close' },
];

/**
 * Two straight apostrophes written as one double quotation mark (`''…''`): the convention of
 * typewriter copy, TeX-style sources and some newspaper archives. The scanner reads a pair of
 * `'` as this mark (two code units wide) before it reads either as a single mark.
 */
export const TWO_APOSTROPHES: QuoteMark = { id: 'mark/two-apostrophes', code: 0x27, family: 'double', direction: 'both' };

/** Code unit → mark, for the scanner's per-character test. */
export const QUOTE_MARK_BY_CODE: ReadonlyMap<number, QuoteMark> = new Map(QUOTE_MARKS.map((m) => [m.code, m]));

/**
 * Dashes that introduce a speaker after a quotation (`“…” — Jane Doe`) or a quote block
 * (`―` in some wire copy).
 */
export const ATTRIBUTION_DASHES: ReadonlySet<number> = new Set([0x2014 /* — */, 0x2013 /* – */, 0x2015 /* ― */]);
