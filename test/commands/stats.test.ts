import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { expectOutput } from '../support/expected.js';

describe('digiraad stats', () => {
  it('writes numbers the bokmål way by default', async () => {
    const { stdout, code } = await runCli(['stats']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Digitaliseringsrådet – nøkkeltall\nPer 31\.10\.2019 · perioden 24\.10\.2018–31\.10\.2019\n/);
    // Bokmål groups thousands with a no-break space and puts one before the per cent sign.
    expect(stdout).toMatch(/│ Samlet kostnadsanslag \(over 46 prosjekter\) │ +6\u00a0261 MNOK │/);
    expect(stdout).toMatch(/│ < 26 mill\. +│ +12 │ +26\u00a0% │/);
  });

  it('writes them the English way with --lang en', async () => {
    const { stdout } = await runCli(['stats', '--lang', 'en', '--report', '2017']);
    expect(stdout).toMatch(/^Digitaliseringsrådet – key figures\nAs of 2017-10-25 · period 2016-10-25–2017-10-25\n/);
    expect(stdout).toMatch(/│ Total cost estimate \(over 25 projects\) │ +3,268\.5 MNOK │/);
    expect(stdout).toMatch(/│ < 26 MNOK +│ +\d+ │ +\d+% │/);
  });

  it('writes them the Norwegian way in nynorsk with --lang nn', async () => {
    const { stdout } = await runCli(['stats', '--lang', 'nn', '--report', '2017']);
    expect(stdout).toMatch(/^Digitaliseringsrådet – nøkkeltal\nPer 25\.10\.2017 · perioden 25\.10\.2016–25\.10\.2017\n/);
    expect(stdout).toMatch(/│ Samla kostnadsoverslag \(over 25 prosjekt\) │ +3\u00a0268,5 MNOK │/);
    expect(stdout).toMatch(/│ < 26 mill\. +│ +\d+ │ +\d+\u00a0% │/);
  });

  it('keeps JSON and CSV locale-neutral in every language', async () => {
    for (const lang of ['nb', 'nn', 'en']) {
      const json = JSON.parse((await runCli(['stats', '--format', 'json', '--lang', lang, '--report', '2017'])).stdout);
      expect(json.totals.costMnok).toBe(3268.5);
      const csv = (await runCli(['stats', '--format', 'csv', '--lang', lang, '--report', '2017'])).stdout;
      expect(csv).toContain('\r\ntotals.costMnok,3268.5\r\n');
    }
  });

  it('prints the 2019 summary exactly, in every format', async () => {
    expectOutput((await runCli(['stats'])).stdout, 'stats-2019.nb.txt');
    expectOutput((await runCli(['stats', '--format', 'markdown', '--lang', 'en'])).stdout, 'stats-2019.en.md');
    expectOutput((await runCli(['stats', '--format', 'csv'])).stdout, 'stats-2019.csv');
    expectOutput((await runCli(['stats', '--lang', 'nn'])).stdout, 'stats-2019.nn.txt');
    expectOutput((await runCli(['stats', '--format', 'markdown', '--lang', 'nn'])).stdout, 'stats-2019.nn.md');
  });

  it('writes CSV for Norwegian Excel with --excel: BOM, semicolons, decimal commas', async () => {
    const { stdout } = await runCli(['stats', '--format', 'csv', '--excel', '--report', '2017']);
    expect(stdout.startsWith('\uFEFFfigure;value\r\nperiod.since;2016-10-25\r\n')).toBe(true);
    expect(stdout).toContain('\r\ntotals.costMnok;3268,5\r\n');
  });
});
