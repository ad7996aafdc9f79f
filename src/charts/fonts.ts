import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FAMILY, FONT_WEIGHTS } from './theme.js';

const require = createRequire(import.meta.url);

/** The shipped font file of one weight (Latin subset, WOFF2: the format @napi-rs/canvas reads). */
export function fontFile(weight: (typeof FONT_WEIGHTS)[number]): string {
  return require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
}

let fontFaces: string | undefined;

/** `@font-face` rules with the font inlined as data: URLs, for pages and SVG files that must not fetch anything. */
export function fontFaceCss(): string {
  fontFaces ??= FONT_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${readFileSync(fontFile(weight)).toString('base64')}) format("woff2")}`,
  ).join('');
  return fontFaces;
}
