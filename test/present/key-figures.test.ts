import { describe, expect, it } from 'vitest';
import type { Figures } from '../../src/model/figures.js';
import { KEY_FIGURES, keyFigureRows, valueAt } from '../../src/present/key-figures.js';
import { locale } from '../../src/present/locale.js';
import { statsCsv } from '../../src/present/stats-formats.js';
import { runCli } from '../support/cli.js';

const figures = async (): Promise<Figures> => JSON.parse((await runCli(['stats', '--format', 'json'])).stdout) as Figures;

describe('the key figures, declared once', () => {
  it('name paths of the figures JSON, each once, and every one of them is in figures.csv', async () => {
    const f = await figures();
    const csv = statsCsv(f);
    expect(new Set(KEY_FIGURES.map((k) => k.path)).size).toBe(KEY_FIGURES.length);
    for (const { path, unit } of KEY_FIGURES) {
      const value = valueAt(f, path);
      if (unit === 'mnok-range') {
        expect(Object.keys(value as object)).toEqual(['min', 'max']);
        for (const end of ['min', 'max']) expect(csv).toContain(`\n${path}.${end},`);
      } else {
        expect(typeof value, path).toBe('number');
        expect(csv).toContain(`\n${path},`);
      }
    }
  });

  it('give the report its ten figures in the order of the printed report, each labelled in nb and en', async () => {
    const f = await figures();
    const ranks = KEY_FIGURES.flatMap((k) => (k.shown.report === undefined ? [] : [k.shown.report])).sort((a, b) => a - b);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(keyFigureRows(f, locale('nb'), 'report').map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Prosjekter behandlet: 55',
      'Nye prosjekter i perioden: 15',
      'Departementer: 15',
      'Virksomheter: 43',
      'Samlet kostnadsanslag (over 46 prosjekter): 6\u00a0261 MNOK',
      'Samlet gevinstanslag: 24\u00a0762 MNOK',
      'Kostnadsanslag fra–til: 10–750 MNOK',
      'Spørsmål: 165',
      'Anbefalinger: 431',
      'Erfaringssamtaler: 36',
    ]);
    for (const row of keyFigureRows(f, locale('en'), 'stats')) expect(row.label).not.toBe('');
  });
});
