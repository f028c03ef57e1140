/**
 * Reporters of `claimcheck validate`, by name: `text` (a readable drift report), `junit` (XML
 * that CI systems render: one test case per article and per group) and `github` (workflow
 * annotations, `::error file=…,line=…::`). Pure functions of the validation result.
 */
import type { ChalkInstance } from 'chalk';
import type { InputError, Verdict } from '../schema.js';
import type { ClaimDrift, Drift, GroupDrift } from '../validate/drift.js';
import { isEmpty } from '../validate/drift.js';
import { junitDocument, type JunitCase } from './junit.js';
import type { Snapshot, SnapshotGroup } from '../validate/snapshot.js';

export interface ValidateResult {
  /** The corpus folder as given (paths are shown under it). */
  corpus: string;
  /** The snapshot file as shown to the user. */
  snapshotFile: string;
  /** Problems with the corpus itself (unreadable, invalid, duplicate or empty articles). */
  problems: InputError[];
  /** Drift from the snapshot; null when there was no snapshot to compare with. */
  drift: Drift | null;
  /** The fresh run, in snapshot form. */
  current: Snapshot;
  /** Verdicts that fail (`--fail-on`); groups with them fail whatever the snapshot says. */
  failOn: Verdict[];
  /** True when the snapshot was (re)written by `--update`. */
  updated: boolean;
}

export const REPORTERS = ['text', 'junit', 'github'] as const;
export type Reporter = (typeof REPORTERS)[number];

/** Path of a corpus-relative file as the user sees it (under the corpus folder given). */
export function shownPath(corpus: string, rel: string): string {
  const base = corpus.replace(/[\\/]+$/, '');
  return base && base !== '.' ? `${base}/${rel}` : rel;
}

/** A problem's message without a leading `line N: ` (the location is shown as `path:N`). */
function problemText(p: InputError): string {
  return p.line ? p.message.replace(/^line \d+: /, '') : p.message;
}

/** A story as the user knows it: its folder under the corpus given. */
function storyName(corpus: string, folder: string): string {
  return folder === '.' ? corpus.replace(/[\\/]+$/, '') || '.' : shownPath(corpus, folder);
}

/** Groups now holding a verdict that `--fail-on` names, with their story folder. */
export function failingGroups(r: ValidateResult): Array<{ folder: string; group: SnapshotGroup }> {
  if (!r.failOn.length) return [];
  return r.current.stories.flatMap((s) => s.groups.filter((g) => r.failOn.includes(g.verdict)).map((group) => ({ folder: s.folder, group })));
}

function counts(d: Drift): string {
  const n = (xs: unknown[], what: string) => (xs.length ? [`${xs.length} ${what}`] : []);
  const kinds = (kind: ClaimDrift['kind']) => d.claims.filter((c) => c.kind === kind);
  const moved = d.articles.reduce((s, a) => s + (a.moved ?? 0), 0);
  const parts = [
    ...n(d.options, d.options.length === 1 ? 'option changed' : 'options changed'),
    ...n(d.articles.filter((a) => a.kind === 'added'), 'article(s) added'),
    ...n(d.articles.filter((a) => a.kind === 'removed'), 'article(s) removed'),
    ...n(kinds('changed'), 'claim(s) changed'),
    ...n(kinds('added'), 'added'),
    ...n(kinds('removed'), 'removed'),
    ...(moved ? [`${moved} moved`] : []),
    ...n(d.groups.filter((g) => g.kind === 'changed' && g.old !== g.new), 'verdict(s) changed'),
    ...n(d.groups.filter((g) => g.kind === 'changed' && g.old === g.new), 'group(s) changed'),
    ...n(d.groups.filter((g) => g.kind === 'added'), 'group(s) added'),
    ...n(d.groups.filter((g) => g.kind === 'removed'), 'group(s) removed'),
    ...n(d.reuse, 'reuse change(s)'),
  ];
  return parts.join(', ');
}

/** The one-line summary for stderr (and the end of the text report). */
export function validateSummary(r: ValidateResult): string {
  const fails = failingGroups(r).length;
  const parts: string[] = [];
  if (r.problems.length) parts.push(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in the corpus`);
  if (r.updated) parts.push(`snapshot written: ${r.snapshotFile} (${r.current.articles.length} articles)`);
  else if (r.drift && !isEmpty(r.drift)) parts.push(`drift from ${r.snapshotFile}: ${counts(r.drift)}`);
  else if (r.drift) parts.push(`${r.current.articles.length} articles match ${r.snapshotFile}`);
  if (fails) parts.push(`${fails} group${fails === 1 ? '' : 's'} with a --fail-on verdict`);
  return parts.join('; ');
}

function verdictLabel(g: GroupDrift): string {
  return `${g.type} group "${g.label}"`;
}

export function formatValidateText(r: ValidateResult, { chalk }: { chalk: ChalkInstance }): string {
  const lines: string[] = [];
  const at = (p: string, line?: number, column?: number) => chalk.bold(`${shownPath(r.corpus, p)}${line ? `:${line}` : ''}${column ? `:${column}` : ''}`);
  if (r.problems.length) {
    lines.push(chalk.red.bold('Problems in the corpus'));
    for (const p of r.problems) lines.push(`  ${chalk.bold(`${p.path}${p.line ? `:${p.line}` : ''}`)}  ${problemText(p)}`);
    lines.push('');
  }
  const d = r.drift;
  if (d && !isEmpty(d) && !r.updated) {
    lines.push(chalk.yellow.bold(`Drift from ${r.snapshotFile}`));
    for (const o of d.options) lines.push(`  options: ${o}`);
    // article by article (its own changes first, then its claims by position), then the groups
    const entries = [
      ...d.articles.map((a) => ({ path: a.path, line: 0, column: 0, text: `  ${at(a.path)}  article ${a.kind}: ${a.explanation}` })),
      ...d.claims.map((c) => ({ path: c.path, line: c.line, column: c.column, text: `  ${at(c.path, c.line, c.column)}  ${c.type} ${c.kind}: ${c.explanation}` })),
    ].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : x.line - y.line || x.column - y.column));
    lines.push(...entries.map((e) => e.text));
    for (const g of d.groups) lines.push(`  ${at(g.path, g.line)}  ${verdictLabel(g)} ${g.kind} (story ${storyName(r.corpus, g.folder)}): ${g.explanation}`);
    for (const x of d.reuse) lines.push(`  reuse: ${x}`);
    lines.push('');
    lines.push(chalk.dim(`Accept the new results with: claimcheck validate ${r.corpus} --update`));
    lines.push('');
  }
  const fails = failingGroups(r);
  if (fails.length) {
    lines.push(chalk.red.bold('Groups with a --fail-on verdict'));
    for (const { folder, group } of fails) lines.push(`  ${group.verdict}: ${group.type} group "${group.label}" (story ${storyName(r.corpus, folder)})`);
    lines.push('');
  }
  lines.push(validateSummary(r));
  return lines.join('\n') + '\n';
}

export function formatValidateJunit(r: ValidateResult): string {
  const d = r.drift;
  const suites: Array<{ name: string; cases: JunitCase[] }> = [];
  // articles: every article now in the corpus, every one gone, every file with a problem
  const articleCases: JunitCase[] = [];
  const problemsByPath = new Map<string, InputError[]>();
  for (const p of r.problems) problemsByPath.set(p.path, [...(problemsByPath.get(p.path) ?? []), p]);
  const claimsOf = (id: string) => d?.claims.filter((c) => c.article === id) ?? [];
  for (const a of r.current.articles) {
    const file = shownPath(r.corpus, a.path);
    const drift = [...(d?.articles.filter((x) => x.article === a.id) ?? []).map((x) => `article ${x.kind}: ${x.explanation}`), ...claimsOf(a.id).map((c) => `line ${c.line}:${c.column}: ${c.type} ${c.kind}: ${c.explanation}`)];
    const c: JunitCase = { classname: 'claimcheck.article', name: file, file };
    if (drift.length && !r.updated) c.failure = { message: `${drift.length} change${drift.length === 1 ? '' : 's'} from the snapshot`, type: 'drift', body: drift.join('\n') };
    articleCases.push(c);
  }
  for (const a of d?.articles.filter((x) => x.kind === 'removed') ?? []) {
    if (r.updated) break;
    const file = shownPath(r.corpus, a.path);
    articleCases.push({ classname: 'claimcheck.article', name: file, file, failure: { message: 'article removed', type: 'drift', body: a.explanation } });
  }
  for (const [p, list] of problemsByPath) {
    articleCases.push({ classname: 'claimcheck.corpus', name: p, file: p, error: { message: list[0]!.message, body: list.map((x) => `${x.path}${x.line ? `:${x.line}` : ''}: ${problemText(x)}`).join('\n') } });
  }
  suites.push({ name: 'articles', cases: articleCases });
  // groups: one suite per story, one case per group (and per group gone)
  for (const s of r.current.stories) {
    const story = storyName(r.corpus, s.folder);
    const drifts = d?.groups.filter((g) => g.folder === s.folder) ?? [];
    const cases: JunitCase[] = s.groups.map((g) => {
      const c: JunitCase = { classname: `claimcheck.story ${story}`, name: `${g.type}: ${g.label}` };
      const drift = drifts.find((x) => x.kind !== 'removed' && x.type === g.type && x.label === g.label && x.new === g.verdict);
      if (drift && !r.updated) c.failure = { message: `${g.type} group ${drift.kind}: ${drift.explanation}`, type: 'drift', body: drift.explanation };
      else if (r.failOn.includes(g.verdict)) c.failure = { message: `verdict ${g.verdict}`, type: 'verdict', body: `The ${g.type} group "${g.label}" is a ${g.verdict}.` };
      return c;
    });
    if (!r.updated) {
      for (const g of drifts.filter((x) => x.kind === 'removed')) {
        cases.push({ classname: `claimcheck.story ${story}`, name: `${g.type}: ${g.label}`, failure: { message: 'group removed', type: 'drift', body: g.explanation } });
      }
    }
    suites.push({ name: `story ${story}`, cases });
  }
  return junitDocument(`claimcheck validate ${r.corpus}`, suites);
}

// ---- GitHub Actions annotations ----

/** Message data: `%`, CR and LF escaped as the workflow-command syntax requires. */
function ghData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also `:` and `,`. */
function ghProp(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(level: 'error' | 'warning', file: string | null, line: number | undefined, title: string, message: string): string {
  const props = [file ? `file=${ghProp(file)}` : null, line ? `line=${line}` : null, `title=${ghProp(title)}`].filter(Boolean).join(',');
  return `::${level} ${props}::${ghData(message)}`;
}

export function formatValidateGithub(r: ValidateResult): string {
  const out: string[] = [];
  for (const p of r.problems) out.push(annotation('error', p.path === '-' ? null : p.path, p.line, 'claimcheck: corpus problem', problemText(p)));
  const d = r.drift;
  if (d && !r.updated) {
    for (const o of d.options) out.push(annotation('error', null, undefined, 'claimcheck: options changed', `${o} (snapshot ${r.snapshotFile})`));
    for (const a of d.articles) out.push(annotation('error', a.kind === 'removed' ? null : shownPath(r.corpus, a.path), undefined, `claimcheck: article ${a.kind}`, a.kind === 'removed' ? `${shownPath(r.corpus, a.path)}: ${a.explanation}` : a.explanation));
    for (const c of d.claims) out.push(annotation('error', shownPath(r.corpus, c.path), c.kind === 'removed' ? undefined : c.line, `claimcheck: ${c.type} ${c.kind}`, c.kind === 'removed' ? `(was line ${c.line}) ${c.explanation}` : c.explanation));
    for (const g of d.groups) out.push(annotation('error', shownPath(r.corpus, g.path), g.line, `claimcheck: ${g.type} group ${g.kind}`, `"${g.label}": ${g.explanation}`));
    for (const x of d.reuse) out.push(annotation('warning', null, undefined, 'claimcheck: text reuse changed', x));
  }
  for (const { folder, group } of failingGroups(r)) {
    out.push(annotation('error', null, undefined, `claimcheck: ${group.verdict}`, `${group.type} group "${group.label}" in story ${storyName(r.corpus, folder)} is a ${group.verdict}`));
  }
  out.push(validateSummary(r));
  return out.join('\n') + '\n';
}

export const VALIDATE_REPORTERS: Record<Reporter, (r: ValidateResult, o: { chalk: ChalkInstance }) => string> = {
  text: formatValidateText,
  junit: (r) => formatValidateJunit(r),
  github: (r) => formatValidateGithub(r),
};
