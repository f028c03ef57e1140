/** The worker pool of `extract --jobs`: input order, a bounded window, streaming, and crashes that cost one article. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { orderedMap } from '../src/cli/pool.js';
import { batches, extractEach } from '../src/cli/batch.js';
import { extractArticle } from '../src/extract/index.js';
import { articleFromText } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p: string) => pathToFileURL(path.join(root, 'dist', p)).href;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* from<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

describe('orderedMap', () => {
  test('yields in source order however the calls finish, with at most `window` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    const delays = [30, 1, 20, 5, 1, 15, 2, 8, 1, 1];
    for await (const x of orderedMap(from(delays.map((d, i) => [i, d] as const)), async ([i, d]) => {
      most = Math.max(most, ++inFlight);
      await sleep(d);
      inFlight--;
      return i;
    }, 3)) out.push(x);
    expect(out).toEqual(delays.map((_, i) => i));
    expect(most).toBeLessThanOrEqual(3);
  });

  test('yields a finished head while the source is still waiting (a pipe that has not closed)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield 1;
      await gate; // stdin still open
      yield 2;
    }
    const it = orderedMap(slow(), async (x) => x * 10, 4);
    expect((await it.next()).value).toBe(10);
    release();
    expect((await it.next()).value).toBe(20);
    expect((await it.next()).done).toBe(true);
  });
});

describe('batches', () => {
  const all = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  };

  test('groups ready items up to the count or the weight, in order, nothing lost', async () => {
    const xs = Array.from({ length: 37 }, (_, i) => i);
    expect(await all(batches(from(xs), { count: 16, weight: Infinity }, () => 1))).toEqual([xs.slice(0, 16), xs.slice(16, 32), xs.slice(32)]);
    // weights 10 each, closed at 30
    expect((await all(batches(from(xs.slice(0, 7)), { count: 16, weight: 30 }, () => 10))).map((b) => b.length)).toEqual([3, 3, 1]);
    expect(await all(batches(from([]), { count: 16, weight: Infinity }, () => 1))).toEqual([]);
  });

  test('sends what it has when the source waits (a pipe that has not closed): no item waits for the next', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* pipe() {
      yield 1;
      yield 2;
      await gate; // stdin still open, no more input yet
      yield 3;
    }
    const it = batches(pipe(), { count: 16, weight: Infinity }, () => 1);
    expect((await it.next()).value).toEqual([1, 2]);
    release();
    expect((await it.next()).value).toEqual([3]);
    expect((await it.next()).done).toBe(true);
  });
});

describe('extractEach', () => {
  test('a batch gives what extractArticle gives one by one; an article that throws fails alone', () => {
    const good = ['The council spent £3.8 million in 2016.', '"We are sorry," said Jo Smith, the director.'].map((t, i) => articleFromText(t, { id: `g${i}` }));
    expect(extractEach(good, {})).toEqual(good.map((a) => ({ result: extractArticle(a) })));
    const broken = { ...good[0]!, id: 'broken', body: undefined as unknown as string };
    const out = extractEach([good[0]!, broken, good[1]!], {});
    expect(out.map((x) => 'result' in x)).toEqual([true, false, true]);
    expect(out[0]).toEqual({ result: extractArticle(good[0]!) });
    expect(out[2]).toEqual({ result: extractArticle(good[1]!) });
  });
});

describe('ExtractPool (built, from dist/)', () => {
  test('gives what extractArticle gives, in order', async () => {
    const { ExtractPool } = (await import(dist('cli/pool.js'))) as typeof import('../src/cli/pool.js');
    const pool = new ExtractPool(2);
    try {
      const texts = ['The council spent £3.8 million in 2016.', 'Nothing here.', '"We are sorry," said Jo Smith, the director.'];
      const articles = texts.map((t, i) => articleFromText(t, { id: `a${i}` }));
      const expected = articles.map((a) => ({ ok: true, result: extractArticle(a) }));
      // one batch, and one article a batch
      expect(await pool.run(articles, {})).toEqual(expected);
      expect((await Promise.all(articles.map((a) => pool.run([a], {})))).flat()).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  test('renders an article as the formatter does, and parses a page as the loader does', async () => {
    const { ExtractPool } = (await import(dist('cli/pool.js'))) as typeof import('../src/cli/pool.js');
    const { EXTRACT_FORMATS } = (await import(dist('report/extract.js'))) as typeof import('../src/report/extract.js');
    const { htmlToText } = (await import(dist('load/html.js'))) as typeof import('../src/load/html.js');
    const pool = new ExtractPool(2);
    try {
      const a = articleFromText('"We are sorry," said Jo Smith, the director. The council spent £3.8m in 2016.', { id: 'r' });
      const [out] = await pool.run([a], {}, { format: 'ndjson', colorLevel: 0, aliases: { 'Jo Smith': 'Joanna Smith' } });
      const expected = extractArticle(a);
      const renamed = { ...expected, claims: expected.claims.map((c) => (c.type === 'quote' && c.speaker === 'Jo Smith' ? { ...c, speaker: 'Joanna Smith' } : c)) };
      expect(out).toMatchObject({ ok: true, rendered: { text: EXTRACT_FORMATS.ndjson().body(renamed) } });
      expect(out!.ok && 'rendered' in out! && out.rendered.text.join('')).toContain('"speaker":"Joanna Smith"');
      const page = '<html><head><title>Budget set</title></head><body><nav>Home | News</nav><article><h1>Budget set</h1><p>The council agreed a budget of £4m on Monday, its leader said.</p></article></body></html>';
      expect(await pool.parseHtml(page, {})).toEqual(htmlToText(page, {}));
    } finally {
      await pool.close();
    }
  });

  test('a page and an article given to one worker at once are both answered (the first page waits for the HTML loader)', async () => {
    const { ExtractPool } = (await import(dist('cli/pool.js'))) as typeof import('../src/cli/pool.js');
    const { htmlToText } = (await import(dist('load/html.js'))) as typeof import('../src/load/html.js');
    const pool = new ExtractPool(1);
    try {
      const page = '<html><head><title>Budget set</title></head><body><article><p>The council agreed a budget of £4m on Monday, its leader said.</p></article></body></html>';
      const a = articleFromText('Sales rose 4% in 2016.', { id: 'x' });
      const [parsed, [out]] = await Promise.all([pool.parseHtml(page, {}), pool.run([a], {})]);
      expect(parsed).toEqual(htmlToText(page, {}));
      expect(out).toEqual({ ok: true, result: extractArticle(a) });
    } finally {
      await pool.close();
    }
  }, 20_000);

  test('a worker that dies costs only the article that kills it: an error, and the others (of its batch too) still come back', async () => {
    const { ExtractPool } = (await import(dist('cli/pool.js'))) as typeof import('../src/cli/pool.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-pool-'));
    const crashy = path.join(dir, 'crashy-worker.mjs');
    // the worker's protocol, except that an article with id "crash" kills its thread
    writeFileSync(
      crashy,
      `import { parentPort } from 'node:worker_threads';
       import { extractArticle } from ${JSON.stringify(dist('extract/index.js'))};
       parentPort.on('message', (t) => {
         if (t.articles.some((a) => a.id === 'crash')) process.exit(3);
         parentPort.postMessage({ seq: t.seq, answers: t.articles.map((a) => ({ result: extractArticle(a, t.options) })) });
       });\n`,
    );
    const pool = new ExtractPool(2, pathToFileURL(crashy));
    try {
      const batch = (...ids: string[]) => ids.map((id) => articleFromText('Sales rose 4% in 2016.', { id }));
      const outcomes = (await Promise.all([pool.run(batch('a', 'crash', 'b'), {}), pool.run(batch('c'), {}), pool.run(batch('d', 'e'), {})])).flat();
      expect(outcomes.map((o) => o.ok)).toEqual([true, false, true, true, true, true]);
      expect(outcomes[1]).toEqual({ ok: false, message: 'extraction failed: worker exited with code 3' });
      expect(outcomes.filter((o) => o.ok).map((o) => (o.ok && 'result' in o ? o.result.id : ''))).toEqual(['a', 'b', 'c', 'd', 'e']);
    } finally {
      await pool.close();
    }
  });

  test('the worker entry prints nothing and statically imports nothing from the CLI or the HTML loader (a page task imports it)', () => {
    const src = readFileSync(path.join(root, 'src', 'cli', 'worker.ts'), 'utf8');
    expect(src).not.toMatch(/console\.|process\.stdout/);
    // type-only imports vanish from the built code
    const runtime = src.split('\n').filter((l) => !/^import type /.test(l)).join('\n');
    expect(runtime).not.toMatch(/from '\.\.\/load|from '\.\/(run|inputs|io)/);
    expect(readFileSync(path.join(root, 'dist', 'cli', 'worker.js'), 'utf8')).not.toMatch(/^import [^;]*(?:load\/|linkedom|cheerio)/m);
  });
});
