import type { Figures } from '../model/figures.js';
import { THEME_IDS } from '../model/themes.js';
import { toCsv, type Cell, type CsvOptions } from './csv.js';
import type { Locale } from './locale.js';
import { markdownTable as table } from './markdown.js';

export function statsJson(figures: Figures): string {
  return `${JSON.stringify(figures, null, 2)}\n`;
}

/** Every figure as one `figure,value` row, the figure named by its JSON path. */
export function statsCsv(figures: Figures, options: CsvOptions = {}): string {
  return toCsv([['figure', 'value'], ...flatten(figures)], options);
}

function flatten(value: unknown, path = ''): [string, Cell][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, path ? `${path}.${key}` : key));
  }
  return [[path, value as Cell]];
}

/** The same figures as Markdown tables, labelled for people. */
export function statsMarkdown(figures: Figures, loc: Locale): string {
  const { t } = loc;
  const f = figures;
  const n = (v: number) => loc.number(v);
  const pct = (v: number) => loc.percent(v, 1);
  const sections = [
    `# ${t.title}`,
    t.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)),
    `## ${t.keyFigures}`,
    table(
      [t.figure, t.value],
      [
        [t.projectsTotal, n(f.projects.total)],
        [t.treatments, n(f.projects.treatments)],
        [t.inPeriod, n(f.projects.inPeriod)],
        [t.inPeriodShared, n(f.projects.inPeriodSharedSolution)],
        [t.agencies, n(f.projects.agencies)],
        [t.ministries, n(f.projects.ministries)],
        [t.programmes, n(f.projects.programmes)],
        [t.withCost, n(f.projects.withCost)],
        [t.withoutCost, n(f.projects.withoutCost)],
        [`${t.totalCost} (${t.counted(n(f.totals.counted))})`, loc.mnok(f.totals.costMnok)],
        [t.totalBenefit, loc.mnok(f.totals.benefitMnok)],
        [t.costRange, f.totals.costRange.min === null ? t.none : `${n(f.totals.costRange.min)}–${loc.mnok(f.totals.costRange.max)}`],
        [t.questions, n(f.questions.total)],
        [t.recommendations, n(f.recommendations.total)],
        [t.conversations, n(f.conversations.total)],
        [t.conversationsInPeriod, n(f.conversations.inPeriod)],
      ],
      [false, true],
    ),
  ];
  if (f.totals.excluded.length > 0) {
    sections.push(`## ${t.excluded}`, table([t.projects, t.totalCost, t.totalBenefit], f.totals.excluded.map((p) => [p.name, loc.mnok(p.costMnok), loc.mnok(p.benefitMnok)]), [false, true, true]));
  }
  sections.push(
    `## ${t.costBands}`,
    table([t.band, t.projects, t.share], Object.entries(f.costBands).map(([band, b]) => [t.bandLabel(band), n(b.count), pct(b.share)]), [false, true, true]),
    `## ${t.themes}`,
    table(
      [t.theme, t.questions, t.share, t.recommendations, t.share],
      THEME_IDS.map((id) => [loc.themeLabel(id), n(f.themes[id].questions), pct(f.themes[id].questionShare), n(f.themes[id].recommendations), pct(f.themes[id].recommendationShare)]),
      [false, true, true, true, true],
    ),
    `${t.mainThemes(f.mainThemes.themes.map((id) => loc.themeLabel(id).toLowerCase()).join(', '))}: ${pct(f.mainThemes.share)} ${t.mainThemesShare}.`,
    table([t.year, t.share], Object.entries(f.mainThemes.byYear).map(([year, y]) => [year, pct(y.recommendationShare)]), [false, true]),
    `## ${t.byYear}`,
    table([t.year, t.projects, t.treatments, t.questions, t.recommendations], Object.entries(f.byYear).map(([year, y]) => [year, n(y.projects), n(y.treatments), n(y.questions), n(y.recommendations)]), [false, true, true, true, true]),
  );
  for (const [tag, tagFigures] of Object.entries(f.tags)) {
    sections.push(
      `## ${t.tagByYear(tag)}`,
      `${n(tagFigures.recommendations)} ${t.recommendations.toLowerCase()}, ${n(tagFigures.projects)} ${t.projects.toLowerCase()}.`,
      table([t.year, t.recommendations, t.share], Object.entries(tagFigures.byYear).map(([year, y]) => [year, n(y.count), pct(y.share)]), [false, true, true]),
    );
  }
  return `${sections.join('\n\n')}\n`;
}
