import { readFileSync } from 'node:fs';
import { fontFile } from '../charts/fonts.js';
import { FONT_FAMILY, FONT_WEIGHTS } from '../charts/theme.js';

let fontFaces: string | undefined;

/** `@font-face` rules with the chart font inlined as data: URLs, for pages and SVG files that must not fetch anything. */
export function fontFaceCss(): string {
  fontFaces ??= FONT_WEIGHTS.map(
    (weight) =>
      `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${readFileSync(fontFile(weight)).toString('base64')}) format("woff2")}`,
  ).join('');
  return fontFaces;
}
