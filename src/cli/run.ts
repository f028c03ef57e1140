/**
 * The claimcheck command line: a commander program over injected streams. `run()` never
 * exits the process; it resolves to the exit code (README "Exit codes").
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT } from './errors.js';
import type { Io } from './io.js';

export type { Io } from './io.js';
export { EXIT, CliError } from './errors.js';

const CLAIM_TYPES = ['figure', 'date', 'quote', 'finding'] as const;

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
Exit codes: 0 done; 1 check --fail-on or diff --fail-on-change found what it looks for; 2 bad
usage or an input that could not be read (the other inputs are still processed).

Run 'claimcheck <command> --help' for a command's options and examples.`,
    );

  const extract = program
    .command('extract')
    .summary('print the claims of each article')
    .description(
      'Read articles (files, folders searched recursively, or - for standard input) and print\n' +
        'the claims each one makes, with their normalised values and where they stand.',
    )
    .argument('<paths...>', 'files or folders of articles (.txt .md .html .json .ndjson), or - for stdin')
    .addOption(formatOption(['text', 'json', 'ndjson']))
    .option('-j, --jobs <n>', 'extract on n worker threads, output in input order (default: the number of cores less one; 1: in process)')
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
      setCode(program, await extractCommand(paths, { ...parseInputOptions(opts), ...parseScaleOptions(opts) }, io));
    });

  const textCmd = program
    .command('text')
    .summary('print the body and metadata that claims are extracted from')
    .description(
      'Print exactly the text of each article that claims are extracted from: what a saved page\n' +
        'becomes after navigation, adverts, teasers and prompts are removed, with its metadata.\n' +
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
      const o = parseInputOptions(opts);
      setCode(program, await textCommand(paths, { ...o, format: o.format as 'text' | 'json' | undefined }, io));
    });

  const checkCmd = program
    .command('check')
    .summary('cross-check the claims of one story\'s articles')
    .description(
      'Group the claims of all the articles that speak of the same thing, and judge each group:\n' +
        'agree, conflict (incompatible figures or dates), variant (a quotation with different\n' +
        'words), attribution (the same words given to different speakers) or single (one source).\n' +
        'Also reports text reuse: sentences that stand word for word in two articles.',
    )
    .argument('[paths...]', 'files or folders of one story\'s articles, or - for stdin')
    .addOption(formatOption(['text', 'json', 'ndjson', 'markdown', 'html']))
    .option('--from-claims <file>', 'check claims already extracted (extract --format ndjson), one check per `story` field; no text reuse')
    .option('--by-story', 'find the stories of an archive first (as claimcheck cluster does) and check each one', false)
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
  claimcheck check stories/flood/ --tolerance 2%           figures within 2% of each other agree
  claimcheck check archive/ --by-story --format ndjson     one check document per story found`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const o = { ...parseCompareOptions(opts), failOn: parseFailOn(opts.failOn), byStory: opts.byStory === true };
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
      'Group articles that report the same event: shared rare words and names, shared people and\n' +
        'organisations, shared figures and dates, publication dates close together; copies of one\n' +
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
      const o = parseInputOptions(opts);
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
    .description('List the claims added, removed and changed between OLD and NEW (a figure\'s value, a\nquote\'s words or speaker), each with both locations.')
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
      setCode(program, await diffCommand([oldPath, newPath], { ...parseCompareOptions(opts), failOnChange: opts.failOnChange === true }, io));
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
  /** Worker threads for extraction (`extract` only; default: the number of cores). */
  jobs?: number | undefined;
  /** Extraction cache directory (`extract` only). */
  cache?: string | undefined;
}

function parseInputOptions(o: Record<string, unknown>): ExtractCliOptions {
  let types: ExtractCliOptions['types'];
  if (typeof o.types === 'string') {
    const list = o.types.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
    const bad = list.filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t));
    if (bad.length || !list.length) {
      throw new CliError(`--types: unknown claim type "${bad[0] ?? o.types}"; use a comma-separated list of ${CLAIM_TYPES.join(', ')}`);
    }
    types = list as ExtractCliOptions['types'];
  }
  let maxBytes: number | undefined;
  if (o.maxBytes !== undefined) {
    maxBytes = Number(o.maxBytes);
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new CliError(`--max-bytes: "${String(o.maxBytes)}" is not a whole number of bytes`);
  }
  return {
    format: o.format as ExtractCliOptions['format'],
    types,
    keepBoilerplate: o.keepBoilerplate === true,
    stdinName: typeof o.stdinName === 'string' ? o.stdinName : undefined,
    maxBytes,
    // --color and --no-color are a pair: true, false, or undefined when neither was given
    color: typeof o.color === 'boolean' ? o.color : undefined,
    quiet: o.quiet === true,
  };
}

/** `extract --jobs n --cache dir`. */
function parseScaleOptions(o: Record<string, unknown>): Pick<ExtractCliOptions, 'jobs' | 'cache'> {
  const jobs = o.jobs === undefined ? undefined : Number(o.jobs);
  if (jobs !== undefined && (!Number.isSafeInteger(jobs) || jobs < 1)) throw new CliError(`--jobs: "${String(o.jobs)}" is not a whole number of workers (1 or more)`);
  return { jobs, cache: typeof o.cache === 'string' ? o.cache : undefined };
}

function parseCompareOptions(o: Record<string, unknown>) {
  const base = parseInputOptions(o);
  return {
    ...base,
    format: o.format as 'text' | 'json' | 'ndjson' | 'markdown' | 'html' | undefined,
    tolerance: parseTolerance(o.tolerance),
    output: typeof o.output === 'string' ? o.output : undefined,
  };
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

/** `0.05`, `5%` → 0.05; absent → 0 (exact after rounding to the precision written). */
export function parseTolerance(raw: unknown): number {
  if (raw === undefined) return 0;
  const s = String(raw).trim();
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(s);
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!Number.isFinite(x) || x < 0 || x >= 1) {
    throw new CliError(`--tolerance: "${s}" is not a relative tolerance; give a fraction below 1 (0.05) or a percentage (5%)`);
  }
  return x;
}

const VERDICTS = ['conflict', 'variant', 'attribution'] as const;

/** `conflict,variant` → the verdicts that set exit code 1; `any` means all three. */
export function parseFailOn(raw: unknown): Array<(typeof VERDICTS)[number]> {
  if (raw === undefined) return [];
  const list = String(raw).split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (list.includes('any')) return [...VERDICTS];
  const bad = list.find((v) => !(VERDICTS as readonly string[]).includes(v));
  if (bad !== undefined || !list.length) {
    throw new CliError(`--fail-on: unknown verdict "${bad ?? raw}"; use conflict, variant, attribution or any`);
  }
  return list as Array<(typeof VERDICTS)[number]>;
}
