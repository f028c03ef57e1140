/**
 * Formatters of `claimcheck text`, by name: the body (and metadata) of each article exactly as
 * claims are extracted from it. Pure functions: `article()` renders one article as soon as it
 * is loaded, `end()` closes the document.
 *
 * JSON: `{"schema": "claimcheck/text@1", "articles": [{id, path, title, byline, published,
 * publisher, url, language, body, excluded}], "errors": [{path, message}]}`. `excluded` lists
 * the regions of `body` that extraction skips (the plain-text boilerplate rules; empty with
 * `--keep-boilerplate`) as 0-based, half-open UTF-16 `{start, end, rule}`.
 */
import type { ChalkInstance } from 'chalk';
import type { Article, ExcludedSpan, InputError, TextArticle } from '../schema.js';
import { TEXT_SCHEMA } from '../schema-ids.js';

export { TEXT_SCHEMA, type TextArticle };

export interface TextFormatter {
  begin(): string;
  article(a: TextArticle, index: number): string;
  end(errors: readonly InputError[], articleCount: number): string;
}

export interface TextFormatOptions {
  chalk: ChalkInstance;
}

/** The fields of a loaded article that `text` prints (`language` when the loader gave one). */
export function textArticle(article: Article, excluded: ExcludedSpan[]): TextArticle {
  const language = article.language;
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    byline: article.byline,
    published: article.published,
    publisher: article.publisher,
    url: article.url,
    language: typeof language === 'string' ? language : null,
    body: article.body,
    excluded,
  };
}

const json = (): TextFormatter => ({
  begin: () => `{\n  "schema": ${JSON.stringify(TEXT_SCHEMA)},\n  "articles": [`,
  article: (a, i) => `${i ? ',' : ''}\n${indent(JSON.stringify(a, null, 2), '    ')}`,
  end: (errors, n) => `${n ? '\n  ' : ''}],\n  "errors": ${indent(JSON.stringify(errors, null, 2), '  ').trimStart()}\n}\n`,
});

const META_FIELDS = ['title', 'byline', 'published', 'publisher', 'url', 'language'] as const;

/**
 * Text: a header line with the path, the known metadata as `key: value` lines, a blank line,
 * then the body as it is. With colour, the excluded regions of the body are dimmed.
 */
const text = ({ chalk }: TextFormatOptions): TextFormatter => ({
  begin: () => '',
  article: (a, i) => {
    const head = `${i ? '\n' : ''}${chalk.bold(`==> ${a.path}`)}\n`;
    const meta = META_FIELDS.filter((k) => a[k] !== null)
      .map((k) => `${chalk.dim(`${k}:`)} ${a[k]}\n`)
      .join('');
    const body = a.body ? `${dimExcluded(a.body, a.excluded, chalk)}\n` : `${chalk.dim('(empty body)')}\n`;
    return `${head}${meta}\n${body}`;
  },
  end: () => '',
});

function dimExcluded(body: string, excluded: readonly ExcludedSpan[], chalk: ChalkInstance): string {
  if (!excluded.length || chalk.level === 0) return body;
  let out = '';
  let at = 0;
  for (const s of excluded) {
    out += body.slice(at, s.start) + chalk.dim(body.slice(s.start, s.end));
    at = s.end;
  }
  return out + body.slice(at);
}

function indent(s: string, pad: string): string {
  return s.replace(/^/gm, pad);
}

export const TEXT_FORMATS = { text, json } as const;
export type TextFormatName = keyof typeof TEXT_FORMATS;
