import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a folder (flat), name → bytes. */
export function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

/** The repository root (the working folder the committed reports/ are made from). */
export const REPO = join(import.meta.dirname, '..', '..');
