import type { Config, TopLevelSpec } from 'vega-lite';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { UnitSpec } from 'vega-lite/types_unstable/spec/unit.js';
import type { Locale } from '../present/locale.js';
import { joinList, reportWords, type ReportWords } from '../i18n/index.js';
import type { ChartInput } from './input.js';
import { partialYear, yearLabel } from './input.js';
import { chartConfig, COLORS, SCHEMA } from './theme.js';

/** The chart itself: encoding and marks, drawn from the top-level data. */
type Body = Omit<LayerSpec<string>, 'data'> | Omit<UnitSpec<string>, 'data'>;

interface Parts {
  title: string;
  /** One line, or more: a share chart says its n on the second line. */
  subtitle: string | string[];
  width: number;
  height: number | { step: number };
  values: Record<string, unknown>[];
  body: Body;
  /** A chart by year marks a partial last year (`2019*`) and carries the note below. */
  byYear?: boolean;
  /** How far below the plot the source line starts: room for the x axis, its labels and title. */
  footerOffset?: number;
}

/**
 * A chart ready to publish: title and subtitle above, the body, and below it the source line
 * («Kilde: Digitaliseringsrådet, registre per 31.10.2019») with the note on a partial last year.
 */
export function publishedChart(input: ChartInput, loc: Locale, parts: Parts): TopLevelSpec {
  const m = messagesOf(loc);
  const subtitle = [parts.subtitle].flat();
  const { asOf } = input.figures.period;
  const footer = [m.source(loc.date(asOf)), ...(parts.byYear && partialYear(asOf) ? [m.partialYearNote(asOf)] : [])];
  return {
    $schema: SCHEMA,
    description: `${parts.title}. ${subtitle.join('. ')}. ${footer.join(' ')}`,
    title: { text: parts.title, subtitle: subtitle.length === 1 ? subtitle[0]! : subtitle },
    config: chartConfig(loc.lang) satisfies Config,
    width: parts.width,
    height: parts.height,
    data: { values: parts.values },
    layer: [
      parts.body,
      {
        data: { values: [{}] },
        mark: {
          type: 'text',
          text: footer,
          x: 0,
          y: 'height',
          yOffset: parts.footerOffset ?? 44,
          align: 'left',
          baseline: 'top',
          lineHeight: 15,
          fontSize: 11,
          color: COLORS.muted,
        },
      },
    ],
  };
}

export const messagesOf = (loc: Locale): ReportWords => reportWords(loc.lang);

/** n of a chart of yearly shares of the recommendations: «n = 110 (2016), 116 (2017), 131 (2018) og 74 (2019*)». */
export function recommendationsPerYear(input: ChartInput, loc: Locale): string {
  const m = messagesOf(loc);
  const years = Object.keys(input.figures.mainThemes.byYear).sort();
  const counts = years.map((year) => m.countInYear(loc.number(input.figures.byYear[year]?.recommendations ?? 0), yearLabel(year, input.figures.period.asOf)));
  return m.nRecommendations(joinList(counts, loc.lang));
}
