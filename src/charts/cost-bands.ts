import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { costBandRows, type ChartInput } from './input.js';
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
