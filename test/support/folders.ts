import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, tempDir, type CliResult } from './cli.js';

const BASE = fileURLToPath(new URL('../fixtures/base/', import.meta.url));

/** A data folder: the base register (test/fixtures/base) with these files written over it. */
export function registerFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  cpSync(BASE, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** `digiraad validate` on the base register with these files over it, run from the folder itself. */
export async function validateWith(files: Record<string, string | Uint8Array>, ...flags: string[]): Promise<CliResult> {
  const dir = registerFolder(files);
  return runCli(['validate', '--data', '.', ...flags], { cwd: dir });
}

/** The problem lines of `digiraad validate` output, without the summary. */
export const problemLines = (stdout: string) => stdout.split('\n').filter((l) => /: (feil|advarsel|error|warning)\[/.test(l));
