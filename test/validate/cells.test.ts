import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { problemLines, registerFolder, validateWith } from '../support/folders.js';

const BASE = new URL('../fixtures/base/', import.meta.url);
const base = (name: string) => readFileSync(new URL(name, BASE), 'utf8');
const PROJECTS_HEADER = 'id,name,agency,ministry,meeting_date,cost_mnok,benefit_mnok,programme,shared_solution,exclude_from_totals,revisit_of';

describe('what a cell may hold', () => {
  it.each([
    ['a bell in an id', 'q2\u0007', 'id', 'U+0007'],
    ['a C1 control in a text', 'q2', 'text', 'U+0085'],
    ['a right-to-left override in a text', 'q2', 'text', 'U+202E'],
    ['a first-strong isolate in a theme', 'q2', 'theme', 'U+2068'],
  ])('refuses %s, with line and column', async (_name, id, column, character) => {
    const cell = String.fromCodePoint(parseInt(character.slice(2), 16));
    const row = { id, theme: column === 'theme' ? `Usikkerhet${cell}` : 'Usikkerhet', text: column === 'text' ? `Hva ${cell}trenger brukerne?` : 'x' };
    const questions = base('questions.csv').replace(
      'q2,2018-beta,"Behov, mål og løsning",Hva trenger brukerne?',
      `${row.id},2018-beta,${row.theme},${row.text}`,
    );
    const result = await validateWith({ 'questions.csv': questions }, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^questions\\.csv:3: error\\[control-character\\]: ${column} ".*" holds the control character ${character.replace('+', '\\+')} \\(character \\d+\\)`,
        ),
      ),
    ]);
  });

  it('allows tabs and line breaks in free text, not in ids, agencies or dates', async () => {
    const questions = base('questions.csv').replace('Hva trenger brukerne?', '"Hva\ttrenger\nbrukerne?"');
    expect((await validateWith({ 'questions.csv': questions })).code).toBe(0);
    const projects = base('projects.csv').replace('Skatteetaten/Tolletaten', '"Skatteetaten/\nTolletaten"');
    const result = await validateWith({ 'projects.csv': projects });
    expect(problemLines(result.stdout)).toEqual([
      expect.stringMatching(/^projects\.csv:3: feil\[control-character\]: agency "Skatteetaten\/\\nTolletaten" har kontrolltegnet U\+000A \(tegn 14\)/),
    ]);
  });

  it('refuses an invisible character in an id, but not in a text', async () => {
    const recommendations = base('recommendations.csv')
      .replace('r5,2019-alfa', 'r5,2019-\u200balfa')
      .replace('Lever nytte underveis.', 'Lever nyt\u00adte underveis.');
    const result = await validateWith({ 'recommendations.csv': recommendations });
    expect(problemLines(result.stdout)).toEqual([
      expect.stringMatching(/^recommendations\.csv:6: feil\[invisible-character\]: project_id ".*" har det usynlige tegnet U\+200B \(tegn 6\)/),
    ]);
  });

  it('compares text after NFC: a decomposed å is the å of the theme and of the id', async () => {
    const decomposed = 'a\u030a';
    const projects = base('projects.csv').replace('2019-gamma,', `2019-gamm${decomposed},`);
    const questions = base('questions.csv').replace('2019-gamma,', '2019-gammå,').replace('"Behov, mål og løsning"', `"Behov, m${decomposed}l og løsning"`);
    const recommendations = base('recommendations.csv').replace('2019-gamma,', '2019-gammå,');
    const dir = registerFolder({ 'projects.csv': projects, 'questions.csv': questions, 'recommendations.csv': recommendations });
    const result = await runCli(['stats', '--format', 'json', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).themes['behov-mal-og-losning'].questions).toBe(1);
  });

  it('warns about ids, agencies and ministries that differ only in case, width or spacing', async () => {
    const projects = `${PROJECTS_HEADER}
2018-alfa,Alfa,Arkivverket,Kulturdepartementet,2018-03-14,25.5,,no,no,no,
2018-Alfa,Beta,ＡＲＫＩＶＶＥＲＫＥＴ,kulturdepartementet,2018-04-14,1,,no,no,no,
2019-gamma,Gamma,Direktoratet  for e-helse/arkivverket,Kulturdepartementet,2019-02-13,,,no,no,no,
`;
    const result = await validateWith(
      {
        'projects.csv': projects,
        'questions.csv': 'id,project_id,theme\n',
        'recommendations.csv': 'id,project_id,theme\n',
        'conversations.csv': 'id,project_id,date\n',
      },
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    expect(problemLines(result.stdout)).toEqual([
      'projects.csv:3: warning[lookalike-id]: id "2018-Alfa" differs from the id on line 2 only in case, width or spacing (hint: ids must differ in more than that: the two rows are different rows, is one of them entered twice?)',
      'projects.csv:3: warning[lookalike-name]: agency "ＡＲＫＩＶＶＥＲＫＥＴ" is written "Arkivverket" on line 2; the two are counted as one (hint: write it the same way everywhere)',
      'projects.csv:3: warning[lookalike-name]: ministry "kulturdepartementet" is written "Kulturdepartementet" on line 2; the two are counted as one (hint: write it the same way everywhere)',
      'projects.csv:4: warning[lookalike-name]: agency "arkivverket" is written "Arkivverket" on line 2; the two are counted as one (hint: write it the same way everywhere)',
    ]);
    const stats = await runCli([
      'stats',
      '--format',
      'json',
      '--data',
      registerFolder({
        'projects.csv': projects,
        'questions.csv': 'id,project_id,theme\n',
        'recommendations.csv': 'id,project_id,theme\n',
        'conversations.csv': 'id,project_id,date\n',
      }),
    ]);
    expect(JSON.parse(stats.stdout).projects).toMatchObject({ agencies: 2, ministries: 1 });
  });
});

describe('every problem of a row at once', () => {
  it('reports a bad theme and an unknown project id in the same row', async () => {
    const questions = base('questions.csv').replace('q3,2019-gamma,Gevinstrealisering', 'q3,2019-gama,Gevinstrealisring');
    const result = await validateWith({ 'questions.csv': questions });
    expect(problemLines(result.stdout)).toEqual([
      'questions.csv:4: feil[unknown-project]: project_id "2019-gama" er ikke id-en til noen behandling i projects.csv (tips: mente du «2019-gamma»?)',
      'questions.csv:4: feil[unknown-theme]: theme "Gevinstrealisring" er ikke ett av de seks temaene (tips: mente du «Gevinstrealisering»?)',
    ]);
  });
});
