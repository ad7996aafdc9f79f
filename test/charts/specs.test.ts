import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS, specJson, type ChartInput } from '../../src/charts/index.js';
import { CHART_LOCALES, FONT } from '../../src/charts/theme.js';
import type { Lang } from '../../src/model/lang.js';
import { locale } from '../../src/present/locale.js';
import { tagWord } from '../../src/i18n/index.js';
import { vegaLiteErrors } from '../support/schemas.js';
import { expectFile } from '../support/expected.js';
import { FIXTURE } from './fixture.js';

// Golden files: the spec every builder makes from a fixed input, per language. After a deliberate
// change, regenerate them with UPDATE=1 npx vitest run test/charts and review the diff.
const GOLDEN = join(import.meta.dirname, 'golden');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe.each<Lang>(['nb', 'nn', 'en'])('chart specs (%s)', (lang) => {
  const loc = locale(lang);
  const input: ChartInput = { ...FIXTURE, highlightLabel: tagWord(FIXTURE.highlightTag, lang) };

  it.each(CHARTS.map((c) => [c.name, c] as const))('%s matches its golden .vl.json', (name, chart) => {
    const actual = specJson(chart.spec(input, loc));
    const file = join(GOLDEN, `${name}.${lang}.vl.json`);
    expectFile(actual, file);
  });

  it('builders are pure: same input, same spec, input untouched', () => {
    const frozen = deepFreeze(structuredClone(FIXTURE));
    for (const chart of CHARTS) expect(chart.spec(frozen, loc)).toEqual(chart.spec(structuredClone(FIXTURE), loc));
  });

  it('every chart uses the shipped font and the language’s number locale', () => {
    for (const chart of CHARTS) {
      const spec = chart.spec(FIXTURE, loc) as { config: { font: string; locale: unknown }; $schema: string };
      expect(spec.config.font).toBe(FONT);
      expect(spec.config.locale).toEqual(CHART_LOCALES[lang]);
      expect(spec.$schema).toMatch(/vega-lite\/v6\.json$/);
    }
  });

  it('every spec, as written to <chart>.vl.json, is valid by the JSON Schema the installed vega-lite ships', () => {
    for (const chart of CHARTS) expect(vegaLiteErrors(JSON.parse(specJson(chart.spec(FIXTURE, loc)))), chart.name).toEqual([]);
    expect(vegaLiteErrors({ data: { values: [] }, mark: 'pie', encoding: {} })).not.toEqual([]);
  }, 120_000); // the first call compiles Vega-Lite's large schema
});

describe('chart contents', () => {
  const nb = locale('nb');
  const values = (name: string, input: ChartInput = FIXTURE) =>
    (CHARTS.find((c) => c.name === name)!.spec(input, nb) as { data: { values: Record<string, unknown>[] } }).data.values;

  it('themes: all six themes, questions and recommendations side by side', () => {
    const rows = values('themes');
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.theme)).size).toBe(6);
    expect(rows.slice(0, 2).map((r) => r.series)).toEqual(['Spørsmålene fra virksomhetene', 'Anbefalingene våre']);
  });

  it('themes still shows all six themes when one has no rows', () => {
    const input = structuredClone(FIXTURE);
    input.figures.themes['it-politiske-foringer'] = {
      ...input.figures.themes['it-politiske-foringer'],
      questions: 0,
      questionShare: 0,
      recommendations: 0,
      recommendationShare: 0,
    };
    expect(values('themes', input)).toHaveLength(12);
  });

  it('cost bands: the five bands in order, with counts and shares', () => {
    expect(values('cost-bands')).toEqual([
      { band: '< 26 mill.', count: 12, share: 12 / 47 },
      { band: '26–50 mill.', count: 10, share: 10 / 47 },
      { band: '51–100 mill.', count: 9, share: 9 / 47 },
      { band: '101–200 mill.', count: 7, share: 7 / 47 },
      { band: '> 200 mill.', count: 9, share: 9 / 47 },
    ]);
  });

  it('highlighted tag: every year with a recommendation, zeros for a tag never used', () => {
    expect(values('highlight-tag-by-year').map((r) => r.year)).toEqual(['2016', '2017', '2018', '2019*']);
    const unused = values('highlight-tag-by-year', { ...FIXTURE, highlightTag: 'no-such-tag' });
    expect(unused).toEqual(['2016', '2017', '2018', '2019*'].map((year) => ({ year, count: 0, share: 0 })));
  });

  it('projects by year and by ministry come from the figures and the ministry counts', () => {
    expect(values('projects-by-year')).toEqual([
      { year: '2016', projects: 15 },
      { year: '2017', projects: 15 },
      { year: '2018', projects: 14 },
      { year: '2019*', projects: 11 },
    ]);
    expect(values('projects-by-ministry')).toEqual(FIXTURE.ministries);
  });

  it('English labels with --lang en', () => {
    const spec = CHARTS.find((c) => c.name === 'cost-bands')!.spec(FIXTURE, locale('en')) as { title: { text: string }; data: { values: { band: string }[] } };
    expect(spec.title.text).toBe('How large are the projects?');
    expect(spec.data.values[0]!.band).toBe('< 26 MNOK');
  });

  const spec = (name: string, input: ChartInput = FIXTURE, loc = nb) =>
    CHARTS.find((c) => c.name === name)!.spec(input, loc) as unknown as {
      title: { text: string; subtitle: string | string[] };
      layer: { mark: { type: string; text?: string[] } }[];
    };
  const footer = (name: string, input?: ChartInput, loc?: ReturnType<typeof locale>) => spec(name, input, loc).layer.at(-1)!.mark.text;

  it('every chart carries the source line, and the note on the partial last year', () => {
    const source = 'Kilde: Digitaliseringsrådet, registre per 31.10.2019';
    for (const name of ['highlight-tag-by-year', 'projects-by-year', 'main-themes-by-year'])
      expect(footer(name), name).toEqual([source, '* til og med 31.10.']);
    for (const name of ['cost-bands', 'themes', 'projects-by-ministry']) expect(footer(name), name).toEqual([source]);
    expect(footer('projects-by-year', FIXTURE, locale('en'))).toEqual(['Source: Digitaliseringsrådet, registers as of 2019-10-31', '* up to 31 October']);
  });

  it('a period that ends on 31 December marks no year as partial', () => {
    const input = structuredClone(FIXTURE);
    input.figures.period.asOf = '2019-12-31';
    expect(footer('projects-by-year', input)).toEqual(['Kilde: Digitaliseringsrådet, registre per 31.12.2019']);
    expect(values('projects-by-year', input).map((r) => r.year)).toEqual(['2016', '2017', '2018', '2019']);
  });

  it('every share chart says its n in the subtitle', () => {
    expect(spec('cost-bands').title.subtitle).toBe('Kostnadsanslag, andel av de 47 prosjektene med anslag');
    expect(spec('themes').title.subtitle).toBe('Andel av 165 spørsmål og 431 anbefalinger');
    expect(spec('highlight-tag-by-year').title.subtitle).toEqual([
      'Andel av årets anbefalinger',
      'n = 110 (2016), 116 (2017), 131 (2018) og 74 (2019*) anbefalinger',
    ]);
    expect(spec('main-themes-by-year').title.subtitle).toEqual([
      'Andel av årets anbefalinger som gjelder organisering og styring og behov, mål og løsning',
      'n = 110 (2016), 116 (2017), 131 (2018) og 74 (2019*) anbefalinger',
    ]);
  });

  it('the highlighted tag is named by its label, not its slug', () => {
    expect(spec('highlight-tag-by-year').title.text).toBe('Anbefalinger om tydelig ledelse og kommunikasjon');
  });
});
