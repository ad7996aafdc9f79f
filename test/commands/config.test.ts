import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

/** A working folder with this digiraad.config.json (or none). */
function folder(config?: object): string {
  const cwd = tempDir();
  if (config) writeFileSync(join(cwd, 'digiraad.config.json'), JSON.stringify(config));
  return cwd;
}

const settingsJson = async (cwd: string, env: NodeJS.ProcessEnv = {}, ...flags: string[]) => {
  const result = await runCli(['config', '--format', 'json', ...flags], { cwd, env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('digiraad config', () => {
  it('lists the defaults, how to set each setting, and that there is no configuration file', async () => {
    const cwd = folder();
    const { stdout, code } = await runCli(['config'], { cwd });
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Innstillinger som gjelder her');
    expect(lines[2]).toMatch(/^│ Innstilling +│ Verdi +│ Kilde +│ Settes med +│$/);
    expect(lines[3]).toMatch(/^│ data +│ \/.*data \(registrene som følger med\) +│ standard +│ DIGIRAAD_DATA, --data +│$/);
    expect(lines[5]).toMatch(/^│ lang +│ nb +│ standard +│ DIGIRAAD_LANG, --lang +│$/);
    expect(lines[6]).toMatch(/^│ costBandEdges +│ 26,50,100,200 +│ standard +│ DIGIRAAD_COST_BANDS, --cost-bands +│$/);
    expect(lines.at(-2)).toBe(`Ingen konfigurasjonsfil (${join(cwd, 'digiraad.config.json')} finnes ikke)`);
  });

  it('takes the file, then the environment, then flags, and names the source of each setting', async () => {
    const cwd = folder({ lang: 'en', costBandEdges: [26, 200], highlightTag: 'smidig', data: 'registers' });
    const json = await settingsJson(cwd, { DIGIRAAD_COST_BANDS: '10,100', DIGIRAAD_HIGHLIGHT_TAG: 'laer-av-andre' }, '--highlight-tag', 'brukerinvolvering');
    expect(json).toEqual({
      configFile: join(cwd, 'digiraad.config.json'),
      dataFolder: { path: join(cwd, 'registers'), rule: 'file', configFile: join(cwd, 'digiraad.config.json') },
      settings: {
        data: { value: 'registers', source: 'file', name: 'digiraad.config.json' },
        out: { value: null, source: 'default' },
        lang: { value: 'en', source: 'file', name: 'digiraad.config.json' },
        costBandEdges: { value: [10, 100], source: 'environment', name: 'DIGIRAAD_COST_BANDS' },
        mainThemes: { value: ['organisering-og-styring', 'behov-mal-og-losning'], source: 'default' },
        highlightTag: { value: 'brukerinvolvering', source: 'flag', name: '--highlight-tag' },
        quiet: { value: false, source: 'default' },
      },
    });
  });

  it('shows the sources in the language in effect', async () => {
    const cwd = folder({ lang: 'en' });
    const { stdout } = await runCli(['config'], { cwd, env: { DIGIRAAD_MAIN_THEMES: 'usikkerhet' } });
    expect(stdout).toMatch(/│ lang +│ en +│ digiraad\.config\.json +│/);
    expect(stdout).toMatch(/│ mainThemes +│ usikkerhet +│ DIGIRAAD_MAIN_THEMES \(environment\) +│/);
    expect(stdout).toMatch(/│ out +│ reports\/<year>\/ +│ default +│/);
    expect(stdout).toContain(`Configuration file: ${join(cwd, 'digiraad.config.json')}\n`);
  });

  it('makes the other commands follow the settings', async () => {
    const cwd = folder({ lang: 'en', costBandEdges: [26, 200] });
    const stats = await runCli(['stats'], { cwd });
    expect(stats.stdout).toContain('How large are the projects?');
    expect(stats.stdout).toMatch(/│ 26–200 MNOK +│ +26 │ +55% │/);
    expect((await runCli(['stats'], { cwd, env: { DIGIRAAD_LANG: 'nb' } })).stdout).toContain('Hvor store er prosjektene?');
    expect((await runCli(['stats', '--lang', 'nb'], { cwd, env: { DIGIRAAD_LANG: 'en' } })).stdout).toContain('Hvor store er prosjektene?');
    expect((await runCli(['stats'], { cwd, env: { DIGIRAAD_LANG: 'nn' } })).stdout).toContain('Kor store er prosjekta?');
    expect((await runCli(['stats'], { cwd: folder({ lang: 'nn' }) })).stdout).toContain('Kor store er prosjekta?');
  });

  it.each([
    [
      { colour: 'blue' },
      {},
      'digiraad.config.json: ukjent innstilling "colour" (innstillingene er data, out, lang, costBandEdges, mainThemes, highlightTag, quiet)',
    ],
    [{ costBandEdges: [200, 26] }, {}, 'digiraad.config.json: costBandEdges: gi stigende hele tall i MNOK, f.eks. 26,50,100,200'],
    [
      undefined,
      { DIGIRAAD_COST_BANDS: '26,lots' },
      'DIGIRAAD_COST_BANDS (miljøvariabel): "26,lots" er ikke en gyldig verdi for costBandEdges: gi stigende hele tall i MNOK, f.eks. 26,50,100,200',
    ],
    [
      undefined,
      { DIGIRAAD_MAIN_THEMES: 'usikkerhet,gevinster' },
      'DIGIRAAD_MAIN_THEMES (miljøvariabel): "usikkerhet,gevinster" er ikke en gyldig verdi for mainThemes: gi tema-id-er, hver bare én gang (organisering-og-styring, behov-mal-og-losning, usikkerhet, gevinstrealisering, konkurransestrategi, it-politiske-foringer)',
    ],
    [undefined, { DIGIRAAD_LANG: 'de' }, 'DIGIRAAD_LANG (miljøvariabel): "de" er ikke en gyldig verdi for lang: gi en av nb, nn, en'],
  ])('refuses a bad setting with exit code 2: %j %j', async (config, env, message) => {
    const result = await runCli(['config'], { cwd: folder(config), env });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `digiraad: ${message}\n` });
  });

  it('refuses a configuration file that is not JSON', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'digiraad.config.json'), '{ lang: en }');
    const result = await runCli(['config'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^digiraad: digiraad\.config\.json er ikke gyldig JSON: /);
  });
});
