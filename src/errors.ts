import type { Msg } from "./domain/diagnostics.js";

/**
 * Typed errors, each mapped to an exit code in one place (README "Output and exit codes"): 1 the data or a
 * write was refused, 2 usage, 3 environment. A message is a catalog entry, so that it
 * is said in the user's language; hints say what to do next.
 */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  constructor(
    readonly msg: Msg,
    readonly hints: Msg[] = [],
  ) {
    super(String(msg.key));
  }
}

/** Exit 2: unknown command or flag, bad value, unknown or ambiguous reference, missing input. */
export class UsageError extends CliError {
  readonly exitCode = 2;
}

/** Exit 1: the data has errors, or a write was refused. */
export class DataError extends CliError {
  readonly exitCode = 1;
}

/** Exit 3: no data directory, lock held, file system failure. */
export class EnvError extends CliError {
  readonly exitCode = 3;
}

/** Exit 130: SIGINT or SIGTERM (Ctrl-C) stopped the command; the message says what was written. */
export class Interrupted extends CliError {
  readonly exitCode = 130;
}

/** A command's own verdict when it finished normally but must exit non-zero. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
