import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { themeRows, type ChartInput } from './input.js';
import { COLORS, PLOT_WIDTH } from './theme.js';

/**
 * Questions vs recommendations per theme, side by side, all six themes. The two series differ by
 * more than colour: questions are solid bars, recommendations outlined ones, and every bar carries
 * its value.
 */
export function themesSpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  const rows = themeRows(input.figures, loc);
  const series = [m.questionsSeries, m.recommendationsSeries];
  const values = rows.flatMap((r) => [
    { theme: r.label, series: m.questionsSeries, count: r.questions, share: r.questionShare },
    { theme: r.label, series: m.recommendationsSeries, count: r.recommendations, share: r.recommendationShare },
  ]);
  return publishedChart(input, loc, {
    title: m.themesTitle,
    subtitle: m.themesSubtitle(loc.number(input.figures.questions.total), loc.number(input.figures.recommendations.total)),
    width: PLOT_WIDTH,
    height: { step: 36 },
    values,
    body: {
      encoding: {
        y: { field: 'theme', type: 'nominal', sort: null, title: null },
        yOffset: { field: 'series', type: 'nominal', sort: series },
        x: { field: 'share', type: 'quantitative', title: m.share, axis: { format: '.0%', tickCount: 5 } },
      },
      layer: [
        {
          mark: { type: 'bar', stroke: COLORS.primary, strokeWidth: 1.5 },
          encoding: {
            fill: {
              field: 'series',
              type: 'nominal',
              scale: { domain: series, range: [COLORS.primary, COLORS.background] },
              legend: {
                title: null,
                orient: 'top',
                direction: 'horizontal',
                symbolType: 'square',
                symbolSize: 160,
                symbolStrokeColor: COLORS.primary,
                symbolStrokeWidth: 1.5,
              },
            },
          },
        },
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
    },
  });
}
