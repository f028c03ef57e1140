/**
 * The claimcheck library: the same pure stages the CLI runs.
 *
 * ```ts
 * import { extract } from 'claimcheck';
 * const report = await extract(['stories/flood/']);
 * ```
 */
import { extractArticle, type ExtractOptions } from './extract/index.js';
import { loadArticles, type LoadOptions } from './load/index.js';
import { EXTRACT_SCHEMA, type ExtractReport, type ExtractedArticle, type InputError } from './schema.js';

export * from './schema.js';
export { extractArticle, claimsOf, CLAIM_TYPES, type ExtractOptions, type ExtractContext, type Extractor } from './extract/index.js';
export { loadArticles, formatOf, type LoadOptions, type LoadEvent } from './load/index.js';
export { segment, type SegmentOptions } from './text/segment.js';
export { LineIndex } from './text/location.js';
export { run, type Io } from './cli/run.js';

/**
 * Load the articles of `inputs` (files, folders, `-`) and extract their claims: the document
 * `claimcheck extract --format json` prints. Problems with single inputs go into `errors`;
 * `onWarning` hears skipped files and replaced bytes.
 */
export async function extract(
  inputs: string | readonly string[],
  options: ExtractOptions & LoadOptions & { onWarning?: (w: InputError) => void } = {},
): Promise<ExtractReport> {
  const articles: ExtractedArticle[] = [];
  const errors: InputError[] = [];
  for await (const ev of loadArticles(typeof inputs === 'string' ? [inputs] : inputs, options)) {
    if (ev.kind === 'article') articles.push(extractArticle(ev.article, options));
    else if (ev.kind === 'error') errors.push(ev.error);
    else options.onWarning?.(ev.warning);
  }
  return { schema: EXTRACT_SCHEMA, articles, errors };
}
