/**
 * Formatters of `claimcheck check`, by name: pure functions from the check document to text.
 * Order is the journalist's: conflicts first, then variants and attribution problems, then
 * agreements, then what only one source says; the summary last.
 */
import type { ChalkInstance } from 'chalk';
import type { CheckReport, DiffPart, Group, GroupClaim, Verdict } from '../schema.js';
import { junitDocument, type JunitCase } from './junit.js';
import { jsonPieces } from './json-pieces.js';

export interface CheckFormatOptions {
  chalk: ChalkInstance;
}

export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'variant', 'attribution', 'agree', 'single'];

/** A symbol per verdict, so that colour is never the only signal. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  conflict: '✗',
  variant: '≠',
  attribution: '⇄',
  agree: '✓',
  single: '·',
};

const VERDICT_TITLE: Record<Verdict, string> = {
  conflict: 'Conflicts',
  variant: 'Quoted with different words',
  attribution: 'Same words, different speakers',
  agree: 'Agreements',
  single: 'Only one source',
};

const COLOUR: Record<Verdict, 'red' | 'yellow' | 'magenta' | 'green' | 'dim'> = {
  conflict: 'red',
  variant: 'yellow',
  attribution: 'magenta',
  agree: 'green',
  single: 'dim',
};

/** Name of a source for people: its publisher when known, else its id. */
export function sourceNames(report: Pick<CheckReport, 'articles'>): Map<string, string> {
  const byPublisher = new Map<string, number>();
  for (const a of report.articles) if (a.publisher) byPublisher.set(a.publisher, (byPublisher.get(a.publisher) ?? 0) + 1);
  return new Map(
    report.articles.map((a) => [a.id, a.publisher && byPublisher.get(a.publisher) === 1 ? a.publisher : a.id]),
  );
}

/** A claim's normalised value in a few characters, for tables and terminal lines. */
export function claimValue(c: GroupClaim): string {
  if (c.date !== undefined || c.until !== undefined) {
    if (!c.date) return '?';
    return c.until ? `${c.date}…${c.until}` : c.date;
  }
  if (c.value !== undefined || c.min !== undefined || c.max !== undefined) {
    const n = (x: number) => (Number.isInteger(x) ? x.toLocaleString('en-GB') : String(x));
    const amount =
      c.value != null ? n(c.value) : c.min != null && c.max != null ? `${n(c.min)}–${n(c.max)}` : c.min != null ? `≥${n(c.min)}` : c.max != null ? `≤${n(c.max)}` : '?';
    return [c.qualifier, amount, c.unit].filter(Boolean).join(' ');
  }
  if (c.speaker !== undefined) return c.speaker ?? 'unattributed';
  if (c.source !== undefined) return c.source ?? 'unattributed';
  return '';
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Word diff for a terminal: deletions struck and red, insertions underlined and green, with [-…-]{+…+} marks when there is no colour. */
export function diffText(parts: readonly DiffPart[], chalk: ChalkInstance): string {
  const plain = chalk.level === 0;
  return parts
    .map((p, i) =>
      p.op === 'equal'
        ? elide(p.text, i === 0, i === parts.length - 1)
        : p.op === 'delete'
          ? plain
            ? `[-${p.text}-]`
            : chalk.red.strikethrough(p.text)
          : plain
            ? `{+${p.text}+}`
            : chalk.green.underline(p.text),
    )
    .join(' ');
}

/** Long runs of unchanged words shrink to their ends, so the change stands out: `… the united support of all`. */
function elide(text: string, first: boolean, last: boolean): string {
  const words = text.split(/\s+/).filter(Boolean);
  const keep = 5;
  if (words.length <= keep * 2 + 1) return text;
  if (first) return `… ${words.slice(-keep).join(' ')}`;
  if (last) return `${words.slice(0, keep).join(' ')} …`;
  return `${words.slice(0, keep).join(' ')} … ${words.slice(-keep).join(' ')}`;
}

function textGroup(g: Group, names: Map<string, string>, chalk: ChalkInstance): string {
  const colour = chalk[COLOUR[g.verdict]];
  const head = `${colour(`${VERDICT_SYMBOL[g.verdict]} ${g.verdict.toUpperCase()}`)} ${chalk.dim(g.type)}  ${chalk.bold(oneLine(g.label, 80))}`;
  const lines = [head, `  ${g.explanation}`];
  const width = Math.max(...g.claims.map((c) => (names.get(c.article) ?? c.article).length));
  for (const c of g.claims) {
    const who = (names.get(c.article) ?? c.article).padEnd(width);
    const value = claimValue(c);
    const words = g.type === 'quote' || g.type === 'finding' ? oneLine(c.text, 110) : oneLine(c.text, 60);
    lines.push(`  ${chalk.bold(who)}  ${value && g.type !== 'quote' && g.type !== 'finding' ? `${colour(value)}  ` : ''}“${words}”${g.type === 'quote' && c.speaker ? chalk.dim(` — ${c.speaker}`) : ''}`);
    lines.push(`  ${' '.repeat(width)}  ${chalk.dim(`${c.path}:${c.line}:${c.column}`)}`);
  }
  if (g.diff && g.diff.some((p) => p.op !== 'equal')) lines.push(`  ${chalk.dim('diff:')} ${diffText(g.diff, chalk)}`);
  return lines.join('\n') + '\n';
}

function textSingle(g: Group, names: Map<string, string>, chalk: ChalkInstance): string {
  const c = g.claims[0]!;
  const value = g.type === 'quote' || g.type === 'finding' ? claimValue(c) : claimValue(c);
  return `  ${chalk.dim(VERDICT_SYMBOL.single)} ${chalk.dim(g.type.padEnd(7))} ${value ? `${value}  ` : ''}“${oneLine(c.text, 80)}”  ${chalk.dim(`${names.get(c.article) ?? c.article} ${c.path}:${c.line}:${c.column}`)}\n`;
}

/** The terminal report, in pieces to write in turn (one string could outgrow V8's limit on a huge story). */
export function checkTextPieces(report: CheckReport, { chalk }: CheckFormatOptions): string[] {
  const names = sourceNames(report);
  const out: string[] = [];
  const sources = report.articles.map((a) => `${names.get(a.id)}${a.published ? ` (${a.published.slice(0, 10)})` : ''}`);
  out.push(`${chalk.bold(`${report.articles.length} source${report.articles.length === 1 ? '' : 's'}:`)} ${sources.join(', ')}\n`);
  for (const verdict of VERDICT_ORDER) {
    const groups = report.groups.filter((g) => g.verdict === verdict);
    if (!groups.length) continue;
    out.push(`\n${chalk.bold.underline(`${VERDICT_TITLE[verdict]} (${groups.length})`)}\n`);
    for (const g of groups) out.push(verdict === 'single' ? textSingle(g, names, chalk) : `\n${textGroup(g, names, chalk)}`);
  }
  const shared = report.reuse.filter((r) => r.shared > 0);
  if (shared.length) {
    out.push(`\n${chalk.bold.underline('Text reuse')} ${chalk.dim('(sentences standing word for word in both)')}\n`);
    for (const r of shared) {
      out.push(`  ${names.get(r.a) ?? r.a} ↔ ${names.get(r.b) ?? r.b}: ${r.shared} sentence${r.shared === 1 ? '' : 's'} (${pct(r.aShare)} of ${names.get(r.a) ?? r.a}, ${pct(r.bShare)} of ${names.get(r.b) ?? r.b})\n`);
    }
  }
  out.push(`\n${summaryLine(report, chalk)}\n`);
  return out;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** `12 claims in 5 sources: 1 conflict, 2 variants, 0 attribution, 6 agree, 30 single`, coloured by verdict. */
export function summaryLine(report: Pick<CheckReport, 'summary'>, chalk: ChalkInstance): string {
  const s = report.summary;
  const parts = VERDICT_ORDER.map((v) => {
    const n = s[v];
    const word = v === 'conflict' || v === 'variant' ? `${v}${n === 1 ? '' : 's'}` : v;
    return n ? chalk[COLOUR[v]](`${n} ${word}`) : `${n} ${word}`;
  });
  return `${s.claims} claims in ${s.articles} source${s.articles === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** The document `--format json` prints, in pieces (`jsonPieces`). */
export function formatCheckJson(report: CheckReport): Iterable<string> {
  return jsonPieces(report);
}

const mdEscape = (s: string): string => s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\s+/g, ' ').trim();

/** Word diff in GitHub Markdown: `~~deleted~~ **inserted**`. */
export function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.op === 'equal' ? mdEscape(p.text) : p.op === 'delete' ? `~~${mdEscape(p.text)}~~` : `**${mdEscape(p.text)}**`)).join(' ');
}

/** A report to paste into a story ticket: summary, then a table per verdict; quotes as blockquotes with their diff. */
export function formatCheckMarkdown(report: CheckReport): string {
  return checkMarkdownLines(report).join('\n');
}

/** The Markdown report's lines (`formatCheckMarkdown` joins them with line breaks; `linesOf` writes them in turn). */
export function checkMarkdownLines(report: CheckReport): string[] {
  const names = sourceNames(report);
  const s = report.summary;
  const out: string[] = ['# claimcheck report', ''];
  out.push(`**${report.articles.length} sources:** ${report.articles.map((a) => mdEscape(names.get(a.id) ?? a.id)).join(', ')}`, '');
  out.push('| verdict | groups |', '| --- | ---: |');
  for (const v of VERDICT_ORDER) out.push(`| ${VERDICT_SYMBOL[v]} ${v} | ${s[v]} |`);
  out.push('');
  for (const verdict of VERDICT_ORDER) {
    const groups = report.groups.filter((g) => g.verdict === verdict);
    if (!groups.length) continue;
    out.push(`## ${VERDICT_SYMBOL[verdict]} ${VERDICT_TITLE[verdict]} (${groups.length})`, '');
    if (verdict === 'single') {
      out.push('| type | claim | value | source | where |', '| --- | --- | --- | --- | --- |');
      for (const g of groups) {
        const c = g.claims[0]!;
        out.push(`| ${g.type} | ${mdEscape(trimTo(c.text, 120))} | ${mdEscape(claimValue(c))} | ${mdEscape(names.get(c.article) ?? c.article)} | \`${c.path}:${c.line}\` |`);
      }
      out.push('');
      continue;
    }
    for (const g of groups) {
      out.push(`### ${g.type}: ${mdEscape(g.label)}`, '', mdEscape(g.explanation), '');
      if (g.type === 'quote' || g.type === 'finding') {
        for (const c of g.claims) {
          out.push(`> ${mdEscape(c.text)}`, '>', `> — ${mdEscape(claimValue(c))}, in ${mdEscape(names.get(c.article) ?? c.article)} (\`${c.path}:${c.line}\`)`, '');
        }
        if (g.diff && g.diff.some((p) => p.op !== 'equal')) out.push(`Difference: ${diffMarkdown(g.diff)}`, '');
      } else {
        out.push('| source | value | words | where |', '| --- | --- | --- | --- |');
        for (const c of g.claims) out.push(`| ${mdEscape(names.get(c.article) ?? c.article)} | ${mdEscape(claimValue(c))} | ${mdEscape(c.text)} | \`${c.path}:${c.line}\` |`);
        out.push('');
      }
    }
  }
  const shared = report.reuse.filter((r) => r.shared > 0);
  if (shared.length) {
    out.push('## Text reuse', '', '| a | b | shared sentences | share of a | share of b |', '| --- | --- | ---: | ---: | ---: |');
    for (const r of shared) out.push(`| ${mdEscape(names.get(r.a) ?? r.a)} | ${mdEscape(names.get(r.b) ?? r.b)} | ${r.shared} | ${pct(r.aShare)} | ${pct(r.bShare)} |`);
    out.push('');
  }
  return out;
}

function trimTo(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

/**
 * JUnit XML for CI: one test case per source (in error when it could not be read) and one per
 * group, failing when its verdict is one `failOn` names, with the group's explanation and
 * every claim's `path:line` in the failure.
 */
export function formatCheckJunit(report: CheckReport, failOn: readonly Verdict[]): string {
  const sources: JunitCase[] = report.articles.map((a) => ({ classname: 'claimcheck.source', name: a.path, file: a.path }));
  for (const e of report.errors) {
    sources.push({ classname: 'claimcheck.source', name: e.path, file: e.path, error: { message: e.message, body: `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}` } });
  }
  const groups: JunitCase[] = report.groups.map((g) => {
    const c: JunitCase = { classname: `claimcheck.${g.verdict}`, name: `${g.type}: ${g.label}`, file: g.claims[0]?.path };
    if (failOn.includes(g.verdict)) {
      const where = g.claims.map((x) => `${x.path}:${x.line}:${x.column}  ${claimValue(x)}`);
      c.failure = { message: `${g.verdict}: ${g.explanation}`, type: g.verdict, body: [g.explanation, ...where].join('\n') };
    }
    return c;
  });
  return junitDocument('claimcheck check', [
    { name: 'sources', cases: sources },
    { name: 'groups', cases: groups },
  ]);
}
