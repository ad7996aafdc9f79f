import { CATALOGUES, type Messages } from './i18n/index.js';
import type { FileFault } from './model/file-fault.js';

/** Exit codes (README, "In CI"). `internal` is a bug in digiraad, never a user's mistake. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3, internal: 70 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Words for the user, picked from the catalogue of their language when they are shown. */
export type Text = (t: Messages) => string;

/**
 * The one error type the CLI maps to an exit code. Anything else that escapes is a bug in
 * digiraad, not a user's mistake, and is reported as such. The message is worded when it is
 * shown, in the user's language; `Error.message` holds the English, for logs and tests.
 */
export class DigiraadError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode: ExitCode,
    /** The command has already shown what went wrong (validate's list of problems): print nothing more. */
    readonly alreadyShown = false,
  ) {
    super(text(CATALOGUES.en));
    this.name = 'DigiraadError';
  }
}

export const usageError = (text: Text) => new DigiraadError(text, EXIT.usage);
export const ioError = (text: Text) => new DigiraadError(text, EXIT.io);

/** Why the system refused (EACCES, ENOSPC, …): in the user's language for the common causes, else in the system's words. */
export const systemReason =
  (error: unknown): Text =>
  (t) =>
    t.errors.reason((error as NodeJS.ErrnoException).code, (error as Error).message);

export type { FileFault } from './model/file-fault.js';

/** A FileFault as an error: exit code 3 (a file could not be read or written) unless said otherwise. */
export class FileError extends DigiraadError {
  constructor(
    readonly fault: FileFault,
    exitCode: ExitCode = EXIT.io,
  ) {
    super((t) => (t.errors.faults[fault.kind] as (f: FileFault) => string)(fault), exitCode);
    this.name = 'FileError';
  }
}

export const fileError = (fault: FileFault, exitCode: ExitCode = EXIT.io) => new FileError(fault, exitCode);

/** The system's error code when there is one (`EACCES`), else its message. */
export const reasonOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
