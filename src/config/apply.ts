/**
 * What a configuration changes in the pipeline: boilerplate patterns add excluded lines to an
 * article before extraction; speaker aliases rename speakers and sources after it.
 */
import type { Article, ExcludedSpan, ExtractedArticle } from '../schema.js';

/** Compile boilerplate patterns once (case-insensitive; each tested against one line). */
export function compilePatterns(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'i'));
}

/**
 * The article with every body line that a pattern matches excluded from extraction (rule
 * `config/boilerplate`). The body is unchanged, so offsets stay true.
 */
export function excludeMatchingLines(article: Article, patterns: readonly RegExp[]): Article {
  if (!patterns.length || !article.body) return article;
  const added: ExcludedSpan[] = [];
  const body = article.body;
  for (let start = 0; start < body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const line = body.slice(start, end).replace(/\r$/, '');
    if (line.trim() && patterns.some((re) => re.test(line))) added.push({ start, end: start + line.length, rule: 'config/boilerplate' });
    start = end + 1;
  }
  if (!added.length) return article;
  return { ...article, excluded: mergeSpans([...article.excluded, ...added]) };
}

/** Sorted, non-overlapping spans; where two overlap, the first one's rule is kept. */
function mergeSpans(spans: ExcludedSpan[]): ExcludedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ExcludedSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Aliases keyed by lower-cased, space-normalised name. */
export function aliasTable(aliases: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(aliases).map(([k, v]) => [keyOf(k), v.trim()]));
}

function keyOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Speakers of quotes, sources of findings, the attribution of every claim and the names of
 * entities by the alias table (a whole name, any case). Untouched when the table is empty or nothing matches.
 */
export function applyAliases(article: ExtractedArticle, table: ReadonlyMap<string, string>): ExtractedArticle {
  if (!table.size) return article;
  const rename = (name: string | null | undefined) => (name ? (table.get(keyOf(name)) ?? name) : name);
  let changed = false;
  const claims = article.claims.map((c) => {
    // the name fields a claim may carry: a quote's speaker, a finding's source, a figure's or date's attribution
    const fields = c as unknown as Record<string, string | null | undefined>;
    const next: Record<string, unknown> = {};
    for (const key of ['speaker', 'source', 'attribution']) {
      const renamed = rename(fields[key]);
      if (renamed !== fields[key]) next[key] = renamed;
    }
    if (!Object.keys(next).length) return c;
    changed = true;
    return { ...c, ...next } as typeof c;
  });
  const entities = article.entities.map((e) => {
    const name = rename(e.name)!;
    if (name === e.name) return e;
    changed = true;
    return { ...e, name, aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== name) };
  });
  return changed ? { ...article, claims, entities } : article;
}
