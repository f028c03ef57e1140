/** Formatters of `claimcheck diff`: what was added, removed and changed between two versions. */
import type { ChalkInstance } from 'chalk';
import type { DiffReport, GroupClaim } from '../schema.js';
import { claimValue, diffMarkdown, diffText } from './check.js';
import { jsonPieces } from './json-pieces.js';

type Typed = GroupClaim & { type: string };

const where = (c: GroupClaim): string => `${c.path}:${c.line}:${c.column}`;
const words = (s: string, n = 100): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function formatDiffText(report: DiffReport, { chalk }: { chalk: ChalkInstance }): string {
  const out: string[] = [`${chalk.bold('old')} ${report.old.path}\n${chalk.bold('new')} ${report.new.path}\n`];
  const line = (sign: string, colour: 'red' | 'green', c: Typed): string =>
    `${chalk[colour](sign)} ${chalk.dim(c.type.padEnd(7))} ${claimValue(c) ? `${claimValue(c)}  ` : ''}“${words(c.text)}”  ${chalk.dim(where(c))}\n`;
  if (report.changed.length) {
    out.push(`\n${chalk.bold.underline(`Changed (${report.changed.length})`)}\n`);
    for (const ch of report.changed) {
      out.push(`${chalk.yellow('~')} ${chalk.dim(ch.type.padEnd(7))} ${ch.explanation}\n`);
      out.push(`    ${chalk.red('-')} “${words(ch.old.text)}”  ${chalk.dim(where(ch.old))}\n`);
      out.push(`    ${chalk.green('+')} “${words(ch.new.text)}”  ${chalk.dim(where(ch.new))}\n`);
      if (ch.diff && ch.diff.some((p) => p.op !== 'equal')) out.push(`    ${chalk.dim('diff:')} ${diffText(ch.diff, chalk)}\n`);
    }
  }
  if (report.removed.length) {
    out.push(`\n${chalk.bold.underline(`Removed (${report.removed.length})`)}\n`);
    for (const c of report.removed) out.push(line('-', 'red', c));
  }
  if (report.added.length) {
    out.push(`\n${chalk.bold.underline(`Added (${report.added.length})`)}\n`);
    for (const c of report.added) out.push(line('+', 'green', c));
  }
  out.push(`\n${diffSummary(report)}\n`);
  return out.join('');
}

export function diffSummary(report: DiffReport): string {
  return `${report.changed.length} changed, ${report.removed.length} removed, ${report.added.length} added, ${report.unchanged.length} unchanged`;
}

/** The document `diff --format json` prints, in pieces (`jsonPieces`). */
export function formatDiffJson(report: DiffReport): Iterable<string> {
  return jsonPieces(report);
}

export function formatDiffMarkdown(report: DiffReport): string {
  const md = (s: string): string => s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\s+/g, ' ').trim();
  const out: string[] = ['# claimcheck diff', '', `Old: \`${report.old.path}\` · New: \`${report.new.path}\``, '', `**${diffSummary(report)}**`, ''];
  if (report.changed.length) {
    out.push('## Changed', '', '| type | what changed | old | new |', '| --- | --- | --- | --- |');
    for (const ch of report.changed) {
      const what = ch.diff && ch.diff.some((p) => p.op !== 'equal') ? `${md(ch.explanation)}<br>${diffMarkdown(ch.diff)}` : md(ch.explanation);
      out.push(`| ${ch.type} | ${what} | ${md(words(ch.old.text, 80))} (\`${ch.old.path}:${ch.old.line}\`) | ${md(words(ch.new.text, 80))} (\`${ch.new.path}:${ch.new.line}\`) |`);
    }
    out.push('');
  }
  for (const [title, list] of [
    ['Removed', report.removed],
    ['Added', report.added],
  ] as const) {
    if (!list.length) continue;
    out.push(`## ${title}`, '', '| type | claim | value | where |', '| --- | --- | --- | --- |');
    for (const c of list) out.push(`| ${c.type} | ${md(words(c.text, 100))} | ${md(claimValue(c))} | \`${c.path}:${c.line}\` |`);
    out.push('');
  }
  return out.join('\n');
}
