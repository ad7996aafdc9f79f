import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { DigiraadError, EXIT } from './errors.js';
import { processIo, type Io } from './io.js';
import type { CommonOptions, Context } from './commands/context.js';

// The shipped registers: data/ beside dist/ (and beside src/ when tests run the sources).
const SHIPPED_DATA = fileURLToPath(new URL('../data', import.meta.url));
const VERSION = '0.1.0';

type Action<O> = (ctx: Context, options: O, args: string[]) => Promise<void>;

/** Runs digiraad with `argv` (as process.argv) and returns the exit code; never throws. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

function exitCodeOf(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DigiraadError) {
    if (error.message) io.stderr.write(`digiraad: ${error.message}\n`);
    return error.exitCode;
  }
  io.stderr.write(`digiraad: internal error (a bug in digiraad, please report it):\n${(error as Error).stack ?? String(error)}\n`);
  return 70;
}

function buildProgram(io: Io): Command {
  const program = new Command('digiraad')
    .description("Figures, tables and charts for Digitaliseringsrådet's annual experience report")
    .version(VERSION, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  program.addHelpText('beforeAll', '');

  /** A command with the options every command takes, whose action is imported when it runs. */
  const command = <O extends CommonOptions>(name: string, description: string, examples: string[], load: () => Promise<Action<O>>) => {
    const cmd = program
      .command(name)
      .description(description)
      .addHelpText('before', `Examples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`)
      .option('--data <dir>', 'the folder with the registers (default: the shipped data/)')
      .option('--as-of <date>', 'count rows dated on or before this date (YYYY-MM-DD)')
      .option('--since <date>', 'start of the period, exclusive (YYYY-MM-DD)')
      .addOption(new Option('--report <year>', 'the period of that annual report (from reports.csv)'))
      .addOption(new Option('--lang <lang>', 'language of the output').choices(['nb', 'en']))
      .option('--encoding <encoding>', 'force the registers encoding: auto, utf-8 or windows-1252', 'auto')
      .option('--max-errors <n>', 'list at most n errors')
      .option('--cost-bands <edges>', 'cost band edges in MNOK (default 26,50,100,200)')
      .option('--main-themes <ids>', 'the main themes, comma-separated theme ids')
      .option('--highlight-tag <tag>', 'the tag whose share by year is highlighted (default kommunikasjon)')
      .exitOverride();
    cmd.action(async (options: O, self: Command) => {
      const { makeContext } = await import('./commands/context.js');
      const [run, ctx] = await Promise.all([load(), makeContext(io, options, SHIPPED_DATA)]);
      await run(ctx, options, self.args);
    });
    return cmd;
  };

  command(
    'stats',
    'print the key figures of a period',
    ['digiraad stats', 'digiraad stats --report 2018', 'digiraad stats --format json --report 2019 > figures.json', 'digiraad stats --as-of 2019-06-30 --lang en'],
    async () => (await import('./commands/stats.js')).runStats,
  )
    .option('--format <format>', 'table, json, csv or markdown', 'table')
    .option('--excel', 'with --format csv: semicolons, decimal commas and a BOM for Norwegian Excel');

  command(
    'validate',
    'check the registers and list every problem with file, line and column',
    ['digiraad validate', 'digiraad validate --data ~/Downloads/registers', 'digiraad validate --format json | jq .errors'],
    async () => (await import('./commands/validate.js')).runValidate,
  ).option('--format <format>', 'text or json', 'text');

  command(
    'report',
    'write the report folder: charts (SVG, PNG, Vega-Lite), tables, index.html, report.md, figures.json',
    ['digiraad report', 'digiraad report --report 2018 --out site/2018', 'digiraad report --check'],
    async () => (await import('./commands/report.js')).runReport,
  )
    .option('--out <dir>', 'the folder to write (default reports/<year>/)')
    .option('--check', 'write nothing: exit 1 and name the files that differ from what the data gives now');

  return program;
}
