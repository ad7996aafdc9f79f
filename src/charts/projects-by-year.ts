import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { byYearRows, yearLabel, type ChartInput } from './input.js';
import { PLOT_WIDTH } from './theme.js';

/** New projects per calendar year of their first treatment (figures.byYear). */
export function projectsByYearSpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  const rows = byYearRows(input.figures);
  return publishedChart(input, loc, {
    title: m.byYearTitle,
    subtitle: m.byYearSubtitle,
    width: PLOT_WIDTH,
    height: 240,
    byYear: true,
    values: rows.map((r) => ({ year: yearLabel(r.year, input.figures.period.asOf), projects: r.projects })),
    body: {
      encoding: {
        x: { field: 'year', type: 'ordinal', title: m.year, axis: { labelAngle: 0 } },
        y: { field: 'projects', type: 'quantitative', title: m.newProjects, axis: { format: ',d', tickMinStep: 1, tickCount: 5 } },
      },
      layer: [
        { mark: { type: 'bar', width: { band: 0.6 } } },
        { mark: { type: 'text', baseline: 'bottom', dy: -4 }, encoding: { text: { field: 'projects', type: 'quantitative', format: ',d' } } },
      ],
    },
  });
}
