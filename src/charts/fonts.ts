import { createRequire } from 'node:module';
import type { FONT_WEIGHTS } from './theme.js';

const require = createRequire(import.meta.url);

/** The shipped font file of one weight (Latin subset, WOFF2: the format @napi-rs/canvas reads). */
export function fontFile(weight: (typeof FONT_WEIGHTS)[number]): string {
  return require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
}
