/** The configuration file, its validation, and precedence: flags > environment > config. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConfig, resolveSettings } from '../src/config/index.js';
import { applyAliases, compilePatterns, excludeMatchingLines } from '../src/config/apply.js';
import { extractArticle } from '../src/extract/index.js';
import { articleFromText, spawnCli } from './helpers.js';


const cli = spawnCli;

const ARTICLE = [
  'Flood defences will cost £40 million, the agency said on 3 March 2025.',
  '',
  'Subscribe now for 50% off your first 3 months.',
  '',
  '"We have waited 12 years for this," said Mary Okafor, who chairs the residents\' group.',
  '',
].join('\n');

function project(config: unknown, where: 'config' | 'package' = 'config'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-config-'));
  if (where === 'config') writeFileSync(path.join(dir, 'claimcheck.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  else writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', claimcheck: config }));
  writeFileSync(path.join(dir, 'story.txt'), ARTICLE);
  return dir;
}

const types = (stdout: string) => [...new Set((JSON.parse(stdout).articles[0].claims as Array<{ type: string }>).map((c) => c.type))].sort();

describe('config file', () => {
  test('types from claimcheck.config.json; CLAIMCHECK_TYPES overrides it; --types overrides both', () => {
    const dir = project({ types: ['figure'] });
    expect(types(cli(['extract', 'story.txt', '--format', 'json'], dir).stdout)).toEqual(['figure']);
    expect(types(cli(['extract', 'story.txt', '--format', 'json'], dir, { CLAIMCHECK_TYPES: 'date' }).stdout)).toEqual(['date']);
    expect(types(cli(['extract', 'story.txt', '--format', 'json', '--types', 'quote'], dir, { CLAIMCHECK_TYPES: 'date' }).stdout)).toEqual(['quote']);
    expect(types(cli(['extract', 'story.txt', '--format', 'json', '--no-config'], dir).stdout)).toEqual(['date', 'figure', 'finding', 'quote']);
  });

  test('found in a folder above the working directory, and as a "claimcheck" field of package.json', () => {
    const dir = project({ types: ['date'] }, 'package');
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'story.txt'), ARTICLE);
    expect(types(cli(['extract', 'story.txt', '--format', 'json'], path.join(dir, 'sub')).stdout)).toEqual(['date']);
  });

  test('speaker aliases and boilerplate patterns change what is extracted', () => {
    const dir = project({ speakerAliases: { 'mary okafor': 'Dr Mary Okafor-Reid' }, boilerplatePatterns: ['^subscribe now'] });
    const out = JSON.parse(cli(['extract', 'story.txt', '--format', 'json'], dir).stdout);
    const claims = out.articles[0].claims as Array<{ type: string; text: string; speaker?: string }>;
    expect(claims.find((c) => c.type === 'quote')?.speaker).toBe('Dr Mary Okafor-Reid');
    expect(claims.some((c) => c.text.includes('50%'))).toBe(false);
    const plain = JSON.parse(cli(['extract', 'story.txt', '--format', 'json', '--no-config'], dir).stdout);
    expect((plain.articles[0].claims as Array<{ text: string }>).some((c) => c.text.includes('50%'))).toBe(true);
  });

  test('failOn and tolerance from the config drive check; the flag wins', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-config-'));
    writeFileSync(path.join(dir, 'a.txt'), 'The new bridge over the river will cost £102.5 million to build.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'The new bridge over the river will cost £104.1 million to build.\n');
    writeFileSync(path.join(dir, 'claimcheck.config.json'), JSON.stringify({ failOn: ['conflict'] }));
    expect(cli(['check', 'a.txt', 'b.txt', '--format', 'json'], dir).code).toBe(1);
    writeFileSync(path.join(dir, 'claimcheck.config.json'), JSON.stringify({ failOn: ['conflict'], tolerance: '5%' }));
    expect(cli(['check', 'a.txt', 'b.txt', '--format', 'json'], dir).code).toBe(0);
    expect(cli(['check', 'a.txt', 'b.txt', '--format', 'json', '--tolerance', '0.005'], dir).code).toBe(1);
    expect(cli(['check', 'a.txt', 'b.txt', '--format', 'json'], dir, { CLAIMCHECK_TOLERANCE: '0' }).code).toBe(1);
  });

  test.each([
    [{ tolerence: 0.05 }, /claimcheck\.config\.json: unknown key "tolerence" \(known keys: tolerance, types/],
    [{ types: ['figure', 'quotes'] }, /claimcheck\.config\.json: types\[1\]: "quotes" is not a claim type/],
    [{ tolerance: 2 }, /claimcheck\.config\.json: tolerance: /],
    [{ failOn: 'conflict' }, /claimcheck\.config\.json: failOn: expected array/],
    [{ boilerplatePatterns: ['(unclosed'] }, /claimcheck\.config\.json: boilerplatePatterns\[0\]: is not a valid regular expression/],
    [{ speakerAliases: { 'J. Doe': 3 } }, /claimcheck\.config\.json: speakerAliases\.J\. Doe: expected string/],
    ['{ "types": [', /claimcheck\.config\.json: not valid JSON/],
    [[1, 2], /claimcheck\.config\.json: the configuration must be a JSON object/],
  ])('a bad configuration %j: one line naming the file and key, exit 2', (config, message) => {
    const dir = project(config);
    const r = cli(['extract', 'story.txt', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--config names a file; a missing one is an error; CLAIMCHECK_CONFIG names one too', () => {
    const dir = project({ types: ['figure'] });
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ types: ['date'] }));
    expect(types(cli(['extract', 'story.txt', '--format', 'json', '--config', 'other.json'], dir).stdout)).toEqual(['date']);
    expect(types(cli(['extract', 'story.txt', '--format', 'json'], dir, { CLAIMCHECK_CONFIG: 'other.json' }).stdout)).toEqual(['date']);
    const gone = cli(['extract', 'story.txt', '--config', 'nope.json'], dir);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toMatch(/--config: nope\.json: no such file/);
  });
});

describe('config as functions', () => {
  test('parseConfig normalises percentages and "any"', async () => {
    expect(await parseConfig({ tolerance: '5%', failOn: ['any'] }, 'x')).toEqual({ tolerance: 0.05, failOn: ['conflict', 'variant', 'attribution'] });
  });

  test('resolveSettings: flags > env > config', () => {
    const config = { tolerance: 0.1, types: ['figure' as const], failOn: ['variant' as const] };
    expect(resolveSettings({}, {}, config)).toMatchObject({ tolerance: 0.1, types: ['figure'], failOn: ['variant'] });
    expect(resolveSettings({}, { CLAIMCHECK_TOLERANCE: '2%', CLAIMCHECK_FAIL_ON: 'conflict' }, config)).toMatchObject({ tolerance: 0.02, failOn: ['conflict'] });
    expect(resolveSettings({ tolerance: '0.3' }, { CLAIMCHECK_TOLERANCE: '2%' }, config).tolerance).toBe(0.3);
    expect(() => resolveSettings({}, { CLAIMCHECK_TYPES: 'figs' }, config)).toThrow(/CLAIMCHECK_TYPES: unknown claim type "figs"/);
  });

  test('excludeMatchingLines keeps the body and offsets; the matched line yields no claims', () => {
    const a = articleFromText(ARTICLE);
    const b = excludeMatchingLines(a, compilePatterns(['subscribe']));
    expect(b.body).toBe(a.body);
    const span = b.excluded.find((e) => e.rule === 'config/boilerplate')!;
    expect(b.body.slice(span.start, span.end)).toBe('Subscribe now for 50% off your first 3 months.');
    expect(extractArticle(b).claims.some((c) => c.start >= span.start && c.end <= span.end)).toBe(false);
  });

  test('applyAliases renames a speaker whatever its case, and leaves others alone', () => {
    const x = extractArticle(articleFromText(ARTICLE));
    const y = applyAliases(x, new Map([['mary okafor', 'M. Okafor']]));
    expect(y.claims.find((c) => c.type === 'quote')).toMatchObject({ speaker: 'M. Okafor' });
    expect(applyAliases(x, new Map([['nobody', 'N']]))).toBe(x);
  });
});
