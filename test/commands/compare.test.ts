import { describe, expect, it } from 'vitest';
import { runCli, SHIPPED_NOTE } from '../support/cli.js';
import { expectOutput } from '../support/expected.js';

interface ComparisonJson {
  periods: { since: string; asOf: string }[];
  figures: { figure: string; unit: string; first: number | null; second: number | null; change: number | null }[];
}

const compare = async (...args: string[]) => {
  const result = await runCli(['compare', '--format', 'json', ...args]);
  expect(result.stderr).toBe(SHIPPED_NOTE);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ComparisonJson;
};
const asOfs = (c: ComparisonJson) => c.periods.map((p) => p.asOf);
const figure = (c: ComparisonJson, name: string) => c.figures.find((f) => f.figure === name);

describe('digiraad compare', () => {
  it('sets the 2018 and 2019 reports side by side, in bokmål', async () => {
    const result = await runCli(['compare', '--report', '2018', '--report', '2019']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(SHIPPED_NOTE);
    expectOutput(result.stdout, 'compare-2018-2019.nb.txt');
  });

  it('does the same in English, with en number formats and percentage points', async () => {
    const result = await runCli(['compare', '--report', '2018', '--report', '2019', '--lang', 'en']);
    expect(result.code).toBe(0);
    expectOutput(result.stdout, 'compare-2018-2019.en.txt');
  });

  it('does the same in nynorsk, with Norwegian number formats', async () => {
    const result = await runCli(['compare', '--report', '2018', '--report', '2019', '--lang', 'nn']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('│ Delen til hovudtemaa            │      67,2\u00a0% │      69,8\u00a0% │ +2,6 %-poeng │');
    expectOutput(result.stdout, 'compare-2018-2019.nn.txt');
  });

  it('gives counts, money and shares with their change, shares changing by a difference of fractions', async () => {
    const c = await compare('--report', '2018', '--report', '2019');
    expect(c.periods).toEqual([
      { since: '2017-10-25', asOf: '2018-10-24' },
      { since: '2018-10-24', asOf: '2019-10-31' },
    ]);
    expect(figure(c, 'projects.total')).toEqual({ figure: 'projects.total', unit: 'count', first: 40, second: 55, change: 15 });
    expect(figure(c, 'totals.costMnok')).toEqual({ figure: 'totals.costMnok', unit: 'mnok', first: 4237, second: 6261, change: 2024 });
    const band = figure(c, 'costBands.under-26.share')!;
    expect(band.unit).toBe('share');
    expect(band.change).toBeCloseTo(12 / 47 - 11 / 38, 10);
    expect(c.figures.filter((f) => f.figure.startsWith('themes.'))).toHaveLength(12);
  });

  it('compares the latest report with the one before when no period is given', async () => {
    expect(asOfs(await compare())).toEqual(['2018-10-24', '2019-10-31']);
  });

  it('compares one given period with the period just before it', async () => {
    expect(asOfs(await compare('--report', '2018'))).toEqual(['2017-10-25', '2018-10-24']);
    const c = await compare('--as-of', '2019-06-30');
    expect(c.periods).toEqual([
      { since: '2017-10-25', asOf: '2018-10-24' },
      { since: '2018-10-24', asOf: '2019-06-30' },
    ]);
  });

  it('takes any two periods, and shows the earlier first', async () => {
    expect(asOfs(await compare('--report', '2019', '--report', '2017'))).toEqual(['2017-10-25', '2019-10-31']);
    expect(asOfs(await compare('--report', '2019', '2017'))).toEqual(['2017-10-25', '2019-10-31']);
    expect(asOfs(await compare('--as-of', '2019-10-31', '--as-of', '2019-04-30'))).toEqual(['2019-04-30', '2019-10-31']);
    expect(asOfs(await compare('--report', '2018', '--as-of', '2019-04-30'))).toEqual(['2018-10-24', '2019-04-30']);
    const paired = await compare('--as-of', '2019-04-30', '--since', '2019-01-01', '--as-of', '2019-10-31', '--since', '2019-05-01');
    expect(paired.periods).toEqual([
      { since: '2019-01-01', asOf: '2019-04-30' },
      { since: '2019-05-01', asOf: '2019-10-31' },
    ]);
  });

  it('writes CSV with the periods first, and for Excel with --excel', async () => {
    const csv = (await runCli(['compare', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv.slice(0, 4)).toEqual([
      'figure,unit,first,second,change',
      'period.since,date,2017-10-25,2018-10-24,',
      'period.asOf,date,2018-10-24,2019-10-31,',
      'projects.total,count,40,55,15',
    ]);
    const excel = (await runCli(['compare', '--format', 'csv', '--excel'])).stdout;
    expect(excel.startsWith('\uFEFFfigure;unit;first;second;change\r\n')).toBe(true);
    expect(excel).toContain('\r\nmainThemes.share;share;0,67');
  });

  it('writes Markdown tables with the labels of the language', async () => {
    const markdown = (await runCli(['compare', '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(markdown).toContain(
      '# Digitaliseringsrådet – key figures side by side\n\nAs of 2018-10-24 · period 2017-10-25–2018-10-24  \nAs of 2019-10-31 · period 2018-10-24–2019-10-31\n\n## Key figures\n\n| Figure | 2018-10-24 | 2019-10-31 | Change |\n| --- | ---: | ---: | ---: |\n| Projects treated | 40 | 55 | +15 |',
    );
    expect(markdown).toContain('| < 26 MNOK | 28.9% | 25.5% | -3.4 pp |');
  });

  it.each([
    [
      ['--report', '2017', '--report', '2018', '--report', '2019'],
      'compare tar to perioder, men fikk 3: gi --report eller --as-of to ganger, eller én av hver',
    ],
    [['--since', '2019-01-01'], 'hver --since trenger en --as-of: gi dem i par, f.eks. --as-of 2019-06-30 --since 2018-12-31'],
    [['--report', '2015'], 'ingen rapport 2015 i reports.csv, som har 2017, 2018, 2019'],
  ])('refuses %j with exit code 2', async (args, message) => {
    expect(await runCli(['compare', ...args])).toEqual({ code: 2, stdout: '', stderr: `${SHIPPED_NOTE}digiraad: ${message}\n` });
  });
});
