import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { runCli, SHIPPED_NOTE, tempDir } from '../support/cli.js';
import { expectOutput } from '../support/expected.js';
import { writeRegisters } from '../support/registers.js';

const json = async (...args: string[]) => {
  const result = await runCli(['projects', '--format', 'json', ...args]);
  expect(result.stderr).toBe(args.includes('--data') ? '' : SHIPPED_NOTE);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>[];
};
const names = async (...args: string[]) => (await json(...args)).map((row) => row.name);

// Costs at the edges of the size classes, a revisit with a new estimate, a joint agency.
const EDGES = writeRegisters(tempDir(), {
  projects: [
    'id,name,agency,ministry,meeting_date,cost_mnok,programme,shared_solution,revisit_of',
    'a,Alfa,Lånekassen,Kunnskapsdepartementet,2018-02-07,25.9,yes,no,',
    'b,Beta,Skatteetaten/NAV,Finansdepartementet,2018-03-07,26,no,yes,',
    'c,Gamma,Statens vegvesen,Samferdselsdepartementet,2019-01-09,200,no,no,',
    'd,Delta,Politidirektoratet,Justis- og beredskapsdepartementet,2019-02-06,200.1,no,no,',
    'e,Epsilon,Kartverket,Kommunal- og moderniseringsdepartementet,2019-03-06,,no,no,',
    'a2,Alfa 2.0,Lånekassen,Kunnskapsdepartementet,2019-04-03,300,yes,no,a',
  ],
  questions: ['id,project_id,theme'],
  recommendations: ['id,project_id,theme'],
});

describe('digiraad projects', () => {
  it('prints the project table of the 2019 report period in bokmål', async () => {
    const result = await runCli(['projects', '--report', '2019', '--in-period']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(SHIPPED_NOTE);
    expectOutput(result.stdout, 'projects-2019-in-period.nb.txt');
  });

  it('prints it in English with --lang en', async () => {
    const result = await runCli(['projects', '--report', '2019', '--in-period', '--lang', 'en']);
    expect(result.code).toBe(0);
    expectOutput(result.stdout, 'projects-2019-in-period.en.txt');
  });

  it('prints it in nynorsk with --lang nn', async () => {
    const result = await runCli(['projects', '--report', '2019', '--in-period', '--lang', 'nn']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Prosjekta rådet har behandla, per 31\.10\.2019\n/);
    expectOutput(result.stdout, 'projects-2019-in-period.nn.txt');
  });

  it('lists every project up to the as-of date, by first meeting date', async () => {
    const rows = await json();
    expect(rows).toHaveLength(55);
    const dates = rows.map((r) => r.meetingDate as string);
    expect(dates).toEqual([...dates].sort());
    expect(await json('--report', '2017')).toHaveLength(26);
  });

  it('gives a revisited project the values of its latest treatment and the date of its first', async () => {
    const helsedata = {
      id: '2017-helsedataprogrammet',
      name: 'Helsedataprogrammet',
      agency: 'Direktoratet for e-helse',
      ministry: 'Helse- og omsorgsdepartementet',
      meetingDate: '2017-08-23',
      programme: true,
      sharedSolution: true,
    };
    expect(await json('--agency', 'e-helse', '--year', '2017')).toEqual([
      { ...helsedata, treatments: 2, costMnok: 615, benefitMnok: 2400, sizeClass: 'large' },
    ]);
    // Before its second treatment it has its first estimate.
    expect(await json('--agency', 'e-helse', '--year', '2017', '--report', '2018')).toEqual([
      { ...helsedata, treatments: 1, costMnok: 390, benefitMnok: 1500, sizeClass: 'large' },
    ]);
  });

  it('classes sizes as the report does: small < 26, medium 26–200, large > 200, unresolved without an estimate', async () => {
    const rows = await json('--data', EDGES);
    expect(rows.map((r) => [r.name, r.sizeClass])).toEqual([
      ['Alfa 2.0', 'large'],
      ['Beta', 'medium'],
      ['Gamma', 'medium'],
      ['Delta', 'large'],
      ['Epsilon', 'unresolved'],
    ]);
    // Before its revisit, Alfa has its first estimate, just under medium.
    expect((await json('--data', EDGES, '--as-of', '2019-03-31'))[0]).toMatchObject({ name: 'Alfa', costMnok: 25.9, sizeClass: 'small', treatments: 1 });
  });

  it('filters by year of first treatment, ministry, agency, cost, programme and shared solution', async () => {
    const filtered = (...args: string[]) => names('--data', EDGES, ...args);
    expect(await filtered('--year', '2018')).toEqual(['Alfa 2.0', 'Beta']);
    expect(await filtered('--ministry', 'FINANS')).toEqual(['Beta']);
    // Case, æøå and joint agencies: "lanekassen" finds Lånekassen, "nav" finds Skatteetaten/NAV.
    expect(await filtered('--agency', 'lanekassen')).toEqual(['Alfa 2.0']);
    expect(await filtered('--agency', 'nav')).toEqual(['Beta']);
    expect(await filtered('--agency', 'statens VEG')).toEqual(['Gamma']);
    expect(await filtered('--min-cost', '200')).toEqual(['Alfa 2.0', 'Gamma', 'Delta']);
    expect(await filtered('--max-cost', '26')).toEqual(['Beta']);
    expect(await filtered('--min-cost', '26', '--max-cost', '200,0')).toEqual(['Beta', 'Gamma']);
    expect(await filtered('--programme')).toEqual(['Alfa 2.0']);
    expect(await filtered('--no-programme')).toEqual(['Beta', 'Gamma', 'Delta', 'Epsilon']);
    expect(await filtered('--shared-solution')).toEqual(['Beta']);
    expect(await filtered('--no-shared-solution', '--year', '2019')).toEqual(['Gamma', 'Delta', 'Epsilon']);
    expect(await filtered('--as-of', '2019-01-31', '--since', '2018-12-31', '--in-period')).toEqual(['Gamma']);
    expect(await filtered('--agency', 'nobody')).toEqual([]);
  });

  it('says how many projects pass the filters, and prints no empty table', async () => {
    const result = await runCli(['projects', '--data', EDGES, '--agency', 'nobody']);
    expect(result.stdout).toBe('Prosjektene rådet har behandlet, per 03.04.2019\n\n0 av 5 prosjekter\n');
  });

  it('writes CSV with the JSON keys, for Excel with --excel', async () => {
    const csv = await runCli(['projects', '--data', EDGES, '--format', 'csv', '--max-cost', '26']);
    expect(csv.stdout).toBe(
      'id,name,agency,ministry,meetingDate,treatments,costMnok,benefitMnok,sizeClass,programme,sharedSolution\r\nb,Beta,Skatteetaten/NAV,Finansdepartementet,2018-03-07,1,26,,medium,false,true\r\n',
    );
    const excel = await runCli(['projects', '--data', EDGES, '--format', 'csv', '--excel', '--agency', 'politi']);
    expect(excel.stdout).toBe(
      '\uFEFFid;name;agency;ministry;meetingDate;treatments;costMnok;benefitMnok;sizeClass;programme;sharedSolution\r\nd;Delta;Politidirektoratet;Justis- og beredskapsdepartementet;2019-02-06;1;200,1;;large;false;false\r\n',
    );
  });

  it('writes Markdown with the labels of the language', async () => {
    const result = await runCli(['projects', '--data', EDGES, '--format', 'markdown', '--lang', 'en', '--year', '2019']);
    expect(result.stdout).toBe(
      [
        '# The projects the council has treated, as of 2019-04-03',
        '',
        '| Project/programme | Agency | Ministry | Council meeting | Treatments | Cost (MNOK) | Size |',
        '| --- | --- | --- | --- | ---: | ---: | --- |',
        '| Gamma | Statens vegvesen | Samferdselsdepartementet | 2019-01-09 | 1 | 200 | medium |',
        '| Delta | Politidirektoratet | Justis- og beredskapsdepartementet | 2019-02-06 | 1 | 200.1 | large |',
        '| Epsilon | Kartverket | Kommunal- og moderniseringsdepartementet | 2019-03-06 | 1 | – | unresolved |',
        '',
        '3 of 5 projects',
        '',
      ].join('\n'),
    );
  });

  it('wraps the text columns to fit a terminal, and keeps one line per project when piped', async () => {
    let stdout = '';
    const io = {
      stdout: { write: (s: string) => (stdout += s), isTTY: true, columns: 160 },
      stderr: { write: () => true },
      env: { NO_COLOR: '1' },
      cwd: process.cwd(),
    };
    expect(await main(['node', 'digiraad', 'projects', '--report', '2019', '--in-period'], io)).toBe(0);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(160);
    expect(lines.length).toBeGreaterThan(15 + 6);
    const piped = await runCli(['projects', '--report', '2019', '--in-period']);
    expect(piped.stdout.split('\n')).toHaveLength(15 + 7);
  });

  it.each([
    [['--year', '19'], '--year 19: gi et årstall, f.eks. 2019'],
    [['--min-cost', 'lots'], '--min-cost lots: gi et beløp i MNOK, f.eks. 26 eller 26,5'],
    [['--min-cost', '200', '--max-cost', '26'], '--min-cost 200 er over --max-cost 26: ingen prosjekter kan oppfylle begge'],
    [['--as-of', '2019-02-30'], '--as-of 2019-02-30: den datoen finnes ikke i kalenderen'],
    [['--as-of', '30.02.2019'], '--as-of 30.02.2019: gi en dato som ÅÅÅÅ-MM-DD'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await runCli(['projects', ...args]);
    // Options checked before the registers are read come without the note on the shipped registers.
    expect({ ...result, stderr: result.stderr.replace(SHIPPED_NOTE, '') }).toEqual({ code: 2, stdout: '', stderr: `digiraad: ${message}\n` });
  });

  it('refuses an unknown format with exit code 2', async () => {
    const result = await runCli(['projects', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('feil: «xml» er ikke en gyldig verdi for valget «--format <format>». Gyldige verdier er table, json, csv, markdown, xlsx.\n');
  });
});
