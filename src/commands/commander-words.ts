import { Command, Help, type Argument, type ErrorOptions, type Option } from 'commander';
import type { Messages } from '../i18n/index.js';
import { LANGS, type Lang } from '../model/lang.js';

/**
 * The language of the words digiraad prints, known before commander parses so that its help and
 * errors speak it too: `--lang`, then DIGIRAAD_LANG, then `lang` in digiraad.config.json, then nb
 * (the order of the settings). A value that is not a language is ignored here and refused later.
 */
export function preferredLang(args: readonly string[], env: NodeJS.ProcessEnv, configured: () => unknown): Lang {
  const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  for (let i = end - 1; i >= 0; i--) {
    const arg = args[i]!;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  if (isLang(env.DIGIRAAD_LANG)) return env.DIGIRAAD_LANG;
  const fromFile = configured();
  return isLang(fromFile) ? fromFile : 'nb';
}

/** A commander Command whose own errors (unknown option, missing argument, …) are worded in `t`. */
export class WordedCommand extends Command {
  constructor(
    name: string | undefined,
    private readonly t: Messages,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new WordedCommand(name, this.t);
  }

  override error(message: string, options?: ErrorOptions): never {
    return super.error(commanderError(message, options?.code, this.t), options);
  }
}

/**
 * commander's error `message` worded again from what it names. commander words its errors in
 * English only, so the parts are read back from its (pinned) wording; an error not matched here
 * keeps commander's words.
 */
export function commanderError(message: string, code: string | undefined, t: Messages): string {
  const w = t.cli.errors;
  const suggested = (rest: string | undefined) => (rest === undefined ? '' : `\n${w.didYouMean(rest.split(', '))}`);
  const patterns: Record<string, [RegExp, (m: string[]) => string][]> = {
    'commander.unknownOption': [
      [/^error: unknown option '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, ([flag, rest]) => w.unknownOption(flag!) + suggested(rest)],
    ],
    'commander.unknownCommand': [
      [/^error: unknown command '(.*)'(?:\n\(Did you mean (?:one of )?(.*)\?\))?$/s, ([name, rest]) => w.unknownCommand(name!) + suggested(rest)],
    ],
    'commander.missingArgument': [[/^error: missing required argument '(.*)'$/, ([name]) => w.missingArgument(name!)]],
    'commander.optionMissingArgument': [[/^error: option '(.*)' argument missing$/, ([flags]) => w.optionMissingArgument(flags!)]],
    'commander.invalidArgument': [
      [
        /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s,
        ([flags, value, choices]) => w.invalidOption(flags!, value!, choices!),
      ],
      [
        /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/s,
        ([value, name, choices]) => w.invalidArgument(name!, value!, choices!),
      ],
    ],
    'commander.excessArguments': [
      [
        /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
        ([command, expected, got]) => w.excessArguments(command ?? '', Number(expected), Number(got)),
      ],
    ],
  };
  for (const [pattern, word] of patterns[code ?? ''] ?? []) {
    const match = pattern.exec(message);
    if (match) return word(match.slice(1));
  }
  return message;
}

/** commander's help in `t`: the headings, `[options]` and `[command]`, and the choices and defaults of each option. */
export function wordedHelp(t: Messages): Partial<Help> {
  const h = t.cli.help;
  const usageWords = (usage: string) =>
    usage
      .split(' ')
      .map((word) => (word === '[options]' ? h.options : word === '[command]' ? h.command : word))
      .join(' ');
  const described = (description: string, choices: readonly string[] | undefined, shownDefault: string | undefined) => {
    const extra = [
      ...(choices ? [h.choices(choices.map((c) => JSON.stringify(c)).join(', '))] : []),
      ...(shownDefault === undefined ? [] : [h.default(shownDefault)]),
    ];
    return extra.length === 0 ? description : `${description} (${extra.join(', ')})`.trimStart();
  };
  const defaultOf = (value: unknown, description: string | undefined) => (value === undefined ? undefined : (description ?? JSON.stringify(value)));
  return {
    styleTitle: (title: string) => h.titles[title] ?? title,
    commandUsage(this: Help, cmd: Command) {
      return usageWords(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return usageWords(Help.prototype.subcommandTerm.call(this, cmd));
    },
    // As commander does: a default is shown for options that take a value, not for flags.
    optionDescription: (option: Option) =>
      described(
        option.description,
        option.argChoices,
        option.required || option.optional ? defaultOf(option.defaultValue, option.defaultValueDescription) : undefined,
      ),
    argumentDescription: (argument: Argument) =>
      described(argument.description, argument.argChoices, defaultOf(argument.defaultValue, argument.defaultValueDescription)),
  };
}
