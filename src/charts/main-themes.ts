import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { joinList } from '../i18n/index.js';
import { messagesOf, publishedChart, recommendationsPerYear } from './frame.js';
import { mainThemeLabels, mainThemeRows, yearLabel, type ChartInput } from './input.js';
import { type Chart, type SectionContent, pct, trendText, yearCaption } from './section.js';
import { PLOT_WIDTH } from './theme.js';

/** The share of each year's recommendations about the main themes, as a line on a 0–100 % scale. */
export function mainThemesSpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  const rows = mainThemeRows(input.figures);
  return publishedChart(input, loc, {
    title: m.mainThemesTitle,
    subtitle: [m.mainThemesSubtitle(joinList(mainThemeLabels(input.figures, loc), loc.lang)), recommendationsPerYear(input, loc)],
    width: PLOT_WIDTH,
    height: 240,
    byYear: true,
    values: rows.map((r) => ({ year: yearLabel(r.year, input.figures.period.asOf), share: r.share })),
    body: {
      encoding: {
        x: { field: 'year', type: 'ordinal', title: m.year, axis: { labelAngle: 0 } },
        y: { field: 'share', type: 'quantitative', title: m.share, scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } },
      },
      layer: [
        { mark: { type: 'line' } },
        { mark: { type: 'point' } },
        { mark: { type: 'text', baseline: 'bottom', dy: -8 }, encoding: { text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
    },
  });
}

function mainThemesSection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = mainThemeRows(input.figures);
  const themes = joinList(mainThemeLabels(input.figures, loc), loc.lang);
  return {
    title: m.mainThemesTitle,
    alt: trendText(m.mainThemesSubject(themes), rows, loc, m),
    table: {
      caption: yearCaption(m.mainThemesTitle, input, m),
      head: [m.year, m.yearShare],
      numeric: [false, true],
      rows: rows.map((r) => [yearLabel(r.year, input.figures.period.asOf), pct(loc, r.share)]),
    },
    csv: [['year', 'themes', 'share'], ...rows.map((r) => [r.year, input.figures.mainThemes.themes.join('|'), r.share])],
  };
}

export const mainThemesChart = { name: 'main-themes-by-year', spec: mainThemesSpec, section: mainThemesSection } as const satisfies Chart;
