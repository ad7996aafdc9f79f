import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { joinList } from '../i18n/index.js';
import { messagesOf, publishedChart, recommendationsPerYear } from './frame.js';
import { mainThemeLabels, mainThemeRows, yearLabel, type ChartInput } from './input.js';
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
