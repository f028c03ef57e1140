/**
 * The claimcheck command line: a commander program over injected streams. `run()` never
 * exits the process; it resolves to the exit code (README "Exit codes").
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CLAIM_TYPES } from '../config/index.js';
import { CliError, EXIT } from './errors.js';
import type { Io } from './io.js';
import { compileIgnore, type IgnoreRule } from '../load/glob.js';

export type { Io } from './io.js';
export { EXIT, CliError } from './errors.js';


export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Run claimcheck with `argv` (without the node and script names). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return (program as Command & { exitCodeResult?: number }).exitCodeResult ?? EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version asked for are successes; help shown because a command is missing is not
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code) && e.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof CliError) {
      io.stderr.write(`claimcheck: error: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

function buildProgram(io: Io): Command {
  const program = new Command('claimcheck');
  program
    .description(
      'Extract the claims news articles make (figures, dates, quotes, findings) and cross-check them across sources.',
    )
    .version(version(), '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.replace(/^error:/, 'claimcheck: error:')),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 done; 1 check --fail-on or diff --fail-on-change found what it looks for, or
validate found drift from the snapshot; 2 bad usage or an input that could not be read (the
other inputs are still processed).

Environment: CLAIMCHECK_CONFIG, CLAIMCHECK_TOLERANCE, CLAIMCHECK_TYPES and CLAIMCHECK_FAIL_ON
(settings, below flags and above the configuration file); CLAIMCHECK_POOL_AFTER_MS (ms of work
before worker threads start, default 2000); CLAIMCHECK_MAX_CLAIMS (claims kept of one article,
default 100000, 0 for no limit); NO_COLOR.

Run 'claimcheck <command> --help' for a command's options and examples.`,
    );

  const extract = program
    .command('extract')
    .summary('print the claims of each article')
    .description(
      'Read articles (files, folders searched recursively, or - for standard input) and print ' +
        'the claims each one makes, with their normalised values and where they stand.',
    )
    .argument('<paths...>', 'files or folders of articles (.txt .md .html .json .ndjson), or - for stdin')
    .addOption(formatOption(['text', 'json', 'ndjson']))
    .option('-j, --jobs <n>', 'extract on n worker threads once a run has taken 2 s in process, output in input order (default: the number of cores less one; 1: in process)')
    .option('--cache <dir>', 'reuse extractions stored in dir, keyed by content, version and options; store new ones');
  inputOptions(extract)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck extract stories/flood/                      every article in a folder, as text
  claimcheck extract a.txt b.html --format json | jq .    one JSON document for scripts
  claimcheck extract archive/ --format ndjson > claims.ndjson   one claim per line, streamed
  claimcheck extract --types figure,date story.md         only figures and dates
  curl -s URL | claimcheck extract - --stdin-name page.html   read a page from stdin
  claimcheck extract archive/ --cache ~/.cache/claimcheck --format ndjson   extract only new articles
  … | claimcheck extract - --stdin-name part.ndjson --format ndjson   line for line (Spark RDD.pipe)`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { extractCommand } = await import('./extract.js');
      setCode(program, await extractCommand(paths, { ...(await parseInputOptions(opts, io)), ...parseScaleOptions(opts) }, io));
    });

  const textCmd = program
    .command('text')
    .summary('print the body and metadata that claims are extracted from')
    .description(
      'Print exactly the text of each article that claims are extracted from: what a saved page ' +
        'becomes after navigation, adverts, teasers and prompts are removed, with its metadata. ' +
        'In text output on a terminal, regions that extraction skips are dimmed.',
    )
    .argument('<paths...>', 'files or folders of articles, or - for stdin')
    .addOption(formatOption(['text', 'json']));
  inputOptions(textCmd, { types: false })
    .addHelpText(
      'after',
      `
Examples:
  claimcheck text saved/page.html                        the body a page's claims come from
  claimcheck text saved/ --format json | jq -r '.articles[].title'
  claimcheck text page.html --keep-boilerplate           the whole visible text`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { textCommand } = await import('./text.js');
      const o = await parseInputOptions(opts, io);
      setCode(program, await textCommand(paths, { ...o, format: o.format as 'text' | 'json' | undefined }, io));
    });

  const checkCmd = program
    .command('check')
    .summary('cross-check the claims of one story\'s articles')
    .description(
      'Group the claims of all the articles that speak of the same thing, and judge each group: ' +
        'agree, conflict (incompatible figures or dates), variant (a quotation with different ' +
        'words), attribution (the same words given to different speakers) or single (one source). ' +
        'Also reports text reuse: sentences that stand word for word in two articles.',
    )
    .argument('[paths...]', 'files or folders of one story\'s articles, or - for stdin')
    .addOption(formatOption(['text', 'json', 'ndjson', 'markdown', 'html', 'junit']))
    .option('--from-claims <file>', 'check claims already extracted (extract --format ndjson): one check per `story` field, else per folder of the articles; no text reuse')
    .option('--by-story', 'find the stories of an archive first (as claimcheck cluster does) and check each one', false)
    .option('-j, --jobs <n>', 'extract on n worker threads once a story has taken 2 s in process (default: the number of cores less one; 1: in process)')
    .option('--tolerance <x>', 'relative tolerance for figures, e.g. 0.05 or 5% (default: exact after rounding to the precision written)')
    .addOption(
      new Option('--fail-on <verdicts>', 'exit 1 when a group has one of these verdicts: conflict, variant, attribution, or any (comma-separated)'),
    )
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout');
  inputOptions(checkCmd)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck check stories/flood/                          the report in the terminal
  claimcheck check stories/flood/ --format markdown -o report.md   a report for a story ticket
  claimcheck check stories/flood/ --format html -o report.html     a page to share (self-contained)
  claimcheck check stories/flood/ --format json | jq '.groups[] | select(.verdict=="conflict")'
  claimcheck check stories/flood/ --fail-on conflict,variant       exit 1 when sources disagree
  claimcheck check stories/flood/ --format junit --fail-on conflict -o check.xml   a CI test report
  claimcheck check stories/flood/ --tolerance 2%           figures within 2% of each other agree
  claimcheck check archive/ --by-story --format ndjson     one check document per story found`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const o = { ...(await parseCompareOptions(opts, io)), byStory: opts.byStory === true, jobs: parseScaleOptions(opts).jobs };
      if (typeof opts.fromClaims === 'string') {
        if (paths.length) throw new CliError('check: give either article paths or --from-claims, not both');
        const { fromClaimsCommand } = await import('./from-claims.js');
        return setCode(program, await fromClaimsCommand(opts.fromClaims, o, io));
      }
      if (!paths.length) throw new CliError('check: give files or folders of one story\'s articles, or --from-claims FILE.ndjson');
      const { checkCommand } = await import('./check.js');
      setCode(program, await checkCommand(paths, o, io));
    });

  const clusterCmd = program
    .command('cluster')
    .summary('group an archive\'s articles into the stories they report')
    .description(
      'Group articles that report the same event: shared rare words and names, shared people and ' +
        'organisations, shared figures and dates, publication dates close together; copies of one ' +
        'wire story join at once. Prints each story with its articles and date span.',
    )
    .argument('<paths...>', 'files or folders of articles, or - for stdin')
    .addOption(formatOption(['text', 'json', 'ndjson']))
    .option('--threshold <x>', 'how similar two groups must be on average to join one story (0–1, default 0.3): higher gives purer but more split stories')
    .option('--duplicate <x>', 'share of shared 4-word shingles that makes two articles copies of one text (0–1, default 0.5)')
    .option('--date-window <days>', 'publication dates this far apart keep full similarity (default 7); beyond it similarity falls')
    .option('--min-articles <n>', 'the smallest story (default 2); smaller groups are listed as unclustered');
  inputOptions(clusterCmd, { types: false })
    .addHelpText(
      'after',
      `
Examples:
  claimcheck cluster archive/                               the stories of an archive
  claimcheck cluster archive/ --format json | jq '.stories[] | .articles | length'
  claimcheck cluster archive/ --threshold 0.4 --date-window 3   stricter stories`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { clusterCommand } = await import('./cluster.js');
      const o = await parseInputOptions(opts, io);
      setCode(
        program,
        await clusterCommand(
          paths,
          {
            ...o,
            format: o.format as 'text' | 'json' | 'ndjson' | undefined,
            threshold: fraction(opts.threshold, '--threshold'),
            duplicate: fraction(opts.duplicate, '--duplicate'),
            dateWindow: count(opts.dateWindow, '--date-window', 0),
            minArticles: count(opts.minArticles, '--min-articles', 2),
          },
          io,
        ),
      );
    });

  const diffCmd = program
    .command('diff')
    .summary('compare the claims of two articles, or two versions of one')
    .description('List the claims added, removed and changed between OLD and NEW (a figure\'s value, a quote\'s words or speaker), each with both locations.')
    .argument('<old>', 'the first article (or earlier version)')
    .argument('<new>', 'the second article (or later version)')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .option('--tolerance <x>', 'relative tolerance for figures, e.g. 0.05 or 5%')
    .option('--fail-on-change', 'exit 1 when any claim was added, removed or changed', false)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout');
  inputOptions(diffCmd)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck diff draft-v1.txt draft-v2.txt                what changed between two drafts
  claimcheck diff wire.json ours.html --format markdown    a wire story against our version
  claimcheck diff old.md new.md --fail-on-change           exit 1 when any claim changed`,
    )
    .action(async (oldPath: string, newPath: string, opts: Record<string, unknown>) => {
      const { diffCommand } = await import('./check.js');
      setCode(program, await diffCommand([oldPath, newPath], { ...(await parseCompareOptions(opts, io)), failOnChange: opts.failOnChange === true }, io));
    });

  const snapshotCmd = program
    .command('snapshot')
    .summary('write the expected results of a corpus kept under version control')
    .description(
      'Extract and check every article of CORPUS (the articles of one folder are one ' +
        'story) and write the results to CORPUS/claimcheck.expected.json: sorted, ' +
        'stable, no timings, no absolute paths, so that it diffs well in a review. ' +
        '`claimcheck validate` compares against it. Problems with the corpus ' +
        '(unreadable, invalid or empty articles, duplicate ids) are listed and nothing ' +
        'is written (exit 2).',
    )
    .argument('<corpus>', 'the folder of the corpus');
  corpusOptions(snapshotCmd)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck snapshot fixtures/stories/                 write fixtures/stories/claimcheck.expected.json
  claimcheck snapshot fixtures/stories/ --types figure,date   only figures and dates`,
    )
    .action(async (corpus: string, opts: Record<string, unknown>) => {
      const { validateCommand } = await import('./validate.js');
      const o = await parseCorpusOptions(opts, io);
      setCode(program, await validateCommand(corpus, { ...o, failOn: [], update: true, reporter: 'text', output: undefined }, io, { command: 'snapshot' }));
    });

  const validateCmd = program
    .command('validate')
    .summary('check a corpus against its snapshot; exit 1 on drift')
    .description(
      'Re-run extraction and check over CORPUS and compare the results with ' +
        'CORPUS/claimcheck.expected.json (written by `claimcheck snapshot`). Exit 0 when ' +
        'they are the same; 1 with a drift report (claims added, removed, changed or ' +
        'moved; verdicts changed) when not, or when a group has a --fail-on verdict; ' +
        '2 when the corpus itself has problems (unreadable, invalid or empty articles, ' +
        'duplicate ids, invalid UTF-8), each named with its file and line.',
    )
    .argument('<corpus>', 'the folder of the corpus')
    .addOption(new Option('-r, --reporter <name>', 'how to report: text, junit (JUnit XML) or github (workflow annotations)').choices(['text', 'junit', 'github']).default('text'))
    .option('-u, --update', 'accept the new results: rewrite the snapshot (atomically) and exit 0', false)
    .addOption(new Option('--fail-on <verdicts>', 'also exit 1 when a group has one of these verdicts: conflict, variant, attribution, or any'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout');
  corpusOptions(validateCmd)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck validate fixtures/stories/                 drift report; exit 1 when results changed
  claimcheck validate fixtures/stories/ --update        accept the changes
  claimcheck validate fixtures/stories/ --reporter junit -o claimcheck.xml   for CI test reports
  claimcheck validate fixtures/stories/ --reporter github   annotations on a pull request`,
    )
    .action(async (corpus: string, opts: Record<string, unknown>) => {
      const { validateCommand } = await import('./validate.js');
      const o = await parseCorpusOptions(opts, io);
      setCode(
        program,
        await validateCommand(corpus, { ...o, update: opts.update === true, reporter: opts.reporter as 'text' | 'junit' | 'github', output: typeof opts.output === 'string' ? opts.output : undefined }, io),
      );
    });

  return program;
}

function setCode(program: Command, code: number): void {
  (program as Command & { exitCodeResult?: number }).exitCodeResult = code;
}

function formatOption(choices: string[]): Option {
  return new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(choices);
}

/** The options every command that reads articles takes. */
function inputOptions(cmd: Command, { types = true } = {}): Command {
  if (types) cmd.option('-t, --types <list>', `claim types to use, comma-separated (${CLAIM_TYPES.join(',')})`);
  return cmd
    .option('--keep-boilerplate', 'extract from site chrome, teasers and paywall prompts too', false)
    .option('--stdin-name <name>', 'a file name whose extension says the format of stdin (default stdin.txt)')
    .option('--max-bytes <n>', 'refuse article files larger than n bytes (default 50000000; 0: no limit; .ndjson archives are exempt by default)')
    .option(
      '--ignore <glob>',
      'in folders, skip files and folders matching this glob (repeatable): a name pattern (*.json, drafts) at any depth, or a path inside the folder (raw/**)',
      (v: string, all: string[] | undefined) => [...(all ?? []), v],
    )
    .option('--config <file>', `read settings from this file (default: the nearest claimcheck.config.json, or a "claimcheck" field in package.json)`)
    .option('--no-config', 'read no configuration file')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output (also: NO_COLOR set, or not a terminal)')
    .option('-q, --quiet', 'print no warnings, summary or progress bar on stderr (errors still print)', false);
}

export interface ExtractCliOptions {
  format: 'text' | 'json' | 'ndjson' | undefined;
  types: (typeof CLAIM_TYPES)[number][] | undefined;
  keepBoilerplate: boolean;
  stdinName: string | undefined;
  maxBytes: number | undefined;
  color: boolean | undefined;
  quiet: boolean;
  /** Configured boilerplate patterns, compiled: matching body lines are not extracted from. */
  boilerplate: RegExp[];
  /** Configured speaker aliases: a name as extracted → the name to report. */
  speakerAliases: Record<string, string>;
  /** `--ignore` globs, compiled. */
  ignore: IgnoreRule[];
  /** Worker threads for extraction (`extract` only; default: the number of cores). */
  jobs?: number | undefined;
  /** Extraction cache directory (`extract` only). */
  cache?: string | undefined;
}

/** The settings of a run: flags > environment (CLAIMCHECK_*) > configuration file. */
type Settings = Awaited<ReturnType<typeof settingsOf>>;

async function settingsOf(o: Record<string, unknown>, io: Io) {
  const { loadConfig, resolveSettings } = await import('../config/index.js');
  const { compilePatterns } = await import('../config/apply.js');
  const fromEnv = io.env.CLAIMCHECK_CONFIG?.trim() || undefined;
  // --no-config: none at all; --config FILE or CLAIMCHECK_CONFIG: that file; else the nearest one
  const config = o.config === false ? {} : (await loadConfig(io.cwd, typeof o.config === 'string' ? o.config : fromEnv)).config;
  const flag = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const s = resolveSettings({ tolerance: flag(o.tolerance), types: flag(o.types), failOn: flag(o.failOn) }, io.env, config);
  return { ...s, boilerplate: compilePatterns(s.boilerplatePatterns) };
}

async function parseInputOptions(o: Record<string, unknown>, io: Io, settings?: Settings): Promise<ExtractCliOptions> {
  const s = settings ?? (await settingsOf(o, io));
  let maxBytes: number | undefined;
  if (o.maxBytes !== undefined) {
    maxBytes = Number(o.maxBytes);
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new CliError(`--max-bytes: "${String(o.maxBytes)}" is not a whole number of bytes`);
  }
  return {
    format: o.format as ExtractCliOptions['format'],
    types: s.types,
    keepBoilerplate: o.keepBoilerplate === true,
    stdinName: typeof o.stdinName === 'string' ? o.stdinName : undefined,
    maxBytes,
    // --color and --no-color are a pair: true, false, or undefined when neither was given
    color: typeof o.color === 'boolean' ? o.color : undefined,
    quiet: o.quiet === true,
    boilerplate: s.boilerplate,
    speakerAliases: s.speakerAliases,
    ignore: ignoreRules([...s.ignore, ...(Array.isArray(o.ignore) ? (o.ignore as string[]) : [])]),
  };
}

function ignoreRules(globs: readonly string[]): IgnoreRule[] {
  return globs.map((p) => {
    try {
      return compileIgnore(p);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
  });
}

/** `extract --jobs n --cache dir`. */
function parseScaleOptions(o: Record<string, unknown>): Pick<ExtractCliOptions, 'jobs' | 'cache'> {
  const jobs = o.jobs === undefined ? undefined : Number(o.jobs);
  if (jobs !== undefined && (!Number.isSafeInteger(jobs) || jobs < 1)) throw new CliError(`--jobs: "${String(o.jobs)}" is not a whole number of workers (1 or more)`);
  return { jobs, cache: typeof o.cache === 'string' ? o.cache : undefined };
}

async function parseCompareOptions(o: Record<string, unknown>, io: Io) {
  const s = await settingsOf(o, io);
  const base = await parseInputOptions(o, io, s);
  return {
    ...base,
    format: o.format as 'text' | 'json' | 'ndjson' | 'markdown' | 'html' | 'junit' | undefined,
    tolerance: s.tolerance,
    failOn: s.failOn,
    output: typeof o.output === 'string' ? o.output : undefined,
  };
}

/** The options `snapshot` and `validate` share. */
function corpusOptions(cmd: Command): Command {
  return cmd
    .option('-t, --types <list>', `claim types to use, comma-separated (${CLAIM_TYPES.join(',')})`)
    .option('--tolerance <x>', 'relative tolerance for figures, e.g. 0.05 or 5%')
    .option('--keep-boilerplate', 'extract from site chrome, teasers and paywall prompts too', false)
    .option('--max-bytes <n>', 'refuse article files larger than n bytes (default 50000000; 0: no limit)')
    .option('--config <file>', 'read settings from this file (default: the nearest claimcheck.config.json, or a "claimcheck" field in package.json)')
    .option('--no-config', 'read no configuration file')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output')
    .option('-q, --quiet', 'print no summary on stderr (problems still print)', false);
}

async function parseCorpusOptions(o: Record<string, unknown>, io: Io) {
  const s = await settingsOf(o, io);
  const base = await parseInputOptions(o, io, s);
  return { ...base, tolerance: s.tolerance, failOn: s.failOn };
}

/** A number from 0 to 1 given as an option, or undefined when absent. */
function fraction(raw: unknown, name: string): number | undefined {
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new CliError(`${name}: "${String(raw)}" is not a number from 0 to 1`);
  return x;
}

/** A whole number of at least `min` given as an option, or undefined when absent. */
function count(raw: unknown, name: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (!Number.isSafeInteger(x) || x < min) throw new CliError(`${name}: "${String(raw)}" is not a whole number of at least ${min}`);
  return x;
}
