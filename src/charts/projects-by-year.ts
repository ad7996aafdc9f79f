import type { TopLevelSpec } from 'vega-lite';
import { joinList } from '../i18n/index.js';
import type { Locale } from '../present/locale.js';
import { messagesOf, publishedChart } from './frame.js';
import { byYearRows, yearLabel, type ChartInput } from './input.js';
import { n, yearCaption, type SectionContent, type Chart } from './section.js';
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

function byYearSection(input: ChartInput, loc: Locale): SectionContent {
  const m = messagesOf(loc);
  const rows = byYearRows(input.figures);
  const alt =
    rows.length === 0
      ? m.noData
      : m.altByYear(
          joinList(
            rows.map((r) => m.inYear(n(loc, r.projects), r.year)),
            loc.lang,
          ),
          n(loc, input.figures.projects.total),
        );
  return {
    title: m.byYearTitle,
    alt,
    table: {
      caption: yearCaption(m.byYearTitle, input, m),
      head: [m.year, m.newProjects, m.treatments, m.questions, m.recommendations],
      numeric: [false, true, true, true, true],
      rows: rows.map((r) => [
        yearLabel(r.year, input.figures.period.asOf),
        n(loc, r.projects),
        n(loc, r.treatments),
        n(loc, r.questions),
        n(loc, r.recommendations),
      ]),
    },
    csv: [
      ['year', 'projects', 'treatments', 'questions', 'recommendations'],
      ...rows.map((r) => [r.year, r.projects, r.treatments, r.questions, r.recommendations]),
    ],
  };
}

export const projectsByYearChart = { name: 'projects-by-year', spec: projectsByYearSpec, section: byYearSection } as const satisfies Chart;
