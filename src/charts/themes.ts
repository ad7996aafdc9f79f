import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { lowerFirst, themeRows, type ChartInput } from './input.js';
import { n, pct, extreme, type SectionContent, type Chart } from './section.js';
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

function themesSection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = themeRows(input.figures, loc);
  const topQ = extreme(rows, (r) => r.questionShare, 'max')!;
  const topR = extreme(rows, (r) => r.recommendationShare, 'max')!;
  const lowR = extreme(rows, (r) => r.recommendationShare, 'min')!;
  const alt =
    input.figures.questions.total === 0 || input.figures.recommendations.total === 0
      ? m.noData
      : m.altThemes(
          lowerFirst(topQ.label),
          pct(loc, topQ.questionShare),
          lowerFirst(topR.label),
          pct(loc, topR.recommendationShare),
          lowerFirst(lowR.label),
          pct(loc, lowR.recommendationShare),
        );
  return {
    title: m.themesTitle,
    alt,
    table: {
      caption: m.themesTitle,
      head: [m.theme, m.questions, m.questionShare, m.recommendations, m.recommendationShare],
      numeric: [false, true, true, true, true],
      rows: rows.map((r) => [r.label, n(loc, r.questions), pct(loc, r.questionShare), n(loc, r.recommendations), pct(loc, r.recommendationShare)]),
    },
    csv: [
      ['theme', 'label', 'questions', 'question_share', 'recommendations', 'recommendation_share'],
      ...rows.map((r) => [r.id, r.label, r.questions, r.questionShare, r.recommendations, r.recommendationShare]),
    ],
  };
}

export const themesChart = { name: 'themes', spec: themesSpec, section: themesSection } as const satisfies Chart;
