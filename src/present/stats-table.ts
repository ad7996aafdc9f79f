import type { ChalkInstance } from 'chalk';
import type { Figures } from '../model/figures.js';
import type { FigureSettings } from '../model/settings.js';
import { THEME_IDS } from '../model/themes.js';
import { keyFigureRows } from './key-figures.js';
import type { Locale } from './locale.js';
import { terminalTable, type Align } from './terminal-table.js';

/** The summary people read in a terminal: key figures, cost bands, themes, the highlighted tag. */
export function statsTable(figures: Figures, settings: FigureSettings, loc: Locale, style: ChalkInstance): string {
  const { t } = loc;
  const f = figures;
  const table = (head: string[], aligns: Align[]) => terminalTable(head, aligns, style);
  const heading = (text: string) => style.bold.cyan(text);
  const out: string[] = [style.bold(t.stats.title), t.words.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)), ''];

  const key = table([t.words.figure, t.words.value], ['left', 'right']);
  key.push(...keyFigureRows(f, loc, 'stats').map(({ figure, label, value }) => [label, figure.emphasis ? style.bold(value) : value]));
  out.push(heading(t.words.keyFigures), key.toString());

  if (f.totals.excluded.length > 0) {
    out.push('', heading(t.stats.excluded));
    for (const p of f.totals.excluded) out.push(`  ${p.name}: ${t.keyFigures.totalCost.toLowerCase()} ${loc.mnok(p.costMnok)}, ${t.keyFigures.totalBenefit.toLowerCase()} ${loc.mnok(p.benefitMnok)}`);
  }

  const bands = table([t.words.costEstimate, t.words.projects, t.words.share], ['left', 'right', 'right']);
  for (const [band, { count, share }] of Object.entries(f.costBands)) bands.push([t.words.bandLabel(band), loc.number(count), loc.percent(share)]);
  out.push('', heading(t.words.costBandsTitle), bands.toString());

  const themes = table([t.words.theme, t.words.questions, '', t.words.recommendations, ''], ['left', 'right', 'right', 'right', 'right']);
  for (const id of THEME_IDS) {
    const theme = f.themes[id];
    themes.push([loc.themeLabel(id), loc.number(theme.questions), loc.percent(theme.questionShare), loc.number(theme.recommendations), loc.percent(theme.recommendationShare)]);
  }
  const mainLabels = f.mainThemes.themes.map((id) => loc.themeLabel(id).toLowerCase()).join(', ');
  out.push('', heading(t.words.themesTitle), themes.toString(), `${t.stats.mainThemes(mainLabels)}: ${style.bold(loc.percent(f.mainThemes.share))} ${t.stats.mainThemesShare}`);

  const tag = f.tags[settings.highlightTag];
  if (tag) {
    const years = table([t.words.year, t.words.recommendations, t.words.share], ['left', 'right', 'right']);
    for (const [year, { count, share }] of Object.entries(tag.byYear)) years.push([year, loc.number(count), loc.percent(share)]);
    out.push('', heading(t.stats.tagByYear(settings.highlightTag)), years.toString());
  }
  return `${out.join('\n')}\n`;
}
