import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * The one update switch for every expected and golden file: `UPDATE=1 npx vitest run test/…`
 * rewrites them from what digiraad makes now (read the diff before committing it). CI ignores it,
 * so that a run there can only compare.
 */
export const UPDATE = process.env.UPDATE === '1' && !process.env.CI;

/**
 * `actual` is exactly the expected file's bytes. A missing expected file fails the test: it is
 * never written and passed, only written by UPDATE=1.
 */
export function expectFile(actual: string, file: string | URL): void {
  const path = file instanceof URL ? fileURLToPath(file) : file;
  if (UPDATE) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) expect.fail(`the expected file ${path} is missing: write it with UPDATE=1, and read it before committing it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** xsv-style expected outputs of the commands: `actual` is the file `name` in `folder` (by default test/commands/expected/). */
export function expectOutput(actual: string, name: string, folder = new URL('../commands/expected/', import.meta.url)): void {
  expectFile(actual, new URL(name, folder));
}
