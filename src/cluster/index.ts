/**
 * `cluster`: find the stories of an archive, each a set of articles that report the same event.
 *
 * Pipeline: sort the articles by id (so file order never matters) → features of each article
 * (`features.ts`: content stems, names, entities, figures and dates) → tf-idf vectors over the
 * archive → candidate pairs from an inverted index over each article's heaviest features (never
 * all pairs) → similarity of each candidate pair: cosine of the vectors, lowered when the
 * publication dates lie far apart → near-duplicate wire copies (MinHash, `minhash.ts`) start
 * together → average-linkage clustering (`linkage.ts`) while the mean similarity reaches
 * `threshold` → stories of at least `minArticles` articles, with stable ids.
 */
import { createHash } from 'node:crypto';
import type { ExtractedArticle, Segmented } from '../schema.js';
import { cosine, documentFrequencies, norm, tfidf, topStems, type Vector } from '../compare/context.js';
import { articleFeatures, familyOf, type ArticleFeatures } from './features.js';
import { averageLinkage, type Edge } from './linkage.js';
import { nearDuplicates, signature } from './minhash.js';
import { CLUSTER_SCHEMA, type ClusterReport, type Story } from './schema.js';

export { CLUSTER_SCHEMA, ClusterReport, Story } from './schema.js';

/** One article to cluster: its claims and entity table, and its segmented body. */
export interface ClusterInput {
  article: ExtractedArticle;
  doc: Segmented;
}

/** Thresholds and weights; each has a default in `CLUSTER_DEFAULTS`. */
export interface ClusterOptions {
  /**
   * Mean similarity (0–1) two groups of articles need to join one story. Higher: purer stories,
   * but one event's coverage split into several and more articles left unclustered; lower:
   * fewer, larger stories, and two events of the same kind (two fires, two votes) merge.
   */
  threshold?: number;
  /**
   * Estimated share of shared 4-word shingles (Jaccard, 0–1) at which two articles are copies of
   * one text (wire copy, a press release) and join at once, whatever else they say. Lower:
   * rewritten copies count too, but so may two stories built on one press release.
   */
  duplicate?: number;
  /**
   * Days apart two publication dates may lie at full similarity; beyond it similarity falls as
   * window / (window + days beyond). Larger: follow-ups weeks later stay in their story;
   * smaller: recurring events (monthly figures, annual reports) stay apart. Undated articles
   * are not penalised.
   */
  dateWindow?: number;
  /** Extra weight (×) of a word written as a name (capitalised inside a sentence). */
  nameWeight?: number;
  /** Weight (×) of a person or organisation from the entity table. */
  entityWeight?: number;
  /** Weight (×) of a counted figure or a named day or year. */
  factWeight?: number;
  /**
   * How many of its heaviest features index an article for candidate pairs. More: fewer
   * missed pairs, more time.
   */
  indexTerms?: number;
  /**
   * A feature held by more articles than this does not propose candidate pairs (it still
   * counts in the similarity): the cap that keeps the work near-linear. Larger: slower on big
   * archives, but a very large story keeps all its pairs.
   */
  maxPosting?: number;
  /** Fewest indexed features two articles must share to be compared at all. More: faster, but short articles may miss their story. */
  minShared?: number;
  /** Fewest articles a story has; smaller groups are reported as unclustered. */
  minArticles?: number;
}

export const CLUSTER_DEFAULTS: Required<ClusterOptions> = {
  threshold: 0.3,
  duplicate: 0.5,
  dateWindow: 7,
  nameWeight: 2,
  entityWeight: 2,
  factWeight: 3,
  indexTerms: 30,
  maxPosting: 400,
  minShared: 2,
  minArticles: 2,
};

const DAY_MS = 86_400_000;

/** The day number of an ISO date (`null` when unknown or unreadable). */
function dayOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published.slice(0, 10));
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

/** How much two publication days lower a pair's similarity (1 = not at all). */
export function dateFactor(a: number | null, b: number | null, window: number): number {
  if (a === null || b === null) return 1;
  const beyond = Math.abs(a - b) - window;
  return beyond <= 0 ? 1 : Math.max(window, 0.5) / (Math.max(window, 0.5) + beyond);
}

/** Stable story id: `story-` + 10 hex digits of the SHA-1 of the sorted member ids. */
export function storyId(ids: readonly string[]): string {
  return `story-${createHash('sha1').update([...ids].sort().join('\n')).digest('hex').slice(0, 10)}`;
}

/**
 * What clustering keeps of an article: its metadata, its features and the signature of its
 * shingles; not its text, claims or segmented body. An archive is clustered from these, so a
 * caller that reads articles one at a time holds a few kilobytes an article, not the article.
 */
export interface ClusterItem {
  id: string;
  path: string;
  title: string | null;
  published: string | null;
  features: Omit<ArticleFeatures, 'text'>;
  signature: Uint32Array | null;
}

/** The cluster item of one extracted article. */
export function clusterItem(input: ClusterInput): ClusterItem {
  const { text, ...features } = articleFeatures(input.article, input.doc);
  const a = input.article;
  return { id: a.id, path: a.path, title: a.title, published: a.published, features, signature: signature(text) };
}

interface Clustered<T> {
  stories: Array<{ story: Story; inputs: T[] }>;
  unclustered: T[];
}

/** The articles grouped per story, in report order, and those that fit none (for `check --by-story`). */
export function storiesOf<T extends ClusterInput>(inputs: readonly T[], options: ClusterOptions = {}): Clustered<T> {
  const sorted = byId(inputs, (i) => i.article);
  const { stories, unclustered } = group(sorted.map(clusterItem), options);
  return { stories: stories.map((s) => ({ story: s.story, inputs: s.members.map((i) => sorted[i]!) })), unclustered: unclustered.map((i) => sorted[i]!) };
}

/** Inputs sorted by id, then path (a stable sort: file order never matters). */
function byId<T>(inputs: readonly T[], article: (x: T) => { id: string; path: string }): T[] {
  return [...inputs].sort((x, y) => {
    const a = article(x);
    const b = article(y);
    return cmp(a.id, b.id) || cmp(a.path, b.path);
  });
}

/** Stories with their members as indexes, and the indexes of the articles in none. */
interface Grouped {
  stories: Array<{ story: Story; members: number[] }>;
  unclustered: number[];
}

/** Stories of items sorted by `byId`, members as indexes into them. */
function group(items: readonly ClusterItem[], options: ClusterOptions): Grouped {
  const o = { ...CLUSTER_DEFAULTS, ...options };
  const n = items.length;
  const feats = items.map((i) => i.features);
  const bags = feats.map((f) => [...f.words, ...f.entities, ...f.facts]);
  const { df } = documentFrequencies(bags);
  const vectors: Vector[] = bags.map((bag, i) => {
    const v = tfidf(bag, df, n);
    const names = feats[i]!.names;
    for (const [k, w] of v) {
      if ((df.get(k) ?? 0) < 2) v.delete(k);
      else {
        const fam = familyOf(k);
        v.set(k, w * (fam === 'entity' ? o.entityWeight : fam === 'fact' ? o.factWeight : names.has(k) ? o.nameWeight : 1));
      }
    }
    return v;
  });
  const norms = vectors.map(norm);
  const days = items.map((i) => dayOf(i.published));

  // candidate pairs: articles sharing `minShared` of their heaviest, not too common features
  const postings = new Map<string, number[]>();
  const indexed = vectors.map((v, i) => {
    const keys = topStems(v, o.indexTerms).filter((k) => (df.get(k) ?? 0) <= o.maxPosting);
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
    return keys;
  });
  const shared = new Uint16Array(n);
  const edges: Edge[] = [];
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const k of indexed[i]!) {
      for (const j of postings.get(k)!) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    for (const j of touched) {
      const enough = shared[j]! >= o.minShared;
      shared[j] = 0;
      if (!enough) continue;
      const sim = cosine(vectors[i]!, norms[i]!, vectors[j]!, norms[j]!) * dateFactor(days[i]!, days[j]!, o.dateWindow);
      if (sim > 0) edges.push({ a: i, b: j, sim });
    }
    touched.length = 0;
  }

  const dups = nearDuplicates(items.map((i) => i.signature), o.duplicate).map(([a, b]) => [a, b]);
  const clusters = averageLinkage(n, edges, o.threshold, dups);

  const centrality = new Float64Array(n);
  for (const e of edges) {
    centrality[e.a]! += e.sim;
    centrality[e.b]! += e.sim;
  }
  const stories: Grouped['stories'] = [];
  const unclustered: number[] = [];
  for (const c of clusters) {
    if (c.length < o.minArticles) {
      unclustered.push(...c);
      continue;
    }
    const ids = c.map((i) => items[i]!.id);
    const dates = c.map((i) => items[i]!.published).filter((d): d is string => !!d).sort();
    const central = c.reduce((best, i) => (centrality[i]! > centrality[best]! ? i : best), c[0]!);
    stories.push({
      story: { id: storyId(ids), label: labelOf(items[central]!.title, feats[central]!.lead), articles: [...ids].sort(), span: { from: dates[0] ?? null, to: dates.at(-1) ?? null } },
      members: c,
    });
  }
  stories.sort((p, q) => cmpNullLast(p.story.span.from, q.story.span.from) || cmp(p.story.articles[0]!, q.story.articles[0]!));
  return { stories, unclustered };
}

/** Cluster an archive: its stories and the articles that fit none. */
export function cluster(inputs: readonly ClusterInput[], options: ClusterOptions = {}): ClusterReport {
  return clusterItems(inputs.map(clusterItem), options);
}

/** Cluster an archive from its articles' cluster items (`clusterItem`), as `cluster` does. */
export function clusterItems(items: readonly ClusterItem[], options: ClusterOptions = {}): ClusterReport {
  const sorted = byId(items, (i) => i);
  const { stories, unclustered } = group(sorted, options);
  return {
    schema: CLUSTER_SCHEMA,
    stories: stories.map((s) => s.story),
    unclustered: unclustered.map((i) => sorted[i]!.id).sort(),
  };
}

/** A label of at most 100 characters: the title, else the first sentence, on one line. */
function labelOf(title: string | null, lead: string): string {
  const s = (title?.trim() || lead).replace(/\s+/g, ' ').trim();
  return s.length > 100 ? `${s.slice(0, 99).trimEnd()}…` : s;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return cmp(a, b);
}
