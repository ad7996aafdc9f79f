import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs digiraad in-process with captured output, as a user would from `cwd`. */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliResult> {
  const { code, stdout, stderr } = await runCliForBytes(args, options);
  return { code, stdout: stdout.toString('utf8'), stderr };
}

/** The same, with stdout as bytes: for workbooks. */
export async function runCliForBytes(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const stdout: Buffer[] = [];
  let stderr = '';
  const code = await main(['node', 'digiraad', ...args], {
    stdout: { write: (s: string | Uint8Array) => stdout.push(Buffer.from(s)), isTTY: options.tty ?? false },
    stderr: { write: (s: string | Uint8Array) => (stderr += s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: Buffer.concat(stdout), stderr };
}

/** What every command that reads the shipped registers says on stderr, run from the repository (which holds no registers itself). */
export const SHIPPED_NOTE = 'bruker eksempelregistrene som følger med digiraad (data)\n';

const made: string[] = [];

/** A new empty folder under the system's temporary folder; removeTempDirs() deletes them all. */
export function tempDir(prefix = 'digiraad-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
