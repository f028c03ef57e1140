/** Markdown front matter: a `---` block of `key: value` lines at the very top of the file. */
export interface FrontMatter {
  /** Lower-cased keys with their string values, quotes removed. */
  data: Record<string, string | undefined>;
  /** Offset just past the closing `---` line (0 when there is no front matter). */
  end: number;
}

export function frontMatter(md: string): FrontMatter {
  const open = /^---[ \t]*\r?\n/.exec(md);
  if (!open) return { data: {}, end: 0 };
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = md.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { data: {}, end: 0 };
  const data: Record<string, string> = {};
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    // `[ \t]*:(.*)` then trim: `\s*(.*)$` splits a long run of blanks every way before failing
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/s.exec(line);
    if (!kv) continue;
    data[kv[1]!.toLowerCase()] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { data, end: open[0].length + m.index + m[0].length };
}
