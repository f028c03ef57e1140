/**
 * The progress bar of long runs, on stderr and only when stderr is a terminal (clig.dev:
 * progress on long runs, nothing for pipes and logs; `--quiet` silences it).
 *
 *   [#######.............]  3,120/8,000 files  4.2 MB/s  ETA 0:41
 *
 * The total is counted in the background by a cheap walk of the inputs (names and extensions
 * only, the loader's rules); until it is known the bar shows files done and speed. Messages
 * written to stderr meanwhile go through `stderr`, which clears the bar first and redraws it
 * after, so warnings never land in the middle of it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSIONS } from '../load/index.js';
import type { OutStream } from './io.js';

const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private bytes = 0;
  private total: number | null = null;
  private last = 0;
  private shown = false;
  private readonly t0: number;
  /** Stderr for everything else: clears the bar before a message and redraws it after. */
  readonly stderr: OutStream;

  constructor(private readonly out: OutStream, private readonly width = 20, private readonly now = () => Date.now()) {
    this.t0 = now();
    this.stderr = {
      isTTY: out.isTTY,
      write: (chunk: string) => {
        this.clear();
        const ok = out.write(chunk);
        this.draw(true);
        return ok;
      },
    };
  }

  /** Count the files of `paths` in the background; `-` counts as one. */
  countInputs(paths: readonly string[], cwd: string): void {
    void countFiles(paths, cwd).then(
      (n) => {
        this.total = n;
        this.draw(true);
      },
      () => undefined,
    );
  }

  /** One article done, of `bytes` UTF-8 bytes of body. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    this.draw(false);
  }

  /** Remove the bar for good. */
  finish(): void {
    this.clear();
    this.shown = false;
    this.last = Infinity;
  }

  /** The bar's text at this moment (for tests). */
  line(): string {
    const s = Math.max((this.now() - this.t0) / 1000, 1e-3);
    const mbs = `${(this.bytes / 1e6 / s).toFixed(1)} MB/s`;
    const total = this.total !== null && this.total >= this.done ? this.total : null;
    if (total === null) return `${this.done.toLocaleString('en')} files  ${mbs}`;
    const frac = total ? this.done / total : 1;
    const fill = Math.round(frac * this.width);
    const rate = this.done / s;
    const eta = rate > 0 ? clock((total - this.done) / rate) : '?';
    return `[${'#'.repeat(fill)}${'.'.repeat(this.width - fill)}] ${this.done.toLocaleString('en')}/${total.toLocaleString('en')} files  ${mbs}  ETA ${eta}`;
  }

  private draw(force: boolean): void {
    if (this.last === Infinity) return;
    const t = this.now();
    if (!force && t - this.last < REDRAW_MS) return;
    if (force && !this.shown) return;
    this.last = t;
    this.shown = true;
    this.out.write(`\r\x1b[K${this.line()}`);
  }

  private clear(): void {
    if (this.shown) this.out.write('\r\x1b[K');
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** How many article files `paths` hold, by the loader's rules (known extensions, no dot-files). */
export async function countFiles(paths: readonly string[], cwd: string): Promise<number> {
  let n = 0;
  const walk = async (dir: string, seen: Set<string>): Promise<void> => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full, seen);
      else if (EXTENSIONS[path.extname(e.name).toLowerCase()]) n++;
    }
  };
  for (const p of paths) {
    if (p === '-') {
      n++;
      continue;
    }
    const abs = path.resolve(cwd, p);
    const st = await stat(abs).catch(() => null);
    if (st?.isDirectory()) await walk(abs, new Set());
    else if (st) n++;
  }
  return n;
}
