import {
  COUNTABLE_INVARIANTS,
  INVARIANT_NOUNS,
  IRREGULAR_PLURALS,
  NON_PLURAL_S_ENDINGS,
  SINGULAR_RULES,
} from '../../lexicon/nouns.js';

/**
 * The irregular plurals as a `Map`: a lookup on the lexicon object with a fresh string key costs
 * more, and the object would answer words such as `constructor` from its prototype.
 */
const IRREGULAR = new Map(Object.entries(IRREGULAR_PLURALS));

function irregularOf(w: string): string | undefined {
  return IRREGULAR.get(w);
}

/**
 * The singular of an English noun, for the unit of a counted figure ("children" → "child",
 * "notifications" → "notification", "cases" → "case"). Lower-cases its input. Words that are
 * not plurals come back unchanged (lower-cased). Hyphenated compounds singularise their last part.
 */
export function singular(word: string): string {
  // Counted nouns repeat ("people", "years", "children"): their singulars are kept, up to a
  // bound. Only short words: a longer one cut from a body may be a view of the whole body, which
  // the table would then keep alive.
  if (word.length > MAX_KEPT_LENGTH) return singularOf(word);
  let v = SINGULARS.get(word);
  if (v === undefined) {
    v = singularOf(word);
    if (SINGULARS.size >= MAX_SINGULARS) SINGULARS.clear();
    SINGULARS.set(word, v);
  }
  return v;
}
const SINGULARS = new Map<string, string>();
const MAX_SINGULARS = 1024;
/** V8 copies substrings shorter than 13 characters; longer ones may share the string they come from. */
const MAX_KEPT_LENGTH = 12;

function singularOf(word: string): string {
  const w = word.toLowerCase();
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) return w.slice(0, dash + 1) + singularOf(w.slice(dash + 1));
  const irregular = irregularOf(w);
  if (irregular !== undefined) return irregular;
  if (INVARIANT_NOUNS.has(w)) return w;
  if (!w.endsWith('s') && !w.endsWith('men')) return w;
  if (endsWithAny(w, NON_PLURAL_S_ENDINGS)) return w;
  for (const rule of SINGULAR_RULES) {
    if (w.length >= rule.minLength && w.endsWith(rule.suffix)) return w.slice(0, w.length - rule.suffix.length) + rule.add;
  }
  return w;
}

/** Whether a lower-case word reads as a plural noun that can be counted ("children", "staff"). */
export function looksPlural(w: string): boolean {
  if (irregularOf(w) !== undefined) return true;
  if (w.length < 3 || !w.endsWith('s')) return w.endsWith('men') && w.length >= 5 && w !== 'omen' && w !== 'semen';
  return !endsWithAny(w, NON_PLURAL_S_ENDINGS);
}

/** `endings.some((e) => w.endsWith(e))`, without a closure for every word. */
function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true;
  return false;
}

/** Whether a lower-case word is a noun counted without a plural ending ("200 police"). */
export function isCountableInvariant(w: string): boolean {
  return COUNTABLE_INVARIANTS.has(w);
}
