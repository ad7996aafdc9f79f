import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../src/model/figures.js';
import { runCli, tempDir } from '../support/cli.js';
import { REPO } from '../support/report.js';

// rapport.docx read back as Word would: the zip's parts, and the paragraphs, drawings and tables
// of word/document.xml.

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');

interface Paragraph {
  style: string | null;
  text: string;
  xml: string;
}

/** The top-level paragraphs of the body (not those in table cells), in order. */
function paragraphs(documentXml: string): Paragraph[] {
  const body = documentXml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '');
  return [...body.matchAll(/<w:p(?: [^>]*)?>(.*?)<\/w:p>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1]!)?.[1] ?? null,
    text: textOf(m[1]!),
    xml: m[1]!,
  }));
}

interface Cell {
  text: string;
  right: boolean;
}

function tables(documentXml: string): { style: string | null; rows: Cell[][]; headerRepeats: boolean }[] {
  return [...documentXml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((t) => ({
    style: /<w:tblStyle w:val="([^"]+)"\/>/.exec(t[1]!)?.[1] ?? null,
    headerRepeats: /<w:tr>\s*<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/s.test(t[1]!),
    rows: [...t[1]!.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((r) =>
      [...r[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => ({ text: textOf(c[1]!), right: c[1]!.includes('<w:jc w:val="right"/>') })),
    ),
  }));
}

/** The DOS date and time of the first entry's local header, as YYYY-MM-DD hh:mm:ss. */
function firstEntryTime(zip: Uint8Array): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const time = view.getUint16(10, true);
  const date = view.getUint16(12, true);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
}

describe('rapport.docx', () => {
  let folder: string;
  let docx: Uint8Array;
  let parts: Record<string, Uint8Array>;
  let documentXml: string;
  let figures: Figures;

  beforeAll(async () => {
    const cwd = tempDir();
    const run = await runCli(['report', '--out', 'r'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    folder = join(cwd, 'r');
    docx = readFileSync(join(folder, 'rapport.docx'));
    parts = unzipSync(docx);
    documentXml = new TextDecoder().decode(parts['word/document.xml']);
    figures = JSON.parse(readFileSync(join(folder, 'figures.json'), 'utf8'));
  }, 60_000);

  it('has a title, the period, and a heading for every section in Word’s built-in styles', () => {
    const ps = paragraphs(documentXml);
    expect(ps[0]).toMatchObject({ style: 'Title', text: 'Digitaliseringsrådet – tall og figurer 2019' });
    expect(ps[1]!.text).toBe('Per 31.10.2019 · perioden 24.10.2018–31.10.2019');
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Nøkkeltall',
      'Hvor store er prosjektene?',
      'Spørsmål og anbefalinger per tema',
      'Anbefalinger om tydelig ledelse og kommunikasjon',
      'Nye prosjekter per år',
      'Prosjekter per departement',
      'Anbefalinger om hovedtemaene',
      'Slik har vi talt',
      'Prosjektene vi har behandlet',
    ]);
    expect(ps.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Perioden',
      'Prosjekter og nye behandlinger',
      'Holdt utenfor de samlede anslagene',
      'Størrelsesgrupper',
      'Temaer og stikkord',
    ]);
    const styles = new Set(ps.map((p) => p.style).filter((s) => s !== null));
    expect([...styles].sort()).toEqual(['Caption', 'Heading1', 'Heading2', 'Title']);
  });

  it('sets the document language, and defines Table Grid for every table', () => {
    const styles = new TextDecoder().decode(parts['word/styles.xml']);
    expect(styles).toContain('<w:lang w:val="nb-NO"/>');
    expect(styles).toContain('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>');
    expect(tables(documentXml).map((t) => t.style)).toEqual(Array(8).fill('TableGrid'));
  });

  it('shows every chart as its PNG, with the text alternative as alt text', () => {
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    const alts = [...html.matchAll(/<figcaption id="alt-([^"]+)">([^<]*)<\/figcaption>/g)].map((m) => ({ name: m[1]!, alt: unescapeXml(m[2]!) }));
    expect(alts).toHaveLength(6);
    const drawings = [...documentXml.matchAll(/<wp:docPr id="(\d+)" name="([^"]*)" descr="([^"]*)"/g)].map((m) => ({
      id: m[1],
      name: m[2]!,
      alt: unescapeXml(m[3]!),
    }));
    expect(drawings.map((d) => ({ name: d.name, alt: d.alt }))).toEqual(alts);
    expect(drawings.map((d) => d.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const media = Object.keys(parts)
      .filter((name) => name.startsWith('word/media/'))
      .sort();
    expect(media).toHaveLength(6);
    const pngs = new Set(alts.map((a) => readFileSync(join(folder, `${a.name}.png`)).toString('base64')));
    for (const name of media) expect(pngs.has(Buffer.from(parts[name]!).toString('base64')), name).toBe(true);
  });

  it('numbers figures and tables with SEQ fields under Caption-style captions', () => {
    const captions = paragraphs(documentXml).filter((p) => p.style === 'Caption');
    const seq = (word: string) => captions.filter((p) => p.xml.includes(`w:instr="SEQ ${word} \\* ARABIC"`)).map((p) => p.text);
    expect(seq('Figur')).toEqual([
      'Figur 1: Hvor store er prosjektene?',
      'Figur 2: Spørsmål og anbefalinger per tema',
      'Figur 3: Anbefalinger om tydelig ledelse og kommunikasjon',
      'Figur 4: Nye prosjekter per år',
      'Figur 5: Prosjekter per departement',
      'Figur 6: Anbefalinger om hovedtemaene',
    ]);
    expect(seq('Tabell')).toHaveLength(8);
    expect(seq('Tabell')[0]).toBe('Tabell 1: Nøkkeltall');
    expect(seq('Tabell')[7]).toBe('Tabell 8: Prosjektene vi har behandlet');
  });

  it('has tables whose numbers are those of figures.json, right-aligned', () => {
    const [key, costBands, themes, , byYear] = tables(documentXml);
    const value = (label: string) => key!.rows.find((r) => r[0]!.text === label)?.[1];
    expect(value('Prosjekter behandlet')).toEqual({ text: String(figures.projects.total), right: true });
    expect(value('Nye prosjekter i perioden')!.text).toBe(String(figures.projects.inPeriod));
    expect(value('Nye prosjekter som lager løsninger for andre')!.text).toBe(`${figures.projects.inPeriodSharedSolution} av ${figures.projects.inPeriod}`);
    expect(value('Erfaringssamtaler siden forrige rapport')!.text).toBe(String(figures.conversations.inPeriod));
    expect(value('Prosjekter med råd om å lære av andre')!.text).toBe(`${figures.tags['laer-av-andre']!.projects} av ${figures.projects.total}`);
    expect(value('Samlet gevinstanslag')!.text).toBe(`${(figures.totals.benefitMnok / 1000).toFixed(1).replace('.', ',')} mrd. kroner`);

    expect(costBands!.rows[0]!.map((c) => c.text)).toEqual(['Kostnadsanslag', 'Prosjekter', 'Andel']);
    expect(costBands!.rows.slice(1).map((r) => Number(r[1]!.text))).toEqual(Object.values(figures.costBands).map((b) => b.count));
    expect(costBands!.rows.slice(1).every((r) => !r[0]!.right && r[1]!.right && r[2]!.right)).toBe(true);
    expect(themes!.rows.slice(1).map((r) => [Number(r[1]!.text), Number(r[3]!.text)])).toEqual(
      Object.values(figures.themes).map((t) => [t.questions, t.recommendations]),
    );
    expect(byYear!.rows.slice(1).map((r) => [r[0]!.text, Number(r[1]!.text)])).toEqual(
      Object.entries(figures.byYear).map(([year, y]) => [year === '2019' ? '2019*' : year, y.projects]),
    );
  });

  it('puts the project table, its header repeated on every page, on landscape pages', () => {
    const projects = tables(documentXml).at(-1)!;
    expect(projects.headerRepeats).toBe(true);
    expect(projects.rows[0]!.map((c) => c.text)).toEqual(['Prosjekt/program', 'Virksomhet', 'Departement', 'År', 'Størrelse']);
    expect(projects.rows).toHaveLength(1 + figures.projects.treatments);
    const sections = [...documentXml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(sections).toEqual(['w:w="11906" w:h="16838" w:orient="portrait"', 'w:w="16838" w:h="11906" w:orient="landscape"']);
  });

  it('carries the as-of date as its only time, in the core properties and the zip', () => {
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect([...core.matchAll(/<dcterms:(created|modified)[^>]*>([^<]*)</g)].map((m) => m[2])).toEqual(['2019-10-31T00:00:00Z', '2019-10-31T00:00:00Z']);
    expect(firstEntryTime(docx)).toBe('2019-10-31 00:00:00');
  });

  it('takes SOURCE_DATE_EPOCH as its time, and the same input gives the same bytes in any time zone', async () => {
    const cwd = tempDir();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    expect((await runCli(['report', '--out', 'a'], { cwd, env })).code).toBe(0);
    // The built CLI in another process, in a time zone far from UTC.
    const other = spawnSync(process.execPath, [join(REPO, 'bin', 'digiraad.js'), 'report', '--out', 'c'], {
      cwd,
      env: { ...process.env, ...env, TZ: 'Pacific/Auckland' },
      encoding: 'utf8',
    });
    expect(other.status, other.stderr).toBe(0);
    const [a, c] = ['a', 'c'].map((out) => readFileSync(join(cwd, out, 'rapport.docx')));
    expect(Buffer.compare(a!, c!)).toBe(0);
    expect(new TextDecoder().decode(unzipSync(a!)['docProps/core.xml'])).toContain('>2023-11-14T22:13:20Z</dcterms:created>');
    expect(firstEntryTime(a!)).toBe('2023-11-14 22:13:20');
  }, 90_000);

  it('is report.docx in English, with the English language and captions', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--lang', 'en', '--out', 'en'], { cwd })).code).toBe(0);
    const en = unzipSync(readFileSync(join(cwd, 'en', 'report.docx')));
    expect(new TextDecoder().decode(en['word/styles.xml'])).toContain('<w:lang w:val="en-GB"/>');
    const captions = paragraphs(new TextDecoder().decode(en['word/document.xml'])).filter((p) => p.style === 'Caption');
    expect(captions[0]!.text).toBe('Table 1: Key figures');
    expect(captions[1]!.text).toBe('Figure 1: How large are the projects?');
  }, 60_000);
});
