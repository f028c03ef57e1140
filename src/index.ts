/**
 * The claimcheck library: the same pure stages the CLI runs.
 *
 * ```ts
 * import { extract } from 'claimcheck';
 * const report = await extract(['stories/flood/']);
 * ```
 */
import { check as compareArticles, diff as diffArticles, type CheckInput, type CheckOptions } from './compare/index.js';
import { extractArticles, extractDocuments, type ExtractOptions } from './extract/index.js';
import { loadArticles, type LoadOptions } from './load/index.js';
import {
  EXTRACT_SCHEMA,
  type Article,
  type CheckReport,
  type DiffReport,
  type ExtractReport,
  type ExtractedArticle,
  type InputError,
} from './schema.js';

export * from './schema.js';
export { compareArticles, diffArticles, type CheckInput, type CheckOptions };
export { wordDiff } from './compare/index.js';
export { cluster, clusterItem, clusterItems, storiesOf, CLUSTER_SCHEMA, ClusterReport, Story, type ClusterItem } from './cluster/index.js';
export { extractDocument, extractArticle, extractArticles, extractDocuments, claimsOf, CLAIM_TYPES, MAX_CLAIMS, type ExtractOptions, type ExtractContext, type Extractor } from './extract/index.js';
export { loadArticles, formatOf, type LoadOptions, type LoadEvent } from './load/index.js';
export { compileIgnore, type IgnoreRule } from './load/glob.js';
export { segment, type SegmentOptions } from './text/segment.js';
export { LineIndex } from './text/location.js';
export { run, type Io } from './cli/run.js';
export { buildSnapshot, formatSnapshot, parseSnapshot, SNAPSHOT_SCHEMA, SNAPSHOT_FILE, type Snapshot } from './validate/snapshot.js';
export { compareSnapshots, isEmpty as driftIsEmpty, type Drift, type ClaimDrift, type GroupDrift, type ArticleDrift } from './validate/drift.js';
export { loadConfig, parseConfig, resolveSettings, type Config, type Settings } from './config/index.js';

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
  const batch: Article[] = [];
  const flush = () => articles.push(...extractArticles(batch.splice(0), options));
  for await (const ev of loadArticles(typeof inputs === 'string' ? [inputs] : inputs, options)) {
    if (ev.kind === 'article') {
      if (batch.push(ev.article) === BATCH) flush();
    } else if (ev.kind === 'error') errors.push(ev.error);
    else options.onWarning?.(ev.warning);
  }
  flush();
  return { schema: EXTRACT_SCHEMA, articles, errors };
}

/** Articles extracted together (`extractArticles`: each step over the batch, as the CLI does). */
const BATCH = 64;

type Options = ExtractOptions & LoadOptions & CheckOptions & { onWarning?: (w: InputError) => void };

async function loadAll(inputs: string | readonly string[], options: Options): Promise<{ docs: CheckInput[]; errors: InputError[] }> {
  const docs: CheckInput[] = [];
  const errors: InputError[] = [];
  const batch: Article[] = [];
  const flush = () => {
    for (const { extracted, doc } of extractDocuments(batch.splice(0), options)) docs.push({ article: extracted, doc });
  };
  for await (const ev of loadArticles(typeof inputs === 'string' ? [inputs] : inputs, options)) {
    if (ev.kind === 'article') {
      if (batch.push(ev.article) === BATCH) flush();
    } else if (ev.kind === 'error') errors.push(ev.error);
    else options.onWarning?.(ev.warning);
  }
  flush();
  return { docs, errors };
}

/** Load, extract and cross-check the articles of one story: the document `claimcheck check --format json` prints. */
export async function check(inputs: string | readonly string[], options: Options = {}): Promise<CheckReport> {
  const { docs, errors } = await loadAll(inputs, options);
  return { ...compareArticles(docs, options), errors };
}

/** Compare two articles (or two versions of one): the document `claimcheck diff --format json` prints. */
export async function diff(oldInput: string, newInput: string, options: Options = {}): Promise<DiffReport> {
  const a = await loadAll(oldInput, options);
  const b = await loadAll(newInput, options);
  const errors = [...a.errors, ...b.errors];
  if (a.docs.length !== 1 || b.docs.length !== 1) {
    throw new Error(`diff compares exactly two articles; ${oldInput} holds ${a.docs.length} and ${newInput} holds ${b.docs.length}`);
  }
  return { ...diffArticles(a.docs[0]!, b.docs[0]!, options), errors };
}
