import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/schema.js';

const BIN = path.join(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'), 'bin', 'claimcheck.js');

/** An in-memory plain-text article whose body is `text` exactly. */
export function articleFromText(text: string, opts: { published?: string | null; id?: string } = {}): Article {
  return {
    id: opts.id ?? 'test',
    path: `${opts.id ?? 'test'}.txt`,
    title: null,
    publisher: null,
    published: opts.published ?? null,
    byline: null,
    url: null,
    format: 'txt',
    body: text,
    excluded: [],
  };
}

/**
 * Run the built binary in `cwd` with no terminal, no forced colour and no CLAIMCHECK_* settings
 * from the environment except those in `extraEnv`.
 */
export function spawnCli(args: string[], cwd: string, extraEnv: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, ...extraEnv };
  delete env.FORCE_COLOR;
  for (const k of Object.keys(env)) if (k.startsWith('CLAIMCHECK_') && !(k in extraEnv)) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
