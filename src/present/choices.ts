/** The fixed vocabularies of options, small enough to load with the command line itself. */

/** `--format` of the commands that print figures or tables. */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `--format` of explain: the rows behind one figure have no Markdown form. */
export const EXPLAIN_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

/** The shells `digiraad completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** `--encoding`: how the registers are decoded (auto: UTF-8, or Windows-1252 when the bytes are not UTF-8). */
export const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;

/** What the hidden `digiraad __complete` lists from the data folder, for the shell's completion: report years, tags, explain's figure paths. */
export const DATA_VALUES = ['reports', 'tags', 'figures'] as const;
export type DataValues = (typeof DATA_VALUES)[number];
