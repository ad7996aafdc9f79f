import type { Config } from 'vega-lite';
import type { Lang } from '../model/lang.js';

/**
 * The look every chart shares. One OFL font (Source Sans 3, shipped by @fontsource/source-sans-3)
 * is registered with the canvas for PNG and text measurement, and embedded in the SVG and HTML,
 * so that SVG, PNG and the HTML page set the same glyphs at the same widths.
 */
export const FONT_FAMILY = 'Source Sans 3';
export const FONT = `"${FONT_FAMILY}", sans-serif`;
/** The weights shipped: regular text, and titles. */
export const FONT_WEIGHTS = [400, 600] as const;

// Contrast on white: INK 17:1, MUTED 8:1, PRIMARY 8.6:1, ACCENT 6.3:1 (all ≥ 4.5:1 as text, ≥ 3:1 as shapes).
export const COLORS = {
  ink: '#1a1a1a',
  muted: '#4d4d4d',
  primary: '#1f4e79',
  accent: '#a0410d',
  grid: '#d9d9d9',
  background: '#ffffff',
} as const;

/** Plot width of every chart, in px (the SVG adds axes and labels around it). */
export const PLOT_WIDTH = 480;

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

type Locale = NonNullable<Config['locale']>;

/** Bokmål and nynorsk write numbers alike. */
const NORWEGIAN: Locale = { number: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], percent: '\u00a0%', minus: '\u2212' } };

/** Vega number locales that match src/present/locale.ts: nb and nn `1 234,5` and `26 %`, en `1,234.5` and `26%`. */
export const CHART_LOCALES: Record<Lang, Locale> = {
  nb: NORWEGIAN,
  nn: NORWEGIAN,
  en: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''], minus: '\u2212' } },
};

export function chartConfig(lang: Lang): Config {
  return {
    font: FONT,
    background: COLORS.background,
    padding: 12,
    // No ARIA markup inside the SVG: the page labels each chart as one image with its text alternative.
    aria: false,
    mark: { aria: false },
    view: { stroke: null },
    title: {
      anchor: 'start',
      fontSize: 17,
      fontWeight: 600,
      color: COLORS.ink,
      subtitleFontSize: 13,
      subtitleColor: COLORS.muted,
      subtitlePadding: 4,
      offset: 14,
    },
    axis: {
      labelFontSize: 12,
      labelColor: COLORS.ink,
      titleFontSize: 12,
      titleFontWeight: 600,
      titleColor: COLORS.ink,
      domainColor: COLORS.muted,
      tickColor: COLORS.muted,
      gridColor: COLORS.grid,
      labelLimit: 320,
    },
    legend: { labelFontSize: 12, labelColor: COLORS.ink, titleFontSize: 12, titleFontWeight: 600, titleColor: COLORS.ink, labelLimit: 320 },
    text: { fontSize: 12, color: COLORS.ink },
    bar: { color: COLORS.primary },
    line: { color: COLORS.primary, strokeWidth: 2 },
    point: { color: COLORS.primary, filled: true, opacity: 1, size: 64 },
    locale: CHART_LOCALES[lang],
  };
}
