import type { DataValues, Shell } from './choices.js';

/** What a shell needs to know about a value: the words it may be, that it names a folder, or what of the data folder it is. */
export interface ValueSpec {
  name: string;
  choices?: readonly string[];
  directory?: boolean;
  /** Asked of `digiraad __complete` as the user types, from the data folder in effect (--data, or the settings). */
  data?: DataValues;
}

export interface OptionSpec {
  /** `-h`, `--help`: every spelling of the option. */
  flags: string[];
  description: string;
  /** null for a switch. */
  value: ValueSpec | null;
  /** May be given more than once. */
  repeatable: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Its positional argument, if it takes one. */
  argument: ValueSpec | null;
}

/** A program as a shell completes it: its own options (--help, --version) and its commands. */
export interface ProgramSpec {
  name: string;
  options: OptionSpec[];
  commands: CommandSpec[];
}

export function completionScript(shell: Shell, program: ProgramSpec): string {
  return { bash: bashScript, zsh: zshScript, fish: fishScript }[shell](program);
}

const words = (list: readonly string[]) => list.join(' ');
const fn = (program: ProgramSpec) => `_${program.name.replace(/[^A-Za-z0-9_]/g, '_')}`;

function bashScript(program: ProgramSpec): string {
  const flagsOf = (options: OptionSpec[]) => words(options.flatMap((o) => o.flags));
  // Right after an option that takes a value: its choices, folders, values of the data folder, or nothing (a date, a number).
  const afterOption = (o: OptionSpec) => {
    const value = o.value!;
    const action = value.directory
      ? `${fn(program)}_dirs; return`
      : value.data
        ? `${fn(program)}_data ${value.data}; return`
        : value.choices
          ? `words="${words(value.choices)}"`
          : 'return';
    return `        ${o.flags.join('|')}) ${action} ;;`;
  };
  // Anywhere else: the options, or the positional argument when the word does not start with -.
  const elsewhere = ({ options, argument }: CommandSpec) => {
    const offerOptions = `words="${flagsOf(options)}"`;
    if (argument === null || (!argument.directory && !argument.data && !argument.choices)) return offerOptions;
    const offerArgument = argument.directory
      ? `${fn(program)}_dirs; return`
      : argument.data
        ? `${fn(program)}_data ${argument.data}; return`
        : `words="${words(argument.choices!)}"`;
    return `if [[ $cur == -* ]]; then ${offerOptions}; else ${offerArgument}; fi`;
  };
  const commandCase = (c: CommandSpec) =>
    [
      `    ${c.name})`,
      '      case $prev in',
      ...c.options.filter((o) => o.value !== null).map(afterOption),
      `        *) ${elsewhere(c)} ;;`,
      '      esac ;;',
    ].join('\n');
  return `# bash completion for ${program.name}
# Load it in this shell:  source <(${program.name} completion bash)
# Load it in every shell: ${program.name} completion bash > ~/.local/share/bash-completion/completions/${program.name}
# Folders, one per line, so that a name with spaces stays one word (readline quotes it).
${fn(program)}_dirs() {
  local IFS=$'\\n'
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -d -- "$cur"))
}
# Report years, tags or figure paths of the data folder the command line names with --data (else the settings').
${fn(program)}_data() {
  local i data=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    # The word as typed, with a backslash before each space: the folder has the space.
    [[ \${COMP_WORDS[i]} == --data ]] && data=(--data "\${COMP_WORDS[i+1]//\\\\ / }")
  done
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(${program.name} __complete "$1" "\${data[@]}" 2>/dev/null)" -- "$cur"))
}
${fn(program)}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} words
  if (( COMP_CWORD == 1 )); then
    COMPREPLY=($(compgen -W "${words(program.commands.map((c) => c.name))} ${flagsOf(program.options)}" -- "$cur"))
    return
  fi
  case \${COMP_WORDS[1]} in
${program.commands.map(commandCase).join('\n')}
    *) return ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F ${fn(program)} ${program.name}
`;
}

function zshScript(program: ProgramSpec): string {
  // Inside '…' an apostrophe ends the quote; inside […] a bracket ends the description.
  const quote = (text: string) => text.replace(/'/g, `'\\''`);
  const described = (text: string) => quote(text.replace(/([[\]\\])/g, '\\$1'));
  const valueAction = (value: ValueSpec) =>
    value.directory ? '_files -/' : value.data ? `{${fn(program)}_data ${value.data}}` : value.choices ? `(${words(value.choices)})` : ' ';
  // `exclusion`: the options that may not follow this one; by default its other spellings.
  const optionSpec = (o: OptionSpec, exclusion = o.flags.length > 1 ? o.flags.join(' ') : '') => {
    const names = o.flags.length > 1 ? `{${o.flags.join(',')}}` : o.flags[0];
    const prefix = `${exclusion ? `(${exclusion})` : ''}${o.repeatable ? '*' : ''}`;
    return `${prefix ? `'${prefix}'` : ''}${names}'[${described(o.description)}]${o.value ? `:${o.value.name}:${valueAction(o.value)}` : ''}'`;
  };
  const commandCase = (c: CommandSpec) => {
    const specs = [...c.options.map((o) => optionSpec(o)), ...(c.argument ? [`':${c.argument.name}:${valueAction(c.argument)}'`] : [])];
    return `        ${c.name})\n          _arguments \\\n            ${specs.join(' \\\n            ')} ;;`;
  };
  return `#compdef ${program.name}
# zsh completion for ${program.name}
# Load it in this shell:  source <(${program.name} completion zsh)
# Load it in every shell: ${program.name} completion zsh > "\${fpath[1]}/_${program.name}"
# Report years, tags or figure paths of the data folder the command line names with --data (else the settings').
${fn(program)}_data() {
  local -a values data
  [[ -n \${opt_args[--data]} ]] && data=(--data \${(Q)opt_args[--data]})
  values=(\${(f)"$(${program.name} __complete $1 $data 2>/dev/null)"})
  compadd -a values
}
${fn(program)}() {
  local curcontext=$curcontext state line
  typeset -A opt_args
  _arguments -C \\
    ${program.options.map((o) => optionSpec(o, '- *')).join(' \\\n    ')} \\
    '1: :->command' \\
    '*:: :->argument'
  case $state in
    command)
      local -a commands=(
${program.commands.map((c) => `        '${quote(c.name)}:${quote(c.description)}'`).join('\n')}
      )
      _describe -t commands '${program.name} command' commands ;;
    argument)
      case $line[1] in
${program.commands.map(commandCase).join('\n')}
      esac ;;
  esac
}
# Autoloaded from $fpath the file is the function's body; sourced, it registers the function.
if [[ $funcstack[1] == ${fn(program)} ]]; then
  ${fn(program)} "$@"
else
  compdef ${fn(program)} ${program.name}
fi
`;
}

function fishScript(program: ProgramSpec): string {
  const name = program.name;
  // Inside '…' fish ends the quote at an apostrophe; a backslash escapes it.
  const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const flagArgs = (o: OptionSpec) => o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
  const valueArgs = (value: ValueSpec | null) => {
    if (value === null) return '';
    if (value.directory) return ` -r -f -a '(__fish_complete_directories)'`;
    if (value.data) return ` -r -f -a '(__${name}_data ${value.data})'`;
    return value.choices ? ` -r -f -a ${quote(words(value.choices))}` : ' -r -f';
  };
  const option = (condition: string) => (o: OptionSpec) =>
    `complete -c ${name} -n ${quote(condition)} ${flagArgs(o)}${valueArgs(o.value)} -d ${quote(o.description)}`;
  const lines = [
    `# fish completion for ${name}`,
    `# Load it in this shell:  ${name} completion fish | source`,
    `# Load it in every shell: ${name} completion fish > ~/.config/fish/completions/${name}.fish`,
    '',
    "# Report years, tags or figure paths of the data folder the command line names with --data (else the settings').",
    `function __${name}_data`,
    '    set -l tokens (commandline -opc)',
    '    set -l data',
    '    set -l i (contains -i -- --data $tokens)',
    '    and set data --data $tokens[(math $i + 1)]',
    `    ${name} __complete $argv[1] $data 2>/dev/null`,
    'end',
    '',
    `complete -c ${name} -f`,
    ...program.commands.map((c) => `complete -c ${name} -n __fish_use_subcommand -a ${c.name} -d ${quote(c.description)}`),
    ...program.options.map(option('__fish_use_subcommand')),
  ];
  for (const c of program.commands) {
    const condition = `__fish_seen_subcommand_from ${c.name}`;
    lines.push('', ...c.options.map(option(condition)));
    if (c.argument) lines.push(`complete -c ${name} -n ${quote(condition)}${valueArgs(c.argument).replace(' -r', '')}`);
  }
  return `${lines.join('\n')}\n`;
}
