/**
 * The compare stage: `check` groups the claims of one story's articles that speak of the same
 * thing and judges each group; `diff` compares two articles (or two versions of one);
 * `wordDiff` is the word-level difference both use.
 *
 * Pipeline: refs (every claim with its article) → find groups per kind (figures and dates in
 * `measures`, quotes in `quotes`, findings in `findings`) → judge each group → order, number
 * and shape them as the report's `Group`s. Text reuse is computed from the segmented bodies.
 */
import type { CheckReport, Claim, ExtractedArticle, Group, Segmented, Verdict } from '../schema.js';
import { groupClaim } from './claims.js';
import { CHECK_SCHEMA } from '../schema-ids.js';
import { compareFindings } from './findings.js';
import type { Found, Ref, StageContext } from './found.js';
import { byPosition } from './found.js';
import { groupMeasures, judgeMeasures, measureItems } from './measures.js';
import { compareQuotes } from './quotes.js';
import { textReuse } from './reuse.js';

export { wordDiff } from './worddiff.js';
export { diff } from './diff.js';
export { groupClaim } from './claims.js';

/** One article to compare: its claims, and its segmented body (sentences and excluded spans, for text reuse). */
export interface CheckInput {
  article: ExtractedArticle;
  doc: Segmented;
}

export interface CheckOptions {
  /** Relative tolerance for figures, e.g. 0.05 for 5 %; default 0: exact after rounding to the precision written. */
  tolerance?: number;
}

const VERDICT_ORDER: Record<Verdict, number> = { conflict: 0, variant: 1, attribution: 2, agree: 3, single: 4 };
const TYPE_ORDER = { figure: 0, date: 1, quote: 2, finding: 3 } as const;

/** How an article is named in explanations: its publisher when known, else its id. */
export function sourceName(a: Pick<ExtractedArticle, 'id' | 'publisher'>): string {
  return a.publisher?.trim() || a.id;
}

/** Group and judge the claims of all articles. */
export function check(inputs: readonly CheckInput[], options: CheckOptions = {}): Omit<CheckReport, 'errors'> {
  const articles = inputs.map((i) => i.article);
  const ctx: StageContext = { name: (art) => sourceName(articles[art]!), tolerance: options.tolerance ?? 0 };
  const refs: Ref[] = [];
  articles.forEach((a, art) => {
    for (const claim of a.claims) refs.push({ art, claim });
  });
  const found: Found[] = [
    ...groupMeasures(measureItems(refs, articles.map((a) => a.published), ctx)).map((g) => judgeMeasures(g, ctx)),
    ...compareQuotes(refs, articles.map((a) => a.entities), ctx),
    ...compareFindings(refs, ctx),
  ];
  // every claim in exactly one group: anything a stage could not read (an unresolved date) stands alone
  const placed = new Set<Claim>();
  for (const f of found) for (const m of f.members) placed.add(m.claim);
  for (const r of refs) if (!placed.has(r.claim)) found.push(alone(r, ctx));
  const groups = order(found).map((f, i, all) => toGroup(f, all, articles));
  const summary = { articles: articles.length, claims: refs.length, agree: 0, conflict: 0, variant: 0, attribution: 0, single: 0 };
  for (const g of groups) summary[g.verdict]++;
  return {
    schema: CHECK_SCHEMA,
    articles: articles.map((a) => ({ id: a.id, path: a.path, title: a.title, publisher: a.publisher, published: a.published })),
    groups,
    reuse: textReuse(inputs.map((i) => i.doc), articles.map((a) => a.id)),
    summary,
  };
}

function alone(r: Ref, ctx: StageContext): Found {
  const what = r.claim.type === 'date' ? `the date “${r.claim.text}”, which cannot be placed in time` : `“${r.claim.text}”`;
  return { type: r.claim.type, verdict: 'single', label: r.claim.text, members: [r], explanation: `Only ${ctx.name(r.art)} gives ${what}.` };
}

/** Report order: verdict, then type, then first appearance. */
function order(found: Found[]): Found[] {
  for (const f of found) f.members.sort(byPosition);
  return found.sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      byPosition(a.members[0]!, b.members[0]!),
  );
}

const counters = new WeakMap<Found[], Map<string, number>>();

function toGroup(f: Found, all: Found[], articles: readonly ExtractedArticle[]): Group {
  let c = counters.get(all);
  if (!c) counters.set(all, (c = new Map()));
  const n = (c.get(f.type) ?? 0) + 1;
  c.set(f.type, n);
  const g: Group = {
    id: `${f.type}-${n}`,
    type: f.type,
    verdict: f.verdict,
    label: f.label,
    explanation: f.explanation,
    claims: f.members.map((m) => groupClaim(m.claim, articles[m.art]!)),
  };
  if (f.diff) g.diff = f.diff;
  return g;
}

