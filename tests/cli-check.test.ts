/** CLI tests of check and diff: spawn the built binary and parse what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CheckReport, DiffReport } from '../src/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claimcheck.js');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017');

function cli(args: string[], cwd = root, extraEnv: Record<string, string> = {}) {
  const env = { ...process.env, ...extraEnv };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env, input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('claimcheck check', () => {
  test('--format json prints the check document the exported schema accepts', () => {
    const r = cli(['check', story, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = CheckReport.parse(JSON.parse(r.stdout));
    expect(doc.summary.articles).toBe(5);
    expect(doc.summary.agree).toBeGreaterThan(0);
    expect(doc.groups.reduce((n, g) => n + g.claims.length, 0)).toBe(doc.summary.claims);
    expect(r.stderr).toMatch(/claims in 5 sources: /);
  });

  test('stdout stays one JSON document beside a .env file (natural is loaded by submodule only)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-env-'));
    cpSync(story, path.join(dir, 'story'), { recursive: true });
    writeFileSync(path.join(dir, '.env'), 'CLAIMCHECK_DOTENV_PROBE=loaded\n');
    const r = cli(['check', 'story', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(() => CheckReport.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  test('--fail-on sets exit 1 only when such a group exists', () => {
    const doc = CheckReport.parse(JSON.parse(cli(['check', story, '--format', 'json']).stdout));
    for (const verdict of ['conflict', 'variant', 'attribution'] as const) {
      const r = cli(['check', story, '--format', 'json', '--fail-on', verdict, '--quiet']);
      expect(r.code, verdict).toBe(doc.summary[verdict] > 0 ? 1 : 0);
    }
    const any = doc.summary.conflict + doc.summary.variant + doc.summary.attribution > 0;
    expect(cli(['check', story, '--fail-on', 'any', '-q']).code).toBe(any ? 1 : 0);
  });

  test('a changed figure in one copy is a conflict, and --fail-on conflict exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-check-'));
    cpSync(story, dir, { recursive: true });
    const f = path.join(dir, '004_7c4424ff75a35e16.txt');
    writeFileSync(f, readFileSync(f, 'utf8').replace('£3.8 million', '£4.8 million'));
    const r = cli(['check', dir, '--format', 'json', '--fail-on', 'conflict']);
    expect(r.code).toBe(1);
    const doc = CheckReport.parse(JSON.parse(r.stdout));
    const conflicts = doc.groups.filter((g) => g.verdict === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.claims.map((c) => c.value).sort()).toEqual([3_800_000, 3_800_000, 4_800_000]);
  });

  test('text output: verdict sections, symbols, locations and a summary; no colour off a terminal', () => {
    const r = cli(['check', story, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ AGREE/);
    expect(r.stdout).toMatch(/Only one source \(\d+\)/);
    expect(r.stdout).toMatch(/barnet-ofsted-2017\/00\d_[0-9a-f]+\.txt:\d+:\d+/);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ claims in 5 sources: /);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  test('-o writes the markdown report atomically and leaves stdout empty', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-out-'));
    const r = cli(['check', story, '--format', 'markdown', '-o', path.join(dir, 'report.md')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['report.md']);
    const md = readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(md).toMatch(/^# claimcheck report/);
    expect(md).toMatch(/\| ✓ agree \| \d+ \|/);
  });

  test.each([
    [['check', story, '--fail-on', 'conflicts'], /--fail-on: unknown verdict "conflicts"/],
    [['check', story, '--tolerance', 'lots'], /--tolerance: "lots" is not a relative tolerance/],
    [['check', story, '-o', '/no/such/dir/r.md'], /cannot write \/no\/such\/dir\/r.md: no such directory/],
    [['diff', path.join(story, '000_aaf2051f71d1e3ca.txt')], /missing required argument 'new'/],
    [['diff', story, path.join(story, '000_aaf2051f71d1e3ca.txt')], /diff compares exactly two articles/],
  ])('bad usage %j exits 2 with a one-line reason', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('claimcheck cluster and check --by-story', () => {
  function archive(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-archive-'));
    cpSync(story, dir, { recursive: true });
    const bridge = (outlet: string, extra: string) =>
      `The Harbour Bridge will close for 14 days from 3 March while engineers replace 240 cables, the city transport authority said on Monday. ${extra} Drivers face diversions of up to 12 miles, ${outlet} reported.`;
    writeFileSync(path.join(dir, 'bridge-a.txt'), bridge('the Post', 'The work will cost £18 million.'));
    writeFileSync(path.join(dir, 'bridge-b.txt'), bridge('the Courier', 'The repairs are expected to cost £18 million.'));
    writeFileSync(path.join(dir, 'orchard.txt'), 'A village orchard planted 120 apple trees on Saturday to mark its centenary, volunteers said.');
    return dir;
  }

  test('cluster finds the stories of a mixed folder; check --by-story checks each one', () => {
    const dir = archive();
    const c = cli(['cluster', dir, '--format', 'json']);
    expect(c.code).toBe(0);
    const doc = JSON.parse(c.stdout) as { schema: string; stories: { articles: string[] }[]; unclustered: string[] };
    expect(doc.schema).toBe('claimcheck/cluster@1');
    const sets = doc.stories.map((s) => [...s.articles].sort().join(' '));
    expect(sets).toContain('000_aaf2051f71d1e3ca 001_51a6fd33b2d8a7bc 002_e5360314d9e545cb 003_cfb0b5119dc74a14 004_7c4424ff75a35e16');
    expect(sets).toContain('bridge-a bridge-b');
    expect(doc.unclustered).toEqual(['orchard']);

    const r = cli(['check', dir, '--by-story', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const reports = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as CheckReport & { story: { id: string } });
    expect(reports).toHaveLength(2);
    for (const rep of reports) CheckReport.parse(rep);
    const bridge = reports.find((x) => x.articles.length === 2)!;
    expect(bridge.groups.find((g) => g.type === 'figure' && g.verdict === 'agree' && g.claims[0]!.unit === 'GBP')).toBeDefined();
    expect(r.stderr).toMatch(/2 stories checked, 1 article in no story/);
  });
});

describe('claimcheck diff', () => {
  test('an article and an edited copy: exactly the edits, with both locations; --fail-on-change exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-diff-'));
    const old = path.join(story, '004_7c4424ff75a35e16.txt');
    const edited = path.join(dir, 'edited.txt');
    writeFileSync(edited, readFileSync(old, 'utf8').replace('over 23 days', 'over 25 days').replace('63 elected members', '36 elected members'));
    const same = cli(['diff', old, old, '--format', 'json', '--fail-on-change']);
    expect(same.code).toBe(0);
    expect(DiffReport.parse(JSON.parse(same.stdout)).changed).toEqual([]);
    const r = cli(['diff', old, edited, '--format', 'json', '--fail-on-change']);
    expect(r.code).toBe(1);
    const doc = DiffReport.parse(JSON.parse(r.stdout));
    // the figure inside the quotation changes the quotation's words too
    expect(doc.changed.map((c) => [c.type, c.old.text.slice(-30), c.new.text.slice(-30)])).toEqual([
      ['figure', 'over 23 days', 'over 25 days'],
      ['quote', 'of all 63 elected members of the council.'.slice(-30), 'of all 36 elected members of the council.'.slice(-30)],
      ['figure', '63 elected members', '36 elected members'],
    ]);
    expect(doc.changed[1]!.diff!.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: '63' },
      { op: 'insert', text: '36' },
    ]);
    expect(doc.added).toEqual([]);
    expect(doc.removed).toEqual([]);
    expect(doc.changed[0]!.new.path).toBe(edited);
  });
});

describe('check --jobs', () => {
  test('a story extracted on worker threads gives the report of one thread', () => {
    // the fixture story three times over (12+ articles), each copy a source of its own
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-jobs-'));
    const texts = readdirSync(story).filter((f) => f.endsWith('.txt')).sort();
    for (let copy = 0; copy < 3; copy++) {
      for (const f of texts) writeFileSync(path.join(dir, `${copy}-${f}`), readFileSync(path.join(story, f), 'utf8').replace(/\b(\d+)\b/g, (n) => (copy && n.length === 2 ? String(Number(n) + copy) : n)));
    }
    expect(readdirSync(dir).length).toBeGreaterThan(8);
    const one = cli(['check', dir, '--format', 'json', '--jobs', '1']);
    // workers from the first article (by default they start after a second of work here)
    const many = cli(['check', dir, '--format', 'json', '--jobs', '3'], root, { CLAIMCHECK_POOL_AFTER_MS: '0' });
    expect(one.code).toBe(0);
    expect(CheckReport.parse(JSON.parse(one.stdout)).summary.conflict).toBeGreaterThan(0);
    expect(many.code).toBe(one.code);
    expect(many.stdout === one.stdout).toBe(true);
  });

  test('--jobs must be a whole number of workers', () => {
    const r = cli(['check', story, '--jobs', 'two']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});
