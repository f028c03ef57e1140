/**
 * The HTML report of `claimcheck check`: one self-contained page a journalist can open from
 * `file://`, share, read on a phone and print. A pure function from the check document (plus
 * optional lookups the document lacks: each claim's sentence, titles, bylines) to a string.
 *
 * Safety: article text is untrusted. Every piece of data goes through `escapeHtml` and nothing
 * else; the page's one script only filters the DOM written here. A Content-Security-Policy
 * allows exactly the inline style and script below (by hash) and no fetches, so even a slip in
 * escaping could not run a script or load anything.
 */
import { createHash } from 'node:crypto';
import type { CheckReport, ClaimType, DiffPart, ExtractedArticle, Group, GroupClaim, Segmented, Verdict } from '../schema.js';
import { VERDICT_ORDER, VERDICT_SYMBOL, claimValue, sourceNames } from './check.js';
import { SCRIPT } from './html/script.js';
import { STYLE } from './html/style.js';

/** A claim's sentence, and where the claim stands in it: 0-based, half-open UTF-16 offsets into `sentence`. */
export interface ClaimSentence {
  sentence: string;
  start: number;
  end: number;
}

/** What the check document lacks and the page can show when the caller has it. */
export interface HtmlExtras {
  /** The sentence a claim stands in, by article id and claim id (`figure-3`); `null` when unknown. */
  sentenceOf?: (article: string, claim: string) => ClaimSentence | null;
  /** Titles by article id, preferred over the document's. */
  titles?: Map<string, string>;
  /** Bylines by article id. */
  bylines?: Map<string, string>;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\uFFFD' };

/** The one escape for text and attribute values: `& < > " '` become entities (NUL becomes U+FFFD). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\u0000]/g, (c) => ENTITY[c]!);
}

const esc = escapeHtml;
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${sha256(STYLE)}'`,
  `script-src 'sha256-${sha256(SCRIPT)}'`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const TYPES: readonly ClaimType[] = ['figure', 'date', 'quote', 'finding'];

const VERDICT_HEADING: Record<Verdict, string> = {
  conflict: 'conflict',
  variant: 'variant wording',
  attribution: 'attribution',
  agree: 'agree',
  single: 'single source',
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The verdict's symbol on its colour, named for screen readers. */
function symbol(v: Verdict, hidden = false): string {
  return hidden
    ? `<span class="sym" aria-hidden="true">${VERDICT_SYMBOL[v]}</span>`
    : `<span class="sym" role="img" aria-label="${esc(VERDICT_HEADING[v])}" title="${esc(VERDICT_HEADING[v])}">${VERDICT_SYMBOL[v]}</span>`;
}

// ---- the story's name: the words most titles share ----

const TITLE_STOPWORDS = new Set(
  'a an and are as at after be by for from has have in into is it its new of on or over says said the their to up was were with following after amid against about'.split(' '),
);

/**
 * The story in a few words: the title words that stand in the most titles (at least two), in
 * the order of their first appearance, with their commonest spelling; a lone title as it is.
 */
export function storyName(titles: readonly string[]): string | null {
  const list = titles.map((t) => t.trim()).filter(Boolean);
  if (list.length === 0) return null;
  if (list.length === 1) return list[0]!;
  const seen = new Map<string, { titles: number; first: number; forms: Map<string, number> }>();
  let position = 0;
  for (const title of list) {
    const inThis = new Set<string>();
    for (const m of title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      const form = m[0].replace(/['’]s$/u, '');
      const key = form.toLowerCase();
      if (TITLE_STOPWORDS.has(key) || key.length < 2) continue;
      let w = seen.get(key);
      if (!w) seen.set(key, (w = { titles: 0, first: position++, forms: new Map() }));
      w.forms.set(form, (w.forms.get(form) ?? 0) + 1);
      if (!inThis.has(key)) {
        w.titles++;
        inThis.add(key);
      }
    }
  }
  const top = Math.max(0, ...[...seen.values()].map((w) => w.titles));
  if (top < 2) return list[0]!;
  const words = [...seen.values()]
    .filter((w) => w.titles >= Math.max(2, top - 1))
    .sort((a, b) => b.titles - a.titles || a.first - b.first)
    .slice(0, 6)
    .sort((a, b) => a.first - b.first)
    .map((w) => [...w.forms].sort((a, b) => b[1] - a[1])[0]![0]);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- pieces of the page ----

interface Ctx {
  report: CheckReport;
  names: Map<string, string>;
  /** Column of each article id in the matrix. */
  column: Map<string, number>;
  sentenceOf: HtmlExtras['sentenceOf'];
}

function header(report: CheckReport, extras: HtmlExtras, names: Map<string, string>, story: string | null): string {
  const s = report.summary;
  const out: string[] = [];
  out.push(`<header class="page"><p class="kicker">claimcheck report</p>`);
  out.push(`<h1>${esc(story ?? `A story in ${plural(report.articles.length, 'source')}`)}</h1>`);
  out.push(`<p class="lede">${plural(s.articles, 'source')}, ${plural(s.claims, 'claim')}, ${plural(report.groups.length, 'group')} of claims that speak of the same thing.</p>`);
  out.push('<ul class="summary" aria-label="Groups per verdict">');
  for (const v of VERDICT_ORDER) out.push(`<li class="v-${v}">${symbol(v, true)} <b>${s[v]}</b> ${esc(VERDICT_HEADING[v])}</li>`);
  out.push('</ul>');
  out.push('<h2 id="sources">Sources</h2><div class="scroll"><table class="sources"><thead><tr><th scope="col">Source</th><th scope="col">Title</th><th scope="col">Published</th><th scope="col">Byline</th></tr></thead><tbody>');
  for (const a of report.articles) {
    const title = extras.titles?.get(a.id) ?? a.title;
    const byline = extras.bylines?.get(a.id) ?? null;
    out.push(
      `<tr><th scope="row">${esc(names.get(a.id) ?? a.id)}</th><td>${title ? esc(title) : '<span class="muted">—</span>'}</td>` +
        `<td>${a.published ? `<time datetime="${esc(a.published)}">${esc(a.published.slice(0, 10))}</time>` : '<span class="muted">—</span>'}</td>` +
        `<td>${byline ? esc(byline) : '<span class="muted">—</span>'}</td></tr>`,
    );
  }
  out.push('</tbody></table></div></header>');
  return out.join('\n');
}

function toolbar(report: CheckReport): string {
  const byType = new Map<ClaimType, number>();
  for (const g of report.groups) byType.set(g.type, (byType.get(g.type) ?? 0) + 1);
  const verdictButtons = VERDICT_ORDER.map((v) => {
    const n = report.summary[v];
    return `<button type="button" class="v-${v}" data-filter="verdict" data-value="${v}" aria-pressed="false"${n ? '' : ' disabled'}>${symbol(v, true)} ${esc(VERDICT_HEADING[v])} <span class="muted">(${n})</span></button>`;
  }).join('');
  const typeButtons = TYPES.map((t) => {
    const n = byType.get(t) ?? 0;
    return `<button type="button" data-filter="type" data-value="${t}" aria-pressed="false"${n ? '' : ' disabled'}>${t} <span class="muted">(${n})</span></button>`;
  }).join('');
  return (
    `<section class="toolbar" id="toolbar" aria-label="Filters" hidden>` +
    `<fieldset><legend>Verdict</legend>${verdictButtons}</fieldset>` +
    `<fieldset><legend>Type</legend>${typeButtons}</fieldset>` +
    `<div class="search"><label for="q">Search</label><input type="search" id="q" placeholder="words, sources, values" autocomplete="off" spellcheck="false"></div>` +
    `<button type="button" id="reset" disabled>Show all</button>` +
    `</section><p class="status" id="status" role="status" aria-live="polite"></p>`
  );
}

/** What one claim looks like in a matrix cell: the value for figures and dates, the words and speaker for quotes and findings. */
function cellItem(g: Group, c: GroupClaim): string {
  if (g.type === 'quote' || g.type === 'finding') {
    const who = g.type === 'quote' ? c.speaker : c.source;
    return `<li><span class="q">“${esc(oneLine(c.text, 110))}”</span><span class="who">— ${esc(who ?? 'unattributed')}</span></li>`;
  }
  return `<li><span class="val">${esc(claimValue(c))}</span><span class="words">“${esc(oneLine(c.text, 80))}”</span></li>`;
}

function matrixRow(g: Group, ctx: Ctx): string {
  const cells: GroupClaim[][] = ctx.report.articles.map(() => []);
  for (const c of g.claims) {
    const i = ctx.column.get(c.article);
    if (i !== undefined) cells[i]!.push(c);
  }
  const tds = cells.map((cs) =>
    cs.length
      ? `<td class="cell v-${g.verdict}" data-search><div class="c">${symbol(g.verdict)}<ul>${cs.map((c) => cellItem(g, c)).join('')}</ul></div></td>`
      : // An empty cell, nine bytes: a story of many sources has mostly these (the caption says what they mean).
        '<td></td>',
  );
  return (
    `<tr id="row-${esc(g.id)}" class="v-${g.verdict}" data-group="${esc(g.id)}" data-verdict="${g.verdict}" data-type="${g.type}">` +
    `<th scope="row" class="rowh" data-search><a href="#ev-${esc(g.id)}">${esc(oneLine(g.label, 120))}</a>` +
    `<span class="meta">${symbol(g.verdict, true)} ${esc(VERDICT_HEADING[g.verdict])} · ${g.type}</span></th>${tds.join('')}</tr>`
  );
}

function* matrixPieces(groups: readonly Group[], ctx: Ctx): Generator<string> {
  // Ids such as `000_aaf2051f71d1e3ca` may break after `_`, `-`, `/` or `.` rather than anywhere.
  const head = ctx.report.articles.map((a) => `<th scope="col">${esc(ctx.names.get(a.id) ?? a.id).replace(/([_/.-])/g, '$1<wbr>')}</th>`).join('');
  yield (
    `<h2 id="matrix">What each source says</h2>` +
    `<p class="muted">One row per group of claims, one column per source; conflicts and variant wordings first. A row's label leads to its evidence.</p>` +
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="matrix"><table class="matrix"><caption class="sr">Claims by group and source, with each group's verdict; an empty cell: the source does not mention it</caption>` +
    `<thead><tr><th scope="col" class="rowh">Claim group</th>${head}</tr></thead><tbody>`
  );
  for (let i = 0; i < groups.length; i++) yield i ? `\n${matrixRow(groups[i]!, ctx)}` : matrixRow(groups[i]!, ctx);
  yield `</tbody></table><p class="empty" id="empty" hidden>No group matches the filters.</p></div>`;
}

/** The sentence with the claim marked; the claim's words alone when the sentence is unknown. */
function sentenceHtml(c: GroupClaim, ctx: Ctx): string {
  const s = ctx.sentenceOf?.(c.article, c.claim) ?? null;
  if (!s) return `<mark>${esc(c.text)}</mark>`;
  const len = s.sentence.length;
  const a = Math.min(Math.max(0, s.start), len);
  const b = Math.min(Math.max(a, s.end), len);
  return `${esc(s.sentence.slice(0, a))}<mark>${esc(s.sentence.slice(a, b))}</mark>${esc(s.sentence.slice(b))}`;
}

/** A word diff: deletions struck through and marked −, insertions underlined and marked +. */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.op === 'equal' ? esc(p.text) : p.op === 'delete' ? `<del>${esc(p.text)}</del>` : `<ins>${esc(p.text)}</ins>`))
    .join(' ');
}

function evidence(g: Group, ctx: Ctx): string {
  const claims = g.claims
    .map((c) => {
      const value = g.type === 'quote' ? c.speaker ?? 'unattributed' : g.type === 'finding' ? c.source ?? 'unattributed' : claimValue(c);
      return (
        `<li><p class="who"><b>${esc(ctx.names.get(c.article) ?? c.article)}</b>` +
        `<span class="val">${esc(value)}</span><code>${esc(`${c.path}:${c.line}:${c.column}`)}</code></p>` +
        `<blockquote>${sentenceHtml(c, ctx)}</blockquote></li>`
      );
    })
    .join('');
  const diff =
    g.diff && g.diff.some((p) => p.op !== 'equal')
      ? `<p class="diff"><span class="muted">Word-level difference (− deleted, + inserted):</span> ${diffHtml(g.diff)}</p>`
      : '';
  return (
    `<section class="group v-${g.verdict}" id="ev-${esc(g.id)}" data-group="${esc(g.id)}" data-verdict="${g.verdict}" data-type="${g.type}" aria-labelledby="h-${esc(g.id)}">` +
    `<h3 id="h-${esc(g.id)}">${symbol(g.verdict)} <span class="label">${esc(g.label)}</span> <span class="type">${esc(VERDICT_HEADING[g.verdict])} · ${g.type}</span></h3>` +
    `<div data-search><p class="expl">${esc(g.explanation)}</p><ol>${claims}</ol>${diff}</div>` +
    `<a class="back" href="#row-${esc(g.id)}">Back to the matrix</a></section>`
  );
}

function reuse(report: CheckReport, names: Map<string, string>): string {
  const pairs = report.reuse.filter((r) => r.shared > 0).sort((x, y) => Math.max(y.aShare, y.bShare) - Math.max(x.aShare, x.bShare));
  const head = `<h2 id="reuse">Text reuse</h2><p class="muted">Sentences that stand word for word in two articles (a press release copied into news stories, or one outlet copying another), and the share of each article they make.</p>`;
  if (!pairs.length) return `${head}<p>No sentence stands word for word in two articles.</p>`;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const meter = (x: number): string => `<meter min="0" max="1" value="${x}" aria-hidden="true"></meter>${pct(x)}`;
  const rows = pairs.map((r) => {
    const a = esc(names.get(r.a) ?? r.a);
    const b = esc(names.get(r.b) ?? r.b);
    return `<tr><th scope="row">${a}</th><td>${b}</td><td class="n">${r.shared}</td><td class="n">${meter(r.aShare)}</td><td class="n">${meter(r.bShare)}</td></tr>`;
  });
  return (
    `${head}<div class="scroll"><table class="reuse"><thead><tr><th scope="col">Article A</th><th scope="col">Article B</th>` +
    `<th scope="col">Shared sentences</th><th scope="col">Share of A found in B</th><th scope="col">Share of B found in A</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

function errors(report: CheckReport): string {
  if (!report.errors.length) return '';
  const items = report.errors.map((e) => `<li><code>${esc(e.path)}</code>: ${esc(e.message)}</li>`).join('');
  return `<h2 id="errors">Inputs that could not be read</h2><ul class="errors">${items}</ul>`;
}

/**
 * The report page: header (story, sources, counts per verdict), the matrix of groups by
 * source, the evidence of every group, text reuse, unreadable inputs. Groups are ordered by
 * verdict (conflicts first), then as the report orders them.
 */
export function formatCheckHtml(report: CheckReport, extras: HtmlExtras = {}): string {
  return [...checkHtmlPieces(report, extras)].join('');
}

/**
 * The page in pieces, to write in turn: its matrix has a cell per group and source, and a
 * story of thousands of sources makes more than one string can hold.
 */
export function* checkHtmlPieces(report: CheckReport, extras: HtmlExtras = {}): Generator<string> {
  const names = sourceNames(report);
  const titles = report.articles.map((a) => extras.titles?.get(a.id) ?? a.title).filter((t): t is string => !!t);
  const story = storyName(titles);
  const ctx: Ctx = { report, names, column: new Map(report.articles.map((a, i) => [a.id, i])), sentenceOf: extras.sentenceOf };
  const groups = VERDICT_ORDER.flatMap((v) => report.groups.filter((g) => g.verdict === v));
  yield [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="claimcheck">',
    `<title>${esc(story ? `${story} — claimcheck` : 'claimcheck report')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#matrix">Skip to the matrix</a>',
    header(report, extras, names, story),
    '<main>',
    toolbar(report),
    '',
  ].join('\n');
  yield* matrixPieces(groups, ctx);
  yield `\n<h2 id="evidence">Evidence</h2><p class="muted">Each source's sentence with the claim marked, and where it stands (<code>path:line:column</code>).</p>\n`;
  for (let i = 0; i < groups.length; i++) yield i ? `\n${evidence(groups[i]!, ctx)}` : evidence(groups[i]!, ctx);
  yield `\n${[
    reuse(report, names),
    errors(report),
    '</main>',
    `<footer>Made by claimcheck from a <code>${esc(report.schema)}</code> document.</footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')}`;
}

/**
 * The extras the page wants, from what `check` compared: each claim's sentence (claims carry
 * it; its start in the body is found at or before the claim's start), the titles and bylines.
 */
export function htmlExtras(inputs: ReadonlyArray<{ article: ExtractedArticle; doc: Pick<Segmented, 'article'> }>): Required<HtmlExtras> {
  const sentences = new Map<string, Map<string, ClaimSentence>>();
  const titles = new Map<string, string>();
  const bylines = new Map<string, string>();
  for (const { article, doc } of inputs) {
    const body = doc.article.body;
    const byClaim = new Map<string, ClaimSentence>();
    for (const c of article.claims) {
      const at = body.lastIndexOf(c.sentence, c.start);
      if (at < 0 || at + c.sentence.length < c.end) continue;
      byClaim.set(c.id, { sentence: c.sentence, start: c.start - at, end: c.end - at });
    }
    sentences.set(article.id, byClaim);
    if (article.title) titles.set(article.id, article.title);
    if (article.byline) bylines.set(article.id, article.byline);
  }
  return { sentenceOf: (article, claim) => sentences.get(article)?.get(claim) ?? null, titles, bylines };
}
