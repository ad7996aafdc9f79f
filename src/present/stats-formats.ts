import type { Figures } from '../model/figures.js';
import { THEME_IDS } from '../model/themes.js';
import { toCsv, type Cell, type CsvOptions } from './csv.js';
import { keyFigureRows } from './key-figures.js';
import type { Locale } from './locale.js';
import { markdownTable as table } from './markdown.js';
import { visible } from './visible.js';

export function statsJson(figures: Figures & { $schema?: string }): string {
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
    `# ${t.stats.title}`,
    t.words.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)),
    `## ${t.words.keyFigures}`,
    table(
      [t.words.figure, t.words.value],
      keyFigureRows(f, loc, 'stats').map((row) => [row.label, row.value]),
      [false, true],
    ),
  ];
  if (f.totals.excluded.length > 0) {
    sections.push(
      `## ${t.stats.excluded}`,
      table(
        [t.words.projects, t.keyFigures.totalCost, t.keyFigures.totalBenefit],
        f.totals.excluded.map((p) => [visible(p.name), loc.mnok(p.costMnok), loc.mnok(p.benefitMnok)]),
        [false, true, true],
      ),
    );
  }
  sections.push(
    `## ${t.words.costBandsTitle}`,
    table(
      [t.words.costEstimate, t.words.projects, t.words.share],
      Object.entries(f.costBands).map(([band, b]) => [t.words.bandLabel(band), n(b.count), pct(b.share)]),
      [false, true, true],
    ),
    `## ${t.words.themesTitle}`,
    table(
      [t.words.theme, t.words.questions, t.words.share, t.words.recommendations, t.words.share],
      THEME_IDS.map((id) => [
        loc.themeLabel(id),
        n(f.themes[id].questions),
        pct(f.themes[id].questionShare),
        n(f.themes[id].recommendations),
        pct(f.themes[id].recommendationShare),
      ]),
      [false, true, true, true, true],
    ),
    `${t.stats.mainThemes(f.mainThemes.themes.map((id) => loc.themeLabel(id).toLowerCase()).join(', '))}: ${pct(f.mainThemes.share)} ${t.stats.mainThemesShare}.`,
    table(
      [t.words.year, t.words.share],
      Object.entries(f.mainThemes.byYear).map(([year, y]) => [year, pct(y.recommendationShare)]),
      [false, true],
    ),
    `## ${t.stats.byYear}`,
    table(
      [t.words.year, t.words.projects, t.words.treatments, t.words.questions, t.words.recommendations],
      Object.entries(f.byYear).map(([year, y]) => [year, n(y.projects), n(y.treatments), n(y.questions), n(y.recommendations)]),
      [false, true, true, true, true],
    ),
  );
  for (const [tag, tagFigures] of Object.entries(f.tags)) {
    sections.push(
      `## ${t.stats.tagByYear(tag)}`,
      `${n(tagFigures.recommendations)} ${t.words.recommendations.toLowerCase()}, ${n(tagFigures.projects)} ${t.words.projects.toLowerCase()}.`,
      table(
        [t.words.year, t.words.recommendations, t.words.share],
        Object.entries(tagFigures.byYear).map(([year, y]) => [year, n(y.count), pct(y.share)]),
        [false, true, true],
      ),
    );
  }
  return `${sections.join('\n\n')}\n`;
}
