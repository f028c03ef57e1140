/**
 * Findings: group reported statements by meaning — shared content words, stemmed and tf-idf
 * weighted — keeping negation apart from the words, so that "found the service effective" and
 * "found the service not effective" fall in one group that does not agree.
 */
import type { FindingClaim } from '../schema.js';
import { cosine, documentFrequencies, norm, tfidf, topStems, type Vector } from './context.js';
import type { Found, Ref, StageContext } from './found.js';
import { articlesOf, byPosition } from './found.js';
import { countSources, firstWords, listNames, says } from './sources.js';
import { MONTHS } from '../lexicon/dates.js';
import { contentStems, negated, stem } from './text.js';

/** Dates are compared as dates: month names say nothing about what a finding is about. */
const MONTH_STEMS = new Set(MONTHS.flatMap((m) => m.words).map(stem));

export const FINDING_THRESHOLDS = {
  /** Findings with the same polarity join at this similarity. */
  same: 0.5,
  /** Findings of opposite polarity join (and conflict) only at this similarity. */
  opposite: 0.7,
  /** Two findings of one article join only at this similarity (an article rarely repeats itself). */
  sameArticle: 0.85,
};
const BLOCK_STEMS = 6;

interface FindingItem {
  ref: Ref;
  claim: FindingClaim;
  vec: Vector;
  vnorm: number;
  negative: boolean;
}

interface Bucket {
  items: FindingItem[];
  centroid: Vector;
  cnorm: number;
  /** Polarity of the first finding; a finding of the other polarity makes a conflict. */
  negative: boolean;
  articles: Set<number>;
}

/** Group and judge all findings. */
export function compareFindings(refs: readonly Ref[], ctx: StageContext): Found[] {
  const found = refs.filter((r): r is Ref & { claim: FindingClaim } => r.claim.type === 'finding').sort(byPosition);
  const stems = found.map((r) => contentStems(r.claim.text).filter((x) => !MONTH_STEMS.has(x)));
  const { df, n } = documentFrequencies(stems);
  const items: FindingItem[] = found.map((ref, i) => {
    const vec = tfidf(stems[i]!, df, n);
    return { ref, claim: ref.claim, vec, vnorm: norm(vec), negative: negated(ref.claim.text) };
  });
  const buckets: Bucket[] = [];
  const index = new Map<string, Bucket[]>();
  for (const it of items) {
    let best: { b: Bucket; score: number } | null = null;
    const seen = new Set<Bucket>();
    for (const s of topStems(it.vec, BLOCK_STEMS)) {
      for (const b of index.get(s) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        const cos = cosine(it.vec, it.vnorm, b.centroid, b.cnorm);
        const need = b.articles.has(it.ref.art) ? FINDING_THRESHOLDS.sameArticle : b.negative === it.negative ? FINDING_THRESHOLDS.same : FINDING_THRESHOLDS.opposite;
        if (cos >= need && (!best || cos > best.score)) best = { b, score: cos };
      }
    }
    let b = best?.b;
    if (!b) {
      b = { items: [], centroid: new Map(), cnorm: 0, negative: it.negative, articles: new Set() };
      buckets.push(b);
    }
    b.items.push(it);
    b.articles.add(it.ref.art);
    for (const [k, w] of it.vec) b.centroid.set(k, (b.centroid.get(k) ?? 0) + w);
    b.cnorm = norm(b.centroid);
    for (const s of topStems(it.vec, BLOCK_STEMS)) {
      const l = index.get(s);
      if (!l) index.set(s, [b]);
      else if (!l.includes(b)) l.push(b);
    }
  }
  return buckets.map((b) => judgeFindings(b.items, ctx));
}

function judgeFindings(items: readonly FindingItem[], ctx: StageContext): Found {
  const members = items.map((i) => i.ref);
  const arts = articlesOf(members);
  const first = items[0]!;
  const label = firstWords(first.claim.text, 10);
  const names = (a: readonly number[]): string => listNames([...new Set(a)].sort((x, y) => x - y).map(ctx.name));
  if (arts.length === 1) {
    return { type: 'finding', verdict: 'single', label, members, explanation: `Only ${ctx.name(arts[0]!)} reports that ${firstWords(first.claim.text, 12)}.` };
  }
  const pos = items.filter((i) => !i.negative);
  const neg = items.filter((i) => i.negative);
  if (pos.length && neg.length) {
    const pa = articlesOf(pos.map((p) => p.ref));
    const na = articlesOf(neg.map((p) => p.ref));
    return {
      type: 'finding',
      verdict: 'conflict',
      label,
      members,
      explanation: `${names(pa)} ${says(pa.length)} “${firstWords(pos[0]!.claim.text, 12)}” but ${names(na)} ${says(na.length)} the opposite: “${firstWords(neg[0]!.claim.text, 12)}”.`,
    };
  }
  // the same finding with other numbers ("14 schools were affected" / "12 schools …") is not agreement
  const clash = numberClash(items);
  if (clash) {
    return {
      type: 'finding',
      verdict: 'conflict',
      label,
      members,
      explanation: `${ctx.name(clash[0].ref.art)} reports “${firstWords(clash[0].claim.text, 12)}” but ${ctx.name(clash[1].ref.art)} reports “${firstWords(clash[1].claim.text, 12)}”: the numbers differ.`,
    };
  }
  return { type: 'finding', verdict: 'agree', label, members, explanation: `${countSources(arts.length)} report that ${firstWords(first.claim.text, 12)} (${names(arts)}).` };
}

/** Numbers written in digits in a finding, separators dropped: `1,250` → `1250`. */
function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]$/, '').replace(/,/g, '')).sort();
}

/**
 * Two findings of different articles that both give numbers, each a number the other does not:
 * "14 schools" against "12 schools". One that gives all the other's numbers and more is more
 * detail, not another account ("23 pirates" / "of the 23 pirates, 12 … and 11 …").
 */
function numberClash(items: readonly FindingItem[]): [FindingItem, FindingItem] | null {
  const withNumbers = items.map((i) => ({ i, nums: new Set(numbersIn(i.claim.text)) })).filter((x) => x.nums.size > 0);
  for (let a = 0; a < withNumbers.length; a++) {
    for (let b = a + 1; b < withNumbers.length; b++) {
      const x = withNumbers[a]!;
      const y = withNumbers[b]!;
      if (x.i.ref.art !== y.i.ref.art && !within(x.nums, y.nums) && !within(y.nums, x.nums)) return [x.i, y.i];
    }
  }
  return null;
}

/** Is every member of `a` in `b`? */
function within(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const v of a) if (!b.has(v)) return false;
  return true;
}
