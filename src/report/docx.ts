import type { ChartName } from '../charts/index.js';
import type { ReportDocument } from './document.js';
import { CATALOGUES, type ReportWords } from '../i18n/index.js';
import type { DataTable } from '../charts/index.js';

/** The width of text on an A4 page with Word's default margins (2.54 cm), in px at 96 to the inch. */
const TEXT_WIDTH_PX = 600;
/** The same in twips, on a portrait and on a landscape page. */
const TEXT_WIDTH_TWIPS = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1440 };

/**
 * Column widths in twips that share `total` by the longest text of each column, within bounds so
 * that no column starves, plus room for the cell margins.
 */
function columnWidths(data: DataTable, total: number): number[] {
  const weights = data.head.map((head, i) => 3 + Math.min(40, Math.max(6, head.length, ...data.rows.map((row) => row[i]!.length))));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((total * w) / sum));
}

/**
 * `rapport.docx`: the report as a Word document the secretariat can restyle with its own template
 * in one step. Only built-in styles (Title, Heading 1–2, Caption, Table Grid); every chart a PNG
 * with its text alternative as alt text, every number table right-aligned under a numbered
 * caption (SEQ fields), the project table on landscape pages. `date` is the only time it holds
 * (core properties and zip entries), so the same report gives the same bytes.
 */
export async function reportDocx(doc: ReportDocument, pngs: ReadonlyMap<ChartName, Uint8Array>, m: ReportWords, date: Date): Promise<Uint8Array> {
  // docx and fflate load here, for `digiraad report` only.
  const { AlignmentType, Document, HeadingLevel, ImageRun, PageOrientation, Packer, Paragraph, SimpleField, Table, TableCell, TableRow, TextRun, WidthType } =
    await import('docx');

  const counters = { figure: 0, table: 0 };
  const caption = (kind: 'figure' | 'table', text: string) => {
    const word = kind === 'figure' ? m.figureWord : m.tableWord;
    const number = String(++counters[kind]);
    return new Paragraph({
      style: 'Caption',
      keepNext: kind === 'table',
      children: [new TextRun(`${word} `), new SimpleField(`SEQ ${word} \\* ARABIC`, number), new TextRun(`${m.captionSeparator}${text}`)],
    });
  };
  const table = (data: DataTable, orientation: keyof typeof TEXT_WIDTH_TWIPS = 'portrait') =>
    new Table({
      style: 'TableGrid',
      width: { size: TEXT_WIDTH_TWIPS[orientation], type: WidthType.DXA },
      columnWidths: columnWidths(data, TEXT_WIDTH_TWIPS[orientation]),
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: data.head.map((text, i) => cell(text, data.numeric[i]!, true)),
        }),
        ...data.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, data.numeric[i]!, false)) })),
      ],
    });
  const cell = (text: string, numeric: boolean, bold: boolean) =>
    new TableCell({ children: [new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] })] });
  const heading = (text: string, level: 1 | 2) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
  const paragraph = (text: string) => new Paragraph({ text });

  const body = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    paragraph(doc.periodLine),
    paragraph(doc.lead),
    heading(doc.keyFiguresTitle, 1),
    caption('table', doc.keyFiguresTitle),
    table({ caption: doc.keyFiguresTitle, head: doc.keyFiguresHead, numeric: [false, true], rows: doc.keyFigures.map((k) => [k.label, k.value]) }),
    ...doc.notes.map(paragraph),
    ...doc.highlights.map(paragraph),
  ];
  for (const [index, chart] of doc.charts.entries()) {
    const png = pngs.get(chart.name);
    if (png === undefined) throw new Error(`no PNG of the chart ${chart.name}`);
    const size = pngSize(png);
    // The PNG is drawn at 2×: its CSS size is half, shrunk to the text width when wider.
    const scale = Math.min(1, TEXT_WIDTH_PX / (size.width / 2));
    body.push(
      heading(chart.title, 1),
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: Math.round((size.width / 2) * scale), height: Math.round((size.height / 2) * scale) },
            // A fixed id per image: docx otherwise numbers drawings with a counter shared by every document of the process.
            altText: { id: String(index + 1), name: chart.name, title: chart.title, description: chart.alt },
          }),
        ],
      }),
      caption('figure', chart.title),
      paragraph(chart.alt),
      caption('table', chart.table.caption),
      table(chart.table),
    );
  }
  body.push(heading(doc.method.title, 1), ...doc.method.items.flatMap((item) => [heading(item.title, 2), paragraph(item.text)]));

  const projects = [
    heading(doc.projects.title, 1),
    paragraph(doc.projects.intro),
    caption('table', doc.projects.table.caption),
    table(doc.projects.table, 'landscape'),
    ...doc.footer.map(paragraph),
  ];

  const file = new Document({
    title: doc.title,
    creator: 'digiraad',
    lastModifiedBy: 'digiraad',
    externalStyles: TABLE_GRID_STYLES,
    styles: { default: { document: { run: { language: { value: CATALOGUES[doc.lang].tag } }, paragraph: { spacing: { after: 120 } } } } },
    sections: [
      { children: body },
      // Five columns of names need the width of a landscape page.
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: projects },
    ],
  });
  return repeatable(await Packer.toBuffer(file), date);
}

/**
 * Word's own Table Grid style (a thin border on every cell), which docx does not define: a
 * template that has it restyles every table at once. docx adds its default styles beside it.
 */
const TABLE_GRID_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders></w:tblPr></w:style></w:styles>';

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * The same document gives the same bytes: docx stamps the core properties with the clock and the
 * zip entries with the time of packing. Both become `date`, the entries kept in docx's order.
 */
async function repeatable(packed: Uint8Array, date: Date): Promise<Uint8Array> {
  const { unzipSync, zipSync } = await import('fflate');
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // fflate writes the DOS time of an entry in local time: a Date whose local fields are the UTC ones
  // of `date`. DOS times start in 1980.
  const mtime =
    date.getUTCFullYear() < 1980
      ? new Date(1980, 0, 1)
      : new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  const entries = unzipSync(packed);
  const core = entries['docProps/core.xml'];
  if (core !== undefined) {
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, `$1${stamp}`);
    entries['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime }]])));
}
