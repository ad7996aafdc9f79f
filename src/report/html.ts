import type { ChartName } from '../charts/index.js';
import { COLORS, FONT } from '../charts/theme.js';
import type { ReportDocument } from './document.js';
import { escapeHtml as esc } from './escape.js';
import type { DataTable } from '../charts/index.js';

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:${FONT.replace(/"/g, "'")};font-size:1.0625rem;line-height:1.5;color:${COLORS.ink};background:${COLORS.background};overflow-wrap:break-word}
header,main,footer{max-width:62rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.75rem;line-height:1.2;font-weight:600;margin:1.5rem 0 .5rem}
h2{font-size:1.375rem;line-height:1.25;font-weight:600;margin:2.5rem 0 .75rem}
p{max-width:46rem}
.period{color:${COLORS.muted};margin:0 0 1rem}
.key{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.75rem;margin:0;padding:0}
.key div{border:1px solid #767676;border-radius:4px;padding:.5rem .75rem}
.key dt{color:${COLORS.muted};font-size:.9375rem}
.key dd{margin:0;font-size:1.375rem;font-weight:600;font-variant-numeric:tabular-nums}
figure{margin:0}
figure svg{display:block;width:100%;max-width:46rem;height:auto;margin:0 0 1rem}
figcaption{margin:0 0 .75rem;max-width:46rem}
.table-wrap{overflow-x:auto;margin:0 0 1rem;max-width:100%}
.table-wrap:focus-visible{outline:3px solid ${COLORS.primary};outline-offset:2px}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:0 0 .25rem}
th,td{padding:.25rem .75rem .25rem 0;border-bottom:1px solid #b3b3b3;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid ${COLORS.ink}}
th[scope=row]{font-weight:400}
.num{text-align:right}
a{color:${COLORS.primary}}
ul.files{padding-left:1.25rem}
footer{color:${COLORS.muted};font-size:.9375rem;margin-top:3rem;padding-bottom:2rem}
footer p{margin:.25rem 0}
h3{font-size:1.125rem;line-height:1.3;font-weight:600;margin:1.5rem 0 .25rem}
#table-projects{width:100%}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{
body{font-size:10.5pt;line-height:1.4}
header,main,footer{max-width:none;padding:0}
h1{margin-top:0}
h2{margin:1.25rem 0 .5rem;break-before:auto}
h1,h2,h3,caption,figcaption{break-after:avoid;break-inside:avoid}
h2+p,h3+p{break-before:avoid}
figure>svg{break-inside:avoid;break-after:avoid;max-width:100%;max-height:24cm}
.key div,tr{break-inside:avoid}
.table-wrap{overflow:visible;max-width:none}
thead{display:table-header-group}
#table-projects{font-size:8.5pt;table-layout:fixed}
#table-projects th,#table-projects td{padding:.15rem .4rem .15rem 0;overflow-wrap:anywhere;hyphens:auto}
#table-projects th:nth-child(1){width:30%}
#table-projects th:nth-child(2){width:27%}
#table-projects th:nth-child(3){width:29%}
#table-projects th:nth-child(4){width:6%}
#table-projects th:nth-child(5){width:8%}
a{color:inherit;text-decoration:none}
a[href]::after{content:none}
}
`;

/**
 * index.html: one self-contained page, no scripts, nothing fetched. Charts are inline SVG images
 * labelled by their heading and text alternative, in a figure captioned by that alternative and
 * followed by the table of its numbers.
 */
export function reportHtml(doc: ReportDocument, svgs: Record<ChartName, string>, fontCss: string): string {
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${fontCss}${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="period">${esc(doc.periodLine)}</p>`,
    `<p>${esc(doc.lead)}</p>`,
    '</header>',
    '<main>',
    '<section aria-labelledby="key-figures">',
    `<h2 id="key-figures">${esc(doc.keyFiguresTitle)}</h2>`,
    '<dl class="key">',
    ...doc.keyFigures.map((k) => `<div><dt>${esc(k.label)}</dt><dd>${esc(k.value)}</dd></div>`),
    '</dl>',
    ...doc.notes.map((note) => `<p>${esc(note)}</p>`),
    ...doc.highlights.map((text) => `<p>${esc(text)}</p>`),
    '</section>',
  );
  for (const chart of doc.charts) {
    const heading = `h-${chart.name}`;
    const caption = `alt-${chart.name}`;
    out.push(
      `<section aria-labelledby="${heading}">`,
      `<h2 id="${heading}">${esc(chart.title)}</h2>`,
      // The caption comes first (HTML allows it only first or last): it names the figure for
      // screen readers, and the chart (labelled by heading and caption) and its table follow it.
      `<figure id="figure-${chart.name}">`,
      `<figcaption id="${caption}">${esc(chart.alt)}</figcaption>`,
      svgs[chart.name],
      table(chart.table, `table-${chart.name}`),
      '</figure>',
      '</section>',
    );
  }
  out.push(
    '<section aria-labelledby="method">',
    `<h2 id="method">${esc(doc.method.title)}</h2>`,
    ...doc.method.items.flatMap((item) => [`<h3>${esc(item.title)}</h3>`, `<p>${esc(item.text)}</p>`]),
    '</section>',
    '<section aria-labelledby="projects">',
    `<h2 id="projects">${esc(doc.projects.title)}</h2>`,
    `<p>${esc(doc.projects.intro)}</p>`,
    table(doc.projects.table, 'table-projects'),
    '</section>',
    '<section aria-labelledby="files">',
    `<h2 id="files">${esc(doc.files.title)}</h2>`,
    `<p>${esc(doc.files.intro)}</p>`,
    '<ul class="files">',
    ...doc.files.names.map((name) => `<li><a href="${esc(name)}">${esc(name)}</a>${doc.files.notes[name] ? ` (${esc(doc.files.notes[name])})` : ''}</li>`),
    '</ul>',
    '</section>',
    '</main>',
    '<footer>',
    ...doc.footer.map((line) => `<p>${esc(line)}</p>`),
    '</footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}

/** A real table in a scrolling region, so that a wide table never widens the page (reflow at 320 px). */
function table(data: DataTable, id: string): string {
  const cls = (i: number) => (data.numeric[i] ? ' class="num"' : '');
  const head = data.head.map((h, i) => `<th scope="col"${cls(i)}>${esc(h)}</th>`).join('');
  const rows = data.rows.map(
    (row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row"${cls(i)}>${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`)).join('')}</tr>`,
  );
  return [
    `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">`,
    `<table id="${id}">`,
    `<caption id="${id}-caption">${esc(data.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}
