import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index.js';
import { segment } from '../src/text/segment.js';
import { check, type CheckInput, type CheckOptions } from '../src/compare/index.js';
import type { Group } from '../src/schema.js';
import { articleFromText } from './helpers.js';

export const STORY = join(import.meta.dirname, '..', 'fixtures', 'barnet-ofsted-2017');

/** The fixture story's bodies by short id (`000` … `004`). */
export function storyTexts(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(STORY).filter((x) => x.endsWith('.txt')).sort()) out[f.slice(0, 3)] = readFileSync(join(STORY, f), 'utf8');
  return out;
}

/** A check input built by the real pipeline from a text. */
export function input(id: string, text: string, published: string | null = null): CheckInput {
  const article = { ...articleFromText(text, { id, published }) };
  return { article: extractArticle(article), doc: segment(article) };
}

export function checkTexts(texts: Record<string, string>, options?: CheckOptions) {
  return check(Object.entries(texts).map(([id, t]) => input(id, t)), options);
}

/** Replace exactly one occurrence of `from` (it must occur once) in a text. */
export function editOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** `000:figure-7` style names of a group's claims. */
export function members(g: Group): string[] {
  return g.claims.map((c) => `${c.article}:${c.claim}`);
}

/** The group holding a claim. */
export function groupOf(groups: readonly Group[], article: string, claim: string): Group {
  const g = groups.find((x) => x.claims.some((c) => c.article === article && c.claim === claim));
  if (!g) throw new Error(`no group holds ${article}:${claim}`);
  return g;
}

/** A comparable digest of a report's groups: verdict and members, in report order. */
export function digest(groups: readonly Group[]): string[] {
  return groups.map((g) => `${g.verdict} ${g.type} ${members(g).join(' ')}`);
}
