import type { TopLevelSpec } from 'vega-lite';
import type { Locale } from '../present/locale.js';
import { costBandsChart } from './cost-bands.js';
import type { ChartInput } from './input.js';
import { mainThemesChart } from './main-themes.js';
import { projectsByMinistryChart } from './projects-by-ministry.js';
import { projectsByYearChart } from './projects-by-year.js';
import type { SectionContent } from './section.js';
import { tagShareChart } from './tag-share.js';
import { themesChart } from './themes.js';

/** Every chart of the report, in the order the report shows them: each declared in its own module. Pure: no I/O, no vega. */
export const CHARTS = [costBandsChart, themesChart, tagShareChart, projectsByYearChart, projectsByMinistryChart, mainThemesChart] as const;

/** A chart's name, as CHARTS lists them: adding a chart there adds it here. */
export type ChartName = (typeof CHARTS)[number]['name'];

/** What the report says about one chart, named as CHARTS names it. */
export interface ChartSection extends SectionContent {
  name: ChartName;
}

/** Every chart's section, in the order of CHARTS. */
export function chartSections(input: ChartInput, loc: Locale): Record<ChartName, ChartSection> {
  return Object.fromEntries(CHARTS.map((chart) => [chart.name, { name: chart.name, ...chart.section(input, loc) }])) as Record<ChartName, ChartSection>;
}

/** A spec as saved (`<name>.vl.json`) and as the golden tests compare it. */
export const specJson = (spec: TopLevelSpec) => `${JSON.stringify(spec, null, 2)}\n`;

export type { ChartInput } from './input.js';
export type { DataTable } from './section.js';
export { trendText } from './section.js';
