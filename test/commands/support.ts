import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

// xsv-style expected outputs beside the tests: UPDATE_EXPECTED=1 npx vitest run test/commands test/report
// rewrites them from what digiraad prints now (then read the diff before committing it).
const update = process.env.UPDATE_EXPECTED === '1';

/** `actual` is the file `name` in `folder` (by default test/commands/expected/). */
export function expectOutput(actual: string, name: string, folder = new URL('expected/', import.meta.url)): void {
  const file = new URL(name, folder);
  if (update) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** A register folder in `dir` from header + rows per file; the files not given are left out. */
export function writeRegisters(dir: string, files: Record<string, string[]>): string {
  for (const [name, lines] of Object.entries(files)) writeFileSync(`${dir}/${name}.csv`, `${lines.join('\n')}\n`);
  return dir;
}
