// Markdown: how many claims come out the same when a real article is written as Markdown (as
// converters of web pages write it) as from its plain text. Each article of the .txt files of
// ../shared/datasets/ecbplus, ../shared/datasets/polnear and ../shared/corpus gets: every
// mention of the people and bodies its plain text names turned into a link, its figures in
// bold, its dates in italics, and every paragraph that opens with a quotation mark as a
// blockquote; then both are extracted (the Markdown one as a `.md` file). A claim is the same
// when its type, text (Markdown syntax and white space aside), speaker or source, and value or
// date are. Asserts nothing.
//
// Usage: npm run build && node bench/eval-markdown.js
import { extractArticle } from '../dist/extract/index.js';
import { realTextArticles, sharedCount } from './real-articles.js';

const articles = await realTextArticles();
if (!articles.length) {
  console.log('eval-markdown: no articles found under ../shared (skipped)');
  process.exit(0);
}

/** The article as Markdown: edits (sorted spans with their replacement) applied to its plain text. */
function asMarkdown(article, plain) {
  const body = article.body;
  const edits = [];
  const taken = [];
  const free = (s, e) => !taken.some(([a, b]) => s < b && a < e);
  const wrapSpan = (s, e, open, close) => {
    if (e <= s || !free(s, e)) return;
    taken.push([s, e]);
    edits.push([s, s, open], [e, e, close]);
  };
  for (const c of plain.claims) {
    if (c.type === 'figure') wrapSpan(c.start, c.end, '**', '**');
    else if (c.type === 'date') wrapSpan(c.start, c.end, '_', '_');
  }
  let n = 0;
  for (const e of plain.entities) {
    if (e.kind !== 'person' && e.kind !== 'organisation') continue;
    for (let at = body.indexOf(e.name); at !== -1; at = body.indexOf(e.name, at + e.name.length)) {
      wrapSpan(at, at + e.name.length, '[', `](https://example.com/${++n})`);
    }
  }
  // paragraphs that open with a quotation mark: blockquotes
  for (let at = 0; at < body.length; at = body.indexOf('\n', at) + 1) {
    if (/["“]/.test(body[at] ?? '') && (at === 0 || body[at - 1] === '\n')) edits.push([at, at, '> ']);
    if (body.indexOf('\n', at) === -1) break;
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let kept = 0;
  for (const [s, e, text] of edits) {
    out += body.slice(kept, s) + text;
    kept = e;
  }
  return out + body.slice(kept);
}

const strip = (t) => t.replace(/\]\(https:\/\/example\.com\/\d+\)/g, '').replace(/[[\]*_>]/g, '').replace(/\s+/g, ' ').trim();
const said = (c) => [c.type, strip(c.text), c.speaker ?? c.source ?? '', c.value ?? c.date ?? ''].join('|');

let same = 0;
let total = 0;
let identical = 0;
for (const a of articles) {
  const plain = extractArticle(a);
  const md = extractArticle({ ...a, format: 'md', path: a.path.replace(/\.txt$/, '.md'), body: asMarkdown(a, plain) });
  const want = plain.claims.map(said);
  const s = sharedCount(want, md.claims.map(said));
  same += s;
  total += want.length;
  if (s === want.length && md.claims.length === s) identical++;
}
const pct = (x, y) => ((100 * x) / Math.max(y, 1)).toFixed(1);
console.log(`eval-markdown: ${articles.length} real articles written as Markdown (people and bodies linked, figures bold, dates italic, quotations as blockquotes)`);
console.log(`  claims the same as from the plain text ${same}/${total} (${pct(same, total)}%), articles identical ${identical}/${articles.length} (${pct(identical, articles.length)}%)`);
