/** `claimcheck snapshot` and `claimcheck validate` on a copy of the fixture story, spawning the built binary. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { spawnCli } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const story = path.join(root, 'fixtures', 'barnet-ofsted-2017');

const cli = spawnCli;

/** A scratch folder holding `corpus/`, a copy of the fixture story. */
function copyOfStory(): { dir: string; corpus: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-validate-'));
  const corpus = path.join(dir, 'corpus');
  cpSync(story, corpus, { recursive: true });
  return { dir, corpus };
}

/** The first fixture article and a line of it that states a figure with digits and a comma. */
function figureLine(corpus: string): { file: string; line: number; number: string } {
  for (const f of readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(path.join(corpus, f), 'utf8').split('\n');
    const i = lines.findIndex((l) => /\b\d{1,3},\d{3} [a-z]+/.test(l));
    if (i >= 0) return { file: f, line: i + 1, number: /\b\d{1,3},\d{3}\b/.exec(lines[i]!)![0] };
  }
  throw new Error('no figure line in the fixture story');
}

describe('snapshot and validate', () => {
  test('clean run exits 0; an edited article exits 1 naming the changed claim; --update accepts it', () => {
    const { dir } = copyOfStory();
    const first = cli(['snapshot', 'corpus'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/snapshot written: corpus\/claimcheck\.expected\.json \(5 articles\)/);
    const snap = readFileSync(path.join(dir, 'corpus', 'claimcheck.expected.json'), 'utf8');
    expect(snap).not.toContain(dir); // no absolute paths
    expect(JSON.parse(snap).schema).toBe('claimcheck/snapshot@1');

    const clean = cli(['validate', 'corpus'], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/5 articles match corpus\/claimcheck\.expected\.json/);

    const { file, line, number } = figureLine(path.join(dir, 'corpus'));
    const p = path.join(dir, 'corpus', file);
    const bumped = String(Number(number.replace(',', '')) + 1).replace(/(\d)(\d{3})$/, '$1,$2');
    writeFileSync(p, readFileSync(p, 'utf8').replace(number, bumped));
    const drift = cli(['validate', 'corpus'], dir);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(`corpus/${file}:${line}:`);
    expect(drift.stdout).toMatch(new RegExp(`figure changed: The figure changed from ${number} \\w+ to ${bumped}`));
    expect(drift.stdout).toContain('claimcheck validate corpus --update');

    const update = cli(['validate', 'corpus', '--update'], dir);
    expect(update.code).toBe(0);
    expect(readFileSync(path.join(dir, 'corpus', 'claimcheck.expected.json'), 'utf8')).toContain(bumped);
    expect(cli(['validate', 'corpus'], dir).code).toBe(0);
    // the temporary file of the atomic write is gone
    expect(readdirSync(path.join(dir, 'corpus')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('the snapshot is the same bytes however often it is written, and sorted by path', () => {
    const { dir, corpus } = copyOfStory();
    cli(['snapshot', 'corpus'], dir);
    const a = readFileSync(path.join(corpus, 'claimcheck.expected.json'), 'utf8');
    cli(['snapshot', 'corpus'], dir);
    expect(readFileSync(path.join(corpus, 'claimcheck.expected.json'), 'utf8')).toBe(a);
    const paths = (JSON.parse(a).articles as Array<{ path: string }>).map((x) => x.path);
    expect(paths).toEqual([...paths].sort());
    // the same corpus from elsewhere: the same snapshot
    const other = cli(['validate', path.join(dir, 'corpus')], root);
    expect(other.code).toBe(0);
  });

  test('an added paragraph with a quote: the quote is added, the claims after it moved, a new group', () => {
    const { dir, corpus } = copyOfStory();
    cli(['snapshot', 'corpus'], dir);
    const f = readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort()[2]!;
    const text = readFileSync(path.join(corpus, f), 'utf8').split('\n');
    text.splice(2, 0, 'The opposition leader, Jane Roe, said: "We will publish a full response next week."', '');
    writeFileSync(path.join(corpus, f), text.join('\n'));
    const r = cli(['validate', 'corpus'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`corpus/${f}:3:\\d+  quote added: .*"We will publish a full response next week\\." \\(Jane Roe\\)`));
    expect(r.stdout).toMatch(/claims moved \(the text before them changed\)/);
    expect(r.stdout).toMatch(/quote group .* added/);
  });

  test('--reporter junit writes XML with one test case per article and per group, parsed back', () => {
    const { dir, corpus } = copyOfStory();
    cli(['snapshot', 'corpus'], dir);
    const { file, number } = figureLine(corpus);
    writeFileSync(path.join(corpus, file), readFileSync(path.join(corpus, file), 'utf8').replace(number, '9,999'));
    const r = cli(['validate', 'corpus', '--reporter', 'junit', '-o', 'report.xml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const $ = cheerio.load(readFileSync(path.join(dir, 'report.xml'), 'utf8'), { xml: true });
    const snap = JSON.parse(readFileSync(path.join(corpus, 'claimcheck.expected.json'), 'utf8'));
    const groups = snap.stories.reduce((n: number, s: { groups: unknown[] }) => n + s.groups.length, 0);
    expect($('testsuite[name="articles"] > testcase').length).toBe(5);
    expect($('testcase').length).toBeGreaterThanOrEqual(5 + groups - 1);
    expect(Number($('testsuites').attr('tests'))).toBe($('testcase').length);
    expect(Number($('testsuites').attr('failures'))).toBe($('testcase > failure').length);
    const failed = $(`testcase[name="corpus/${file}"] > failure`);
    expect(failed.length).toBe(1);
    expect(failed.text()).toMatch(new RegExp(`figure changed: The figure changed from ${number}`));
    expect($('testcase[name="corpus/' + readdirSync(corpus).filter((n) => n.endsWith('.txt') && n !== file)[0] + '"] > failure').length).toBe(0);
  });

  test('--reporter github prints workflow annotations with file and line', () => {
    const { dir, corpus } = copyOfStory();
    cli(['snapshot', 'corpus'], dir);
    const { file, line, number } = figureLine(corpus);
    writeFileSync(path.join(corpus, file), readFileSync(path.join(corpus, file), 'utf8').replace(number, '9,999'));
    const r = cli(['validate', 'corpus', '--reporter', 'github'], dir);
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) expect(a).toMatch(/^::(error|warning) (file=[^,:]+,)?(line=\d+,)?title=[^:]+::\S/);
    expect(annotations).toContainEqual(expect.stringMatching(new RegExp(`^::error file=corpus/${file},line=${line},title=claimcheck%3A figure changed::`)));
  });

  test('--fail-on exits 1 on a verdict even when the snapshot matches', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-validate-'));
    mkdirSync(path.join(dir, 'c'));
    writeFileSync(path.join(dir, 'c', 'a.txt'), 'The council said the new bridge will cost £12 million and open in May 2026.\n');
    writeFileSync(path.join(dir, 'c', 'b.txt'), 'The council said the new bridge will cost £15 million and open in May 2026.\n');
    expect(cli(['snapshot', 'c'], dir).code).toBe(0);
    expect(cli(['validate', 'c'], dir).code).toBe(0);
    const r = cli(['validate', 'c', '--fail-on', 'conflict'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/conflict: figure group/);
  });
});

describe('validate checks the corpus itself', () => {
  test('invalid, empty, duplicate and undecodable articles are problems named with file and line: exit 2, nothing written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-validate-'));
    const c = path.join(dir, 'c');
    mkdirSync(c);
    writeFileSync(path.join(c, 'good.txt'), 'The mayor said on Monday that 40 homes were flooded.\n');
    writeFileSync(path.join(c, 'empty.txt'), '   \n');
    writeFileSync(path.join(c, 'bad.json'), JSON.stringify({ id: 'x', title: 'No body' }));
    writeFileSync(
      path.join(c, 'lines.ndjson'),
      [JSON.stringify({ id: 'one', text: 'First brief: 12 people were hurt.' }), '{"id": "broken"', JSON.stringify({ id: 'one', text: 'Second brief: 3 roads closed.' })].join('\n') + '\n',
    );
    writeFileSync(path.join(c, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e, 0x0a]));
    writeFileSync(path.join(c, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = cli(['snapshot', 'c'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(c, 'claimcheck.expected.json'))).toBe(false);
    expect(r.stderr).toMatch(/c\/empty\.txt {2}empty article "empty"/);
    expect(r.stderr).toMatch(/c\/bad\.json {2}not an article: an article needs a "text" or an "html" field/);
    expect(r.stderr).toMatch(/c\/lines\.ndjson:2 {2}malformed JSON/);
    expect(r.stderr).toMatch(/c\/lines\.ndjson(:3)? {2}duplicate article id "one"/);
    expect(r.stderr).toMatch(/c\/latin1\.txt {2}.*UTF-8/);
    expect(r.stderr).not.toMatch(/photo\.png/); // not an article, not a problem
    const junit = cli(['validate', 'c', '--update', '--reporter', 'junit'], dir);
    expect(junit.code).toBe(2);
    const $ = cheerio.load(junit.stdout, { xml: true });
    expect($('testcase > error').length).toBeGreaterThanOrEqual(4);
  });

  test('a folder that is not there, a file instead of a folder, a missing or foreign snapshot: one-line errors, exit 2', () => {
    const { dir } = copyOfStory();
    const gone = cli(['validate', 'nowhere'], dir);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/^claimcheck: error: nowhere: no such folder\n$/);
    const file = cli(['validate', 'corpus/' + readdirSync(path.join(dir, 'corpus'))[0]], dir);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/not a folder/);
    const none = cli(['validate', 'corpus'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no snapshot yet; create it with: claimcheck snapshot corpus/);
    writeFileSync(path.join(dir, 'corpus', 'claimcheck.expected.json'), '{"schema": "something/else"}');
    const foreign = cli(['validate', 'corpus'], dir);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/not a snapshot of this version/);
    expect(foreign.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('check --format junit', () => {
  test('one case per source and per group; the groups --fail-on names fail, with every claim\'s place', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-junit-'));
    writeFileSync(path.join(dir, 'a.txt'), 'The new bridge over the river will cost £102.5 million to build.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'The new bridge over the river will cost £104.1 million to build.\n');
    const r = cli(['check', 'a.txt', 'b.txt', 'missing.txt', '--format', 'junit', '--fail-on', 'conflict'], dir);
    expect(r.code).toBe(2); // an input could not be read: that wins over --fail-on
    const $ = cheerio.load(r.stdout, { xml: true });
    expect($('testsuite[name="sources"] > testcase').length).toBe(3);
    expect($('testcase[name="missing.txt"] > error').length).toBe(1);
    const failure = $('testsuite[name="groups"] > testcase > failure');
    expect(failure.length).toBe(1);
    expect(failure.attr('type')).toBe('conflict');
    expect(failure.text()).toMatch(/a\.txt:1:\d+ {2}102,500,000 GBP\nb\.txt:1:\d+ {2}104,100,000 GBP/);
    const pass = cli(['check', 'a.txt', 'b.txt', '--format', 'junit'], dir);
    expect(pass.code).toBe(0);
    expect(cheerio.load(pass.stdout, { xml: true })('failure').length).toBe(0);
  });
});
