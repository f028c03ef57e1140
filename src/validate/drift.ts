/**
 * What changed between a corpus's snapshot and a fresh run: options, articles, claims (added,
 * removed, changed, moved) and check groups (verdicts changed, groups added or removed).
 *
 * Claims pair off as `claimcheck diff` pairs them (same content first, then by likeness); a
 * pair whose content is equal but whose other fields differ is a change too, so a drift report
 * is empty exactly when the claims are the same.
 */
import { describeChange, pairClaims } from '../compare/diff.js';
import type { Claim } from '../schema.js';
import type { Snapshot, SnapshotArticle, SnapshotGroup, SnapshotStory } from './snapshot.js';

export interface ClaimDrift {
  kind: 'added' | 'removed' | 'changed';
  /** Article id and corpus-relative path. */
  article: string;
  path: string;
  type: Claim['type'];
  /** Line and column in the current article (in the snapshot's for a removed claim). */
  line: number;
  column: number;
  text: string;
  /** One sentence saying what changed. */
  explanation: string;
}

export interface ArticleDrift {
  kind: 'added' | 'removed' | 'changed';
  article: string;
  path: string;
  explanation: string;
  /** Claims whose content is the same but which now stand elsewhere (text before them changed). */
  moved?: number;
}

export interface GroupDrift {
  kind: 'added' | 'removed' | 'changed';
  folder: string;
  type: Claim['type'];
  label: string;
  /** The verdict in the snapshot and now (`null` where the group is not in one of them). */
  old: SnapshotGroup['verdict'] | null;
  new: SnapshotGroup['verdict'] | null;
  /** Where the group's first claim stands now (in the snapshot for a removed group). */
  path: string;
  line: number;
  explanation: string;
}

export interface Drift {
  /** Options that differ from the snapshot's ("tolerance 0 → 0.05"). */
  options: string[];
  articles: ArticleDrift[];
  claims: ClaimDrift[];
  groups: GroupDrift[];
  /** Text-reuse changes, one sentence each. */
  reuse: string[];
}

export function isEmpty(d: Drift): boolean {
  return !d.options.length && !d.articles.length && !d.claims.length && !d.groups.length && !d.reuse.length;
}

const show = (v: unknown) => (v === null || v === undefined ? 'none' : typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** Fields compared besides content; location is reported as a move, ids not at all. */
const LOCATION = new Set(['id', 'start', 'end', 'line', 'column', 'sourceLine']);

function otherChanges(a: Claim, b: Claim): string[] {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !LOCATION.has(k));
  const out: string[] = [];
  for (const k of keys) {
    if (JSON.stringify(ra[k]) === JSON.stringify(rb[k])) continue;
    out.push(k === 'sentence' ? 'the sentence around it changed' : `its ${k} changed from ${show(ra[k])} to ${show(rb[k])}`);
  }
  return out;
}

/**
 * Compare one article's two versions; record in `pairing` which old claim each new one
 * continues (new claim id → old claim id), so groups can be followed across the change.
 */
function compareArticle(old: SnapshotArticle, now: SnapshotArticle, claims: ClaimDrift[], pairing: Map<string, string>): ArticleDrift | null {
  const where = { article: now.id, path: now.path };
  const meta: string[] = [];
  for (const k of ['path', 'title', 'publisher', 'published', 'byline'] as const) {
    if (old[k] !== now[k]) meta.push(`its ${k} changed from ${show(old[k])} to ${show(now[k])}`);
  }
  const { pairs, added, removed } = pairClaims(old.claims, now.claims);
  let moved = 0;
  const found: ClaimDrift[] = [];
  for (const { i, j } of pairs) {
    const a = old.claims[i]!;
    const b = now.claims[j]!;
    pairing.set(b.id, a.id);
    const content = describeChange(a, b);
    // a change of content says it all; otherwise the other fields that changed (role, cue, rule…)
    const other = content ? [] : otherChanges(a, b);
    if (content || other.length) {
      const parts = content ? [content.explanation.replace(/\.$/, '')] : other;
      const sentence = parts.join('; ');
      found.push({ kind: 'changed', ...where, type: b.type, line: b.line, column: b.column, text: b.text, explanation: sentence[0]!.toUpperCase() + sentence.slice(1) + '.' });
    } else if (a.start !== b.start || a.end !== b.end || a.line !== b.line || a.column !== b.column || a.sourceLine !== b.sourceLine) moved++;
  }
  for (const j of added) {
    const c = now.claims[j]!;
    found.push({ kind: 'added', ...where, type: c.type, line: c.line, column: c.column, text: c.text, explanation: `A new ${c.type}: ${reading(c)}.` });
  }
  for (const i of removed) {
    const c = old.claims[i]!;
    found.push({ kind: 'removed', ...where, type: c.type, line: c.line, column: c.column, text: c.text, explanation: `The ${c.type} is gone: ${reading(c)}.` });
  }
  claims.push(...found.sort((x, y) => x.line - y.line || x.column - y.column));
  if (!meta.length && !moved) return null;
  const parts = [...meta];
  if (moved) parts.push(`${moved} claim${moved === 1 ? '' : 's'} moved (the text before ${moved === 1 ? 'it' : 'them'} changed)`);
  const text = parts.join('; ');
  return { kind: 'changed', ...where, explanation: text[0]!.toUpperCase() + text.slice(1) + '.', ...(moved ? { moved } : {}) };
}

/** A claim as a reader knows it: its words, and who said it for quotes and findings. */
function reading(c: Claim): string {
  const who = c.type === 'quote' ? c.speaker : c.type === 'finding' ? c.source : null;
  const words = c.text.length > 80 ? `${c.text.slice(0, 77)}…` : c.text;
  return `"${words}"${who ? ` (${who})` : ''}`;
}

/**
 * A group's identity: its claims, each named by the snapshot's claim it continues (`toOld`
 * maps a current claim to it; absent for the snapshot's own groups), so a group whose claim
 * changed value is the same group with a new verdict or label, not one gone and one new.
 */
function membersOf(g: SnapshotGroup, toOld?: Map<string, Map<string, string>>): string[] {
  return g.claims.map((m) => {
    if (!toOld) return `${m.article}\u0000${m.claim}`;
    const was = toOld.get(m.article)?.get(m.claim);
    return was === undefined ? `${m.article}\u0000new\u0000${m.claim}` : `${m.article}\u0000${was}`;
  });
}

function lookup(s: Snapshot): (article: string, claim: string) => Claim | undefined {
  const byArticle = new Map(s.articles.map((a) => [a.id, new Map(a.claims.map((c) => [c.id, c]))]));
  return (article, claim) => byArticle.get(article)?.get(claim);
}

function compareStory(
  old: SnapshotStory | undefined,
  now: SnapshotStory | undefined,
  snapOld: Snapshot,
  snapNew: Snapshot,
  toOld: Map<string, Map<string, string>>,
  out: Drift,
): void {
  const folder = (now ?? old)!.folder;
  const oldOf = lookup(snapOld);
  const newOf = lookup(snapNew);
  const pathOf = (s: Snapshot) => new Map(s.articles.map((a) => [a.id, a.path]));
  const oldPaths = pathOf(snapOld);
  const newPaths = pathOf(snapNew);
  const at = (g: SnapshotGroup, of: typeof oldOf, paths: Map<string, string>) => {
    const m = g.claims[0];
    const c = m ? of(m.article, m.claim) : undefined;
    return { path: (m && paths.get(m.article)) ?? folder, line: c?.line ?? 1 };
  };
  const oldGroups = (old?.groups ?? []).map((g) => ({ g, keys: membersOf(g) }));
  const newGroups = (now?.groups ?? []).map((g) => ({ g, keys: membersOf(g, toOld) }));
  const sig = (x: { g: SnapshotGroup; keys: string[] }) => `${x.g.type}\u0001${[...x.keys].sort().join('\u0001')}`;
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const bySig = new Map<string, number[]>();
  oldGroups.forEach((x, i) => {
    const l = bySig.get(sig(x));
    if (l) l.push(i);
    else bySig.set(sig(x), [i]);
  });
  newGroups.forEach((x, j) => {
    const i = bySig.get(sig(x))?.shift();
    if (i === undefined) return;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([i, j]);
  });
  // groups whose claims partly changed: pair by shared claims, best first
  const scored: Array<{ i: number; j: number; score: number }> = [];
  oldGroups.forEach((a, i) => {
    if (usedOld.has(i)) return;
    const ka = new Set(a.keys);
    newGroups.forEach((b, j) => {
      if (usedNew.has(j) || a.g.type !== b.g.type) return;
      const shared = b.keys.filter((k) => ka.has(k)).length;
      const score = shared / (ka.size + b.keys.length - shared || 1);
      if (score >= 0.5) scored.push({ i, j, score });
    });
  });
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([i, j]);
  }
  for (const [i, j] of pairs) {
    const a = oldGroups[i]!;
    const b = newGroups[j]!;
    const parts: string[] = [];
    if (a.g.verdict !== b.g.verdict) parts.push(`verdict ${a.g.verdict} → ${b.g.verdict}`);
    if (a.g.label !== b.g.label) parts.push(`label "${a.g.label}" → "${b.g.label}"`);
    if (sig(a) !== sig(b)) {
      const ka = new Set(a.keys);
      const kb = new Set(b.keys);
      const joined = b.keys.filter((k) => !ka.has(k)).length;
      const left = a.keys.filter((k) => !kb.has(k)).length;
      parts.push([joined ? `${joined} claim${joined === 1 ? '' : 's'} joined` : '', left ? `${left} left` : ''].filter(Boolean).join(', '));
    }
    if (!parts.length) continue;
    out.groups.push({ kind: 'changed', folder, type: b.g.type, label: b.g.label, old: a.g.verdict, new: b.g.verdict, ...at(b.g, newOf, newPaths), explanation: `${parts.join('; ')}.` });
  }
  newGroups.forEach((b, j) => {
    if (usedNew.has(j)) return;
    out.groups.push({ kind: 'added', folder, type: b.g.type, label: b.g.label, old: null, new: b.g.verdict, ...at(b.g, newOf, newPaths), explanation: `A new ${b.g.verdict} group of ${b.keys.length} claim${b.keys.length === 1 ? '' : 's'}.` });
  });
  oldGroups.forEach((a, i) => {
    if (usedOld.has(i)) return;
    out.groups.push({ kind: 'removed', folder, type: a.g.type, label: a.g.label, old: a.g.verdict, new: null, ...at(a.g, oldOf, oldPaths), explanation: `The ${a.g.verdict} group of ${a.keys.length} claim${a.keys.length === 1 ? '' : 's'} is gone.` });
  });
  const reuseKey = (r: { a: string; b: string }) => `${r.a} ↔ ${r.b}`;
  const oldReuse = new Map((old?.reuse ?? []).map((r) => [reuseKey(r), r.shared]));
  const newReuse = new Map((now?.reuse ?? []).map((r) => [reuseKey(r), r.shared]));
  for (const k of new Set([...oldReuse.keys(), ...newReuse.keys()])) {
    const a = oldReuse.get(k) ?? 0;
    const b = newReuse.get(k) ?? 0;
    if (a !== b) out.reuse.push(`${k}: sentences shared word for word ${a} → ${b}`);
  }
}

/** Compare a snapshot (`old`) with a fresh one (`now`). */
export function compareSnapshots(old: Snapshot, now: Snapshot): Drift {
  const out: Drift = { options: [], articles: [], claims: [], groups: [], reuse: [] };
  for (const k of ['types', 'tolerance', 'keepBoilerplate'] as const) {
    const a = JSON.stringify(old.options[k] ?? null);
    const b = JSON.stringify(now.options[k] ?? null);
    if (a !== b) out.options.push(`${k} ${a} → ${b}`);
  }
  const oldById = new Map(old.articles.map((a) => [a.id, a]));
  const toOld = new Map<string, Map<string, string>>();
  const newIds = new Set(now.articles.map((a) => a.id));
  for (const a of now.articles) {
    const before = oldById.get(a.id);
    if (!before) {
      out.articles.push({ kind: 'added', article: a.id, path: a.path, explanation: `A new article with ${a.claims.length} claim${a.claims.length === 1 ? '' : 's'}.` });
      for (const c of a.claims) out.claims.push({ kind: 'added', article: a.id, path: a.path, type: c.type, line: c.line, column: c.column, text: c.text, explanation: `A new ${c.type}: ${reading(c)}.` });
      continue;
    }
    const pairing = new Map<string, string>();
    toOld.set(a.id, pairing);
    const d = compareArticle(before, a, out.claims, pairing);
    if (d) out.articles.push(d);
  }
  for (const a of old.articles) {
    if (newIds.has(a.id)) continue;
    out.articles.push({ kind: 'removed', article: a.id, path: a.path, explanation: `The article is gone, with its ${a.claims.length} claim${a.claims.length === 1 ? '' : 's'}.` });
  }
  const oldStories = new Map(old.stories.map((s) => [s.folder, s]));
  const newStories = new Map(now.stories.map((s) => [s.folder, s]));
  for (const folder of [...new Set([...oldStories.keys(), ...newStories.keys()])].sort()) {
    compareStory(oldStories.get(folder), newStories.get(folder), old, now, toOld, out);
  }
  return out;
}
