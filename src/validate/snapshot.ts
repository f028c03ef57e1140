/**
 * The snapshot of a corpus that `claimcheck snapshot` writes and `claimcheck validate` compares
 * against: every article's claims and every story's check, in a stable, sorted, diff-friendly
 * form with no timings and no absolute paths. Articles in one folder of the corpus are one story.
 */
import { check, type CheckInput } from '../compare/index.js';
import type { CheckReport, Claim, ExtractedArticle, Verdict } from '../schema.js';

export const SNAPSHOT_SCHEMA = 'claimcheck/snapshot@1';
/** The snapshot's file name, inside the corpus folder. */
export const SNAPSHOT_FILE = 'claimcheck.expected.json';

/** Options that change the result, recorded so that a later run can tell it used others. */
export interface SnapshotOptions {
  types: string[] | null;
  tolerance: number;
  keepBoilerplate: boolean;
}

export interface SnapshotArticle {
  id: string;
  /** Path relative to the corpus folder, with `/` separators. */
  path: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  byline: string | null;
  claims: Claim[];
}

export interface SnapshotGroup {
  type: Claim['type'];
  verdict: Verdict;
  label: string;
  /** The group's claims as `{article, claim}` ids. */
  claims: Array<{ article: string; claim: string }>;
}

export interface SnapshotStory {
  /** The folder, relative to the corpus (`.` for its top level). */
  folder: string;
  articles: string[];
  groups: SnapshotGroup[];
  reuse: Array<{ a: string; b: string; shared: number }>;
  summary: CheckReport['summary'];
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  options: SnapshotOptions;
  articles: SnapshotArticle[];
  stories: SnapshotStory[];
}

/** The folder part of a corpus-relative path (`.` at the top). */
function folderOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '.' : rel.slice(0, i);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Build the snapshot. `relPath` maps an article's path as loaded to its path relative to the
 * corpus; inputs are sorted by that path (then id) so the order of discovery does not matter.
 */
export function buildSnapshot(inputs: readonly CheckInput[], relPath: (p: string) => string, options: SnapshotOptions): Snapshot {
  const sorted = inputs
    .map((i) => ({ input: i, rel: relPath(i.article.path) }))
    .sort((x, y) => byText(x.rel, y.rel) || byText(x.input.article.id, y.input.article.id));
  const articles = sorted.map(({ input: { article: a }, rel }) => snapshotArticle(a, rel));
  const folders = new Map<string, CheckInput[]>();
  for (const { input, rel } of sorted) {
    const f = folderOf(rel);
    const l = folders.get(f);
    if (l) l.push(input);
    else folders.set(f, [input]);
  }
  const stories = [...folders]
    .sort(([a], [b]) => byText(a, b))
    .map(([folder, members]) => snapshotStory(folder, members, options.tolerance));
  return { schema: SNAPSHOT_SCHEMA, options, articles, stories };
}

function snapshotArticle(a: ExtractedArticle, rel: string): SnapshotArticle {
  return { id: a.id, path: rel, title: a.title, publisher: a.publisher, published: a.published, byline: a.byline, claims: a.claims };
}

function snapshotStory(folder: string, members: CheckInput[], tolerance: number): SnapshotStory {
  const report = check(members, { tolerance });
  return {
    folder,
    articles: members.map((m) => m.article.id),
    groups: report.groups.map((g) => ({
      type: g.type,
      verdict: g.verdict,
      label: g.label,
      claims: g.claims.map((c) => ({ article: c.article, claim: c.claim })),
    })),
    reuse: report.reuse.map((r) => ({ a: r.a, b: r.b, shared: r.shared })),
    summary: report.summary,
  };
}

/** The snapshot as written to disk: two-space JSON with a final newline. */
export function formatSnapshot(s: Snapshot): string {
  return JSON.stringify(s, null, 2) + '\n';
}

/**
 * Read a snapshot file's text. Returns a message instead when it is not one (not JSON, another
 * schema, or missing its parts), so the caller can name the file.
 */
export function parseSnapshot(text: string): Snapshot | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON: ${(e as Error).message}` };
  }
  const s = raw as Partial<Snapshot> | null;
  if (!s || typeof s !== 'object') return { problem: 'not a snapshot (expected a JSON object)' };
  if (s.schema !== SNAPSHOT_SCHEMA) return { problem: `not a snapshot of this version (schema "${String(s.schema)}", expected "${SNAPSHOT_SCHEMA}")` };
  if (!Array.isArray(s.articles) || !Array.isArray(s.stories) || !s.options) return { problem: 'not a snapshot (articles, stories or options missing)' };
  return s as Snapshot;
}
