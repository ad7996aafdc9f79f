import { writeFileSync } from 'node:fs';
import { expectFile } from '../support/expected.js';

/** `actual` is the file `name` in `folder` (by default test/commands/expected/). */
export function expectOutput(actual: string, name: string, folder = new URL('expected/', import.meta.url)): void {
  expectFile(actual, new URL(name, folder));
}

/** A register folder in `dir` from header + rows per file; the files not given are left out. */
export function writeRegisters(dir: string, files: Record<string, string[]>): string {
  for (const [name, lines] of Object.entries(files)) writeFileSync(`${dir}/${name}.csv`, `${lines.join('\n')}\n`);
  return dir;
}
