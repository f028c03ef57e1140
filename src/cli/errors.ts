/** Exit codes: the documented contract (README "Exit codes"). */
export const EXIT = {
  /** Done; nothing to report. */
  ok: 0,
  /** A `--fail-on` condition or a `validate` drift was found. */
  found: 1,
  /** Bad usage, or an input that could not be read (the others were still processed). */
  usage: 2,
} as const;

/** An error the user can fix; its message is printed as one line and it carries the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
