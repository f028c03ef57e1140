#!/usr/bin/env node
// The only place that touches `process`: hand the real streams to run() and set the exit code.
import { run } from '../dist/cli/run.js';

process.stdout.on('error', (e) => {
  // A closed pipe (`claimcheck … | head`) is a normal end, not a crash.
  if (e && e.code === 'EPIPE') process.exit(0);
  throw e;
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`claimcheck: internal error: ${e && e.stack ? e.stack : e}\nPlease report this with the input that caused it.\n`);
    process.exitCode = 70;
  },
);
