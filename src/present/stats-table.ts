import type { ChalkInstance } from 'chalk';
import type { Figures } from '../model/figures.js';
import type { FigureSettings } from '../model/settings.js';
import { THEME_IDS } from '../model/themes.js';
import type { Locale } from './locale.js';
import { terminalTable, type Align } from './terminal-table.js';

/** The summary people read in a terminal: key figures, cost bands, themes, the highlighted tag. */
export function statsTable(figures: Figures, settings: FigureSettings, loc: Locale, style: ChalkInstance): string {
  const { t } = loc;
  const f = figures;
  const table = (head: string[], aligns: Align[]) => terminalTable(head, aligns, style);
  const heading = (text: string) => style.bold.cyan(text);
  const out: string[] = [style.bold(t.title), t.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)), ''];

  const key = table([t.figure, t.value], ['left', 'right']);
  const range = f.totals.costRange.min === null ? t.none : `${loc.number(f.totals.costRange.min)}–${loc.mnok(f.totals.costRange.max)}`;
  key.push(
    [t.projectsTotal, loc.number(f.projects.total)],
    [t.treatments, loc.number(f.projects.treatments)],
    [t.inPeriod, loc.number(f.projects.inPeriod)],
    [t.inPeriodShared, loc.number(f.projects.inPeriodSharedSolution)],
    [t.agencies, loc.number(f.projects.agencies)],
    [t.ministries, loc.number(f.projects.ministries)],
    [t.programmes, loc.number(f.projects.programmes)],
    [t.withCost, loc.number(f.projects.withCost)],
    [t.withoutCost, loc.number(f.projects.withoutCost)],
    [`${t.totalCost} (${t.counted(loc.number(f.totals.counted))})`, style.bold(loc.mnok(f.totals.costMnok))],
    [t.totalBenefit, style.bold(loc.mnok(f.totals.benefitMnok))],
    [t.costRange, range],
    [t.questions, loc.number(f.questions.total)],
    [t.recommendations, loc.number(f.recommendations.total)],
    [t.conversations, loc.number(f.conversations.total)],
    [t.conversationsInPeriod, loc.number(f.conversations.inPeriod)],
  );
  out.push(heading(t.keyFigures), key.toString());

  if (f.totals.excluded.length > 0) {
    out.push('', heading(t.excluded));
    for (const p of f.totals.excluded) out.push(`  ${p.name}: ${t.totalCost.toLowerCase()} ${loc.mnok(p.costMnok)}, ${t.totalBenefit.toLowerCase()} ${loc.mnok(p.benefitMnok)}`);
  }

  const bands = table([t.band, t.projects, t.share], ['left', 'right', 'right']);
  for (const [band, { count, share }] of Object.entries(f.costBands)) bands.push([t.bandLabel(band), loc.number(count), loc.percent(share)]);
  out.push('', heading(t.costBands), bands.toString());

  const themes = table([t.theme, t.questions, '', t.recommendations, ''], ['left', 'right', 'right', 'right', 'right']);
  for (const id of THEME_IDS) {
    const theme = f.themes[id];
    themes.push([loc.themeLabel(id), loc.number(theme.questions), loc.percent(theme.questionShare), loc.number(theme.recommendations), loc.percent(theme.recommendationShare)]);
  }
  const mainLabels = f.mainThemes.themes.map((id) => loc.themeLabel(id).toLowerCase()).join(', ');
  out.push('', heading(t.themes), themes.toString(), `${t.mainThemes(mainLabels)}: ${style.bold(loc.percent(f.mainThemes.share))} ${t.mainThemesShare}`);

  const tag = f.tags[settings.highlightTag];
  if (tag) {
    const years = table([t.year, t.recommendations, t.share], ['left', 'right', 'right']);
    for (const [year, { count, share }] of Object.entries(tag.byYear)) years.push([year, loc.number(count), loc.percent(share)]);
    out.push('', heading(t.tagByYear(settings.highlightTag)), years.toString());
  }
  return `${out.join('\n')}\n`;
}
