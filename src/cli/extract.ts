/** `claimcheck extract`: load → extract → format, one article at a time. */
import { extractArticle } from '../extract/index.js';
import { loadArticles } from '../load/index.js';
import { EXTRACT_FORMATS } from '../report/extract.js';
import type { ClaimType, InputError } from '../schema.js';
import { EXIT } from './errors.js';
import { chalkFor, readAll, write, type Io } from './io.js';
import type { ExtractCliOptions } from './run.js';

export async function extractCommand(paths: string[], opts: ExtractCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const chalk = chalkFor(io.stdout, io.env, opts.color);
  const errChalk = chalkFor(io.stderr, io.env, opts.color);
  const formatter = EXTRACT_FORMATS[format]({ chalk });
  const errors: InputError[] = [];
  const counts = new Map<ClaimType, number>();
  let warnings = 0;
  let articles = 0;

  const where = (d: InputError): string => `${d.path}${d.line ? `:${d.line}` : ''}`;
  await write(io.stdout, formatter.begin());
  for await (const ev of loadArticles(paths, {
    cwd: io.cwd,
    stdinName: opts.stdinName,
    maxBytes: opts.maxBytes,
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
    const extracted = extractArticle(ev.article, { types: opts.types, keepBoilerplate: opts.keepBoilerplate });
    for (const c of extracted.claims) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    await write(io.stdout, formatter.article(extracted, articles));
    articles++;
  }
  await write(io.stdout, formatter.end(errors, articles));

  if (!opts.quiet) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const byType = [...counts].map(([t, n]) => `${n} ${t}${n === 1 ? '' : 's'}`).join(', ');
    io.stderr.write(
      `${articles} article${articles === 1 ? '' : 's'}, ${total} claim${total === 1 ? '' : 's'}${byType ? ` (${byType})` : ''}` +
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
