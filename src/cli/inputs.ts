/**
 * The input side every command shares: load the paths, print each error and warning on
 * stderr as it happens (one line naming the file), and hand the articles on.
 */
import { excludeMatchingLines } from '../config/apply.js';
import { loadArticles, type LoadOptions } from '../load/index.js';
import type { IgnoreRule } from '../load/glob.js';
import type { Article, ExtractedArticle, InputError } from '../schema.js';
import { CliError } from './errors.js';
import { chalkFor, readAll, type Io } from './io.js';

export interface InputOptions {
  stdinName?: string | undefined;
  maxBytes?: number | undefined;
  keepBoilerplate?: boolean | undefined;
  quiet?: boolean | undefined;
  color?: boolean | undefined;
  /** `--ignore` globs, compiled: folder walks skip what they match. */
  ignore?: readonly IgnoreRule[] | undefined;
  /** Saved pages to text elsewhere (extract's worker threads); default: on this thread. */
  htmlToText?: LoadOptions['htmlToText'];
  /** Configured boilerplate patterns: body lines they match are excluded from extraction. */
  boilerplate?: readonly RegExp[] | undefined;
}

/** What went wrong while reading, for the report's `errors` and the exit code. */
export interface InputTally {
  errors: InputError[];
  warnings: number;
}

export async function* readArticles(paths: readonly string[], opts: InputOptions, io: Io, tally: InputTally): AsyncGenerator<Article> {
  const chalk = chalkFor(io.stderr, io.env, opts.color);
  const where = (d: InputError): string => `${d.path}${d.line ? `:${d.line}` : ''}`;
  for await (const ev of loadArticles(paths, {
    cwd: io.cwd,
    stdinName: opts.stdinName,
    maxBytes: opts.maxBytes,
    keepBoilerplate: opts.keepBoilerplate,
    ...(opts.htmlToText ? { htmlToText: opts.htmlToText } : {}),
    ...(opts.ignore?.length ? { ignore: opts.ignore } : {}),
    readStdin: async () => (io.stdin ? readAll(io.stdin) : new Uint8Array()),
    // NDJSON on stdin is read line by line, so a pipeline (Spark, Hadoop Streaming) gets output as it goes
    stdinStream: io.stdin ?? undefined,
  })) {
    if (ev.kind === 'error') {
      tally.errors.push(ev.error);
      io.stderr.write(`${chalk.red('claimcheck: error:')} ${where(ev.error)}: ${stripLine(ev.error)}\n`);
    } else if (ev.kind === 'warning') {
      tally.warnings++;
      if (!opts.quiet) io.stderr.write(`${chalk.yellow('claimcheck: warning:')} ${where(ev.warning)}: ${stripLine(ev.warning)}\n`);
    } else {
      yield opts.boilerplate?.length && !opts.keepBoilerplate ? excludeMatchingLines(ev.article, opts.boilerplate) : ev.article;
    }
  }
}

/**
 * The limit on one article's claims: `CLAIMCHECK_MAX_CLAIMS` (0: no limit), else the library's
 * default (`MAX_CLAIMS`, returned as undefined so that options and cache keys stay as they were).
 */
export function maxClaimsFrom(env: Io['env']): number | undefined {
  const raw = env.CLAIMCHECK_MAX_CLAIMS;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new CliError(`CLAIMCHECK_MAX_CLAIMS: "${raw}" is not a whole number of claims (0 for no limit)`);
  return n;
}

/**
 * Warns on stderr (unless quiet) that an article's claims were cut to the first `kept` at
 * `truncated` (`ExtractedArticle.truncated`), and counts the warning.
 */
export function warnTruncated(path: string, kept: number, truncated: Truncated | undefined, opts: { quiet?: boolean | undefined; color?: boolean | undefined }, io: Io, tally: InputTally): void {
  if (!truncated) return;
  tally.warnings++;
  if (opts.quiet) return;
  io.stderr.write(`${chalkFor(io.stderr, io.env, opts.color).yellow('claimcheck: warning:')} ${path}: ${truncatedMessage(kept, truncated)}\n`);
}

type Truncated = NonNullable<ExtractedArticle['truncated']>;

/** Why an article holds fewer claims than it has: see `warnTruncated`. */
export function truncatedMessage(kept: number, truncated: Truncated): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `over ${n(kept)} claims; extraction stopped at line ${n(truncated.line)}, column ${n(truncated.column)} (the limit on one article's claims, CLAIMCHECK_MAX_CLAIMS: no news article comes near it)`;
}

/** The message without a leading `line N: ` (the location is printed as `path:N`). */
function stripLine(d: InputError): string {
  return d.line ? d.message.replace(/^line \d+: /, '') : d.message;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
