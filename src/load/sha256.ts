import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

// node:crypto takes about 6 ms to load, and only a report records the digests of what it read:
// loaded on the first digest, not when digiraad starts.
const loadCommonJs = createRequire(import.meta.url);

/** A fresh SHA-256 hasher. */
export function sha256Hasher(): Hash {
  return (loadCommonJs('node:crypto') as typeof import('node:crypto')).createHash('sha256');
}
