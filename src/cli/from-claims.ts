/**
 * `claimcheck check --from-claims FILE.ndjson`: the comparison run from claims already
 * extracted — the NDJSON `extract --format ndjson` writes, one claim per line with `article`
 * and `path` — so a cluster can extract in parallel and check afterwards without the articles.
 *
 * Claims are grouped by article (in order of first appearance) and articles into stories: by
 * the `story` field a line carries (an id or `{id, label}`), else by the folder of the line's
 * `path`. Several stories are checked one by one, one report each, in the shapes
 * `check --by-story` prints (a folder's story is its path); one folder without story fields
 * gives one report, as a check of those articles does. What claims alone cannot give: text
 * reuse needs the articles' sentences, so `reuse` is always empty (the report says so); the
 * articles' metadata and entity tables are not in the claim lines, so names fall back to
 * article ids and quotes are compared without the entity table, unless the lines carry
 * `title`, `publisher` or `published` (a join can add them).
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { check } from '../compare/index.js';
import { checkMarkdownLines, checkTextPieces, formatCheckJson, formatCheckJunit, summaryLine } from '../report/check.js';
import type { CheckReport, Claim, ExtractedArticle, InputError, Segmented } from '../schema.js';
import { streamLines } from '../load/stream.js';
import { CliError, EXIT } from './errors.js';
import { chalkFor, write, writeAll, type Io } from './io.js';
import { linesOf, prettyJsonAt } from '../report/json-pieces.js';
import { openOutput } from './output.js';
import type { CheckCliOptions } from './check.js';

export const REUSE_NOTE = 'text reuse not computed: checked from extracted claims, without the articles\' text';

const TYPES = new Set(['figure', 'date', 'quote', 'finding']);

/** One story's articles, in order of first appearance, each with its claims in file order. */
type Story = Map<string, ExtractedArticle>;

export async function fromClaimsCommand(file: string, opts: CheckCliOptions, io: Io): Promise<number> {
  if (opts.format === 'html') throw new CliError('--from-claims: the html report needs the articles\' text; use text, json, ndjson or markdown');
  const errors: InputError[] = [];
  const stories = new Map<string | null, Story>();
  const storyValues = new Map<string | null, unknown>();
  const input: AsyncIterable<Uint8Array | string> = file === '-' ? (io.stdin ?? (async function* () {})()) : createReadStream(path.resolve(io.cwd, file));
  const red = chalkFor(io.stderr, io.env, opts.color).red;
  const fail = (e: InputError) => {
    errors.push(e);
    io.stderr.write(`${red('claimcheck: error:')} ${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}\n`);
  };
  try {
    for await (const { no, bytes } of streamLines(input)) {
      const line = Buffer.from(bytes).toString('utf8').trim();
      if (!line) continue;
      const problem = (message: string) => fail({ path: file, line: no, message });
      let data: Record<string, unknown>;
      try {
        data = JSON.parse(line) as Record<string, unknown>;
      } catch (e) {
        problem(`malformed JSON: ${(e as Error).message}`);
        continue;
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        problem('not a claim: expected an object');
        continue;
      }
      const { article: id, path: where, story, title, publisher, published, ...claim } = data;
      if (typeof id !== 'string' || typeof where !== 'string') {
        problem('not a claim line: "article" and "path" must be strings (the lines extract --format ndjson writes)');
        continue;
      }
      if (!TYPES.has(claim.type as string) || typeof claim.text !== 'string' || typeof claim.start !== 'number' || typeof claim.end !== 'number') {
        problem('not a claim: "type", "text", "start" and "end" are required');
        continue;
      }
      // a story is whatever the lines carry (an id, or `{id, label}` as check --by-story writes
      // it); lines without one are grouped by the folder their article's file is in
      const given = story !== undefined && story !== null;
      const key = given ? `story ${JSON.stringify(story)}` : `folder ${path.dirname(where)}`;
      let s = stories.get(key);
      if (!s) {
        stories.set(key, (s = new Map()));
        storyValues.set(key, given ? story : path.dirname(where));
      }
      let a = s.get(id);
      if (!a) {
        const str = (v: unknown) => (typeof v === 'string' ? v : null);
        a = { id, path: where, title: str(title), publisher: str(publisher), published: str(published), byline: null, url: null, claims: [], entities: [] };
        s.set(id, a);
      }
      a.claims.push(claim as unknown as Claim);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new CliError(`--from-claims ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }

  // Stories are checked and written one at a time, each let go once written (the claims of an
  // archive of many stories, and their reports, were all held until the end).
  // (one folder and no story field: one check, in the shapes of a check of articles)
  const keys: Array<string | null> = stories.size ? [...stories.keys()] : [null];
  const byStory = keys.length > 1 || keys.some((k) => k !== null && k.startsWith('story '));
  const label = (story: unknown) =>
    typeof story === 'object' && story !== null && 'label' in story ? String(story.label) : typeof story === 'string' ? story : JSON.stringify(story);

  const out = await openOutput(opts.output, io.stdout, io.cwd);
  const format = opts.format ?? (out.stream.isTTY ? 'text' : 'json');
  const chalk = chalkFor(out.stream, io.env, opts.color);
  if (format === 'junit' && byStory) {
    await out.abort();
    throw new CliError('--from-claims: these claims hold several stories; --format junit writes one check, so use text, json, ndjson or markdown');
  }
  const summaries: Array<{ story: unknown; summary: CheckReport['summary'] }> = [];
  try {
    // with stories, the shapes of check --by-story: JSON {stories, errors}, NDJSON a document a line
    // (the JSON written as `jsonPieces({stories, errors})` writes it, a story at a time)
    if (format === 'json' && byStory) await write(out.stream, '{\n  "stories": [\n');
    for (const [i, key] of keys.entries()) {
      const articles = stories.get(key) ?? new Map<string, ExtractedArticle>();
      stories.delete(key);
      const inputs = [...articles.values()].map((article) => ({ article, doc: emptyDoc(article) }));
      const story = byStory && key !== null ? storyValues.get(key) : null;
      const report: CheckReport = { ...check(inputs, { tolerance: opts.tolerance }), errors };
      summaries.push({ story, summary: report.summary });
      if (format === 'json' && byStory) {
        await write(out.stream, i ? ',\n    ' : '    ');
        await writeAll(out.stream, prettyJsonAt({ story, ...report, errors: [], note: REUSE_NOTE }, 2));
      } else if (format === 'json') await writeAll(out.stream, formatCheckJson({ ...report, note: REUSE_NOTE } as CheckReport));
      else if (format === 'junit') await write(out.stream, formatCheckJunit(report, opts.failOn));
      else if (format === 'ndjson' && byStory) await write(out.stream, JSON.stringify({ story, ...report, note: REUSE_NOTE }) + '\n');
      else if (format === 'ndjson') for (const g of report.groups) await write(out.stream, JSON.stringify(g) + '\n');
      else if (format === 'markdown') {
        await write(out.stream, `${i ? '\n' : ''}${byStory ? `# Story ${i + 1}: ${label(story)}\n\n` : ''}`);
        await writeAll(out.stream, linesOf(checkMarkdownLines(report)));
        await write(out.stream, `\n_${REUSE_NOTE}._\n`);
      } else {
        const head = byStory ? `${i ? '\n' : ''}${chalk.bold.inverse(` Story ${i + 1} `)} ${chalk.bold(label(story))}\n` : '';
        await write(out.stream, head);
        await writeAll(out.stream, checkTextPieces(report, { chalk }));
        await write(out.stream, `${chalk.dim(REUSE_NOTE)}\n`);
      }
    }
    if (format === 'json' && byStory) {
      await write(out.stream, '\n  ],\n  "errors": ');
      await writeAll(out.stream, prettyJsonAt(errors, 1));
      await write(out.stream, '\n}\n');
    }
    await out.commit();
  } catch (e) {
    await out.abort();
    throw e;
  }
  if (!opts.quiet) {
    const c = chalkFor(io.stderr, io.env, opts.color);
    if (format !== 'text' || opts.output) {
      for (const { story, summary } of summaries) io.stderr.write(`${story !== null ? `${label(story)}: ` : ''}${summaryLine({ summary }, c)}\n`);
      io.stderr.write(`${REUSE_NOTE}\n`);
    }
  }
  if (errors.length) return EXIT.usage;
  return summaries.some(({ summary }) => opts.failOn.some((v) => summary[v] > 0)) ? EXIT.found : EXIT.ok;
}

/** A segmented document with no text: claims only, so no sentences to compare for reuse. */
function emptyDoc(a: ExtractedArticle): Segmented {
  return {
    article: { id: a.id, path: a.path, title: a.title, publisher: a.publisher, published: a.published, byline: null, url: null, format: 'txt', body: '', excluded: [] },
    paragraphs: [],
    sentences: [],
    excluded: [],
  };
}
