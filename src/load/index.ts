/**
 * load: inputs (files, folders, `-`) → Articles. Folders are walked recursively in sorted
 * order; every problem becomes a diagnostic naming the file and the run goes on.
 */
import { closeSync, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ArticleInput as ArticleInputT, InputError, InputFormat } from '../schema.js';
import { decode, looksBinary, sniffHtmlCharset } from './decode.js';
import { normalisePublished, plainTextMeta } from './meta.js';
import { frontMatter } from './markdown.js';
import { streamNdjson } from './stream.js';
import type { HtmlOptions, HtmlText } from './html.js';
import { ignored, type IgnoreRule } from './glob.js';

export const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

export interface LoadOptions {
  /** Name (with extension) that says the format of standard input, e.g. `story.html`. */
  stdinName?: string;
  /** Reads standard input; the CLI passes its own stream. */
  readStdin?: () => Promise<Uint8Array>;
  /** Standard input as a stream: NDJSON on stdin is then read line by line (`stream.ts`) instead of whole. */
  stdinStream?: AsyncIterable<Uint8Array | string>;
  /** Working directory that relative paths are resolved against. */
  cwd?: string;
  /** Files larger than this many bytes are refused with an error (default: no limit). */
  maxBytes?: number;
  /** HTML inputs keep their whole visible text (no chrome removal, no article detection). */
  keepBoilerplate?: boolean;
  /**
   * Turns a saved page into text (default: `htmlToText` on this thread). The CLI passes one
   * that runs on its worker threads; the next few files are read and parsed ahead, so several
   * pages are parsed at once.
   */
  htmlToText?: (html: string, options: HtmlOptions) => Promise<HtmlText>;
  /** Files and folders a folder walk skips (`--ignore`); files named as inputs are always read. */
  ignore?: readonly IgnoreRule[];
}

/** claimcheck's own files that live beside articles (config, validate's snapshot): never articles in a folder walk. */
const OWN_FILES = new Set(['claimcheck.config.json', 'claimcheck.expected.json']);

/** One event of a load: an article, a problem that stopped one input, or a warning. */
export type LoadEvent =
  | { kind: 'article'; article: Article }
  | { kind: 'error'; error: InputError }
  | { kind: 'warning'; warning: InputError };

/** A file to read: `path` as shown to the user, `id` its article id (path relative to the folder given, no extension). */
interface Source {
  path: string;
  abs: string | null;
  id: string;
  format: InputFormat;
}

/** Load every article of the inputs, in order: arguments as given, folders sorted. */
export async function* loadArticles(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadEvent> {
  const cwd = options.cwd ?? process.cwd();
  const ids = new Map<string, number>();
  const unique = (id: string, where: string): { id: string; warning?: InputError } => {
    const n = ids.get(id) ?? 0;
    ids.set(id, n + 1);
    if (n === 0) return { id };
    const renamed = `${id}~${n + 1}`;
    return { id: renamed, warning: { path: where, message: `duplicate article id "${id}": renamed to "${renamed}"` } };
  };
  for (const input of inputs) {
    for await (const { src, bytes, events } of readAhead(discover(input, cwd, options), options)) {
      if ('error' in src) {
        yield src.error.kind === 'warning' ? { kind: 'warning', warning: src.error.diag } : { kind: 'error', error: src.error.diag };
        continue;
      }
      for await (const ev of events ? await events : readSource(src, options, bytes)) {
        if (ev.kind === 'article') {
          const u = unique(ev.article.id, ev.article.path);
          if (u.warning) yield { kind: 'warning', warning: u.warning };
          yield { kind: 'article', article: { ...ev.article, id: u.id } };
        } else yield ev;
      }
    }
  }
}

type Discovered = Source | { error: { kind: 'error' | 'warning'; diag: InputError } };

/** The bytes of a file, or the one-line reason it could not be read. */
type Read = { bytes: Uint8Array } | { error: InputError };

/** How many files are read ahead of the one being extracted: reading overlaps extraction, memory stays bounded. */
const READ_AHEAD = 8;

/**
 * Start reading the next few files while the current one is extracted (a plain loop reads
 * one file, then waits, then extracts: a quarter of a folder run was spent idle).
 */
async function* readAhead(sources: AsyncGenerator<Discovered>, options: LoadOptions): AsyncGenerator<Ahead> {
  const queue: Ahead[] = [];
  let done = false;
  for (;;) {
    while (!done && queue.length < READ_AHEAD) {
      const next = await sources.next();
      if (next.done) done = true;
      else queue.push(ahead(next.value, options));
    }
    const item = queue.shift();
    if (!item) return;
    // files are read synchronously and extraction is synchronous too: give the event loop a
    // turn now and then, so Ctrl-C, a full pipe's drain and the progress bar are not starved
    if (performance.now() - lastTurn > TURN_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastTurn = performance.now();
    }
    yield item;
  }
}

/** A file read ahead: its bytes, or for a page parsed elsewhere (`htmlToText`) all its events. */
interface Ahead {
  src: Discovered;
  bytes?: Promise<Read>;
  events?: Promise<LoadEvent[]>;
}

function ahead(src: Discovered, options: LoadOptions): Ahead {
  if ('error' in src || src.abs === null) return { src };
  const bytes = readBytes(src, options);
  // a page parsed on a worker is started now, so the pages read ahead are parsed side by side
  if (src.format === 'html' && options.htmlToText) {
    const events = collect(readSource(src, options, bytes)).catch((e: unknown): LoadEvent[] => [
      { kind: 'error', error: { path: src.path, message: e instanceof Error ? e.message : String(e) } },
    ]);
    return { src, events };
  }
  return { src, bytes };
}

async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const ev of events) out.push(ev);
  return out;
}

/** Longest stretch (ms) of loading and extracting without a turn of the event loop. */
const TURN_MS = 20;
let lastTurn = 0;

/**
 * Article files larger than this are refused unless `maxBytes` says otherwise (0: no limit).
 * No news article is 50 MB; one such file held in memory with its claims would exhaust the
 * heap. NDJSON archives are exempt: their articles are lines, read one at a time.
 */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** Read a file (refusing it over `maxBytes`); never rejects. */
async function readBytes(src: Source, options: LoadOptions): Promise<Read> {
  try {
    const limit = options.maxBytes ?? (src.format === 'ndjson' ? 0 : DEFAULT_MAX_BYTES);
    if (limit <= 0) return { bytes: await readFile(src.abs!) };
    return readSmallFile(src, limit, options) ?? { bytes: await readFile(src.abs!) };
  } catch (e) {
    return { error: { path: src.path, message: fsMessage(e) } };
  }
}

/**
 * A regular file read synchronously: one open for the size check and the read. Articles are
 * small, and the four asynchronous round trips of open, stat, read and close cost 10-20x the
 * CPU of the synchronous calls (measured: 140-250 µs against ~10 µs a file), on the thread
 * that also feeds the extraction workers. `null` for what is not a regular file (a FIFO, a
 * device): those are read asynchronously to their end.
 */
function readSmallFile(src: Source, limit: number, options: LoadOptions): Read | null {
  const fd = openSync(src.abs!, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return null;
    if (st.size > limit) {
      const how = options.maxBytes === undefined ? 'the default limit; raise it with --max-bytes N, or 0 for none' : '--max-bytes';
      return { error: { path: src.path, message: `file is ${st.size} bytes, over ${limit} (${how})` } };
    }
    const bytes = Buffer.allocUnsafe(st.size);
    let filled = 0;
    while (filled < st.size) {
      const n = readSync(fd, bytes, filled, st.size - filled, null);
      if (n === 0) break; // the file shrank while being read: keep what is there
      filled += n;
    }
    return { bytes: filled === st.size ? bytes : bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}

async function* discover(input: string, cwd: string, options: LoadOptions): AsyncGenerator<Discovered> {
  if (input === '-') {
    const name = options.stdinName ?? 'stdin.txt';
    const format = formatOf(name);
    if (!format) {
      yield { error: { kind: 'error', diag: { path: '-', message: `--stdin-name "${name}" has an unknown extension; use one of ${Object.keys(EXTENSIONS).join(' ')}` } } };
      return;
    }
    yield { path: '-', abs: null, id: stripExt(path.basename(name)), format };
    return;
  }
  const abs = path.resolve(cwd, input);
  let st;
  try {
    st = await stat(abs);
  } catch (e) {
    yield { error: { kind: 'error', diag: { path: input, message: fsMessage(e) } } };
    return;
  }
  if (st.isDirectory()) {
    const seen = new Set<string>();
    yield* walk(abs, abs, input, seen, options.ignore ?? []);
    return;
  }
  const format = formatOf(input);
  if (!format) {
    yield { error: { kind: 'warning', diag: { path: input, message: `skipped: unknown extension "${path.extname(input) || '(none)'}" (known: ${Object.keys(EXTENSIONS).join(' ')})` } } };
    return;
  }
  yield { path: input, abs, id: stripExt(path.basename(input)), format };
}

async function* walk(dir: string, root: string, shownRoot: string, seen: Set<string>, ignore: readonly IgnoreRule[]): AsyncGenerator<Discovered> {
  let real: string;
  try {
    real = realpathSync.native(dir);
  } catch (e) {
    yield { error: { kind: 'error', diag: { path: show(shownRoot, root, dir), message: fsMessage(e) } } };
    return;
  }
  if (seen.has(real)) {
    yield { error: { kind: 'warning', diag: { path: show(shownRoot, root, dir), message: 'skipped: directory symlink loop' } } };
    return;
  }
  seen.add(real);
  let entries;
  try {
    // synchronous, as file reads are: a folder is listed once, and the async calls cost more CPU
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    yield { error: { kind: 'error', diag: { path: show(shownRoot, root, dir), message: fsMessage(e) } } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || OWN_FILES.has(e.name)) continue;
    const full = path.join(dir, e.name);
    if (ignored(ignore, path.relative(root, full).split(path.sep).join('/'))) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        // (synchronous too: a folder of links to articles spent a fifth of its run in async stat calls)
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        yield { error: { kind: 'error', diag: { path: show(shownRoot, root, full), message: fsMessage(err) } } };
        continue;
      }
    }
    if (isDir) {
      yield* walk(full, root, shownRoot, seen, ignore);
    } else if (isFile) {
      const shown = show(shownRoot, root, full);
      const format = formatOf(e.name);
      if (!format) {
        yield { error: { kind: 'warning', diag: { path: shown, message: `skipped: unknown extension "${path.extname(e.name) || '(none)'}"` } } };
        continue;
      }
      const rel = path.relative(root, full).split(path.sep).join('/');
      yield { path: shown, abs: full, id: stripExt(rel), format };
    }
  }
}

async function* readSource(src: Source, options: LoadOptions, prefetched?: Promise<Read>): AsyncGenerator<LoadEvent> {
  if (src.abs === null && src.format === 'ndjson' && options.stdinStream) {
    yield* streamNdjson(src.path, options.stdinStream, (line, no) => ndjsonLine(src, line, no, options), (bytes) =>
      readSource(src, { ...options, stdinStream: undefined, readStdin: async () => bytes }),
    );
    return;
  }
  let bytes: Uint8Array;
  if (src.abs === null) {
    try {
      bytes = options.readStdin ? await options.readStdin() : new Uint8Array();
    } catch (e) {
      yield { kind: 'error', error: { path: src.path, message: fsMessage(e) } };
      return;
    }
  } else {
    const read = await (prefetched ?? readBytes(src, options));
    if ('error' in read) {
      yield { kind: 'error', error: read.error };
      return;
    }
    bytes = read.bytes;
  }
  if (looksBinary(bytes)) {
    // a file named as an article that holds no text is an input that could not be read (exit 2)
    yield { kind: 'error', error: { path: src.path, message: 'binary file, not text: skipped' } };
    return;
  }
  const decoded = decode(bytes, src.format === 'html' ? sniffHtmlCharset(bytes) : null);
  if (decoded.warning) yield { kind: 'warning', warning: { path: src.path, message: decoded.warning } };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  switch (src.format) {
    case 'txt':
    case 'md':
      yield { kind: 'article', article: plainArticle(src, text) };
      return;
    case 'html': {
      const article = await htmlArticle(src, text, options);
      if (!article.body && text.trim()) yield { kind: 'warning', warning: { path: src.path, message: 'no visible text (only scripts, styles or markup): nothing to extract' } };
      yield { kind: 'article', article };
      return;
    }
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        yield { kind: 'error', error: { path: src.path, message: `malformed JSON: ${(e as Error).message}` } };
        return;
      }
      if (Array.isArray(data)) {
        // a common export shape: say what to do with it rather than what the schema expected
        const message = `not an article: the file holds a JSON array (${data.length} items), not one article object; put one article per line in an .ndjson file (jq -c '.[]' ${path.basename(src.path)} > articles.ndjson)`;
        yield { kind: 'error', error: { path: src.path, message } };
        return;
      }
      const ev = await fromInput(src, data, src.id, options);
      yield ev;
      return;
    }
    case 'ndjson': {
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const ev = await ndjsonLine(src, lines[i]!, i + 1, options);
        if (ev) yield ev;
      }
      return;
    }
  }
}

/** One NDJSON line (1-based `no`) as an article or an error; `null` for a blank line. */
async function ndjsonLine(src: Source, raw: string, no: number, options: LoadOptions): Promise<LoadEvent | null> {
  const line = raw.trim();
  if (!line) return null;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (e) {
    return { kind: 'error', error: { path: src.path, line: no, message: `line ${no}: malformed JSON: ${(e as Error).message}` } };
  }
  return fromInput(src, data, `${src.id}#${no}`, options, no);
}

function plainArticle(src: Source, body: string): Article {
  const base = { id: src.id, path: src.path, publisher: null, url: null, body };
  if (src.format === 'md') {
    const fm = frontMatter(body);
    const meta = plainTextMeta(body.slice(fm.end));
    const title = fm.data.title ?? firstHeading(body.slice(fm.end)) ?? meta.title;
    return {
      ...base,
      format: 'md',
      title: title ?? null,
      byline: fm.data.author ?? fm.data.byline ?? meta.byline,
      published: normalisePublished(fm.data.published ?? fm.data.date) ?? meta.published,
      publisher: fm.data.publisher ?? null,
      url: fm.data.url ?? null,
      excluded: fm.end > 0 ? [{ start: 0, end: fm.end, rule: 'markup/front-matter' }] : [],
    };
  }
  const meta = plainTextMeta(body);
  return { ...base, format: 'txt', title: meta.title, byline: meta.byline, published: meta.published, excluded: [] };
}

function firstHeading(md: string): string | null {
  // The closing `#`s are trimmed after the match: a lazy `(.+?)` before `[ \t#]*$` backtracks
  // over every split of a long run of tabs or `#`s, quadratic in the line's length.
  const m = /^#{1,2}[ \t]+(.+)$/m.exec(md);
  if (!m) return null;
  return stripClosingHashes(m[1]!) || null;
}

/** `Title ##` → `Title`, by a backwards scan (linear whatever the line holds). */
function stripClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t' || s[end - 1] === '#')) end--;
  return s.slice(0, end).trim();
}

/**
 * What an HTML article carries beyond the Article schema (to be added to it): the page's
 * declared language, and for each body paragraph (in order) the 1-based line of the HTML
 * source where its text starts.
 */
export interface HtmlArticleExtras {
  language: string | null;
  sourceLines: number[];
}

/**
 * An HTML page (or a JSON article's `html`) as an Article. The HTML modules (linkedom,
 * Readability, cheerio) are imported only here, so runs over text inputs never load them.
 * It carries `HtmlArticleExtras` as extra properties until the schema has them.
 */
async function htmlArticle(src: Source, html: string, options: LoadOptions, input?: ArticleInputT): Promise<Article> {
  const how: HtmlOptions = { keepBoilerplate: options.keepBoilerplate ?? false, ...(input?.url ? { url: input.url } : {}) };
  const h = options.htmlToText ? await options.htmlToText(html, how) : (await import('./html.js')).htmlToText(html, how);
  const article: Article & HtmlArticleExtras = {
    id: src.id,
    path: src.path,
    format: 'html',
    title: input?.title ?? h.title,
    publisher: input?.publisher ?? h.publisher,
    published: normalisePublished(input?.published) ?? h.published,
    byline: input?.byline ?? h.byline,
    url: input?.url ?? h.url,
    body: h.body,
    excluded: [],
    language: h.language,
    sourceLines: h.paragraphLines,
  };
  return article;
}

async function fromInput(src: Source, data: unknown, fallbackId: string, options: LoadOptions, line?: number): Promise<LoadEvent> {
  // zod is loaded only when a .json/.ndjson input needs validating (it costs ~80 ms of start-up)
  const { ArticleInput } = await import('../schema.js');
  const parsed = ArticleInput.safeParse(data);
  const where = line ? `line ${line}: ` : '';
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length ? `"${issue.path.join('.')}": ` : '';
    return { kind: 'error', error: { path: src.path, ...(line ? { line } : {}), message: `${where}not an article: ${field}${issue?.message ?? 'invalid'}` } };
  }
  const a = parsed.data;
  const id = a.id ?? fallbackId;
  if (typeof a.text === 'string') {
    return {
      kind: 'article',
      article: {
        id,
        path: src.path,
        format: src.format,
        title: a.title ?? null,
        publisher: a.publisher ?? null,
        published: normalisePublished(a.published),
        byline: a.byline ?? null,
        url: a.url ?? null,
        body: a.text,
        excluded: [],
      },
    };
  }
  const article = await htmlArticle({ ...src, id }, a.html ?? '', options, a);
  return { kind: 'article', article: { ...article, format: src.format } };
}

export function formatOf(name: string): InputFormat | null {
  return EXTENSIONS[path.extname(name).toLowerCase()] ?? null;
}

function stripExt(p: string): string {
  const ext = path.posix.extname(p);
  return ext ? p.slice(0, -ext.length) : p;
}

function show(shownRoot: string, root: string, full: string): string {
  const rel = path.relative(root, full);
  return rel ? path.join(shownRoot, rel) : shownRoot;
}

/** A one-line message for a file-system error, without the stack or the errno prefix. */
export function fsMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return err?.message ?? String(e);
  }
}
