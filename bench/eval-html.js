/**
 * Evaluation of HTML → article text (`htmlToText`) on two public suites, read in place from
 * ../shared/datasets/ (never copied into the project). Prints figures; asserts nothing; exits 0.
 * Skips a suite cleanly when its folder is absent.
 *
 * - WCXB (`wcxb-articles-dev/`: `html/<id>.html.gz`, `ground-truth/<id>.json`): the body
 *   against `ground_truth.main_content`.
 * - Mozilla Readability's fixtures (`readability-test-pages/<case>/`): the body against the
 *   text of `expected.html`, metadata against `expected-metadata.json`.
 *
 * How it scores (decisions, so the figures can be read and reproduced):
 * - Body: word-level precision, recall and F1 per page, averaged over pages (macro), as WCXB
 *   scores: both texts lower-cased and cut into bags of words (runs of letters and digits;
 *   counts matter, order does not). Pages whose gold text is empty are skipped and counted.
 * - Title: right when equal after lower-casing, straightening quote marks and dropping
 *   everything but letters, digits and single spaces. Author: right when the name words are
 *   the same set (same normalising, `by` and `and` dropped). Date: right when the first ten
 *   characters (YYYY-MM-DD) are equal. Each over the pages whose gold value is not empty;
 *   a gold value we give as null counts as wrong.
 * - Time: wall-clock ms of `htmlToText` per page (the page already decoded), median and p95,
 *   after one warm-up page; beside it the median CPU time of the process per page and the
 *   load average, because on a shared machine the wall clock mostly measures the other jobs.
 *
 * Usage: npm run eval:html   (or: node bench/eval-html.js [wcxb|readability] [--misses N] [--baseline])
 * `--misses N` lists the N pages of lowest F1 and the metadata misses; `--baseline` also
 * scores plain Readability on linkedom (its `textContent`) for comparison.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio/slim';
import { htmlToText } from '../dist/load/html.js';
import { decode, sniffHtmlCharset } from '../dist/load/decode.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const datasets = path.resolve(here, '..', '..', 'shared', 'datasets');
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const missesAt = args.indexOf('--misses');
const misses = missesAt === -1 ? 0 : Number(args[missesAt + 1] ?? 10);
const baseline = args.includes('--baseline');

const words = (s) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function prf(pred, gold) {
  const bag = new Map();
  for (const w of words(gold)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const goldN = [...bag.values()].reduce((a, b) => a + b, 0);
  const p = words(pred);
  let tp = 0;
  for (const w of p) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      tp++;
      bag.set(w, n - 1);
    }
  }
  const P = p.length ? tp / p.length : 0;
  const R = goldN ? tp / goldN : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

const norm = (s) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const nameSet = (s) => new Set(norm(s).split(' ').filter((w) => w && w !== 'by' && w !== 'and'));
const sameName = (a, b) => {
  const x = nameSet(a);
  const y = nameSet(b);
  return x.size > 0 && x.size === y.size && [...x].every((w) => y.has(w));
};

function decodePage(bytes) {
  const d = decode(bytes, sniffHtmlCharset(bytes));
  return d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text;
}

async function baselineText(html) {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  try {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
}
function pct(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))] : 0;
}

/** Score a suite: `pages` yields {id, html, gold, title, author, date}. */
async function score(name, pages) {
  const rows = [];
  const meta = { title: [0, 0], author: [0, 0], date: [0, 0] };
  const metaMisses = [];
  const times = [];
  const cpu = [];
  let skipped = 0;
  let base = { F: 0, n: 0 };
  let warm = false;
  for (const pg of pages) {
    if (!warm) {
      htmlToText(pg.html);
      warm = true;
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = htmlToText(pg.html);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    for (const [field, gold, ours, same] of [
      ['title', pg.title, out.title, (a, b) => norm(a) === norm(b)],
      ['author', pg.author, out.byline, sameName],
      ['date', pg.date, out.published, (a, b) => (a ?? '').slice(0, 10) === (b ?? '').slice(0, 10)],
    ]) {
      if (!gold) continue;
      meta[field][1]++;
      if (ours && same(gold, ours)) meta[field][0]++;
      else metaMisses.push(`${pg.id} ${field}: gold ${JSON.stringify(gold)} ours ${JSON.stringify(ours)}`);
    }
    if (!words(pg.gold).length) {
      skipped++;
      continue;
    }
    const r = prf(out.body, pg.gold);
    rows.push({ id: pg.id, ...r });
    if (baseline) {
      base.F += prf(await baselineText(pg.html), pg.gold).F;
      base.n++;
    }
  }
  const avg = (k) => rows.reduce((a, r) => a + r[k], 0) / (rows.length || 1);
  const acc = ([ok, n]) => (n ? `${(ok / n).toFixed(3)} (${ok}/${n})` : 'n/a');
  console.log(`\n${name}: ${rows.length} pages scored${skipped ? `, ${skipped} skipped (empty gold text)` : ''}`);
  console.log(`  body words  P ${avg('P').toFixed(3)}  R ${avg('R').toFixed(3)}  F1 ${avg('F').toFixed(3)}`);
  console.log(`  F1 < 0.5 on ${rows.filter((r) => r.F < 0.5).length} pages, < 0.8 on ${rows.filter((r) => r.F < 0.8).length}`);
  console.log(`  title ${acc(meta.title)}  author ${acc(meta.author)}  date ${acc(meta.date)}`);
  console.log(
    `  ms/page  median ${median(times).toFixed(1)}  p95 ${pct(times, 0.95).toFixed(1)}  max ${Math.max(...times).toFixed(0)}  (CPU time: median ${median(cpu).toFixed(1)}, load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`,
  );
  if (baseline && base.n) console.log(`  baseline (Readability textContent on linkedom) F1 ${(base.F / base.n).toFixed(3)}`);
  if (misses) {
    console.log(`  lowest F1:`);
    for (const r of [...rows].sort((a, b) => a.F - b.F).slice(0, misses)) {
      console.log(`    ${r.id}  P ${r.P.toFixed(2)} R ${r.R.toFixed(2)} F1 ${r.F.toFixed(2)}`);
    }
    console.log(`  metadata misses (first ${misses * 3}):`);
    for (const m of metaMisses.slice(0, misses * 3)) console.log(`    ${m}`);
  }
}

function* wcxbPages(dir) {
  for (const f of readdirSync(path.join(dir, 'html')).sort()) {
    if (!f.endsWith('.html.gz')) continue;
    const id = f.slice(0, -'.html.gz'.length);
    const gtPath = path.join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(gtPath)) continue;
    const gt = JSON.parse(readFileSync(gtPath, 'utf8')).ground_truth ?? {};
    yield {
      id,
      html: decodePage(gunzipSync(readFileSync(path.join(dir, 'html', f)))),
      gold: gt.main_content ?? '',
      title: gt.title,
      author: gt.author,
      date: gt.publish_date,
    };
  }
}

function* readabilityPages(dir) {
  for (const c of readdirSync(dir).sort()) {
    const src = path.join(dir, c, 'source.html');
    if (!existsSync(src)) continue;
    const expected = readFileSync(path.join(dir, c, 'expected.html'), 'utf8');
    const m = JSON.parse(readFileSync(path.join(dir, c, 'expected-metadata.json'), 'utf8'));
    yield {
      id: c,
      html: decodePage(readFileSync(src)),
      gold: load(expected).root().text(),
      title: m.title,
      author: m.byline,
      date: m.publishedTime,
    };
  }
}

const wcxb = path.join(datasets, 'wcxb-articles-dev');
const moz = path.join(datasets, 'readability-test-pages');
if (!only || only === 'wcxb') {
  if (existsSync(path.join(wcxb, 'html'))) await score('WCXB articles (dev)', wcxbPages(wcxb));
  else console.log(`skipped WCXB: ${wcxb} is absent`);
}
if (!only || only === 'readability') {
  if (existsSync(moz)) await score('Readability test pages', readabilityPages(moz));
  else console.log(`skipped Readability test pages: ${moz} is absent`);
}
