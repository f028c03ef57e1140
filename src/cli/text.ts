/**
 * `claimcheck text`: print the body (and metadata) that claims are extracted from, one
 * article at a time: what an HTML page becomes after chrome removal, what a `.txt` file is and
 * which of its regions the boilerplate rules skip.
 */
import { loadArticles } from '../load/index.js';
import { TEXT_FORMATS, textArticle } from '../report/text.js';
import type { InputError } from '../schema.js';
import { segment } from '../text/segment.js';
import { EXIT } from './errors.js';
import { chalkFor, readAll, write, type Io } from './io.js';

export interface TextCliOptions {
  format: 'text' | 'json' | undefined;
  keepBoilerplate: boolean;
  stdinName?: string;
  maxBytes?: number;
  quiet: boolean;
  color?: boolean;
}

export async function textCommand(paths: string[], opts: TextCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const chalk = chalkFor(io.stdout, io.env, opts.color);
  const errChalk = chalkFor(io.stderr, io.env, opts.color);
  const formatter = TEXT_FORMATS[format]({ chalk });
  const errors: InputError[] = [];
  let warnings = 0;
  let articles = 0;

  const where = (d: InputError): string => `${d.path}${d.line ? `:${d.line}` : ''}`;
  await write(io.stdout, formatter.begin());
  for await (const ev of loadArticles(paths, {
    cwd: io.cwd,
    stdinName: opts.stdinName,
    maxBytes: opts.maxBytes,
    keepBoilerplate: opts.keepBoilerplate,
    readStdin: async () => (io.stdin ? readAll(io.stdin) : new Uint8Array()),
  })) {
    if (ev.kind === 'error') {
      errors.push(ev.error);
      io.stderr.write(`${errChalk.red('claimcheck: error:')} ${where(ev.error)}: ${stripLine(ev.error)}\n`);
      continue;
    }
    if (ev.kind === 'warning') {
      warnings++;
      if (!opts.quiet) io.stderr.write(`${errChalk.yellow('claimcheck: warning:')} ${where(ev.warning)}: ${stripLine(ev.warning)}\n`);
      continue;
    }
    const { excluded } = segment(ev.article, { keepBoilerplate: opts.keepBoilerplate });
    await write(io.stdout, formatter.article(textArticle(ev.article, excluded), articles));
    articles++;
  }
  await write(io.stdout, formatter.end(errors, articles));

  if (!opts.quiet) {
    io.stderr.write(
      `${articles} article${articles === 1 ? '' : 's'}` +
        `${errors.length ? `, ${errors.length} error${errors.length === 1 ? '' : 's'}` : ''}` +
        `${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`,
    );
  }
  return errors.length ? EXIT.usage : EXIT.ok;
}

/** The message without a leading `line N: ` (the location is printed as `path:N`). */
function stripLine(d: InputError): string {
  return d.line ? d.message.replace(/^line \d+: /, '') : d.message;
}
