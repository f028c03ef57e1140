/** CLI tests: spawn the built binary as users do, and parse what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ExtractReport, ExtractNdjsonLine } from '../src/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const fixture = path.join(root, 'fixtures', 'barnet-ofsted-2017');

function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...opts.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'claimcheck-cli-'));
}

describe('claimcheck extract --format json', () => {
  test('prints one JSON document that the exported schema accepts, even beside a .env file', () => {
    const dir = tempDir();
    cpSync(fixture, path.join(dir, 'story'), { recursive: true });
    writeFileSync(path.join(dir, '.env'), 'CLAIMCHECK_DOTENV_PROBE=loaded\nDEBUG=*\n');
    const r = cli(['extract', 'story', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => a.id)).toEqual([
      '000_aaf2051f71d1e3ca',
      '001_51a6fd33b2d8a7bc',
      '002_e5360314d9e545cb',
      '003_cfb0b5119dc74a14',
      '004_7c4424ff75a35e16',
    ]);
    expect(doc.articles[0]!.path).toBe(path.join('story', '000_aaf2051f71d1e3ca.txt'));
    expect(doc.errors).toEqual([]);
    expect(r.stdout).not.toContain('dotenv');
    expect(r.stderr).toMatch(/^5 articles, \d+ claims/m);
  });

  test('is the default when stdout is not a terminal', () => {
    const r = cli(['extract', fixture]);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  test('a missing input is an error naming it, exit 2, and the other inputs are still read', () => {
    const r = cli(['extract', 'no/such/file.txt', path.join(fixture, '003_cfb0b5119dc74a14.txt'), '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles).toHaveLength(1);
    expect(doc.errors).toEqual([{ path: 'no/such/file.txt', message: 'no such file or directory' }]);
    expect(r.stderr).toContain('claimcheck: error: no/such/file.txt: no such file or directory');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('malformed NDJSON lines are errors with file:line; the good lines are articles', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'feed.ndjson'),
      '{"id":"a","text":"Police said 12 people were hurt."}\n{"id":"b","text": oops}\n\n{"title":"no body"}\n{"text":"It cost £5m."}\n',
    );
    const r = cli(['extract', 'feed.ndjson', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => a.id)).toEqual(['a', 'feed#5']);
    expect(doc.errors.map((e) => [e.path, e.line])).toEqual([
      ['feed.ndjson', 2],
      ['feed.ndjson', 4],
    ]);
    expect(r.stderr).toContain('feed.ndjson:2: malformed JSON');
    expect(r.stderr).toContain('feed.ndjson:4: not an article');
  });

  test('unknown extensions are skipped with a warning; a binary file named .txt is an error, and the rest is read', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b, 0x00]));
    writeFileSync(path.join(dir, 'ok.txt'), 'Some 40 people attended.');
    const r = cli(['extract', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => a.id)).toEqual(['ok']);
    expect(doc.errors).toEqual([{ path: 'blob.txt', message: 'binary file, not text: skipped' }]);
    expect(r.stderr).toContain('claimcheck: error: blob.txt: binary file, not text: skipped');
    expect(r.stderr).toContain('notes.pdf: skipped: unknown extension ".pdf"');
  });

  test('--quiet silences warnings and the summary but not errors', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.pdf'), '%PDF-1.4');
    const r = cli(['extract', '.', 'missing.txt', '--quiet'], { cwd: dir });
    expect(r.stderr.trim()).toBe('claimcheck: error: missing.txt: no such file or directory');
  });
});

describe('claimcheck extract --format ndjson and stdin', () => {
  test('one claim per line, each with its article id', () => {
    const r = cli(['extract', fixture, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) ExtractNdjsonLine.parse(JSON.parse(l));
  });

  test('- reads standard input; --stdin-name gives its format and id', () => {
    const r = cli(['extract', '-', '--stdin-name', 'wire.json', '--format', 'json'], {
      input: JSON.stringify({ id: 'wire-1', title: 'Storm', published: '2021-03-04', text: 'More than 3,000 homes lost power on Tuesday.' }),
    });
    expect(r.code).toBe(0);
    const doc = ExtractReport.parse(JSON.parse(r.stdout));
    expect(doc.articles[0]).toMatchObject({ id: 'wire-1', path: '-', title: 'Storm', published: '2021-03-04' });
  });
});

describe('usage', () => {
  test('no command prints the help on stderr and exits 2; help asked for exits 0', () => {
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/Usage: claimcheck/);
    expect(cli(['help', 'check']).code).toBe(0);
    expect(cli(['--help']).stdout).toMatch(/Exit codes: 0 done/);
  });

  test('--version prints the version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // the short answer given before the CLI loads agrees with package.json and with commander's
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(r.stdout).toBe(`${version}\n`);
    expect(cli(['-V']).stdout).toBe(`${version}\n`);
    const viaCommander = cli(['--no-color', '--version']);
    expect(viaCommander.code).toBe(0);
    expect(viaCommander.stdout).toBe(`${version}\n`);
  });

  test.each(['extract', 'text', 'check', 'cluster', 'diff', 'snapshot', 'validate'])('%s --help: the description is wrapped as whole paragraphs at 80 columns (no ragged lines)', (command) => {
    const r = cli([command, '--help']);
    expect(r.code).toBe(0);
    // the description: after the usage line, up to the Arguments or Options heading
    const lines = r.stdout.split('\n');
    const from = lines.findIndex((l) => l.startsWith('Usage:')) + 2;
    const to = lines.findIndex((l, i) => i >= from && /^(Arguments|Options):/.test(l));
    const description = lines.slice(from, to).join('\n').trim().split('\n');
    expect(description.length).toBeGreaterThan(0);
    for (const [i, line] of description.entries()) {
      expect(line.length).toBeLessThanOrEqual(80);
      // a line broken short of the width before the paragraph ends is a manual break inside a sentence
      if (i < description.length - 1) expect(line.length, line).toBeGreaterThan(60);
    }
  });

  test('extract --help explains every option with examples', () => {
    const r = cli(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--format', '--types', '--keep-boilerplate', '--stdin-name', '--no-color', '--quiet', 'Examples:']) {
      expect(r.stdout).toContain(opt);
    }
  });

  test.each([
    [['extract', fixture, '--types', 'figure,colour'], /--types: unknown claim type "colour"/],
    [['extract', fixture, '--format', 'yaml'], /argument 'yaml' is invalid/],
    [['extract'], /missing required argument 'paths'/],
    [['extrat', fixture], /unknown command 'extrat'/],
  ])('bad usage %j exits 2 with a one-line reason', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('text output', () => {
  test('shows path:line:column, type, value and words; no colour when not a terminal', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    writeFileSync(path.join(dir, 'x', 'a.txt'), 'Headline here today\n\nThe council said 345 children were in care.\n');
    const r = cli(['extract', 'x', '--format', 'text'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain(`${path.join('x', 'a.txt')}:3:18`);
  });

  test('--color forces colour; NO_COLOR wins over a terminal but not over --color', () => {
    const r = cli(['extract', fixture, '--format', 'text', '--color']);
    expect(r.stdout).toMatch(/\u001b\[/);
    const n = cli(['extract', fixture, '--format', 'text'], { env: { NO_COLOR: '1' } });
    expect(n.stdout).not.toMatch(/\u001b\[/);
  });
});
