import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainFigure, figurePaths } from '../../src/aggregate/explain.js';
import { computeFigures } from '../../src/aggregate/index.js';
import { readRegisters } from '../../src/load/registers.js';
import { closeFigurePaths } from '../../src/commands/explain.js';
import { DEFAULT_SETTINGS } from '../../src/model/settings.js';
import { RegistersValidator } from '../../src/validate/index.js';
import { removeTempDirs, runCli, tempDir } from '../support/cli.js';
import { valueAt } from '../../src/present/key-figures.js';
import { expectRowsMakeTheFigure } from '../support/explain.js';
import { writeWorkbook } from '../support/workbooks.js';
import { expectOutput } from '../support/expected.js';
import { writeRegisters } from '../support/registers.js';

afterAll(removeTempDirs);

const SHIPPED = fileURLToPath(new URL('../../data', import.meta.url));

async function shippedRegisters() {
  const validator = new RegistersValidator({ keepRowIds: true });
  await readRegisters(SHIPPED, validator);
  return validator.finish().registers;
}

describe('digiraad explain on the shipped data', () => {
  for (const report of ['2017', '2018', '2019']) {
    it(`agrees with stats on every figure of the ${report} report, and its counted rows make each figure`, async () => {
      const stats = await runCli(['stats', '--format', 'json', '--report', report]);
      expect(stats.code).toBe(0);
      const document = JSON.parse(stats.stdout);
      const registers = await shippedRegisters();
      const figures = computeFigures(registers, document.period, DEFAULT_SETTINGS);
      const paths = figurePaths(figures);
      expect(paths.length).toBeGreaterThan(80);
      for (const path of paths) {
        const explanation = explainFigure(registers, figures, path, DEFAULT_SETTINGS)!;
        expect(explanation.value, path).toEqual(valueAt(document, path));
        expectRowsMakeTheFigure(explanation);
      }
    });
  }

  it('prints through the CLI the value stats prints, for a figure of each family', async () => {
    const document = JSON.parse((await runCli(['stats', '--format', 'json', '--report', '2018'])).stdout);
    for (const path of [
      'projects.agencies',
      'totals.costMnok',
      'totals.costRange.max',
      'totals.excluded',
      'costBands.51-100.share',
      'themes.usikkerhet.recommendations',
      'mainThemes.share',
      'mainThemes.byYear.2017.recommendationShare',
      'tags.laer-av-andre.projects',
      'tags.kommunikasjon.byYear.2018.share',
      'byYear.2018.projects',
      'conversations.inPeriod',
    ]) {
      const result = await runCli(['explain', path, '--format', 'json', '--report', '2018']);
      expect(result.code, path).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.value, path).toEqual(valueAt(document, path));
      expect(json.period).toEqual(document.period);
    }
  });
});

describe('digiraad explain output', () => {
  it('prints one figure exactly as a table, JSON and CSV', async () => {
    const args = ['explain', 'costBands.over-200.count', '--report', '2018'];
    const table = await runCli(args);
    expect(table.code).toBe(0);
    expectOutput(table.stdout, 'explain-over-200-2018.nb.txt');
    expectOutput((await runCli([...args, '--format', 'json'])).stdout, 'explain-over-200-2018.json');
    expectOutput((await runCli([...args, '--format', 'csv'])).stdout, 'explain-over-200-2018.csv');
  });

  it('writes CSV for Norwegian Excel with --excel: the contributions to a share with decimal commas', async () => {
    const { stdout } = await runCli(['explain', 'costBands.over-200.share', '--report', '2018', '--format', 'csv', '--excel']);
    expect(stdout.startsWith('\uFEFFfile;line;id;project;included;reason;contributes\r\n')).toBe(true);
    // Six projects over 200 MNOK of the 38 with an estimate: each adds 1/38.
    expect(stdout).toContain('\r\nprojects.csv;4;2016-digitale-domstoler;2016-digitale-domstoler;true;;0,02631578947368421\r\n');
  });

  it('prints what the README shows', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /\$ npx digiraad explain (\S+)\n([\s\S]*?)```/.exec(readme)!;
    expect((await runCli(['explain', example[1]!])).stdout).toBe(example[2]);
  });

  it('words the table in English with --lang en, and shortens long groups of uncounted rows unless --all', async () => {
    const args = ['explain', 'tags.kommunikasjon.byYear.2019.share', '--lang', 'en'];
    const short = (await runCli(args)).stdout;
    expectOutput(short, 'explain-kommunikasjon-2019.en.txt');
    expect(short).toContain('… and ');
    const all = (await runCli([...args, '--all'])).stdout;
    expect(all).not.toContain('… and ');
    expect(all.split('\n').length).toBeGreaterThan(short.split('\n').length + 100);
  });

  it('words the table in nynorsk with --lang nn', async () => {
    const { stdout, code } = await runCli(['explain', 'totals.costMnok', '--lang', 'nn']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Radene bak totals\.costMnok\nPer 31\.10\.2019 · perioden 24\.10\.2018–31\.10\.2019\nRegistera i data\n/);
    expect(stdout).toContain('\nIkkje talt med – halde utanfor totalane: 1 rad\n');
    const unknown = await runCli(['explain', 'totals.cost', '--lang', 'nn']);
    expect(unknown.stderr).toMatch(
      /^brukar eksempelregistera som følgjer med digiraad \(data\)\ndigiraad: ukjent tal «totals\.cost» \(tips: meinte du «totals\.costMnok»/,
    );
  });

  it('keeps JSON and CSV the same in every language', async () => {
    for (const format of ['json', 'csv']) {
      const nb = await runCli(['explain', 'totals.benefitMnok', '--format', format]);
      for (const lang of ['en', 'nn']) expect((await runCli(['explain', 'totals.benefitMnok', '--format', format, '--lang', lang])).stdout).toBe(nb.stdout);
    }
  });

  it('takes the period options of the other commands', async () => {
    const period = ['--as-of', '2019-06-30', '--since', '2018-12-31'];
    for (const path of ['conversations.inPeriod', 'projects.inPeriod', 'totals.costMnok']) {
      const stats = JSON.parse((await runCli(['stats', '--format', 'json', ...period])).stdout);
      const json = JSON.parse((await runCli(['explain', path, '--format', 'json', ...period])).stdout);
      expect(json.period).toEqual({ since: '2018-12-31', asOf: '2019-06-30' });
      expect(json.value).toEqual(valueAt(stats, path));
      expect(json.rows.some((r: { reason?: string }) => r.reason === 'after-as-of')).toBe(true);
    }
    expect((await runCli(['explain', 'projects.total', '--report', '2019', '--as-of', '2019-01-01'])).code).toBe(2);
  });

  it('explains the cost bands the settings give', async () => {
    const json = JSON.parse((await runCli(['explain', 'costBands.10-100.count', '--cost-bands', '10,100', '--format', 'json'])).stdout);
    const stats = JSON.parse((await runCli(['stats', '--cost-bands', '10,100', '--format', 'json'])).stdout);
    expect(json.value).toBe(stats.costBands['10-100'].count);
    expect((await runCli(['explain', 'costBands.26-50.count', '--cost-bands', '10,100'])).code).toBe(2);
  });

  it('names rows by their file in the data folder and their line in it', async () => {
    const dir = writeRegisters(tempDir(), {
      projects: [
        'id,name,agency,ministry,meeting_date,cost_mnok,revisit_of',
        'a,Alfa,A,M,2019-01-10,30,',
        'b,Beta,B,M,2019-02-10,,',
        'a2,Alfa,A,M,2019-03-10,45,a',
      ],
      questions: ['id,project_id,theme'],
      recommendations: ['id,project_id,theme,tags', 'r1,a2,usikkerhet,kommunikasjon'],
    });
    const json = JSON.parse((await runCli(['explain', 'totals.costMnok', '--data', dir, '--as-of', '2019-12-31', '--format', 'json'])).stdout);
    expect(json).toEqual({
      figure: 'totals.costMnok',
      value: 45,
      period: { since: '2018-12-31', asOf: '2019-12-31' },
      rows: [
        { file: 'projects.csv', line: 2, id: 'a', project: 'a', included: false, reason: 'replaced', contributes: 0 },
        { file: 'projects.csv', line: 3, id: 'b', project: 'b', included: false, reason: 'no-cost', contributes: 0 },
        { file: 'projects.csv', line: 4, id: 'a2', project: 'a', included: true, contributes: 45 },
      ],
    });
    // No conversations.csv: the figure is 0, made of no rows.
    const none = await runCli(['explain', 'conversations.total', '--data', dir, '--as-of', '2019-12-31', '--format', 'json']);
    expect(JSON.parse(none.stdout)).toEqual({ figure: 'conversations.total', value: 0, period: { since: '2018-12-31', asOf: '2019-12-31' }, rows: [] });
    const range = JSON.parse((await runCli(['explain', 'totals.costRange.min', '--data', dir, '--as-of', '2019-01-01', '--format', 'json'])).stdout);
    // No project in the totals: stats gives the range as 0–0, and no row holds it.
    expect(range).toMatchObject({
      value: 0,
      rows: [
        { id: 'a', included: false, reason: 'after-as-of' },
        { id: 'b', included: false, reason: 'after-as-of' },
        { id: 'a2', included: false, reason: 'after-as-of' },
      ],
    });
    const tag = JSON.parse((await runCli(['explain', 'tags.kommunikasjon.projects', '--data', dir, '--as-of', '2019-12-31', '--format', 'json'])).stdout);
    expect(tag.rows).toEqual([{ file: 'recommendations.csv', line: 2, id: 'r1', project: 'a', included: true, contributes: 1 }]);
  });
});

describe('digiraad explain on a workbook', () => {
  it('names each row by the workbook and its sheet, and the sheet row', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'registre.xlsx'), [
      {
        name: 'Prosjekter',
        rows: [
          ['id', 'name', 'agency', 'ministry', 'meeting_date', 'cost_mnok'],
          ['a', 'Alfa', 'A', 'M', '2019-01-10', 30],
          ['b', 'Beta', 'B', 'M', '2019-02-10', 50],
        ],
      },
      { name: 'Spørsmål', rows: [['id', 'project_id', 'theme']] },
      {
        name: 'Anbefalinger',
        rows: [
          ['id', 'project_id', 'theme'],
          ['r1', 'b', 'usikkerhet'],
        ],
      },
    ]);
    const options = ['--data', dir, '--as-of', '2019-12-31', '--format', 'json'];
    const cost = JSON.parse((await runCli(['explain', 'totals.costMnok', ...options])).stdout);
    expect(cost.value).toBe(80);
    expect(cost.rows.map((r: { file: string; line: number }) => `${r.file}:${r.line}`)).toEqual([
      'registre.xlsx [Prosjekter]:2',
      'registre.xlsx [Prosjekter]:3',
    ]);
    const recommendations = JSON.parse((await runCli(['explain', 'recommendations.total', ...options])).stdout);
    expect(recommendations.rows).toEqual([{ file: 'registre.xlsx [Anbefalinger]', line: 2, id: 'r1', project: 'b', included: true, contributes: 1 }]);
  });
});

describe('digiraad explain with a figure that does not exist', () => {
  let paths: string[] = [];
  beforeAll(async () => {
    const registers = await shippedRegisters();
    paths = figurePaths(computeFigures(registers, { since: '2018-10-24', asOf: '2019-10-31' }, DEFAULT_SETTINGS));
  });

  it('suggests close paths: a misspelling, a start, a last part', () => {
    expect(closeFigurePaths('costBands.over-200.cnt', paths)[0]).toBe('costBands.over-200.count');
    expect(closeFigurePaths('tags.kommunkasjon.byYear.2019.count', paths)[0]).toBe('tags.kommunikasjon.byYear.2019.count');
    expect(closeFigurePaths('themes.usikkerhet', paths)).toEqual([
      'themes.usikkerhet.questions',
      'themes.usikkerhet.questionShare',
      'themes.usikkerhet.recommendations',
      'themes.usikkerhet.recommendationShare',
    ]);
    expect(closeFigurePaths('costMnok', paths)).toContain('totals.costMnok');
    expect(closeFigurePaths('totals.costmnok', paths)[0]).toBe('totals.costMnok');
    expect(closeFigurePaths('totals.cost', paths).slice(0, 2)).toEqual(['totals.costMnok', 'totals.costRange.min']);
    // Nothing close: the first few figures rather than nothing; a pasted page is measured against none.
    expect(closeFigurePaths('zzzzzzzzzzzzzzzzzzzzzzzz', paths)).toHaveLength(3);
    expect(closeFigurePaths('x'.repeat(1_000_000), paths)).toEqual(paths.slice(0, 3));
  });

  it('is a usage error that suggests close figures, in the chosen language', async () => {
    const nb = await runCli(['explain', 'costBands.over-200.cnt']);
    expect(nb.code).toBe(2);
    expect(nb.stdout).toBe('');
    expect(nb.stderr).toBe(
      'bruker eksempelregistrene som følger med digiraad (data)\ndigiraad: ukjent tall «costBands.over-200.cnt» (tips: mente du «costBands.over-200.count», «costBands.over-200.share»? «digiraad stats --format csv» viser alle tallene)\n',
    );
    const en = await runCli(['explain', 'themes.usikkerhet', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'did you mean "themes.usikkerhet.questions", "themes.usikkerhet.questionShare", "themes.usikkerhet.recommendations", "themes.usikkerhet.recommendationShare"?',
    );
  });

  it('suggests only figures of the period: a tag first used later is no figure yet', async () => {
    const result = await runCli(['explain', 'tags.kommunikasjon.byYear.2019.count', '--report', '2018']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('«tags.kommunikasjon.byYear.2018.count»');
  });

  it('says so of a path of stats that no rows make: the period, a label', async () => {
    for (const path of ['period.asOf', 'themes.usikkerhet.label', 'mainThemes.themes']) {
      const result = await runCli(['explain', path]);
      expect(result.code, path).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`\\ndigiraad: «${path}» står i stats, men regnes ikke ut fra rader i registrene \\(tips: mente du «`));
    }
    for (const path of ['toString', 'totals.excluded.0.id']) expect((await runCli(['explain', path])).stderr, path).toMatch(/\ndigiraad: ukjent tall «/);
  });

  it('needs a figure', async () => {
    const result = await runCli(['explain']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('feil: argumentet «figure» mangler');
    expect((await runCli(['explain', '--lang', 'en'])).stderr).toContain("error: missing required argument 'figure'");
  });
});
