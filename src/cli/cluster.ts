/** `claimcheck cluster PATH...`: read an archive, extract every article, and print its stories. */
import { clusterItem, clusterItems, type ClusterItem, type ClusterOptions } from '../cluster/index.js';
import { extractDocuments } from '../extract/index.js';
import type { ClaimType } from '../schema.js';

/** The claims clustering reads (`articleFeatures`). */
const CLUSTER_TYPES: readonly ClaimType[] = ['figure', 'date'];
import { batches, IN_PROCESS_BATCH } from './batch.js';
import { CLUSTER_FORMATS, clusterSummary, type ClusterDocument } from '../report/cluster.js';
import { EXIT } from './errors.js';
import { maxClaimsFrom, readArticles, warnTruncated, type InputTally } from './inputs.js';
import { chalkFor, writeAll, type Io } from './io.js';

export interface ClusterCliOptions extends ClusterOptions {
  format: 'text' | 'json' | 'ndjson' | undefined;
  keepBoilerplate: boolean;
  stdinName?: string | undefined;
  maxBytes?: number | undefined;
  quiet: boolean;
  color?: boolean | undefined;
}

export async function clusterCommand(paths: string[], opts: ClusterCliOptions, io: Io): Promise<number> {
  const tally: InputTally = { errors: [], warnings: 0 };
  // what clustering needs of each article, made as it is extracted: the article, its claims and
  // its segmented body are let go (20,000 articles: 1.3 GB held before)
  const items: ClusterItem[] = [];
  const maxClaims = maxClaimsFrom(io.env);
  for await (const batch of batches(readArticles(paths, opts, io, tally), IN_PROCESS_BATCH, (a) => a.body.length)) {
    // (clustering reads figures, dates and the people and organisations named: no quotes or findings)
    for (const { extracted, doc } of extractDocuments(batch, { keepBoilerplate: opts.keepBoilerplate, maxClaims, types: CLUSTER_TYPES, entities: true })) {
      warnTruncated(extracted.path, extracted.claims.length, extracted.truncated, opts, io, tally);
      items.push(clusterItem({ article: extracted, doc }));
    }
  }
  const report: ClusterDocument = { ...clusterItems(items, clusterOptions(opts)), errors: tally.errors };
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  await writeAll(io.stdout, CLUSTER_FORMATS[format](report, { chalk: chalkFor(io.stdout, io.env, opts.color) }));
  if (!opts.quiet) io.stderr.write(`${clusterSummary(report)}\n`);
  return tally.errors.length ? EXIT.usage : EXIT.ok;
}

/** Only the clustering options the user gave (commander leaves the others undefined). */
function clusterOptions(opts: ClusterCliOptions): ClusterOptions {
  const keys = ['threshold', 'duplicate', 'dateWindow', 'nameWeight', 'entityWeight', 'factWeight', 'indexTerms', 'maxPosting', 'minShared', 'minArticles'] as const;
  const out: ClusterOptions = {};
  for (const k of keys) if (typeof opts[k] === 'number') out[k] = opts[k];
  return out;
}
