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
      // help and version are successes; everything else commander rejects is bad usage
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
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
Exit codes: 0 done; 1 a --fail-on condition or validate drift was found; 2 bad usage or an
input that could not be read (the other inputs are still processed).

Run 'claimcheck <command> --help' for a command's options and examples.`,
    );

  program
    .command('extract')
    .summary('print the claims of each article')
    .description(
      'Read articles (files, folders searched recursively, or - for standard input) and print\n' +
        'the claims each one makes, with their normalised values and where they stand.',
    )
    .argument('<paths...>', 'files or folders of articles (.txt .md .html .json .ndjson), or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices([
        'text',
        'json',
        'ndjson',
      ]),
    )
    .option('-t, --types <list>', `claim types to print, comma-separated (${CLAIM_TYPES.join(',')})`)
    .option('--keep-boilerplate', 'extract from site chrome, teasers and paywall prompts too', false)
    .option('--stdin-name <name>', 'a file name whose extension says the format of stdin (default stdin.txt)')
    .option('--max-bytes <n>', 'refuse input files larger than n bytes (an error names each one)')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'no colour in text output (also: NO_COLOR set, or not a terminal)')
    .option('-q, --quiet', 'print no warnings or summary on stderr (errors still print)', false)
    .addHelpText(
      'after',
      `
Examples:
  claimcheck extract stories/flood/                      every article in a folder, as text
  claimcheck extract a.txt b.html --format json | jq .    one JSON document for scripts
  claimcheck extract archive/ --format ndjson > claims.ndjson   one claim per line, streamed
  claimcheck extract --types figure,date story.md         only figures and dates
  curl -s URL | claimcheck extract - --stdin-name page.html   read a page from stdin`,
    )
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const { extractCommand } = await import('./extract.js');
      const code = await extractCommand(paths, parseExtractOptions(opts), io);
      (program as Command & { exitCodeResult?: number }).exitCodeResult = code;
    });

  return program;
}

export interface ExtractCliOptions {
  format: 'text' | 'json' | 'ndjson' | undefined;
  types: (typeof CLAIM_TYPES)[number][] | undefined;
  keepBoilerplate: boolean;
  stdinName: string | undefined;
  maxBytes: number | undefined;
  color: boolean | undefined;
  quiet: boolean;
}

function parseExtractOptions(o: Record<string, unknown>): ExtractCliOptions {
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
