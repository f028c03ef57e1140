/**
 * An on-disk cache of extraction results (`extract --cache DIR`), so that re-running over an
 * archive after adding 100 articles extracts only those 100.
 *
 * The key is a SHA-256 of the tool version and a fingerprint of its code (`codeFingerprint`),
 * the extraction options (types, keep-boilerplate, a limit on claims other than the default)
 * and the loaded article without its `id` and `path` — so a renamed or moved file is still a
 * hit; its id and path are put back on the way out (they are only copied into the result).
 * Entries are written to a temporary file and renamed into place, so a reader never sees half
 * an entry; an entry that cannot be read or parsed, or whose key does not match, is a miss and
 * is rewritten. A cache that cannot be written to never fails the run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ExtractedArticle } from '../schema.js';
import type { ExtractOptions } from '../extract/index.js';

/**
 * Bumped when the entry layout changes (the code fingerprint covers changes to extraction). 2:
 * an article cut at the limit on its claims says where (`truncated`), not how many it left out.
 */
const LAYOUT = 2;

let fingerprint: string | undefined;

/**
 * A SHA-256 of claimcheck's own code (`fingerprintOf` the folder of its modules), read once, when
 * a cache is used (about 2.5 MB of code: ~35 ms). The version number alone stayed the same
 * while extraction changed, so a cache kept from an older build of one version served that
 * build's claims; a cache shared across builds (a CI job's) must not.
 */
export function codeFingerprint(): string {
  if (fingerprint === undefined) {
    try {
      fingerprint = fingerprintOf(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
    } catch {
      // (code that cannot be read is keyed by the version alone: a cache never fails the run)
      fingerprint = 'unread';
    }
  }
  return fingerprint;
}

/** A SHA-256 of every module file (`.js`, or `.ts` when run from the sources) below `root`, by path and content. */
export function fingerprintOf(root: string): string {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
  return hash.digest('hex');
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that existed but were corrupt or did not match their key (each a miss, rewritten). */
  corrupt: number;
  /** Writes that failed (the run goes on without caching that article). */
  writeErrors: number;
}

export class ExtractCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writeErrors: 0 };
  private made = new Set<string>();
  /**
   * The entry names of each shard folder, read once: a miss then costs no failed open (a new
   * archive is all misses, and each failed open was a thrown error and a round trip to the
   * file system). An entry another process writes meanwhile is at worst one more miss.
   */
  private listings = new Map<string, Promise<Set<string>>>();
  private seq = 0;

  constructor(
    readonly dir: string,
    private readonly toolVersion: string,
    private readonly options: ExtractOptions,
    /** The code's fingerprint (`codeFingerprint()`); part of every key. */
    private readonly code: string = codeFingerprint(),
  ) {}

  /** What of this cache's version and options the extraction depends on. */
  private optionsKey(): object {
    const { types, keepBoilerplate, maxClaims } = this.options;
    const key: Record<string, unknown> = { layout: LAYOUT, version: this.toolVersion, code: this.code, types: types ?? null, keepBoilerplate: keepBoilerplate ?? false };
    // (`CLAIMCHECK_MAX_CLAIMS`: a run with another limit keeps other claims of a dense article)
    if (maxClaims !== undefined) key.maxClaims = maxClaims;
    return key;
  }

  /** The key of an article's extraction under this cache's version and options (hex SHA-256). */
  key(article: Article): string {
    const { id: _id, path: _path, ...content } = article;
    return createHash('sha256')
      .update(JSON.stringify(this.optionsKey()))
      .update('\0')
      .update(JSON.stringify(content))
      .digest('hex');
  }

  private file(key: string): string {
    return path.join(this.dir, `v${LAYOUT}`, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** The cached result for `article` (with its own id and path), or `undefined`. */
  async get(article: Article, key = this.key(article)): Promise<ExtractedArticle | undefined> {
    const file = this.file(key);
    if (!(await this.listing(path.dirname(file))).has(path.basename(file))) {
      this.stats.misses++;
      return undefined;
    }
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as { key?: unknown; result?: ExtractedArticle };
      if (entry.key !== key || typeof entry.result !== 'object' || entry.result === null || !Array.isArray(entry.result.claims)) throw new Error('mismatch');
      this.stats.hits++;
      return { ...entry.result, id: article.id, path: article.path };
    } catch {
      this.stats.corrupt++;
      this.stats.misses++;
      return undefined;
    }
  }

  private listing(dir: string): Promise<Set<string>> {
    let names = this.listings.get(dir);
    if (!names) {
      names = readdir(dir).then(
        (list) => new Set(list),
        () => new Set<string>(),
      );
      this.listings.set(dir, names);
    }
    return names;
  }

  /** Store a result atomically (temporary file + rename); failures are counted, never thrown. */
  async put(key: string, result: ExtractedArticle): Promise<void> {
    await this.putJson(key, JSON.stringify(result));
  }

  /** `put` of a result already written as JSON (`JSON.stringify(result)`, as a worker answers it). */
  async putJson(key: string, resultJson: string): Promise<void> {
    const file = this.file(key);
    const tmp = `${file}.${process.pid}.${this.seq++}.tmp`;
    try {
      const dir = path.dirname(file);
      if (!this.made.has(dir)) {
        await mkdir(dir, { recursive: true });
        this.made.add(dir);
      }
      // (the bytes of `JSON.stringify({ key, result })`: the key is hex, nothing to escape)
      await writeFile(tmp, `{"key":${JSON.stringify(key)},"result":${resultJson}}`);
      await rename(tmp, file);
      (await this.listing(dir)).add(path.basename(file));
    } catch {
      this.stats.writeErrors++;
      await unlink(tmp).catch(() => undefined);
    }
  }
}
