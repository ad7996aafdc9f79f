import type { TopLevelSpec } from 'vega-lite';
import { joinList } from '../i18n/index.js';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import type { ChartInput } from './input.js';
import { type Chart, type SectionContent, n } from './section.js';
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

function ministrySection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = input.ministries;
  const projects = rows.reduce((sum, r) => sum + r.projects, 0);
  const [top, ...others] = rows.slice(0, 3).map((r) => m.ministryCount(r.ministry, n(loc, r.projects)));
  const alt = top === undefined ? m.noData : m.altMinistries(n(loc, projects), n(loc, rows.length), top, others.length > 0 ? joinList(others, loc.lang) : null);
  return {
    title: m.ministriesTitle,
    alt,
    table: { caption: m.ministriesTitle, head: [m.ministry, m.projects], numeric: [false, true], rows: rows.map((r) => [r.ministry, n(loc, r.projects)]) },
    csv: [['ministry', 'projects'], ...rows.map((r) => [r.ministry, r.projects])],
  };
}

export const projectsByMinistryChart = { name: 'projects-by-ministry', spec: projectsByMinistrySpec, section: ministrySection } as const satisfies Chart;
