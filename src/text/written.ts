/**
 * The text as written behind a copy the extractors read with its syntax blanked (a Markdown
 * article: `Segmented.source`), for the tokenizers that are handed only the copy. Where the copy
 * has a space the text as written has no white space at (syntax), a word keeps a possessive
 * after it: `[Wells Fargo](…)’s behavior` reads as `Wells Fargo’s behavior`, not
 * `Wells Fargo ’s behavior` (a subject lost, and a speaker or source with it).
 */
import type { Segmented } from '../schema.js';
import { isSpace } from './paragraphs.js';

/** The text as written of each blanked copy being read, by the copy, while `readingCopies` runs. */
const WRITTEN = new Map<string, string>();

/** Run `fn` with the blanked copies among `docs` known to `writtenOf`. */
export function readingCopies<T>(docs: readonly Segmented[], fn: () => T): T {
  const added: string[] = [];
  for (const d of docs) {
    const copy = d.article.body;
    if (!d.source || d.source.body === copy || WRITTEN.has(copy)) continue;
    WRITTEN.set(copy, d.source.body);
    added.push(copy);
  }
  try {
    return fn();
  } finally {
    for (const k of added) WRITTEN.delete(k);
  }
}

/** The text as written behind `text` when it is a blanked copy being read, else `undefined` (one size test for plain text). */
export function writtenOf(text: string): string | undefined {
  return WRITTEN.size === 0 ? undefined : WRITTEN.get(text);
}

/**
 * Where a possessive (`’s`, `'s`) stands after blanked syntax that starts at `j` in the copy
 * `text` (`written`: the text as written), or -1: blanks run from `j` to an apostrophe and an
 * `s` that ends the word (`isWordAt(text, i)` is false for the character after). A tokenizer
 * then lets the word before `j` span the blanks to the end of the possessive.
 */
export function possessiveAfterBlanks(text: string, written: string, j: number, to: number, isWordAt: (text: string, i: number) => boolean): number {
  if (j >= to || text.charCodeAt(j) !== 32 || isSpace(written.charCodeAt(j))) return -1;
  let k = j;
  while (k < to && text.charCodeAt(k) === 32 && !isSpace(written.charCodeAt(k))) k++;
  const a = text.charCodeAt(k);
  if (k + 1 < to && (a === 0x27 || a === 0x2019) && (text.charCodeAt(k + 1) | 32) === 0x73 && !(k + 2 < to && isWordAt(text, k + 2))) return k;
  return -1;
}
