import { describe, expect, it } from 'vitest';
import { runInTerminal, widestLine } from '../support/terminal.js';
import { runCli } from '../support/cli.js';

// The built CLI in a real pseudo-terminal (util-linux `script`): what a user at a terminal sees.

// Tables, records, prose, problem lines and an error message.
const COMMANDS = [
  ['stats'],
  ['stats', '--lang', 'en'],
  ['projects'],
  ['projects', '--lang', 'en'],
  ['compare'],
  ['config'],
  ['validate'],
  ['stats', '--report', '1900'],
];
const ansi = /\x1b\[/;

describe('output in a terminal', () => {
  it.each([60, 80, 120, 200])('fits every line within %i columns', (columns) => {
    for (const args of COMMANDS) {
      const { output } = runInTerminal(args, { columns, env: { TERM: 'xterm' } });
      expect(output.length, args.join(' ')).toBeGreaterThan(20);
      expect(widestLine(output), `${args.join(' ')} at ${columns}`).toBeLessThanOrEqual(columns);
    }
  });

  it('wraps the long line of stats at 80 columns, and keeps the table', () => {
    const { output } = runInTerminal(['stats'], { columns: 80, env: { NO_COLOR: '1' } });
    expect(output).toContain(
      '  Akson – helhetlig samhandling og felles kommunal journal: samlet\n    kostnadsanslag 11\u00a0300 MNOK, samlet gevinstanslag 40\u00a0500 MNOK\n',
    );
    expect(output).toContain('│ Organisering og styring │       79 │  48\u00a0% │          155 │  36\u00a0% │\n');
  });

  it('wraps the names within their cells when the project table nearly fits, and shows records when it cannot', () => {
    const wrapped = runInTerminal(['projects', '--ministry', 'helse', '--lang', 'en'], { columns: 120, env: { NO_COLOR: '1' } }).output;
    expect(wrapped).toMatch(/^│ Project\/programme +│ Agency +│ Ministry +│ Council +│ Treatments │ +Cost │ Size +│$/m);
    expect(widestLine(wrapped)).toBeLessThanOrEqual(120);
    const records = runInTerminal(['projects', '--agency', 'skatteetaten', '--lang', 'en'], { columns: 60, env: { NO_COLOR: '1' } }).output;
    expect(records).toContain(
      [
        `── 1 ${'─'.repeat(55)}`,
        'Project/programme  Kunstig intelligens',
        'Agency             Skatteetaten',
        'Ministry           Finansdepartementet',
        'Council meeting    2017-05-31',
      ].join('\n'),
    );
  });

  it('gives the full table with --wide', () => {
    const { output } = runInTerminal(['projects', '--wide'], { columns: 60, env: { NO_COLOR: '1' } });
    expect(widestLine(output)).toBeGreaterThan(150);
    expect(output).not.toContain('── 1 ');
  });

  it('cuts and wraps nothing when stdout is not a terminal', async () => {
    const { stdout } = await runCli(['projects'], { env: { COLUMNS: '60' } });
    expect(widestLine(stdout)).toBeGreaterThan(150);
  });

  it('colours as supports-color decides: FORCE_COLOR=0 and NO_COLOR turn it off, FORCE_COLOR=1 on', () => {
    const colour = (env: Record<string, string>) => ansi.test(runInTerminal(['stats'], { columns: 120, env }).output);
    expect(colour({ TERM: 'xterm-256color' })).toBe(true);
    expect(colour({ TERM: 'xterm-256color', FORCE_COLOR: '0' })).toBe(false);
    expect(colour({ TERM: 'xterm-256color', NO_COLOR: '1' })).toBe(false);
    expect(colour({ TERM: 'dumb' })).toBe(false);
    expect(colour({ TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true);
  });

  it('marks the header of a table with a rule where there is no colour', () => {
    const { output } = runInTerminal(['stats', '--lang', 'en'], { columns: 120, env: { NO_COLOR: '1' } });
    expect(output).toMatch(/^│ Figure +│ +Value │\n├─+┼─+┤\n│ Projects treated /m);
  });
});
