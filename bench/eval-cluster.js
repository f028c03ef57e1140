// Evaluation of `cluster` on ECB+ (../shared/datasets/ecbplus/): 43 topics, each with two
// events of the same kind (`<t>_ecb`, `<t>_ecbplus`), 86 hand-made event clusters, 982
// articles. Pools every article, clusters them, and prints B-cubed precision, recall and F1
// against the folders (an unclustered article counts as a story of its own), the time, and
// per topic how its two events came out. Publication dates come from each folder's
// manifest.json (`date_line_guess`, read with claimcheck's own date extractor) when present.
// Asserts nothing.
//
// Usage: npm run build && node bench/eval-cluster.js [--verbose] [--scale N] [--threshold X]
//   --scale N   also time clustering on N copies of the archive (ids and dates shifted), e.g. 10
//               for about 10,000 articles
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '../dist/extract/index.js';
import { extractDates } from '../dist/extract/dates/index.js';
import { segment } from '../dist/text/segment.js';
import { cluster } from '../dist/cluster/index.js';

const ROOT = fileURLToPath(new URL('../../shared/datasets/ecbplus/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const scale = flag('--scale') ?? 0;
const options = {};
for (const k of ['threshold', 'duplicate', 'dateWindow', 'nameWeight', 'entityWeight', 'factWeight', 'indexTerms', 'maxPosting', 'minShared']) {
  const v = flag(`--${k}`);
  if (v !== undefined) options[k] = v;
}

if (!existsSync(ROOT)) {
  console.log(`eval-cluster: skipped, ${ROOT} is absent`);
  process.exit(0);
}

function article(id, body, published) {
  return { id, path: `${id}.txt`, title: null, publisher: null, published, byline: null, url: null, format: 'txt', body, excluded: [] };
}

/** The first whole day the date line names, as `YYYY-MM-DD`, else null. */
function publishedOf(line) {
  if (!line) return null;
  const d = extractDates(segment(article('date-line', line, null)), { published: null }).find((c) => c.precision === 'day' && c.basis === 'explicit' && /^\d{4}-\d\d-\d\d$/.test(c.date ?? ''));
  return d ? d.date : null;
}

const t0 = performance.now();
const gold = new Map(); // article id → folder
const articles = [];
for (const folder of readdirSync(ROOT).sort()) {
  const dir = `${ROOT}${folder}/`;
  if (!existsSync(`${dir}manifest.json`)) continue;
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
  const dates = new Map(manifest.articles.map((a) => [a.file, publishedOf(a.date_line_guess)]));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const id = `${folder}/${file.replace(/\.txt$/, '')}`;
    gold.set(id, folder);
    articles.push(article(id, readFileSync(dir + file, 'utf8'), dates.get(file) ?? null));
  }
}
const inputs = articles.map((a) => {
  const { extracted, doc } = extractDocument(a);
  return { article: extracted, doc };
});
const t1 = performance.now();
const report = cluster(inputs, options);
const t2 = performance.now();

// predicted story of every article (unclustered: its own)
const predicted = new Map();
for (const s of report.stories) for (const id of s.articles) predicted.set(id, s.id);
for (const id of report.unclustered) predicted.set(id, `alone:${id}`);
const members = (map) => {
  const out = new Map();
  for (const [id, c] of map) (out.get(c) ?? out.set(c, []).get(c)).push(id);
  return out;
};
const goldMembers = members(gold);
const predMembers = members(predicted);
let p = 0;
let r = 0;
for (const [id, g] of gold) {
  const pm = predMembers.get(predicted.get(id));
  const gm = goldMembers.get(g);
  const both = pm.filter((x) => gold.get(x) === g).length;
  p += both / pm.length;
  r += both / gm.length;
}
p /= gold.size;
r /= gold.size;
const f1 = (2 * p * r) / (p + r);
const dated = articles.filter((a) => a.published).length;
console.log(`ECB+ pooled: ${articles.length} articles (${dated} dated), ${goldMembers.size} gold events`);
console.log(`  ${report.stories.length} stories, ${report.unclustered.length} unclustered`);
console.log(`  B-cubed precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`);
console.log(`  time: load+extract ${((t1 - t0) / 1000).toFixed(2)} s, cluster ${((t2 - t1) / 1000).toFixed(2)} s`);

// per topic: how each event's articles spread, and what they share a story with
const topics = [...new Set([...goldMembers.keys()].map((g) => g.split('_')[0]))].sort((a, b) => Number(a) - Number(b));
let merged = 0;
let split = 0;
let cross = 0;
const lines = [];
for (const t of topics) {
  const parts = [];
  for (const sub of ['ecb', 'ecbplus']) {
    const g = `${t}_${sub}`;
    const ids = goldMembers.get(g) ?? [];
    const stories = new Map();
    for (const id of ids) stories.set(predicted.get(id), (stories.get(predicted.get(id)) ?? 0) + 1);
    const alone = [...stories.keys()].filter((k) => k.startsWith('alone:')).length;
    const real = [...stories.entries()].filter(([k]) => !k.startsWith('alone:')).sort((a, b) => b[1] - a[1]);
    const main = real[0];
    let sibling = 0;
    let other = 0;
    if (main) {
      for (const x of predMembers.get(main[0])) {
        if (gold.get(x) === g) continue;
        if (gold.get(x).split('_')[0] === t) sibling++;
        else other++;
      }
    }
    if (sibling) merged++;
    if (real.length > 1) split++;
    if (other) cross++;
    parts.push(`${sub} ${ids.length}: main story ${main ? main[1] : 0}${real.length > 1 ? `, split ${real.map((e) => e[1]).join('+')}` : ''}${alone ? `, ${alone} alone` : ''}${sibling ? `, +${sibling} of sibling event` : ''}${other ? `, +${other} of other topics` : ''}`);
  }
  lines.push(`  topic ${t.padStart(2)}: ${parts.join(' | ')}`);
}
console.log(`per-topic confusions: ${merged} events share their main story with their sibling event, ${split} split over several stories, ${cross} mixed with other topics`);
if (verbose) console.log(lines.join('\n'));
else console.log('  (--verbose for every topic)');

if (scale > 1) {
  const big = [];
  for (let k = 0; k < scale; k++) {
    for (const { article: a, doc } of inputs) {
      const shift = (d) => (d ? new Date(Date.parse(d) + k * 400 * 86_400_000).toISOString().slice(0, 10) : d);
      big.push({ article: { ...a, id: `${k}/${a.id}`, published: shift(a.published) }, doc });
    }
  }
  const s0 = performance.now();
  const rep = cluster(big, options);
  console.log(`scale: ${big.length} articles clustered in ${((performance.now() - s0) / 1000).toFixed(2)} s (${rep.stories.length} stories)`);
}
