import type { ReportDocument } from './document.js';
import { escapeMarkdownBlock as md, markdownTable } from '../present/markdown.js';
import type { DataTable } from '../charts/index.js';

/** report.md: the page's content in GitHub-flavoured Markdown, charts linked as SVG images. */
export function reportMarkdown(doc: ReportDocument): string {
  const blocks: string[] = [`# ${md(doc.title)}`, md(doc.periodLine), md(doc.lead), `## ${md(doc.keyFiguresTitle)}`];
  blocks.push(table({ caption: doc.keyFiguresTitle, head: doc.keyFiguresHead, numeric: [false, true], rows: doc.keyFigures.map((k) => [k.label, k.value]) }));
  blocks.push(...doc.notes.map(md), ...doc.highlights.map(md));
  for (const chart of doc.charts) {
    blocks.push(`## ${md(chart.title)}`, `![${md(chart.alt)}](${chart.name}.svg)`, md(chart.alt), table(chart.table));
  }
  blocks.push(`## ${md(doc.method.title)}`, ...doc.method.items.flatMap((item) => [`### ${md(item.title)}`, md(item.text)]));
  blocks.push(`## ${md(doc.projects.title)}`, md(doc.projects.intro), table(doc.projects.table));
  blocks.push(
    `## ${md(doc.files.title)}`,
    md(doc.files.intro),
    doc.files.names.map((name) => `- [${md(name)}](${name})${doc.files.notes[name] ? ` (${md(doc.files.notes[name])})` : ''}`).join('\n'),
  );
  blocks.push('---', doc.footer.map(md).join(' '));
  return `${blocks.join('\n\n')}\n`;
}

const table = (data: DataTable) => markdownTable(data.head, data.rows, data.numeric);
