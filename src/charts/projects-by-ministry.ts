import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import type { ChartInput } from './input.js';
import { PLOT_WIDTH } from './theme.js';

/** Projects per ministry of their latest treatment, most projects first. */
export function projectsByMinistrySpec(input: ChartInput, loc: Locale): TopLevelSpec {
  const m = messagesOf(loc);
  return publishedChart(input, loc, {
    title: m.ministriesTitle,
    subtitle: m.ministriesSubtitle(loc.date(input.figures.period.asOf)),
    width: PLOT_WIDTH,
    height: { step: 24 },
    values: input.ministries.map((r) => ({ ministry: r.ministry, projects: r.projects })),
    body: {
      encoding: {
        y: { field: 'ministry', type: 'nominal', sort: null, title: null },
        x: { field: 'projects', type: 'quantitative', title: m.projects, axis: { format: ',d', tickMinStep: 1, tickCount: 5 } },
      },
      layer: [
        { mark: { type: 'bar' } },
        { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4 }, encoding: { text: { field: 'projects', type: 'quantitative', format: ',d' } } },
      ],
    },
  });
}
