// Hard-wrapped text: how many claims come out the same when an article's paragraphs are
// re-flowed at a fixed width (lines broken where the next word would not fit, as e-mail, wire
// copy and plain-text exports have them), with a blank line between paragraphs or only a line
// break (first lines indented or not), and with CRLF line ends, as when each paragraph is one
// line with a blank line between. Real articles: the .txt
// files of ../shared/datasets/ecbplus and ../shared/datasets/polnear and ../shared/corpus. A
// claim is the same when its type, text (white space as one space), speaker or source, and value
// or date are. Asserts nothing.
//
// Usage: npm run build && node bench/eval-wrap.js [width ...]   (default: 60 72 90)
import { extractArticle } from '../dist/extract/index.js';
import { segment } from '../dist/text/segment.js';
import { realTextArticles, sharedCount } from './real-articles.js';

const widths = process.argv.slice(2).map(Number);
if (!widths.length) widths.push(60, 72, 90);

const articles = await realTextArticles();
if (!articles.length) {
  console.log('eval-wrap: no articles found under ../shared (skipped)');
  process.exit(0);
}

/** Each paragraph re-flowed at `width` columns, the paragraphs apart by `gap`. */
function wrap(paragraphs, width, gap) {
  return paragraphs
    .map((p) => {
      const lines = [];
      let line = '';
      for (const word of p.split(' ').filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join(gap);
}

const said = (c) => [c.type, c.text.replace(/\s+/g, ' '), c.speaker ?? c.source ?? '', c.value ?? c.date ?? ''].join('|');

const flat = articles.map((a) => {
  const doc = segment(a);
  const paragraphs = doc.paragraphs.map((p) => a.body.slice(p.start, p.end).replace(/\s+/g, ' '));
  const body = paragraphs.join('\n\n');
  return { article: a, paragraphs, claims: extractArticle({ ...a, body }).claims.map(said) };
});
console.log(`eval-wrap: ${articles.length} real articles, ${flat.reduce((n, f) => n + f.claims.length, 0)} claims with each paragraph on one line`);
for (const [gap, layout, eol] of [
  ['\n\n', 'a blank line between paragraphs', '\n'],
  ['\n', 'only a line break between paragraphs', '\n'],
  ['\n\n', 'a blank line between paragraphs, CRLF line ends', '\r\n'],
  ['\n    ', 'only a line break between paragraphs, first lines indented', '\n'],
]) {
  console.log(` ${layout}:`);
  for (const width of widths) measure(width, gap, eol);
}

function measure(width, gap, eol) {
  let same = 0;
  let total = 0;
  let identical = 0;
  for (const f of flat) {
    const text = wrap(f.paragraphs, width, gap);
    const wrapped = extractArticle({ ...f.article, body: eol === '\n' ? text : text.replace(/\n/g, eol) }).claims.map(said);
    const s = sharedCount(f.claims, wrapped);
    same += s;
    total += f.claims.length;
    if (s === f.claims.length && wrapped.length === s) identical++;
  }
  const pct = (a, b) => ((100 * a) / Math.max(b, 1)).toFixed(1);
  console.log(`  wrapped at ${width} columns: claims the same ${same}/${total} (${pct(same, total)}%), articles identical ${identical}/${flat.length} (${pct(identical, flat.length)}%)`);
}
