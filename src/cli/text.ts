/**
 * `claimcheck text`: print the body (and metadata) that claims are extracted from, one
 * article at a time: what an HTML page becomes after chrome removal, what a `.txt` file is and
 * which of its regions the boilerplate rules skip.
 */
import { TEXT_FORMATS, textArticle } from '../report/text.js';
import { segment } from '../text/segment.js';
import { EXIT } from './errors.js';
import { plural, readArticles, type InputTally } from './inputs.js';
import { chalkFor, write, type Io } from './io.js';

export interface TextCliOptions {
  format: 'text' | 'json' | undefined;
  keepBoilerplate: boolean;
  stdinName?: string | undefined;
  maxBytes?: number | undefined;
  quiet: boolean;
  color?: boolean | undefined;
}

export async function textCommand(paths: string[], opts: TextCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const formatter = TEXT_FORMATS[format]({ chalk: chalkFor(io.stdout, io.env, opts.color) });
  const tally: InputTally = { errors: [], warnings: 0 };
  let articles = 0;
  await write(io.stdout, formatter.begin());
  for await (const article of readArticles(paths, opts, io, tally)) {
    const { excluded } = segment(article, { keepBoilerplate: opts.keepBoilerplate });
    await write(io.stdout, formatter.article(textArticle(article, excluded), articles));
    articles++;
  }
  await write(io.stdout, formatter.end(tally.errors, articles));
  if (!opts.quiet) {
    io.stderr.write(
      `${plural(articles, 'article')}` +
        `${tally.errors.length ? `, ${plural(tally.errors.length, 'error')}` : ''}` +
        `${tally.warnings ? `, ${plural(tally.warnings, 'warning')}` : ''}\n`,
    );
  }
  return tally.errors.length ? EXIT.usage : EXIT.ok;
}
