/**
 * `diff OLD NEW`: which claims were added, removed, changed (a figure's value, a date, a
 * quote's words or speaker, a finding's words or source) or left unchanged between two
 * articles or two versions of one.
 *
 * find: claims with the same content pair off first (whatever moved around them); compare:
 * the rest pair by type and surroundings (the words of the sentence around a figure or date,
 * the quoted words themselves); judge: a pair whose normalised fields differ is a change.
 */
import type { Claim, DiffChange, DiffReport, ExtractedArticle } from '../schema.js';
import { DIFF_SCHEMA } from '../schema-ids.js';
import { contextStems } from './context.js';
import { formatDate } from './dates.js';
import { formatFigure } from './figures.js';
import { groupClaim } from './claims.js';
import type { CheckInput, CheckOptions } from './index.js';
import { describeChanges } from './quotes.js';
import { diffSequences, hasChanges, wordDiff } from './worddiff.js';
import { negated, normalise, wordKeys } from './text.js';

/** Claims of the same type pair off when their surroundings (or words) are at least this alike. */
export const DIFF_PAIRING = 0.5;

/** What must be equal for two claims to be the same claim. */
export function contentKey(c: Claim): string {
  switch (c.type) {
    case 'figure':
      return `figure|${c.unit}|${c.value}|${c.min}|${c.max}|${c.qualifier}`;
    case 'date':
      return `date|${c.date}|${c.until}|${c.precision}`;
    case 'quote':
      return `quote|${normalise(c.text)}|${c.speaker}`;
    case 'finding':
      return `finding|${normalise(c.text)}|${c.source}|${negated(c.text)}`;
  }
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 1;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

/**
 * What `likeness` reads of a claim, made once per claim (pairing compares every unpaired claim
 * with every unpaired claim of its type in the other version): a quote's or finding's word
 * keys, counted; a figure's or date's context stems.
 */
interface Features {
  keys: string[] | null;
  counts: Map<string, number> | null;
  stems: Set<string> | null;
}

function featuresOf(c: Claim): Features {
  if (c.type === 'quote' || c.type === 'finding') {
    const keys = wordKeys(c.text);
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return { keys, counts, stems: null };
  }
  return { keys: null, counts: null, stems: new Set(contextStems(c)) };
}

/**
 * Share of words two texts have in common, in order: the words a shortest word diff keeps
 * (their longest common subsequence) over the longer text's words. `floor`: below it the exact
 * share does not matter (0 is returned), and two bounds that cost no diff, the shorter text's
 * length and the words both hold, often show the share cannot reach it.
 */
function wordOverlap(a: Features, b: Features, floor: number): number {
  const ka = a.keys!;
  const kb = b.keys!;
  const longest = Math.max(1, ka.length, kb.length);
  if (Math.min(ka.length, kb.length) / longest < floor) return 0;
  let shared = 0;
  for (const [k, n] of a.counts!) shared += Math.min(n, b.counts!.get(k) ?? 0);
  if (shared / longest < floor) return 0;
  let kept = 0;
  for (const op of diffSequences(ka, kb)) if (op === 'e') kept++;
  return kept / longest;
}

/** How alike two claims of one type are, for pairing what is left after exact matches (0 when below `floor`). */
function likeness(a: Claim, fa: Features, b: Claim, fb: Features, floor: number): number {
  if (a.type !== b.type) return 0;
  if (a.type === 'figure' && b.type === 'figure' && a.unit !== b.unit) return 0;
  if (a.type === 'quote' || a.type === 'finding') return wordOverlap(fa, fb, floor);
  return jaccard(fa.stems!, fb.stems!);
}

/**
 * Unpaired claims of one type are compared all with all up to this many comparisons; beyond
 * (versions with thousands of unpaired claims of a type: no news article has them, and the
 * cost grew with the product: two 300 KB texts did not finish in 5 minutes) each claim is
 * compared only with the other version's claims near its place in the list.
 */
const PAIR_BUDGET = 1_000_000;
/** How many claims either side of its place a claim is compared with beyond the budget. */
const NEAR = 100;

function reading(c: Claim): string {
  switch (c.type) {
    case 'figure':
      return formatFigure(c);
    case 'date':
      return formatDate(c);
    default:
      return c.text;
  }
}

/** One sentence saying what changed between two paired claims, and the word diff where words changed; `null` if nothing did. */
export function describeChange(a: Claim, b: Claim): Pick<DiffChange, 'explanation' | 'diff'> | null {
  if (contentKey(a) === contentKey(b)) return null;
  if (a.type === 'figure' || a.type === 'date') {
    return { explanation: `The ${a.type === 'figure' ? 'figure' : 'date'} changed from ${reading(a)} to ${reading(b)}.` };
  }
  const words = normalise(a.text) !== normalise(b.text);
  const whoA = a.type === 'quote' ? a.speaker : a.type === 'finding' ? a.source : null;
  const whoB = b.type === 'quote' ? b.speaker : b.type === 'finding' ? b.source : null;
  const parts: string[] = [];
  const d = words ? wordDiff(a.text, b.text) : undefined;
  if (d && hasChanges(d)) parts.push(`the words changed: ${describeChanges(d)}`);
  if (whoA !== whoB) parts.push(`${a.type === 'quote' ? 'the words are now given to' : 'it is now reported by'} ${whoB ?? 'nobody named'} instead of ${whoA ?? 'nobody named'}`);
  if (!parts.length) parts.push('its negation changed');
  const text = parts.join(', and ');
  const noun = a.type === 'quote' ? 'In the quote' : 'In the finding';
  return d ? { explanation: `${noun}, ${text}.`, diff: d } : { explanation: `${noun}, ${text}.` };
}

/** How two lists of claims pair off: index pairs (old, new), content-equal pairs first. */
export interface ClaimPairing {
  pairs: Array<{ i: number; j: number }>;
  /** Indexes into the old list left unpaired (removed). */
  removed: number[];
  /** Indexes into the new list left unpaired (added). */
  added: number[];
}

/**
 * find: claims with the same content pair off in order (whatever moved around them); compare:
 * the rest by likeness, best pairs first, when at least `DIFF_PAIRING` alike.
 */
export function pairClaims(a: readonly Claim[], b: readonly Claim[]): ClaimPairing {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: ClaimPairing['pairs'] = [];
  const byKey = new Map<string, number[]>();
  a.forEach((c, i) => {
    const k = contentKey(c);
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  });
  b.forEach((c, j) => {
    const i = byKey.get(contentKey(c))?.shift();
    if (i === undefined) return;
    usedA.add(i);
    usedB.add(j);
    out.push({ i, j });
  });
  const scored: { i: number; j: number; score: number }[] = [];
  const fa = new Map<number, Features>();
  const fb = new Map<number, Features>();
  const features = (m: Map<number, Features>, list: readonly Claim[], k: number): Features => {
    let f = m.get(k);
    if (!f) m.set(k, (f = featuresOf(list[k]!)));
    return f;
  };
  // (the order pairs are scored in does not matter: they are sorted with every tie broken)
  for (const type of ['figure', 'date', 'quote', 'finding'] as const) {
    const ia = a.flatMap((c, i) => (c.type === type && !usedA.has(i) ? [i] : []));
    const jb = b.flatMap((c, j) => (c.type === type && !usedB.has(j) ? [j] : []));
    const all = ia.length * jb.length <= PAIR_BUDGET;
    ia.forEach((i, k) => {
      const centre = Math.round((k * jb.length) / ia.length);
      const from = all ? 0 : Math.max(0, centre - NEAR);
      const to = all ? jb.length : Math.min(jb.length, centre + NEAR + 1);
      for (let q = from; q < to; q++) {
        const j = jb[q]!;
        const score = likeness(a[i]!, features(fa, a, i), b[j]!, features(fb, b, j), DIFF_PAIRING);
        if (score >= DIFF_PAIRING) scored.push({ i, j, score });
      }
    });
  }
  scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of scored) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    out.push({ i, j });
  }
  return {
    pairs: out,
    removed: a.flatMap((_, i) => (usedA.has(i) ? [] : [i])),
    added: b.flatMap((_, j) => (usedB.has(j) ? [] : [j])),
  };
}

/** Compare two articles, or two versions of one. */
export function diff(old: CheckInput, next: CheckInput, _options: CheckOptions = {}): Omit<DiffReport, 'errors'> {
  const a = old.article.claims;
  const b = next.article.claims;
  const unchanged: DiffReport['unchanged'] = [];
  const changed: DiffChange[] = [];
  const gc = (c: Claim, art: ExtractedArticle) => ({ ...groupClaim(c, art), type: c.type });
  const { pairs, added, removed } = pairClaims(a, b);
  for (const { i, j } of pairs) {
    const ca = a[i]!;
    const cb = b[j]!;
    const what = describeChange(ca, cb);
    if (!what) unchanged.push(gc(cb, next.article));
    else changed.push({ type: ca.type, old: groupClaim(ca, old.article), new: groupClaim(cb, next.article), ...what });
  }
  const meta = (x: ExtractedArticle) => ({ id: x.id, path: x.path, title: x.title, publisher: x.publisher, published: x.published });
  const byLine = <T extends { line: number; column: number }>(xs: T[]): T[] => xs.sort((x, y) => x.line - y.line || x.column - y.column);
  return {
    schema: DIFF_SCHEMA,
    old: meta(old.article),
    new: meta(next.article),
    added: byLine(added.map((j) => gc(b[j]!, next.article))),
    removed: byLine(removed.map((i) => gc(a[i]!, old.article))),
    changed: changed.sort((x, y) => x.new.line - y.new.line || x.new.column - y.new.column),
    unchanged: byLine(unchanged),
  };
}
