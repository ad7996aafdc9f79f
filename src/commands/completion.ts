import type { Argument, Command, Option } from 'commander';
import type { Io } from '../io.js';
import { THEME_IDS } from '../model/themes.js';
import { ENCODINGS, type Shell } from '../present/choices.js';
import { completionScript, type OptionSpec, type ProgramSpec, type ValueSpec } from '../present/completion-scripts.js';

/** Prints the completion script for `shell`, made from the program's own commands and options. */
export function runCompletion(io: Io, shell: Shell, program: Command): void {
  io.stdout.write(completionScript(shell, programSpec(program)));
}

/** The commands and options as --help lists them, so that the script never disagrees with the help. */
function programSpec(program: Command): ProgramSpec {
  const help = program.createHelp();
  const commands = help.visibleCommands(program);
  const commandNames = commands.map((c) => c.name());
  const argument = (a: Argument | undefined): ValueSpec | null =>
    // `help [command]` takes a command name.
    a === undefined ? null : { ...valueSpec(a.name(), a.name() === 'command' ? commandNames : a.argChoices), ...KNOWN_VALUES[a.name()] };
  return {
    name: program.name(),
    options: help.visibleOptions(program).map(optionSpec),
    commands: commands.map((c) => ({
      name: c.name(),
      description: c.description(),
      options: help.visibleOptions(c).map(optionSpec),
      argument: argument(c.registeredArguments[0]),
    })),
  };
}

function optionSpec(option: Option): OptionSpec {
  const placeholder = /[<[]([^>\].]+)(?:\.\.\.)?[>\]]/.exec(option.flags)?.[1];
  return {
    flags: [option.short, option.long].filter((f): f is string => f !== undefined),
    description: option.description,
    value: placeholder === undefined ? null : { ...valueSpec(placeholder, option.argChoices), ...KNOWN_VALUES[option.long ?? ''] },
    repeatable: option.variadic,
  };
}

/** Values the tool knows beyond commander's choices, by option or argument name: fixed lists, and what the data folder holds. */
const KNOWN_VALUES: Record<string, Partial<ValueSpec>> = {
  '--report': { data: 'reports' },
  '--highlight-tag': { data: 'tags' },
  '--encoding': { choices: ENCODINGS },
  '--main-themes': { choices: THEME_IDS },
  // explain's <figure>.
  figure: { data: 'figures' },
};

// A value named `dir` is a folder: the shell offers folders for it.
const valueSpec = (name: string, choices: readonly string[] | undefined): ValueSpec => ({
  name,
  ...(choices ? { choices } : {}),
  ...(name === 'dir' ? { directory: true } : {}),
});
