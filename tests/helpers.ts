import type { Article } from '../src/schema.js';

/** An in-memory plain-text article whose body is `text` exactly. */
export function articleFromText(text: string, opts: { published?: string | null; id?: string } = {}): Article {
  return {
    id: opts.id ?? 'test',
    path: `${opts.id ?? 'test'}.txt`,
    title: null,
    publisher: null,
    published: opts.published ?? null,
    byline: null,
    url: null,
    format: 'txt',
    body: text,
    excluded: [],
  };
}
