/**
 * Project configuration: `claimcheck.config.json`, or a `"claimcheck"` field in package.json,
 * found in the working directory or the nearest folder above it. Validated by zod with
 * messages that name the file and the bad key. Precedence is flags > environment > config:
 * `resolveSettings` takes the three layers and returns what a command uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli/errors.js';

export const CONFIG_FILE = 'claimcheck.config.json';
export const CLAIM_TYPES = ['figure', 'date', 'quote', 'finding'] as const;
export const FAIL_VERDICTS = ['conflict', 'variant', 'attribution'] as const;

export type ClaimTypeName = (typeof CLAIM_TYPES)[number];
export type FailVerdict = (typeof FAIL_VERDICTS)[number];

/** A validated configuration: every key optional. */
export interface Config {
  /** Relative tolerance for figures, 0 ≤ x < 1. */
  tolerance?: number;
  /** Claim types to extract and compare. */
  types?: ClaimTypeName[];
  /** Speaker or source names as extracted (any case) → the canonical name to report. */
  speakerAliases?: Record<string, string>;
  /** Regular expressions (JavaScript syntax, case-insensitive): a body line one matches is not extracted from. */
  boilerplatePatterns?: string[];
  /** Verdicts that make `check` and `validate` exit 1. */
  failOn?: FailVerdict[];
  /** Globs of files and folders that folder walks skip (as `--ignore`). */
  ignore?: string[];
}

/** Where a configuration came from, for messages. */
export interface LoadedConfig {
  config: Config;
  /** The file read (`package.json` when the field was used), or null when none was found. */
  file: string | null;
}

const KNOWN_KEYS = ['tolerance', 'types', 'speakerAliases', 'boilerplatePatterns', 'failOn', 'ignore'] as const;

/**
 * Find and read the configuration. `explicit` (from `--config` or `CLAIMCHECK_CONFIG`) must
 * exist; otherwise the nearest `claimcheck.config.json` or package.json with a `claimcheck`
 * field, from `cwd` up to the file-system root, is used. None found: an empty config.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new CliError(`--config: ${explicit}: no such file`);
    const raw = readJson(file, explicit);
    const field = path.basename(file) === 'package.json' ? (raw as Record<string, unknown>)?.claimcheck : raw;
    return { config: await parseConfig(field ?? {}, explicit), file };
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const own = path.join(dir, CONFIG_FILE);
    if (existsSync(own)) return { config: await parseConfig(readJson(own, shown(cwd, own)), shown(cwd, own)), file: own };
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const raw = readJson(pkg, shown(cwd, pkg)) as Record<string, unknown> | null;
      if (raw && typeof raw === 'object' && 'claimcheck' in raw) {
        return { config: await parseConfig(raw.claimcheck, `${shown(cwd, pkg)} "claimcheck" field`), file: pkg };
      }
    }
    if (path.dirname(dir) === dir) return { config: {}, file: null };
  }
}

function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function readJson(file: string, name: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`${name}: cannot read the configuration: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${name}: not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Validate a configuration object. The message names where it came from and the key, e.g.
 * `claimcheck.config.json: types[1]: "quotes" is not a claim type (figure, date, quote, finding)`.
 */
export async function parseConfig(raw: unknown, where: string): Promise<Config> {
  // zod is loaded only when a configuration exists (it costs start-up time)
  const { z } = await import('zod');
  const tolerance = z.union([
    z.number().min(0, 'must be 0 or more').lt(1, 'must be below 1 (a fraction: 0.05 for 5%)'),
    z.string().regex(/^\d+(\.\d+)?%?$/, 'must be a fraction (0.05) or a percentage ("5%")'),
  ]);
  const pattern = z.string().refine(
    (s) => {
      try {
        new RegExp(s, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'is not a valid regular expression' },
  );
  const schema = z.strictObject({
    tolerance: tolerance.optional(),
    types: z.array(z.enum(CLAIM_TYPES, { error: (i) => `"${String(i.input)}" is not a claim type (${CLAIM_TYPES.join(', ')})` })).min(1).optional(),
    speakerAliases: z.record(z.string().min(1), z.string().min(1, 'must be a name')).optional(),
    boilerplatePatterns: z.array(pattern).optional(),
    ignore: z.array(z.string().trim().min(1, 'must be a glob (*.json, drafts, raw/**)')).optional(),
    failOn: z
      .array(z.enum([...FAIL_VERDICTS, 'any'], { error: (i) => `"${String(i.input)}" is not a verdict (${FAIL_VERDICTS.join(', ')}, any)` }))
      .optional(),
  });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CliError(`${where}: the configuration must be a JSON object`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      throw new CliError(`${where}: unknown key "${issue.keys[0]}" (known keys: ${KNOWN_KEYS.join(', ')})`);
    }
    const key = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    const message = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message;
    throw new CliError(`${where}: ${key || 'configuration'}: ${message}`);
  }
  const c = parsed.data;
  const config: Config = {};
  if (c.tolerance !== undefined) config.tolerance = typeof c.tolerance === 'number' ? c.tolerance : toleranceOf(c.tolerance, `${where}: tolerance`);
  if (c.types) config.types = [...new Set(c.types)];
  if (c.speakerAliases) config.speakerAliases = c.speakerAliases;
  if (c.boilerplatePatterns) config.boilerplatePatterns = c.boilerplatePatterns;
  if (c.ignore) config.ignore = c.ignore;
  if (c.failOn) config.failOn = c.failOn.includes('any') ? [...FAIL_VERDICTS] : [...new Set(c.failOn as FailVerdict[])];
  return config;
}

/** `0.05`, `5%` → 0.05; anything else, or 1 and more, is an error named by `name`. */
export function toleranceOf(raw: string, name: string): number {
  const s = raw.trim();
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(s);
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!Number.isFinite(x) || x < 0 || x >= 1) {
    throw new CliError(`${name}: "${s}" is not a relative tolerance; give a fraction below 1 (0.05) or a percentage (5%)`);
  }
  return x;
}

/** `figure,date` → the claim types; the message is named by `name` (a flag or variable). */
export function typesOf(raw: string, name: string): ClaimTypeName[] {
  const list = raw.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((t) => !(CLAIM_TYPES as readonly string[]).includes(t));
  if (bad.length || !list.length) throw new CliError(`${name}: unknown claim type "${bad[0] ?? raw}"; use a comma-separated list of ${CLAIM_TYPES.join(', ')}`);
  return [...new Set(list)] as ClaimTypeName[];
}

/** `conflict,variant` or `any` → the verdicts that set exit code 1. */
export function failOnOf(raw: string, name: string): FailVerdict[] {
  const list = raw.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (list.includes('any')) return [...FAIL_VERDICTS];
  const bad = list.find((v) => !(FAIL_VERDICTS as readonly string[]).includes(v));
  if (bad !== undefined || !list.length) throw new CliError(`${name}: unknown verdict "${bad ?? raw}"; use conflict, variant, attribution or any`);
  return [...new Set(list)] as FailVerdict[];
}

/** The settings a command uses, after flags > environment > config. */
export interface Settings {
  tolerance: number;
  types: ClaimTypeName[] | undefined;
  failOn: FailVerdict[];
  speakerAliases: Record<string, string>;
  boilerplatePatterns: string[];
  /** The configuration's `ignore` globs (`--ignore` flags add to them). */
  ignore: string[];
}

/** What was given on the command line (undefined: not given). */
export interface FlagSettings {
  tolerance?: string | undefined;
  types?: string | undefined;
  failOn?: string | undefined;
}

/** Environment variables read: `CLAIMCHECK_TOLERANCE`, `CLAIMCHECK_TYPES`, `CLAIMCHECK_FAIL_ON` (and `CLAIMCHECK_CONFIG`, a file). */
export function resolveSettings(flags: FlagSettings, env: Record<string, string | undefined>, config: Config): Settings {
  const envOf = (k: string) => (env[k]?.trim() ? env[k] : undefined);
  const tol = flags.tolerance ?? envOf('CLAIMCHECK_TOLERANCE');
  const types = flags.types ?? envOf('CLAIMCHECK_TYPES');
  const failOn = flags.failOn ?? envOf('CLAIMCHECK_FAIL_ON');
  const name = (flag: string | undefined, variable: string) => (flag !== undefined ? variable.replace(/^CLAIMCHECK_/, '--').toLowerCase().replace(/_/g, '-') : variable);
  return {
    tolerance: tol !== undefined ? toleranceOf(tol, name(flags.tolerance, 'CLAIMCHECK_TOLERANCE')) : (config.tolerance ?? 0),
    types: types !== undefined ? typesOf(types, name(flags.types, 'CLAIMCHECK_TYPES')) : config.types,
    failOn: failOn !== undefined ? failOnOf(failOn, name(flags.failOn, 'CLAIMCHECK_FAIL_ON')) : (config.failOn ?? []),
    speakerAliases: config.speakerAliases ?? {},
    boilerplatePatterns: config.boilerplatePatterns ?? [],
    ignore: config.ignore ?? [],
  };
}
