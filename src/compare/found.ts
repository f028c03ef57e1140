/** The hand-off between the grouping stages and the report: a judged group of claim references. */
import type { Claim, ClaimType, DiffPart, Verdict } from '../schema.js';

/** A claim and the index of its article in the input order. */
export interface Ref {
  art: number;
  claim: Claim;
}

export interface Found {
  type: ClaimType;
  verdict: Verdict;
  label: string;
  explanation: string;
  members: Ref[];
  diff?: DiffPart[];
}

/** The context every stage needs: how to name an article, the tolerance, "now" per article. */
export interface StageContext {
  name: (art: number) => string;
  tolerance: number;
}

/** Members in reading order: article order, then position in the article. */
export function byPosition(a: Ref, b: Ref): number {
  return a.art - b.art || a.claim.start - b.claim.start || a.claim.end - b.claim.end;
}

/** Distinct article indices of some references, in order. */
export function articlesOf(refs: readonly Ref[]): number[] {
  return [...new Set(refs.map((r) => r.art))].sort((a, b) => a - b);
}
