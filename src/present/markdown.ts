/** A GitHub-flavoured Markdown table; `right[i]` right-aligns column i (numbers). */
export function markdownTable(head: string[], rows: string[][], right: boolean[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const line = (cells: string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(head), `|${right.map((r) => (r ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map(line)].join('\n');
}
