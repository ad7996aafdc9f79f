/** A GitHub-flavoured Markdown table; `right[i]` right-aligns column i (numbers). */
export function markdownTable(head: string[], rows: string[][], right: boolean[]): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(head), `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Text for a Markdown table cell or inline: register text cannot make a link, image, emphasis,
 * code, an HTML tag or entity, or a new cell. Line breaks become spaces. What cannot do harm
 * (`< 26`, `a & b`) stays as it is, so the Markdown stays readable as text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

/** Text for a Markdown paragraph: as escapeMarkdown, and it cannot start a heading, list or quote either. */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\s*)([#+=>-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
