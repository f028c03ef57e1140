/** Naming sources and counting them in plain English, for explanations. */

/** How an article is named to a reader: its publisher when known, else its id. */
export interface SourceNamer {
  (article: number): string;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `Three sources`, `12 sources`, `One source`. */
export function countSources(n: number): string {
  const w = n < WORDS.length ? WORDS[n]! : String(n);
  return `${w[0]!.toUpperCase()}${w.slice(1)} source${n === 1 ? '' : 's'}`;
}

/** `a`, `a and b`, `a, b and c`; more than `max` names end with `and N others`. */
export function listNames(names: readonly string[], max = 4): string {
  const u = [...new Set(names)];
  if (u.length > max) return `${u.slice(0, max).join(', ')} and ${u.length - max} others`;
  if (u.length <= 1) return u[0] ?? '';
  return `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}

/** `says` for one source, `say` for several. */
export function says(n: number): string {
  return n === 1 ? 'says' : 'say';
}

/** The first `n` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, n: number): string {
  const w = text.trim().split(/\s+/);
  return w.length <= n ? text.trim() : `${w.slice(0, n).join(' ')}…`;
}
