/**
 * Formatters of `claimcheck extract`, by name. Each is a pair of pure functions: `article()`
 * renders one article as soon as it is extracted (so output streams and memory stays
 * bounded) and `end()` closes the document once all inputs are read.
 */
import type { ChalkInstance } from 'chalk';
import type { Claim, ExtractedArticle, InputError } from '../schema.js';
import { EXTRACT_SCHEMA } from '../schema-ids.js';
import { describeValue } from './values.js';

export interface ExtractFormatter {
  /** Text to write before the first article. */
  begin(): string;
  /**
   * Text for one article, in pieces to write in turn (see `Pieces`); `index` counts from 0.
   * Always `separator` (after the first) and then the pieces of `body(a)`.
   */
  article(a: ExtractedArticle, index: number): string[];
  /** Text for one article without what separates it from the one before, in pieces: workers render this. */
  body(a: ExtractedArticle): string[];
  /** What goes between two articles. */
  separator: string;
  /** Text that closes the document, given every input error. */
  end(errors: readonly InputError[], articleCount: number): string;
}

/** Characters per piece of an article's output. */
const PIECE_CHARS = 1 << 22;

/**
 * An article's output built as pieces of about `PIECE_CHARS` characters, written one after
 * another: an article with hundreds of thousands of claims (a hostile file) made more output
 * than one JavaScript string can hold, and `extract` failed on it.
 */
class Pieces {
  private readonly out: string[] = [];
  private current = '';

  add(s: string): void {
    this.current += s;
    if (this.current.length >= PIECE_CHARS) {
      this.out.push(this.current);
      this.current = '';
    }
  }

  done(): string[] {
    if (this.current || !this.out.length) this.out.push(this.current);
    return this.out;
  }
}

export interface FormatOptions {
  chalk: ChalkInstance;
}

/** A formatter from its parts: `article()` is the separator (after the first) and the body. */
function formatter(parts: Omit<ExtractFormatter, 'article'>): ExtractFormatter {
  return { ...parts, article: (a, i) => (i ? [parts.separator, ...parts.body(a)] : parts.body(a)) };
}

/** Indent of an article's top-level keys in the extract document, and of the items of its lists. */
const KEY_PAD = '      ';
const ITEM_PAD = '        ';

/**
 * `\n` and the article as `JSON.stringify(a, null, 2)` indented by four spaces, as it stands in
 * the `articles` list, with its claims and entities written one by one into the pieces.
 */
function jsonArticle(a: ExtractedArticle): string[] {
  const out = new Pieces();
  const shell = `\n${indent(JSON.stringify({ ...a, claims: [], entities: [] }, null, 2), '    ')}`;
  let from = 0;
  for (const key of ['claims', 'entities'] as const) {
    const list: readonly unknown[] = a[key];
    // (a key's quotes in a string value are escaped: this is the key itself)
    const marker = `\n${KEY_PAD}"${key}": []`;
    const at = shell.indexOf(marker, from);
    if (!list.length || at === -1) continue;
    const close = at + marker.length - 1;
    out.add(shell.slice(from, close));
    for (let k = 0; k < list.length; k++) out.add(`${k ? ',' : ''}\n${indent(JSON.stringify(list[k], null, 2), ITEM_PAD)}`);
    out.add(`\n${KEY_PAD}`);
    from = close;
  }
  out.add(shell.slice(from));
  return out.done();
}

const json = (): ExtractFormatter =>
  formatter({
    begin: () => `{\n  "schema": ${JSON.stringify(EXTRACT_SCHEMA)},\n  "articles": [`,
    separator: ',',
    body: jsonArticle,
    end: (errors, n) =>
      `${n ? '\n  ' : ''}],\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ').trimStart()}\n}\n`,
  });

const ndjson = (): ExtractFormatter =>
  formatter({
    begin: () => '',
    separator: '',
    body: (a) => {
      // `{ article, path, ...claim }` written without copying each claim: a claim has neither
      // key, so its own JSON after the shared prefix is the same text, for 17% less CPU
      const head = `{"article":${JSON.stringify(a.id)},"path":${JSON.stringify(a.path)},`;
      const out = new Pieces();
      for (const c of a.claims) out.add(`${head}${JSON.stringify(c).slice(1)}\n`);
      return out.done();
    },
    end: () => '',
  });

const text = ({ chalk }: FormatOptions): ExtractFormatter =>
  formatter({
    begin: () => '',
    separator: '\n',
    body: (a) => {
      const head = `${chalk.bold(a.path)}${a.title ? `  ${chalk.dim(a.title)}` : ''}\n`;
      const meta = [a.publisher, a.published, a.byline].filter(Boolean).join(' · ');
      const out = new Pieces();
      out.add(head + (meta ? `  ${chalk.dim(meta)}\n` : ''));
      for (const c of a.claims) out.add(claimLine(a, c, chalk));
      if (!a.claims.length) out.add(`  ${chalk.dim('no claims')}\n`);
      return out.done();
    },
    end: () => '',
  });

const TYPE_COLOUR = { figure: 'cyan', date: 'magenta', quote: 'green', finding: 'yellow' } as const;

function claimLine(a: ExtractedArticle, c: Claim, chalk: ChalkInstance): string {
  const where = chalk.dim(`${a.path}:${c.line}:${c.column}${c.sourceLine ? ` (html line ${c.sourceLine})` : ''}`);
  const type = chalk[TYPE_COLOUR[c.type]](c.type.padEnd(7));
  const value = chalk.bold(describeValue(c));
  const words = oneLine(c.text, 100);
  const who = (c.type === 'figure' || c.type === 'date') && c.attribution ? chalk.dim(` — ${c.attribution}`) : '';
  const extra = c.type === 'quote' && c.fragment ? chalk.dim(' (fragment)') : c.type === 'finding' && c.rating ? chalk.dim(` [${c.rating}]`) : '';
  return `  ${where}  ${type} ${value}${extra}  ${chalk.dim('“')}${words}${chalk.dim('”')}${who}\n`;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function indent(s: string, pad: string): string {
  return s.replace(/^/gm, pad);
}

export const EXTRACT_FORMATS = { text, json, ndjson } as const;
export type ExtractFormatName = keyof typeof EXTRACT_FORMATS;
