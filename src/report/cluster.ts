/**
 * Formatters of `claimcheck cluster`, by name. Pure functions of the report.
 *
 * JSON: `{"schema": "claimcheck/cluster@1", "stories": [{id, label, articles, span: {from, to}}],
 * "unclustered": [ids], "errors": [{path, message}]}`. NDJSON: one story per line, then one line
 * `{"unclustered": [ids]}`. Text: one block per story (id, span, label, member ids), then the
 * unclustered ids.
 */
import type { ChalkInstance } from 'chalk';
import type { InputError } from '../schema.js';
import type { ClusterReport } from '../cluster/schema.js';
import { jsonPieces } from './json-pieces.js';

export interface ClusterFormatOptions {
  chalk: ChalkInstance;
}

export type ClusterDocument = ClusterReport & { errors: InputError[] };

function ndjson(report: ClusterDocument): string {
  return [...report.stories.map((s) => JSON.stringify(s)), JSON.stringify({ unclustered: report.unclustered })].join('\n') + '\n';
}

function text(report: ClusterDocument, { chalk }: ClusterFormatOptions): string {
  const blocks = report.stories.map((s) => {
    const span = s.span.from ? (s.span.from === s.span.to ? s.span.from : `${s.span.from} – ${s.span.to}`) : 'undated';
    const head = `${chalk.bold(s.id)}  ${chalk.dim(`${s.articles.length} articles, ${span}`)}\n  ${s.label}\n`;
    return head + s.articles.map((a) => `    ${a}\n`).join('');
  });
  if (report.unclustered.length) blocks.push(`${chalk.bold('unclustered')}  ${chalk.dim(`${report.unclustered.length} articles`)}\n${report.unclustered.map((a) => `    ${a}\n`).join('')}`);
  return blocks.join('\n');
}

/** The closing line on stderr: `3 stories from 14 articles, 2 unclustered`. */
export function clusterSummary(report: ClusterReport): string {
  const n = report.stories.reduce((k, s) => k + s.articles.length, 0) + report.unclustered.length;
  return `${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'} from ${n} ${n === 1 ? 'article' : 'articles'}, ${report.unclustered.length} unclustered`;
}

export const CLUSTER_FORMATS = {
  text: (r: ClusterDocument, o: ClusterFormatOptions): Iterable<string> => [text(r, o)],
  json: (r: ClusterDocument): Iterable<string> => jsonPieces(r),
  ndjson: (r: ClusterDocument): Iterable<string> => [ndjson(r)],
} as const;
export type ClusterFormatName = keyof typeof CLUSTER_FORMATS;
