/** Exit codes of CONTRACT §3. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one error type the CLI maps to an exit code. Anything else that escapes is a bug in
 * digiraad, not a user's mistake, and is reported as such.
 */
export class DigiraadError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'DigiraadError';
  }
}

export const usageError = (message: string) => new DigiraadError(message, EXIT.usage);
export const ioError = (message: string) => new DigiraadError(message, EXIT.io);
