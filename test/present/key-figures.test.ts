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

  it('give the report its figures in the order of the printed report, each labelled in nb and en', async () => {
    const f = await figures();
    const ranks = KEY_FIGURES.flatMap((k) => (k.shown.report === undefined ? [] : [k.shown.report])).sort((a, b) => a - b);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(keyFigureRows(f, locale('nb'), 'report').map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Prosjekter behandlet: 55',
      'Nye prosjekter i perioden: 15',
      'Nye prosjekter som lager løsninger for andre: 11 av 15',
      'Departementer: 15',
      'Virksomheter: 43',
      'Samlet kostnadsanslag (over 46 prosjekter): 6,3 mrd. kroner',
      'Samlet gevinstanslag: 24,8 mrd. kroner',
      'Kostnadsanslag fra–til: 10–750 MNOK',
      'Spørsmål: 165',
      'Anbefalinger: 431',
      'Erfaringssamtaler: 36',
      'Erfaringssamtaler siden forrige rapport: 14',
      'Prosjekter med råd om å lære av andre: 14 av 55',
    ]);
    expect(keyFigureRows(f, locale('en'), 'report').map((r) => `${r.label}: ${r.value}`)).toContain('Total benefit estimate: NOK 24.8 billion');
    for (const row of keyFigureRows(f, locale('en'), 'stats')) expect(row.label).not.toBe('');
  });
});

describe('the key figures of a period without the learn-from-others tag', () => {
  it('count 0 such projects, where the tag never occurs', async () => {
    const f = await figures();
    delete f.tags['laer-av-andre'];
    expect(keyFigureRows(f, locale('nb'), 'report').at(-1)).toMatchObject({ label: 'Prosjekter med råd om å lære av andre', value: '0 av 55' });
  });
});
