import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart, recommendationsPerYear } from './frame.js';
import { tagRows, yearLabel, type ChartInput } from './input.js';
import { n, pct, trendText, yearCaption, type SectionContent, type Chart } from './section.js';
import { COLORS, PLOT_WIDTH } from './theme.js';

/** The share of each year's recommendations that carry the highlighted tag (kommunikasjon by default). */
export function tagShareSpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  const rows = tagRows(input.figures, input.highlightTag);
  return publishedChart(input, loc, {
    title: m.tagTitle(input.highlightLabel),
    subtitle: [m.tagSubtitle, recommendationsPerYear(input, loc)],
    width: PLOT_WIDTH,
    height: 240,
    byYear: true,
    values: rows.map((r) => ({ year: yearLabel(r.year, input.figures.period.asOf), count: r.count, share: r.share })),
    body: {
      encoding: {
        x: { field: 'year', type: 'ordinal', title: m.year, axis: { labelAngle: 0 } },
        y: { field: 'share', type: 'quantitative', title: m.share, axis: { format: '.0%', tickCount: 5 } },
      },
      layer: [
        { mark: { type: 'bar', color: COLORS.accent, width: { band: 0.6 } } },
        { mark: { type: 'text', baseline: 'bottom', dy: -4 }, encoding: { text: { field: 'share', type: 'quantitative', format: '.0%' } } },
      ],
    },
  });
}

function tagSection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = tagRows(input.figures, input.highlightTag);
  const word = input.highlightLabel;
  const title = m.tagTitle(word);
  const { asOf } = input.figures.period;
  return {
    title,
    alt: trendText(m.tagSubject(word), rows, loc, m),
    table: {
      caption: yearCaption(title, input, m),
      head: [m.year, m.tagCount(word), m.yearShare],
      numeric: [false, true, true],
      rows: rows.map((r) => [yearLabel(r.year, asOf), n(loc, r.count), pct(loc, r.share)]),
    },
    csv: [['year', 'tag', 'count', 'share'], ...rows.map((r) => [r.year, input.highlightTag, r.count, r.share])],
  };
}

export const tagShareChart = { name: 'highlight-tag-by-year', spec: tagShareSpec, section: tagSection } as const satisfies Chart;
