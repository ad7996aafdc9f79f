import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Expected and golden files beside the tests. `UPDATE_EXPECTED=1` (or `UPDATE_GOLDEN=1` for the
 * chart specs) rewrites them from what digiraad gives now: read the diff before committing it.
 * Never in CI, and never because a file is missing: a missing expectation fails.
 */
const update = (process.env.UPDATE_EXPECTED === '1' || process.env.UPDATE_GOLDEN === '1') && !process.env.CI;

export function expectFile(actual: string, file: string | URL): void {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
