// Evaluation of the findings extractor against PolNeAR's indirect attributions (news articles
// annotated with source, cue and content spans). Prints content-span precision, recall and F1
// (a prediction matches a gold content span when their character Jaccard is >= 0.5, one to one)
// and source accuracy over the matches; asserts nothing. PolNeAR also annotates attributions
// claimcheck does not read as findings (opinions, "you don't like it"), so recall is a floor.
//
// Usage: npx tsc -p tsconfig.build.json && node bench/eval-findings.js [train|dev] [--verbose] [--raw-gold]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFindings } from '../dist/extract/findings/index.js';
import { segment } from '../dist/text/segment.js';

const split = process.argv.find((a) => a === 'train' || a === 'dev') ?? 'train';
const verbose = process.argv.includes('--verbose');
const rawGold = process.argv.includes('--raw-gold');
const DIR = fileURLToPath(new URL(`../../shared/datasets/polnear/${split}/`, import.meta.url));

if (!existsSync(DIR)) {
  console.log(`eval-findings: skipped, ${DIR} is absent`);
  process.exit(0);
}

const jaccard = (a, b) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};
const spanOf = (spans) => ({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'who', 'which', 'we', 'i', 'you', '']);
const norm = (s) => (s ?? '').toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[’']s$/, '').trim();

let gold = 0;
let pred = 0;
let matched = 0;
let sourceOk = 0;
let sourceScored = 0;
let predInAny = 0;
let articles = 0;
for (const f of readdirSync(DIR).filter((x) => x.endsWith('.attributions.json'))) {
  const txt = DIR + f.replace('.attributions.json', '.txt');
  if (!existsSync(txt)) continue;
  const body = readFileSync(txt, 'utf8');
  let golds = JSON.parse(readFileSync(DIR + f, 'utf8'))
    .filter((a) => a.content?.length)
    // The converted NYT articles write quotations with two apostrophes (''…''), which the
    // conversion did not read as quote marks, so their direct and mixed attributions came out
    // as `indirect`. Content holding a ''…'' pair is a quotation, as "…" is for the other
    // publishers (see bench/eval-quotes.js); `--raw-gold` keeps the labels as converted.
    .map((a) => ({ ...spanOf(a.content), kind: !rawGold && a.kind === 'indirect' && a.content.some((c) => /''.+?''/s.test(c.text)) ? 'mixed' : a.kind, source: a.source?.map((s) => s.text).join(' ') ?? a.speaker }));
  const any = golds;
  golds = golds.filter((g) => g.kind === 'indirect');
  const article = { id: f, path: f, title: null, publisher: null, published: null, byline: null, url: null, format: 'txt', body, excluded: [] };
  const preds = extractFindings(segment(article), { published: null });
  articles++;
  gold += golds.length;
  pred += preds.length;
  const used = new Set();
  for (const p of preds) {
    let best = -1;
    let bestJ = 0.5;
    golds.forEach((g, i) => {
      if (used.has(i)) return;
      const j = jaccard(p, g);
      if (j >= bestJ) {
        bestJ = j;
        best = i;
      }
    });
    if (any.some((g) => jaccard(p, g) >= 0.5)) predInAny++;
    if (best < 0) {
      if (verbose) console.log(`FP ${f}: [${p.source}] ${p.text.slice(0, 100)}`);
      continue;
    }
    used.add(best);
    matched++;
    const g = norm(golds[best].source);
    const s = norm(p.source);
    // A gold pronoun source ("he") is not scored: claimcheck resolves pronouns to names.
    if (PRONOUNS.has(g)) continue;
    sourceScored++;
    if (s && g && (g === s || g.endsWith(s) || s.endsWith(g) || g.includes(s))) sourceOk++;
    else if (verbose) console.log(`SRC ${f}: got "${p.source}", gold "${golds[best].source}"`);
  }
}
const P = pred ? matched / pred : 0;
const R = gold ? matched / gold : 0;
const F = P + R ? (2 * P * R) / (P + R) : 0;
console.log(`eval-findings (PolNeAR ${split}, indirect attributions): ${articles} articles, ${gold} gold, ${pred} predicted, ${matched} matched`);
console.log(`  content span (Jaccard >= 0.5): P ${(100 * P).toFixed(1)}%  R ${(100 * R).toFixed(1)}%  F1 ${(100 * F).toFixed(1)}%`);
console.log(`  precision against any attribution (indirect, direct or mixed): ${(100 * (pred ? predInAny / pred : 0)).toFixed(1)}%`);
console.log(`  source accuracy on matches with a non-pronoun gold source (${sourceScored}): ${(100 * (sourceScored ? sourceOk / sourceScored : 0)).toFixed(1)}%`);
