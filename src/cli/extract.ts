/** `claimcheck extract`: load → extract → format, one article at a time. */
import { extractArticle } from '../extract/index.js';
import { EXTRACT_FORMATS } from '../report/extract.js';
import type { ClaimType } from '../schema.js';
import { EXIT } from './errors.js';
import { readArticles, plural, type InputTally } from './inputs.js';
import { chalkFor, write, type Io } from './io.js';
import type { ExtractCliOptions } from './run.js';

export async function extractCommand(paths: string[], opts: ExtractCliOptions, io: Io): Promise<number> {
  const format = opts.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const formatter = EXTRACT_FORMATS[format]({ chalk: chalkFor(io.stdout, io.env, opts.color) });
  const tally: InputTally = { errors: [], warnings: 0 };
  const counts = new Map<ClaimType, number>();
  let articles = 0;

  await write(io.stdout, formatter.begin());
  for await (const article of readArticles(paths, opts, io, tally)) {
    const extracted = extractArticle(article, { types: opts.types, keepBoilerplate: opts.keepBoilerplate });
    for (const c of extracted.claims) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    await write(io.stdout, formatter.article(extracted, articles));
    articles++;
  }
  await write(io.stdout, formatter.end(tally.errors, articles));

  if (!opts.quiet) {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const byType = [...counts].map(([t, n]) => plural(n, t)).join(', ');
    io.stderr.write(
      `${plural(articles, 'article')}, ${plural(total, 'claim')}${byType ? ` (${byType})` : ''}` +
        `${tally.errors.length ? `, ${plural(tally.errors.length, 'error')}` : ''}` +
        `${tally.warnings ? `, ${plural(tally.warnings, 'warning')}` : ''}\n`,
    );
  }
  return tally.errors.length ? EXIT.usage : EXIT.ok;
}
