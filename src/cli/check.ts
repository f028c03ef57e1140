/** `claimcheck check` and `claimcheck diff`: extract every article, then compare. */
import { check, diff } from '../compare/index.js';
import { aliasTable, applyAliases } from '../config/apply.js';
import { extractDocuments, type ExtractOptions } from '../extract/index.js';
import type { LoadOptions } from '../load/index.js';
import { segment } from '../text/segment.js';
import { checkMarkdownLines, checkTextPieces, formatCheckJson, formatCheckJunit, summaryLine } from '../report/check.js';
import { checkHtmlPieces, htmlExtras } from '../report/html.js';
import { diffSummary, formatDiffJson, formatDiffMarkdown, formatDiffText } from '../report/diff.js';
import type { Article, CheckReport, ClaimType, DiffReport, ExtractedArticle, Segmented, Verdict } from '../schema.js';
import { CliError, EXIT } from './errors.js';
import { defaultJobs, ISOLATE_CHARS, poolAfterMs } from './extract.js';
import type { ExtractPool } from './pool.js';
import { maxClaimsFrom, plural, readArticles, warnTruncated, type InputTally } from './inputs.js';
import { chalkFor, write, writeAll, type Io } from './io.js';
import { jsonPieces, linesOf } from '../report/json-pieces.js';
import { openOutput } from './output.js';

export interface CompareCliOptions {
  format: 'text' | 'json' | 'ndjson' | 'markdown' | 'html' | 'junit' | undefined;
  types: ClaimType[] | undefined;
  tolerance: number;
  keepBoilerplate: boolean;
  stdinName: string | undefined;
  maxBytes: number | undefined;
  color: boolean | undefined;
  quiet: boolean;
  output: string | undefined;
  /** Configured boilerplate patterns (applied as articles are read). */
  boilerplate?: readonly RegExp[];
  /** Configured speaker aliases: a name as extracted → the name to report. */
  speakerAliases?: Readonly<Record<string, string>>;
}

export interface CheckCliOptions extends CompareCliOptions {
  failOn: Verdict[];
  /** Find the stories of an archive first and check each one (`--by-story`). */
  byStory?: boolean;
  /** Worker threads for extraction (default: the number of cores; 1: in process). */
  jobs?: number | undefined;
}

export interface DiffCliOptions extends CompareCliOptions {
  failOnChange: boolean;
}


async function extractAll(paths: readonly string[], opts: CompareCliOptions, io: Io, tally: InputTally, jobs = 1) {
  const inputs: Array<{ article: ExtractedArticle; doc: Segmented }> = [];
  const aliases = aliasTable(opts.speakerAliases ?? {});
  const xopts: ExtractOptions = { types: opts.types, keepBoilerplate: opts.keepBoilerplate, maxClaims: maxClaimsFrom(io.env) };
  const { batches, IN_PROCESS_BATCH, TASK_BATCH } = await import('./batch.js');
  // a large story: extraction (and the parsing of saved pages) on worker threads once it has
  // taken long enough here to repay starting them, as for `extract`, in input order; the
  // segmented text that check needs is made again here for the workers' results (segmenting
  // is cheap). With --jobs 1 all of it here, but an article too large to risk the process on
  // (ISOLATE_CHARS) on a worker of its own.
  const { Lanes, orderedMap } = await import('./pool.js');
  const lanes = new Lanes(jobs, poolAfterMs(io.env));
  const htmlToText: LoadOptions['htmlToText'] = async (html, how) => {
    const worker = lanes.worker();
    if (worker) return worker.parseHtml(html, how);
    const { htmlToText: parse } = await import('../load/html.js');
    return lanes.here(() => parse(html, how));
  };
  type Extracted = { article: Article; extracted?: { extracted: ExtractedArticle; doc: Segmented }; failed?: string };
  const onWorker = async (pool: ExtractPool, batch: Article[]): Promise<Extracted[]> => {
    const outcomes = await pool.run(batch, xopts);
    return outcomes.map((outcome, i) => {
      const article = batch[i]!;
      if (!outcome.ok) return { article, failed: outcome.message };
      if (!('result' in outcome)) return { article, failed: 'extraction failed: the worker answered with rendered text' };
      return { article, extracted: { extracted: outcome.result, doc: segment(article, { keepBoilerplate: opts.keepBoilerplate }) } };
    });
  };
  const extract = async (batch: Article[]): Promise<Extracted[]> => {
    const worker = lanes.worker();
    if (worker) return onWorker(worker, batch);
    if (!batch.some((a) => a.body.length > ISOLATE_CHARS)) return lanes.here(() => extractDocuments(batch, xopts)).map((extracted, i) => ({ article: batch[i]!, extracted }));
    const out: Extracted[] = [];
    for (const a of batch) {
      if (a.body.length > ISOLATE_CHARS) out.push(...(await onWorker(lanes.isolated(), [a])));
      else out.push(...lanes.here(() => extractDocuments([a], xopts)).map((extracted) => ({ article: a, extracted })));
    }
    return out;
  };
  const red = chalkFor(io.stderr, io.env, opts.color).red;
  try {
    const loaded = batches(readArticles(paths, jobs > 1 ? { ...opts, htmlToText } : opts, io, tally), jobs > 1 ? TASK_BATCH : IN_PROCESS_BATCH, (a) => a.body.length);
    for await (const group of orderedMap(loaded, extract, jobs * 4)) {
      for (const r of group) {
        if (r.extracted) {
          const x = r.extracted.extracted;
          warnTruncated(r.article.path, x.claims.length, x.truncated, opts, io, tally);
          // (a copy without what extraction memoised on the document, its token arrays and entity
          // table: the comparison reads none of it, and a story holds every document to the end)
          inputs.push({ article: applyAliases(x, aliases), doc: { ...r.extracted.doc } });
        } else {
          tally.errors.push({ path: r.article.path, message: r.failed! });
          io.stderr.write(`${red('claimcheck: error:')} ${r.article.path}: ${r.failed}\n`);
        }
      }
    }
  } finally {
    await lanes.close();
  }
  return inputs;
}

export async function checkCommand(paths: string[], opts: CheckCliOptions, io: Io): Promise<number> {
  const tally: InputTally = { errors: [], warnings: 0 };
  const inputs = await extractAll(paths, opts, io, tally, opts.jobs ?? defaultJobs());
  if (opts.byStory) return checkByStory(inputs, opts, io, tally);
  const report: CheckReport = { ...check(inputs, { tolerance: opts.tolerance }), errors: tally.errors };
  const out = await openOutput(opts.output, io.stdout, io.cwd);
  const format = opts.format ?? (out.stream.isTTY ? 'text' : 'json');
  const chalk = chalkFor(out.stream, io.env, opts.color);
  try {
    if (format === 'text') await writeAll(out.stream, checkTextPieces(report, { chalk }));
    else if (format === 'markdown') await writeAll(out.stream, linesOf(checkMarkdownLines(report)));
    else if (format === 'html') await writeAll(out.stream, checkHtmlPieces(report, htmlExtras(inputs)));
    else if (format === 'json') await writeAll(out.stream, formatCheckJson(report));
    else if (format === 'junit') await write(out.stream, formatCheckJunit(report, opts.failOn));
    else for (const g of report.groups) await write(out.stream, JSON.stringify(g) + '\n');
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
  if (!opts.quiet && (format !== 'text' || opts.output)) io.stderr.write(`${summaryLine(report, chalkFor(io.stderr, io.env, opts.color))}\n`);
  if (tally.errors.length) return EXIT.usage;
  return opts.failOn.some((v) => report.summary[v] > 0) ? EXIT.found : EXIT.ok;
}

export async function diffCommand(paths: string[], opts: DiffCliOptions, io: Io): Promise<number> {
  const tally: InputTally = { errors: [], warnings: 0 };
  const inputs = await extractAll(paths, opts, io, tally);
  if (tally.errors.length) return EXIT.usage;
  if (inputs.length !== 2) {
    throw new CliError(`diff compares exactly two articles; ${paths.join(' and ')} hold ${inputs.length}`);
  }
  const [a, b] = inputs as [(typeof inputs)[0], (typeof inputs)[0]];
  const report: DiffReport = { ...diff(a, b, { tolerance: opts.tolerance }), errors: [] };
  const out = await openOutput(opts.output, io.stdout, io.cwd);
  const format = opts.format ?? (out.stream.isTTY ? 'text' : 'json');
  try {
    if (format === 'text') await write(out.stream, formatDiffText(report, { chalk: chalkFor(out.stream, io.env, opts.color) }));
    else if (format === 'markdown') await write(out.stream, formatDiffMarkdown(report));
    else await writeAll(out.stream, formatDiffJson(report));
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
  if (!opts.quiet && (format !== 'text' || opts.output)) io.stderr.write(`${diffSummary(report)}\n`);
  const changed = report.changed.length + report.added.length + report.removed.length > 0;
  return opts.failOnChange && changed ? EXIT.found : EXIT.ok;
}

/**
 * `check ARCHIVE/ --by-story`: cluster the archive into stories, then check each story. JSON is
 * a list of check documents, each with its `story` (`{id, label}`); NDJSON one document per
 * line; text and markdown one section per story. Articles that fit no story are listed.
 */
async function checkByStory(inputs: Awaited<ReturnType<typeof extractAll>>, opts: CheckCliOptions, io: Io, tally: InputTally): Promise<number> {
  if (opts.format === 'html' || opts.format === 'junit') throw new CliError(`--by-story writes one report per story: use --format text, json, ndjson or markdown, not ${opts.format}`);
  const { storiesOf } = await import('../cluster/index.js');
  const { stories, unclustered } = storiesOf(inputs);
  const reports = stories.map(({ story, inputs: members }) => ({
    story: { id: story.id, label: story.label },
    ...check(members, { tolerance: opts.tolerance }),
    errors: [] as CheckReport['errors'],
  }));
  const out = await openOutput(opts.output, io.stdout, io.cwd);
  const format = opts.format ?? (out.stream.isTTY ? 'text' : 'json');
  const chalk = chalkFor(out.stream, io.env, opts.color);
  const lonely = unclustered.map((i) => i.article.id);
  try {
    if (format === 'json') {
      await writeAll(out.stream, jsonPieces({ stories: reports, unclustered: lonely, errors: tally.errors }));
    } else if (format === 'ndjson') {
      for (const r of reports) await write(out.stream, JSON.stringify(r) + '\n');
    } else {
      for (const [i, r] of reports.entries()) {
        const head = format === 'markdown' ? `${i ? '\n' : ''}# Story ${i + 1}: ${r.story.label}\n\n` : `${i ? '\n' : ''}${chalk.bold.inverse(` Story ${i + 1} `)} ${chalk.bold(r.story.label)}\n`;
        await write(out.stream, head);
        await writeAll(out.stream, format === 'markdown' ? linesOf(checkMarkdownLines(r)) : checkTextPieces(r, { chalk }));
      }
      if (lonely.length) await write(out.stream, `\n${format === 'markdown' ? '## ' : ''}Articles in no story (${lonely.length}): ${lonely.join(', ')}\n`);
    }
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
  if (!opts.quiet) io.stderr.write(`${plural(reports.length, 'story', 'stories')} checked, ${plural(lonely.length, 'article')} in no story\n`);
  if (tally.errors.length) return EXIT.usage;
  return reports.some((r) => opts.failOn.some((v) => r.summary[v] > 0)) ? EXIT.found : EXIT.ok;
}
