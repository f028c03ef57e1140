#!/usr/bin/env node
// The only place that touches `process`: hand the real streams to run() and set the exit code.
import { readFileSync } from 'node:fs';

// `claimcheck --version` alone answers before loading the CLI: Node's start-up is most of the
// time it may take, and importing commander and the command modules would add ~30-40 ms.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  await main();
}

async function main() {
  const { run } = await import('../dist/cli/run.js');
  const { abandonTemporaryFiles } = await import('../dist/cli/output.js');

  /** Exit code after Ctrl-C (128 + SIGINT), as shells report it. */
  const INTERRUPTED = 130;

  process.stdout.on('error', (e) => {
    // A closed pipe (`claimcheck … | head`) is a normal end, not a crash.
    if (e && e.code === 'EPIPE') process.exit(0);
    throw e;
  });

  // stdout is written whole lines at a time, the unfinished tail held back, so that Ctrl-C can
  // stop at a line boundary: every line of partial NDJSON output is whole.
  let interrupted = false;
  let tail = '';
  const stdout = {
    isTTY: process.stdout.isTTY,
    write(chunk) {
      if (interrupted) return true;
      const s = tail + chunk;
      const nl = s.lastIndexOf('\n');
      if (nl === -1) {
        tail = s;
        return true;
      }
      tail = s.slice(nl + 1);
      return process.stdout.write(s.slice(0, nl + 1));
    },
    once: (event, listener) => process.stdout.once(event, listener),
  };
  const flush = () => {
    if (tail && !interrupted) process.stdout.write(tail);
    tail = '';
  };

  process.on('SIGINT', () => {
    if (interrupted) process.exit(INTERRUPTED); // a second Ctrl-C: no more waiting
    interrupted = true;
    tail = '';
    abandonTemporaryFiles();
    process.stderr.write('claimcheck: interrupted\n');
    // only whole lines were handed to stdout; a pipe that was full may still hold some of them
    // queued: let them out (briefly) so the output ends at a line boundary
    if (!process.stdout.writableLength) process.exit(INTERRUPTED);
    process.stdout.once('drain', () => process.exit(INTERRUPTED));
    setTimeout(() => process.exit(INTERRUPTED), 2000).unref();
  });

  run(argv, {
    stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      flush();
      process.exitCode = code;
    },
    (e) => {
      flush();
      process.stderr.write(`claimcheck: internal error: ${e && e.stack ? e.stack : e}\nPlease report this with the input that caused it.\n`);
      process.exitCode = 70;
    },
  );
}
