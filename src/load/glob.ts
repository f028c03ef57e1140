/**
 * `--ignore` globs for folder walks. A pattern without a slash matches a file or folder name
 * at any depth (`*.json`, `drafts`); one with a slash matches the path inside the folder given
 * (`2019/*.html`, `raw/**`). `*` and `?` stay within one path segment, `**` spans segments;
 * every other character stands for itself.
 */

/** A compiled pattern: what it is matched against, and the expression. */
export interface IgnoreRule {
  pattern: string;
  byName: boolean;
  re: RegExp;
}

export function compileIgnore(pattern: string): IgnoreRule {
  const p = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!p) throw new Error(`--ignore: an empty pattern`);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      // `**/` is any number of whole folders (none too); a trailing or inner `**` anything at all
      if (p[i + 2] === '/') {
        re += '(?:[^/]*/)*';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return { pattern, byName: !p.includes('/'), re: new RegExp(`^${re}$`) };
}

/** Whether a walk skips the entry at `rel` (path inside the folder given, `/`-separated). */
export function ignored(rules: readonly IgnoreRule[], rel: string): boolean {
  if (!rules.length) return false;
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return rules.some((r) => r.re.test(r.byName ? name : rel));
}
