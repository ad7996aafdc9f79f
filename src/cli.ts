import { fileURLToPath } from 'node:url';
import { Argument, Command, CommanderError, Option } from 'commander';
// esbuild inlines the file: the version has one home, package.json.
import packageJson from '../package.json' with { type: 'json' };
import type { CommonOptions, Context } from './commands/context.js';
import { DigiraadError, EXIT } from './errors.js';
import { processIo, type Io } from './io.js';
import { OUTPUT_FORMATS, SHELLS, type Shell } from './present/choices.js';
import { LANGS } from './model/lang.js';

// The shipped registers: data/ beside dist/ (and beside src/ when tests run the sources).
const SHIPPED_DATA = fileURLToPath(new URL('../data', import.meta.url));

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

/** Every option a command may take, each made fresh for the command that adds it. */
const OPTIONS = {
  data: () => new Option('--data <dir>', 'the folder with the registers (default: the shipped data/)'),
  asOf: () => new Option('--as-of <date>', 'count rows dated on or before this date (YYYY-MM-DD)'),
  since: () => new Option('--since <date>', 'start of the period, exclusive (YYYY-MM-DD)'),
  report: () => new Option('--report <year>', 'the period of that annual report (from reports.csv)'),
  // Variadic: `--report 2018 --report 2019` and `--report 2018 2019` both collect ['2018', '2019'].
  asOfEach: () => new Option('--as-of <date...>', 'the end of a period (YYYY-MM-DD); give it twice, or once with one --report'),
  sinceEach: () => new Option('--since <date...>', 'the start of a period, exclusive (YYYY-MM-DD): the first --since goes with the first --as-of'),
  reportEach: () => new Option('--report <year...>', 'the period of that annual report; give it twice, or once with one --as-of'),
  lang: () => new Option('--lang <lang>', 'language of the output').choices(LANGS),
  encoding: () => new Option('--encoding <encoding>', 'force the registers encoding: auto, utf-8 or windows-1252').default('auto'),
  maxErrors: () => new Option('--max-errors <n>', 'list at most n errors'),
  costBands: () => new Option('--cost-bands <edges>', 'cost band edges in MNOK (default 26,50,100,200)'),
  mainThemes: () => new Option('--main-themes <ids>', 'the main themes, comma-separated theme ids'),
  highlightTag: () => new Option('--highlight-tag <tag>', 'the tag whose share by year is highlighted (default kommunikasjon)'),
  out: () => new Option('--out <dir>', 'the folder to write (default reports/<year>/)'),
  excel: () => new Option('--excel', 'with --format csv: semicolons, decimal commas and a BOM for Norwegian Excel'),
};
type OptionName = keyof typeof OPTIONS;

/** What every command that counts takes (CONTRACT §3), in the order --help lists it. */
const COMMON: OptionName[] = ['data', 'asOf', 'since', 'report', 'lang', 'encoding', 'maxErrors', 'costBands', 'mainThemes', 'highlightTag'];

const format = (choices: readonly string[]) => new Option('--format <format>', 'the output format').choices(choices).default('table');

const examplesText = (examples: string[]) => `Examples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`;

function buildProgram(io: Io): Command {
  const program = new Command('digiraad')
    .description("Figures, tables and charts for Digitaliseringsrådet's annual experience report")
    .version(packageJson.version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText(
      'before',
      examplesText([
        'digiraad stats                              # the key figures of the latest report',
        'digiraad projects --report 2019 --in-period # the projects that report covers',
        'digiraad compare                            # the latest report against the one before',
        'digiraad validate --data ~/registers        # check registers before counting them',
        'digiraad init ~/registers                   # start registers of your own',
      ]),
    )
    .addHelpText(
      'after',
      `
Settings come from digiraad.config.json in the working folder, then DIGIRAAD_* environment
variables, then flags; "digiraad config" shows what is in effect. "digiraad <command> --help"
shows a command's examples and options.

Exit codes: 0 done, 1 the registers are invalid, 2 wrong usage, 3 a file could not be read or written.`,
    );

  /** A command (its subcommands inherit exitOverride and the output), its action imported when it runs. */
  const command = <O extends Omit<CommonOptions, 'asOf' | 'since' | 'report'>>(
    name: string,
    description: string,
    examples: string[],
    options: OptionName[],
    load: () => Promise<Action<O>>,
  ) => {
    const cmd = program.command(name).description(description).addHelpText('before', examplesText(examples));
    for (const option of options) cmd.addOption(OPTIONS[option]());
    // Commander passes the declared arguments, the options, then the command itself.
    cmd.action(async (...received: unknown[]) => {
      const self = received.at(-1) as Command;
      const options = self.opts<O>();
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
    COMMON,
    async () => (await import('./commands/stats.js')).runStats,
  )
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel());

  command(
    'validate',
    'check the registers and list every problem with file, line and column',
    ['digiraad validate', 'digiraad validate --data ~/Downloads/registers', 'digiraad validate --format json | jq .errors'],
    COMMON,
    async () => (await import('./commands/validate.js')).runValidate,
  ).addOption(new Option('--format <format>', 'the output format').choices(['text', 'json']).default('text'));

  command(
    'report',
    'write the report folder: charts (SVG, PNG, Vega-Lite), tables, index.html, report.md, figures.json',
    ['digiraad report', 'digiraad report --report 2018 --out site/2018', 'digiraad report --check'],
    [...COMMON, 'out'],
    async () => (await import('./commands/report.js')).runReport,
  ).option('--check', 'write nothing: exit 1 and name the files that differ from what the data gives now');

  command(
    'projects',
    'list the projects: name, agency, ministry, first meeting and size class, with filters',
    [
      'digiraad projects',
      'digiraad projects --report 2019 --in-period           # the projects new in the 2019 report',
      'digiraad projects --agency skatteetaten --lang en',
      'digiraad projects --min-cost 200 --programme           # large programmes',
      'digiraad projects --year 2018 --format csv --excel > prosjekter-2018.csv',
      'digiraad projects --ministry helse --format json | jq ".[].name"',
    ],
    COMMON,
    async () => (await import('./commands/projects.js')).runProjects,
  )
    .option('--year <year>', 'only projects first treated that year')
    .option('--ministry <text>', 'only projects whose ministry contains the text (case and æøå ignored)')
    .option('--agency <text>', 'only projects whose agency, or one of its joint agencies, contains the text')
    .option('--min-cost <mnok>', 'only projects with a cost estimate of at least this many MNOK')
    .option('--max-cost <mnok>', 'only projects with a cost estimate of at most this many MNOK')
    .option('--programme', 'only programmes')
    .option('--no-programme', 'only projects that are not programmes')
    .option('--shared-solution', 'only projects that build solutions for other agencies')
    .option('--no-shared-solution', 'only projects that do not')
    .option('--in-period', 'only projects first treated in the period (after --since, up to --as-of)')
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel());

  command(
    'compare',
    'set the key figures of two periods side by side, with the change',
    [
      'digiraad compare                                      # the latest report against the one before',
      'digiraad compare --report 2017 --report 2019',
      'digiraad compare --report 2019                        # 2019 against the period before it',
      'digiraad compare --as-of 2019-04-30 --as-of 2019-10-31',
      'digiraad compare --report 2018 --report 2019 --format csv --excel > endring.csv',
    ],
    ['data', 'asOfEach', 'sinceEach', 'reportEach', 'lang', 'encoding', 'maxErrors', 'costBands', 'mainThemes', 'highlightTag'],
    async () => (await import('./commands/compare.js')).runCompare,
  )
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel());

  command(
    'config',
    'show the settings in effect here and where each comes from',
    ['digiraad config', 'DIGIRAAD_LANG=en digiraad config', 'digiraad config --cost-bands 26,200 --format json'],
    ['data', 'lang', 'costBands', 'mainThemes', 'highlightTag', 'out'],
    async () => (await import('./commands/config.js')).runConfig,
  ).addOption(format(['table', 'json']));

  command(
    'init',
    'create a data folder: empty registers, the same for Excel, and a README for whoever fills them in',
    ['digiraad init registers', 'digiraad init registers --lang en', 'digiraad init registers --force   # overwrite the files init writes'],
    ['lang'],
    async () => (await import('./commands/init.js')).runInit,
  )
    .argument('<dir>', 'the folder to create (or fill)')
    .option('--force', 'overwrite files that exist (without it, init writes nothing when any of its files exists: exit 3)');

  program
    .command('completion')
    .description('print a completion script for bash or zsh: commands, options and their values')
    .addHelpText(
      'before',
      examplesText([
        'source <(digiraad completion bash)                                       # this shell',
        'digiraad completion bash > ~/.local/share/bash-completion/completions/digiraad',
        'digiraad completion zsh > "${fpath[1]}/_digiraad"                         # then start a new zsh',
      ]),
    )
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action(async (shell: Shell) => (await import('./commands/completion.js')).runCompletion(io, shell, program));

  return program;
}
