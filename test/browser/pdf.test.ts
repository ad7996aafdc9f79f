import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

// `digiraad report --pdf` in Debian's chromium, and the PDF read back with pdftotext (poppler-utils).
const CHROMIUM = process.env.DIGIRAAD_CHROMIUM ?? '/usr/bin/chromium';
const PDFTOTEXT = '/usr/bin/pdftotext';
const ready = existsSync(CHROMIUM) && existsSync(PDFTOTEXT);
const inCi = Boolean(process.env.CI);

if (!ready) {
  console.warn(`test/browser/pdf: skipped, needs chromium at ${CHROMIUM} and ${PDFTOTEXT} (apt-get install chromium poppler-utils); in CI this fails`);
}

describe.runIf(!ready && inCi)('PDF test in CI', () => {
  it('needs chromium and pdftotext', () => {
    throw new Error(`CI is set but chromium (${CHROMIUM}) or pdftotext (${PDFTOTEXT}) is missing: apt-get install chromium poppler-utils`);
  });
});

const COLUMNS = ['Prosjekt/program', 'Virksomhet', 'Departement', 'År', 'Størrelse'];

describe.skipIf(!ready)('report --pdf', () => {
  let cwd: string;
  let pages: string[];
  let pdf: Buffer;

  beforeAll(async () => {
    cwd = tempDir();
    const run = await runCli(['report', '--pdf', '--browser', CHROMIUM, '--out', 'r'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    pdf = readFileSync(join(cwd, 'r', 'rapport.pdf'));
    // pdftotext ends every page with a form feed.
    pages = execFileSync(PDFTOTEXT, ['-layout', join(cwd, 'r', 'rapport.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1);
  }, 180_000);

  it('prints an A4 PDF of the page, dated by the as-of date', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain("/CreationDate (D:20191031000000+00'00')");
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]).toContain('Digitaliseringsrådet – tall og figurer 2019');
  });

  it('repeats every column heading of the project table on every page that has the table, and cuts no column', () => {
    // A row of the table ends in its year and size class.
    const row = String.raw`\b20(?:16|17|18|19)\s+(?:Lite|Middels|Stort|Uavklart)\s*$`;
    const withTable = pages.filter((page) => new RegExp(row, 'm').test(page));
    expect(withTable.length).toBeGreaterThan(1);
    for (const page of withTable) {
      const heading = page.split('\n').find((line) => line.trimStart().startsWith('Prosjekt/program'));
      expect(heading, page.slice(0, 200)).toBeDefined();
      for (const column of COLUMNS) expect(heading).toContain(column);
    }
    // Every treatment's year and size, the last two columns, are on the pages.
    const treatments =
      readFileSync(join(cwd, 'r', 'project-table.csv'), 'utf8')
        .trim()
        .split('\r\n').length - 1;
    expect(withTable.join('\n').match(new RegExp(row, 'gm'))).toHaveLength(treatments);
  });

  it('leaves no heading alone at the bottom of a page', () => {
    const html = readFileSync(join(cwd, 'r', 'index.html'), 'utf8');
    const headings = new Set([...html.matchAll(/<h[23][^>]*>([^<]+)<\/h[23]>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&')));
    expect(headings.size).toBeGreaterThan(10);
    for (const [index, page] of pages.entries()) {
      const last = page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .at(-1);
      expect(headings.has(last ?? ''), `page ${index + 1} ends with the heading «${last}»`).toBe(false);
    }
  });

  it('keeps every chart whole on one page, with its source line', () => {
    const sources = pages.filter((page) => page.includes('Kilde: Digitaliseringsrådet, registre per 31.10.2019'));
    expect(pages.join('\n').match(/Kilde: Digitaliseringsrådet/g)).toHaveLength(6);
    // A chart's title and its source line are on the same page.
    for (const title of ['Hvor store er prosjektene?', 'Nye prosjekter per år', 'Prosjekter per departement']) {
      expect(
        sources.some((page) => page.includes(title)),
        title,
      ).toBe(true);
    }
  });

  it('leaves the PDF out of --check, as the manifest says', async () => {
    const manifest = JSON.parse(readFileSync(join(cwd, 'r', 'manifest.json'), 'utf8'));
    expect(manifest.notChecked.map((n: { file: string }) => n.file)).toEqual(['rapport.pdf']);
    expect(manifest.outputs.map((o: { file: string }) => o.file)).not.toContain('rapport.pdf');
    const check = await runCli(['report', '--check', '--out', 'r'], { cwd });
    expect(check.code, check.stderr).toBe(0);
  });

  it('the same page in the same browser gives the same PDF bytes', async () => {
    const again = await runCli(['report', '--pdf', '--out', 'again'], { cwd, env: { DIGIRAAD_BROWSER: CHROMIUM } });
    expect(again.code, again.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(join(cwd, 'again', 'rapport.pdf')), pdf)).toBe(0);
  }, 180_000);
});
