import type { Figures } from '../model/figures.js';
import type { FigureSettings } from '../model/settings.js';
import { THEME_IDS } from '../model/themes.js';
import { keyFigureRows } from './key-figures.js';
import type { Locale } from './locale.js';
import { wrapText, type Display } from './display.js';
import { tableText, type Align } from './terminal-table.js';
import { visible } from './visible.js';

/** The summary people read in a terminal: key figures, cost bands, themes, the highlighted tag. */
export function statsTable(figures: Figures, settings: FigureSettings, loc: Locale, display: Display): string {
  const { t } = loc;
  const { style, width } = display;
  const f = figures;
  const table = (head: string[], aligns: Align[], rows: string[][]) => tableText({ head, aligns, rows }, display);
  const heading = (text: string) => wrapText(style.bold.cyan(text), width);
  const out: string[] = [
    wrapText(style.bold(t.stats.title), width),
    wrapText(t.words.periodLine(loc.date(f.period.since), loc.date(f.period.asOf)), width),
    '',
  ];

  const key = keyFigureRows(f, loc, 'stats').map(({ figure, label, value }) => [label, figure.emphasis ? style.bold(value) : value]);
  out.push(heading(t.words.keyFigures), table([t.words.figure, t.words.value], ['left', 'right'], key));

  if (f.totals.excluded.length > 0) {
    out.push('', heading(t.stats.excluded));
    for (const p of f.totals.excluded) {
      out.push(
        wrapText(
          `  ${visible(p.name)}: ${t.keyFigures.totalCost.toLowerCase()} ${loc.mnok(p.costMnok)}, ${t.keyFigures.totalBenefit.toLowerCase()} ${loc.mnok(p.benefitMnok)}`,
          width,
          '    ',
        ),
      );
    }
  }

  const bands = Object.entries(f.costBands).map(([band, { count, share }]) => [t.words.bandLabel(band), loc.number(count), loc.percent(share)]);
  out.push('', heading(t.words.costBandsTitle), table([t.words.costEstimate, t.words.projects, t.words.share], ['left', 'right', 'right'], bands));

  const themes = THEME_IDS.map((id) => {
    const theme = f.themes[id];
    return [
      loc.themeLabel(id),
      loc.number(theme.questions),
      loc.percent(theme.questionShare),
      loc.number(theme.recommendations),
      loc.percent(theme.recommendationShare),
    ];
  });
  const mainLabels = f.mainThemes.themes.map((id) => loc.themeLabel(id).toLowerCase()).join(', ');
  out.push(
    '',
    heading(t.words.themesTitle),
    table([t.words.theme, t.words.questions, t.words.share, t.words.recommendations, t.words.share], ['left', 'right', 'right', 'right', 'right'], themes),
    wrapText(`${t.stats.mainThemes(mainLabels)}: ${style.bold(loc.percent(f.mainThemes.share))} ${t.stats.mainThemesShare}`, width),
  );

  const tag = f.tags[settings.highlightTag];
  if (tag) {
    const years = Object.entries(tag.byYear).map(([year, { count, share }]) => [year, loc.number(count), loc.percent(share)]);
    out.push(
      '',
      heading(t.stats.tagByYear(settings.highlightTag)),
      table([t.words.year, t.words.recommendations, t.words.share], ['left', 'right', 'right'], years),
    );
  }
  return `${out.join('\n')}\n`;
}
