/**
 * The text as written behind a copy the extractors read with its syntax blanked (a Markdown
 * article: `Segmented.source`), for the tokenizers that are handed only the copy. Where the copy
 * has a space the text as written has no white space at (syntax), a word keeps a possessive
 * after it: `[Wells Fargo](…)’s behavior` reads as `Wells Fargo’s behavior`, not
 * `Wells Fargo ’s behavior` (a subject lost, and a speaker or source with it).
 */
import type { Segmented } from '../schema.js';

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
