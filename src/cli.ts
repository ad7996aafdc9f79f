import { fileURLToPath } from 'node:url';
import { Argument, type Command, CommanderError, Option } from 'commander';
// esbuild inlines the file: the version has one home, package.json.
import packageJson from '../package.json' with { type: 'json' };
import { preferredLang, WordedCommand, wordedHelp } from './commands/commander-words.js';
import type { CommonOptions, Context } from './commands/context.js';
import { DigiraadError, EXIT, fileError, reasonOf } from './errors.js';
import { CATALOGUES, type Messages } from './i18n/index.js';
import { processIo, type Io } from './io.js';
import { configuredLang } from './load/config.js';
import { LANGS } from './model/lang.js';
import { SETTINGS, type Settings } from './model/settings.js';
import { DATA_VALUES, EXPLAIN_FORMATS, OUTPUT_FORMATS, SHELLS, type DataValues, type Shell } from './present/choices.js';

// The shipped registers: data/ beside dist/ (and beside src/ when tests run the sources).
const SHIPPED_DATA = fileURLToPath(new URL('../data', import.meta.url));

// The worker thread that reads the tail of recommendations.csv runs the bundle too: its entry.
export { readTail } from './commands/tail-worker.js';

type Action<O> = (ctx: Context, options: O, args: string[]) => Promise<void>;

/** Runs digiraad with `argv` (as process.argv) and returns the exit code; never throws. */
export async function main(argv: string[], givenIo?: Io): Promise<number> {
  let io: Io;
  try {
    io = givenIo ?? guardedProcessIo(argv);
  } catch (error) {
    // process.cwd() fails when the working folder was deleted under the shell.
    const fallback: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: '/' };
    return exitCodeOf(
      fileError({ kind: 'no-working-folder', reason: reasonOf(error) }),
      fallback,
      CATALOGUES[preferredLang(argv.slice(2), process.env, () => undefined)],
    );
  }
  const t = CATALOGUES[preferredLang(argv.slice(2), io.env, () => configuredLang(io.cwd))];
  const program = buildProgram(io, t);
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    return await exitCodeOf(error, io, t);
  }
}

/**
 * The process's streams, with stdout guarded: a reader that went away (`digiraad … | head`)
 * ends the run quietly with exit code 0, as `cat` does; any other write error (a full disk) is
 * said on stderr, exit code 3. Without this, the stream's error event would crash the process.
 */
function guardedProcessIo(argv: string[]): Io {
  const io = processIo();
  // Blocking writes, as cat makes them: a pipe to a slow reader (validate's problems, written as
  // they are found) then holds the run back instead of queueing the output in memory.
  for (const stream of [process.stdout, process.stderr])
    (stream as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    const t = CATALOGUES[preferredLang(argv.slice(2), io.env, () => configuredLang(io.cwd))];
    process.stderr.write(`digiraad: ${fileError({ kind: 'stdout-failed', reason: reasonOf(error) }).text(t)}\n`);
    process.exit(EXIT.io);
  });
  return io;
}

async function exitCodeOf(error: unknown, io: Io, t: Messages): Promise<number> {
  if (error instanceof CommanderError) {
    // Help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DigiraadError) {
    if (!error.alreadyShown) {
      // Within a terminal's width, continuation lines indented under the message.
      const { loadLayout, wrapText } = await import('./present/display.js');
      const width = io.stderr.isTTY ? io.stderr.columns || 80 : undefined;
      if (width !== undefined) await loadLayout();
      io.stderr.write(`${wrapText(`digiraad: ${error.text(t)}`, width, '  ')}\n`);
    }
    return error.exitCode;
  }
  io.stderr.write(`digiraad: ${t.cli.internalError((error as Error).stack ?? String(error))}\n`);
  return EXIT.internal;
}

type OptionWords = Messages['cli']['options'];

/** A setting's flag, as its declaration in SETTINGS says (its help text is the catalogue's `cli.options[option]`). */
const settingOption = (key: keyof Settings) => (o: OptionWords) => {
  const { flag, argument, option } = SETTINGS[key];
  return new Option(`--${flag}${argument ? ` <${argument}>` : ''}`, o[option as keyof OptionWords]);
};

/** Every option a command may take, each made fresh for the command that adds it. */
const OPTIONS = {
  data: settingOption('data'),
  asOf: (o) => new Option('--as-of <date>', o.asOf),
  since: (o) => new Option('--since <date>', o.since),
  report: (o) => new Option('--report <year>', o.report),
  // Variadic: `--report 2018 --report 2019` and `--report 2018 2019` both collect ['2018', '2019'].
  asOfEach: (o) => new Option('--as-of <date...>', o.asOfEach),
  sinceEach: (o) => new Option('--since <date...>', o.sinceEach),
  reportEach: (o) => new Option('--report <year...>', o.reportEach),
  lang: (o) => settingOption('lang')(o).choices(LANGS),
  encoding: (o) => new Option('--encoding <encoding>', o.encoding).default('auto'),
  maxErrors: (o) => new Option('--max-errors <n>', o.maxErrors),
  costBands: settingOption('costBandEdges'),
  mainThemes: settingOption('mainThemes'),
  highlightTag: settingOption('highlightTag'),
  out: settingOption('out'),
  excel: (o) => new Option('--excel', o.excel),
  quiet: settingOption('quiet'),
  wide: (o) => new Option('--wide', o.wide),
  output: (o) => new Option('--output <file>', o.output),
} satisfies Record<string, (o: OptionWords) => Option>;
type OptionName = keyof typeof OPTIONS;

/** What every command that counts takes (docs/contract.md §3), in the order --help lists it. */
const COMMON: OptionName[] = ['data', 'asOf', 'since', 'report', 'lang', 'encoding', 'maxErrors', 'quiet', 'costBands', 'mainThemes', 'highlightTag'];

/** An example command line, and what it does (a key of the catalogue's `cli.example`). */
type Example = [command: string, comment?: keyof Messages['cli']['example']];

function buildProgram(io: Io, t: Messages): Command {
  const { options: o } = t.cli;
  const format = (choices: readonly string[]) => new Option('--format <format>', o.format).choices(choices).default('table');
  // The comments line up one column after the longest command.
  const examplesText = (examples: Example[]) => {
    const width = Math.max(...examples.filter(([, comment]) => comment).map(([command]) => command.length));
    const lines = examples.map(([command, comment]) => `  $ ${comment ? `${command.padEnd(width)} # ${t.cli.example[comment]}` : command}`);
    return `${t.cli.examples}\n${lines.join('\n')}\n`;
  };

  const program = new WordedCommand('digiraad', t)
    .description(t.cli.description)
    .version(packageJson.version, '-V, --version', o.version)
    .helpOption('-h, --help', o.help)
    .helpCommand('help [command]', o.helpCommand)
    .configureHelp(wordedHelp(t))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText(
      'before',
      examplesText([
        ['digiraad stats', 'latest'],
        ['digiraad projects --report 2019 --in-period', 'reportProjects'],
        ['digiraad compare', 'compareLatest'],
        ['digiraad explain totals.costMnok', 'explainFigure'],
        ['digiraad validate --data ~/registers', 'validateFirst'],
        ['digiraad init ~/registers', 'initOwn'],
      ]),
    )
    .addHelpText('after', t.cli.footer);

  /** A command (its subcommands inherit exitOverride and the output), its action imported when it runs. */
  const command = <O extends Omit<CommonOptions, 'asOf' | 'since' | 'report'>>(
    name: keyof Messages['cli']['commands'],
    examples: Example[],
    options: OptionName[],
    load: () => Promise<Action<O>>,
  ) => {
    const cmd = program.command(name).description(t.cli.commands[name]).addHelpText('before', examplesText(examples));
    for (const option of options) cmd.addOption(OPTIONS[option](o));
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
    [
      ['digiraad stats'],
      ['digiraad stats --report 2018'],
      ['digiraad stats --format json --report 2019 > figures.json'],
      ['digiraad stats --as-of 2019-06-30 --lang en'],
    ],
    COMMON,
    async () => (await import('./commands/stats.js')).runStats,
  )
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel(o))
    .addOption(OPTIONS.wide(o))
    .addOption(OPTIONS.output(o));

  command(
    'validate',
    [['digiraad validate'], ['digiraad validate --data ~/Downloads/registers'], ['digiraad validate --format json | jq .errors']],
    COMMON,
    async () => (await import('./commands/validate.js')).runValidate,
  )
    .addOption(new Option('--format <format>', o.format).choices(['text', 'json', 'github']).default('text'))
    .addOption(OPTIONS.wide(o));

  command(
    'report',
    [
      ['digiraad report'],
      ['digiraad report --report 2018 --out site/2018'],
      ['digiraad report --check'],
      ['digiraad report --check --all'],
      ['digiraad report --pdf --browser /usr/bin/chromium'],
    ],
    [...COMMON, 'out'],
    async () => (await import('./commands/report.js')).runReport,
  )
    .option('--check', o.check)
    .option('--all', o.all)
    .option('--pdf', o.pdf)
    .option('--browser <path>', o.browser);

  command(
    'projects',
    [
      ['digiraad projects'],
      ['digiraad projects --report 2019 --in-period', 'newIn2019'],
      ['digiraad projects --agency skatteetaten --lang en'],
      ['digiraad projects --min-cost 200 --programme', 'largeProgrammes'],
      ['digiraad projects --year 2018 --format csv --excel > prosjekter-2018.csv'],
      ['digiraad projects --ministry helse --format json | jq ".[].name"'],
    ],
    COMMON,
    async () => (await import('./commands/projects.js')).runProjects,
  )
    .option('--year <year>', o.year)
    .option('--ministry <text>', o.ministry)
    .option('--agency <text>', o.agency)
    .option('--min-cost <mnok>', o.minCost)
    .option('--max-cost <mnok>', o.maxCost)
    .option('--programme', o.programme)
    .option('--no-programme', o.noProgramme)
    .option('--shared-solution', o.sharedSolution)
    .option('--no-shared-solution', o.noSharedSolution)
    .option('--in-period', o.inPeriod)
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel(o))
    .addOption(OPTIONS.wide(o))
    .addOption(OPTIONS.output(o));

  command(
    'compare',
    [
      ['digiraad compare', 'compareLatest'],
      ['digiraad compare --report 2017 --report 2019'],
      ['digiraad compare --report 2019', 'against'],
      ['digiraad compare --as-of 2019-04-30 --as-of 2019-10-31'],
      ['digiraad compare --report 2018 --report 2019 --format csv --excel > endring.csv'],
    ],
    ['data', 'asOfEach', 'sinceEach', 'reportEach', 'lang', 'encoding', 'maxErrors', 'quiet', 'costBands', 'mainThemes', 'highlightTag'],
    async () => (await import('./commands/compare.js')).runCompare,
  )
    .addOption(format(OUTPUT_FORMATS))
    .addOption(OPTIONS.excel(o))
    .addOption(OPTIONS.wide(o))
    .addOption(OPTIONS.output(o));

  command(
    'explain',
    [
      ['digiraad explain totals.costMnok'],
      ['digiraad explain costBands.over-200.count --report 2018'],
      ['digiraad explain tags.kommunikasjon.byYear.2019.count --lang en'],
      ['digiraad explain projects.inPeriod --format csv > nye-prosjekter.csv'],
      ['digiraad explain totals.costMnok --format xlsx --output kostnad.xlsx'],
      ['digiraad explain mainThemes.share --format json | jq ".rows[] | select(.included)"'],
    ],
    COMMON,
    async () => (await import('./commands/explain.js')).runExplain,
  )
    .argument('<figure>', t.cli.arguments.figure)
    .addOption(format(EXPLAIN_FORMATS))
    .addOption(OPTIONS.excel(o))
    .addOption(OPTIONS.wide(o))
    .option('--all', o.allRows)
    .addOption(OPTIONS.output(o));

  command(
    'config',
    [['digiraad config'], ['DIGIRAAD_LANG=en digiraad config'], ['digiraad config --cost-bands 26,200 --format json']],
    ['data', 'lang', 'quiet', 'costBands', 'mainThemes', 'highlightTag', 'out'],
    async () => (await import('./commands/config.js')).runConfig,
  )
    .addOption(format(['table', 'json']))
    .addOption(OPTIONS.wide(o));

  command(
    'init',
    [['digiraad init registers'], ['digiraad init registers --lang en'], ['digiraad init registers --force', 'initForce']],
    ['lang'],
    async () => (await import('./commands/init.js')).runInit,
  )
    .argument('<dir>', t.cli.arguments.dir)
    .option('--force', o.force);

  program
    .command('completion')
    .description(t.cli.commands.completion)
    .addHelpText(
      'before',
      examplesText([
        ['source <(digiraad completion bash)', 'thisShell'],
        ['digiraad completion bash > ~/.local/share/bash-completion/completions/digiraad'],
        // biome-ignore lint/suspicious/noTemplateCurlyInString: zsh's ${fpath[1]}, shown to the user as it is typed
        ['digiraad completion zsh > "${fpath[1]}/_digiraad"', 'newZsh'],
      ]),
    )
    .addArgument(new Argument('<shell>', t.cli.arguments.shell).choices(SHELLS))
    .action(async (shell: Shell) => (await import('./commands/completion.js')).runCompletion(io, shell, program));

  // What the completion scripts ask for as the user types: values only the data folder knows.
  program
    .command('__complete', { hidden: true })
    .addArgument(new Argument('<kind>').choices(DATA_VALUES))
    .addOption(OPTIONS.data(o))
    .action(async (kind: DataValues, options: { data?: string }) => {
      const [{ makeContext }, { runValues }] = await Promise.all([import('./commands/context.js'), import('./commands/values.js')]);
      // A broken configuration file gives no values, and no error in the middle of the user's command line.
      const ctx = await makeContext(io, options, SHIPPED_DATA).catch(() => null);
      if (ctx) await runValues(ctx, kind);
    });

  return program;
}
