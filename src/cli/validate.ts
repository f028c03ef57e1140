/**
 * `claimcheck snapshot CORPUS/` and `claimcheck validate CORPUS/`: for fixture corpora kept
 * under version control. `snapshot` writes CORPUS/claimcheck.expected.json; `validate` re-runs
 * extraction and check, compares with it, and reports drift (exit 1), problems with the corpus
 * itself (exit 2), or nothing (exit 0). `--update` rewrites the snapshot, atomically.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { aliasTable, applyAliases, excludeMatchingLines } from '../config/apply.js';
import type { CheckInput } from '../compare/index.js';
import { extractDocuments } from '../extract/index.js';
import { IN_PROCESS_BATCH } from './batch.js';
import { loadArticles } from '../load/index.js';
import type { IgnoreRule } from '../load/glob.js';
import { shownPath, validateSummary, VALIDATE_REPORTERS, type Reporter, type ValidateResult } from '../report/validate.js';
import type { Article, ClaimType, InputError, Verdict } from '../schema.js';
import { compareSnapshots, isEmpty } from '../validate/drift.js';
import { buildSnapshot, formatSnapshot, parseSnapshot, SNAPSHOT_FILE, type Snapshot } from '../validate/snapshot.js';
import { CliError, EXIT } from './errors.js';
import { maxClaimsFrom, truncatedMessage } from './inputs.js';
import { chalkFor, readAll, write, type Io } from './io.js';
import { openOutput } from './output.js';

export interface ValidateCliOptions {
  types: ClaimType[] | undefined;
  tolerance: number;
  keepBoilerplate: boolean;
  maxBytes: number | undefined;
  color: boolean | undefined;
  quiet: boolean;
  failOn: Verdict[];
  reporter: Reporter;
  output: string | undefined;
  update: boolean;
  boilerplate: readonly RegExp[];
  speakerAliases: Readonly<Record<string, string>>;
  /** The configuration's `ignore` globs, compiled. */
  ignore?: readonly IgnoreRule[];
}

/** Load, check for corpus problems, extract: the fresh run in snapshot form. */
async function runCorpus(corpus: string, opts: ValidateCliOptions, io: Io): Promise<{ current: Snapshot; problems: InputError[] }> {
  const root = path.resolve(io.cwd, corpus);
  let isDir = false;
  try {
    isDir = (await stat(root)).isDirectory();
  } catch {
    throw new CliError(`${corpus}: no such folder`);
  }
  if (!isDir) throw new CliError(`${corpus}: not a folder; give the folder that holds the corpus (its snapshot is ${SNAPSHOT_FILE} inside it)`);
  const problems: InputError[] = [];
  const inputs: CheckInput[] = [];
  const aliases = aliasTable(opts.speakerAliases);
  // articles extracted together, as `extract` does in process
  const pending: Article[] = [];
  const maxClaims = maxClaimsFrom(io.env);
  const extractPending = () => {
    for (const { extracted, doc } of extractDocuments(pending.splice(0), { types: opts.types, keepBoilerplate: opts.keepBoilerplate, maxClaims })) {
      if (extracted.truncated) problems.push({ path: extracted.path, message: truncatedMessage(extracted.claims.length, extracted.truncated) });
      inputs.push({ article: applyAliases(extracted, aliases), doc });
    }
  };
  for await (const ev of loadArticles([corpus], {
    cwd: io.cwd,
    maxBytes: opts.maxBytes,
    keepBoilerplate: opts.keepBoilerplate,
    ...(opts.ignore?.length ? { ignore: opts.ignore } : {}),
    readStdin: async () => (io.stdin ? readAll(io.stdin) : new Uint8Array()),
  })) {
    if (ev.kind === 'error') problems.push(ev.error);
    else if (ev.kind === 'warning') {
      // every warning is a problem here (invalid UTF-8, duplicate ids, pages with no text), but a
      // stray file of another kind (an image, a licence) is no article and no problem
      if (!/^skipped: unknown extension/.test(ev.warning.message)) problems.push(ev.warning);
    } else {
      let article = ev.article;
      if (!article.body.trim()) problems.push({ path: article.path, message: `empty article "${article.id}": no text to extract claims from` });
      if (opts.boilerplate.length && !opts.keepBoilerplate) article = excludeMatchingLines(article, opts.boilerplate);
      if (pending.push(article) === IN_PROCESS_BATCH.count) extractPending();
    }
  }
  extractPending();
  const rel = (p: string) => path.relative(root, path.resolve(io.cwd, p)).split(path.sep).join('/');
  const current = buildSnapshot(inputs, rel, { types: opts.types ?? null, tolerance: opts.tolerance, keepBoilerplate: opts.keepBoilerplate });
  return { current, problems };
}

export async function validateCommand(corpus: string, opts: ValidateCliOptions, io: Io, { command = 'validate' } = {}): Promise<number> {
  const { current, problems } = await runCorpus(corpus, opts, io);
  const file = path.join(path.resolve(io.cwd, corpus), SNAPSHOT_FILE);
  const shownFile = shownPath(corpus, SNAPSHOT_FILE);
  let old: Snapshot | null = null;
  let oldText: string | null = null;
  try {
    oldText = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(`${shownFile}: cannot read: ${(e as Error).message}`);
  }
  if (oldText !== null) {
    const parsed = parseSnapshot(oldText);
    if ('problem' in parsed) {
      if (!opts.update) throw new CliError(`${shownFile}: ${parsed.problem}; rewrite it with: claimcheck validate ${corpus} --update`);
    } else old = parsed;
  } else if (!opts.update) {
    throw new CliError(`${shownFile}: no snapshot yet; create it with: claimcheck snapshot ${corpus}`);
  }

  const drift = old ? compareSnapshots(old, current) : null;
  const text = formatSnapshot(current);
  // a corpus with problems is not snapshotted: the problems would be frozen in as expected
  const updated = opts.update && !problems.length && text !== oldText;
  if (updated) {
    const out = await openOutput(file, io.stdout, io.cwd);
    try {
      await write(out.stream, text);
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
  }
  const result: ValidateResult = { corpus, snapshotFile: shownFile, problems, drift, current, failOn: opts.failOn, updated: updated || (opts.update && text === oldText) };

  if (command === 'snapshot') {
    if (!opts.quiet || problems.length) io.stderr.write(VALIDATE_REPORTERS.text(result, { chalk: chalkFor(io.stderr, io.env, opts.color) }));
  } else {
    const out = await openOutput(opts.output, io.stdout, io.cwd);
    try {
      await write(out.stream, VALIDATE_REPORTERS[opts.reporter](result, { chalk: chalkFor(out.stream, io.env, opts.color) }));
      await out.commit();
    } catch (e) {
      await out.abort();
      throw e;
    }
    if (!opts.quiet && (opts.reporter !== 'text' || opts.output)) io.stderr.write(`${validateSummary(result)}\n`);
  }
  if (problems.length) return EXIT.usage;
  const drifted = drift !== null && !isEmpty(drift) && !opts.update;
  const failing = opts.failOn.length > 0 && current.stories.some((s) => s.groups.some((g) => opts.failOn.includes(g.verdict)));
  return drifted || failing ? EXIT.found : EXIT.ok;
}
