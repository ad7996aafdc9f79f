import type { TopLevelSpec } from 'vega-lite';
import { joinList } from '../i18n/index.js';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { costBandRows, type ChartInput } from './input.js';
import { n, pct, extreme, type SectionContent, type Chart } from './section.js';
import { PLOT_WIDTH } from './theme.js';

/** «Hvor store er prosjektene?»: the share of projects with a cost estimate in each cost band. */
export function costBandsSpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  const rows = costBandRows(input.figures, loc);
  return publishedChart(input, loc, {
    title: m.costBandsTitle,
    subtitle: m.costBandsSubtitle(loc.number(input.figures.projects.withCost)),
    width: PLOT_WIDTH,
    height: { step: 30 },
    values: rows.map((r) => ({ band: r.label, count: r.count, share: r.share })),
    body: {
      transform: [{ calculate: "format(datum.share, '.0%') + ' (' + format(datum.count, ',d') + ')'", as: 'label' }],
      encoding: {
        y: { field: 'band', type: 'nominal', sort: null, title: m.costEstimate },
        x: { field: 'share', type: 'quantitative', title: m.share, axis: { format: '.0%', tickCount: 5 } },
      },
      layer: [
        { mark: { type: 'bar' } },
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'label', type: 'nominal' } } },
      ],
    },
  });
}

function costBandsSection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = costBandRows(input.figures, loc);
  const withCost = input.figures.projects.withCost;
  const largest = extreme(rows, (r) => r.count, 'max');
  const alt =
    withCost === 0 || largest === undefined
      ? m.noData
      : m.altCostBands(
          n(loc, withCost),
          largest.label,
          pct(loc, largest.share),
          n(loc, largest.count),
          joinList(
            rows.map((r) => `${r.label}: ${pct(loc, r.share)}`),
            loc.lang,
          ),
        );
  return {
    title: m.costBandsTitle,
    alt,
    table: {
      caption: m.costBandsTitle,
      head: [m.costEstimate, m.projects, m.share],
      numeric: [false, true, true],
      rows: rows.map((r) => [r.label, n(loc, r.count), pct(loc, r.share)]),
    },
    csv: [['band', 'label', 'count', 'share'], ...rows.map((r) => [r.key, r.label, r.count, r.share])],
  };
}

export const costBandsChart = { name: 'cost-bands', spec: costBandsSpec, section: costBandsSection } as const satisfies Chart;
