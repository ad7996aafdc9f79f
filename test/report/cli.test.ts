import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { runCli, tempDir } from '../support/cli.js';
import { REPO, readFolder } from '../support/report.js';

// Run from a folder without registers, the report is made from the shipped ones, and says so.
const SHIPPED = join(REPO, 'data');

const CHART_FILES = ['cost-bands', 'themes', 'highlight-tag-by-year', 'projects-by-year', 'projects-by-ministry', 'main-themes-by-year'].flatMap((n) => [
  `${n}.csv`,
  `${n}.png`,
  `${n}.svg`,
  `${n}.vl.json`,
]);
const EXPECTED_FILES = [
  ...CHART_FILES,
  'figures.csv',
  'figures.json',
  'index.html',
  'manifest.json',
  'project-table.csv',
  'rapport.docx',
  'report.md',
  'tall.xlsx',
].sort();

describe('digiraad report', () => {
  let cwd: string;
  let first: Map<string, Buffer>;

  beforeAll(async () => {
    cwd = tempDir();
    const run = await runCli(['report'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`bruker eksempelregistrene som følger med digiraad (${SHIPPED})\n✓ skrev reports/2019 (32 filer): åpne reports/2019/index.html\n`);
    first = readFolder(join(cwd, 'reports', '2019'));
  });

  it('writes reports/<year of as-of>/ in the working folder, with every file', () => {
    expect([...first.keys()]).toEqual(EXPECTED_FILES);
    expect(readdirSync(join(cwd, 'reports'))).toEqual(['2019']);
  });

  it('figures.json and figures.csv are what stats prints for the period; figures.json names its schema first', async () => {
    const json = await runCli(['stats', '--format', 'json', '--report', '2019'], { cwd });
    const schema = `  "$schema": "https://unpkg.com/digiraad@${packageJson.version}/schema/figures.schema.json",\n`;
    expect(first.get('figures.json')!.toString('utf8')).toBe(json.stdout.replace(/^\{\n/, `{\n${schema}`));
    const csv = await runCli(['stats', '--format', 'csv', '--report', '2019'], { cwd });
    expect(first.get('figures.csv')!.toString('utf8')).toBe(csv.stdout);
  });

  it('two runs give byte-identical folders', async () => {
    const other = tempDir();
    expect((await runCli(['report', '--out', 'again'], { cwd: other })).code).toBe(0);
    const second = readFolder(join(other, 'again'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(Buffer.compare(second.get(name)!, bytes), name).toBe(0);
  });

  it('the manifest holds the SHA-256 of every input register and every other output, sorted', async () => {
    const { createHash } = await import('node:crypto');
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const manifest = JSON.parse(first.get('manifest.json')!.toString('utf8'));
    expect(manifest.generator).toBe('digiraad report');
    expect(manifest.period).toEqual({ since: '2018-10-24', asOf: '2019-10-31' });
    expect(manifest.generated).toBeUndefined();
    expect(manifest.inputs.map((i: { file: string }) => i.file)).toEqual([
      'conversations.csv',
      'projects.csv',
      'questions.csv',
      'recommendations.csv',
      'reports.csv',
      'tags.csv',
    ]);
    for (const input of manifest.inputs) expect(input.sha256).toBe(sha(readFileSync(join(REPO, 'data', input.file))));
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toEqual(EXPECTED_FILES.filter((f) => f !== 'manifest.json'));
    for (const output of manifest.outputs) {
      expect(output.sha256, output.file).toBe(sha(first.get(output.file)!));
      expect(output.bytes).toBe(first.get(output.file)!.length);
    }
  });

  it('index.html is one self-contained page: no scripts, nothing from the network', () => {
    const html = first.get('index.html')!.toString('utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|https?:\/\/(?!www\.w3\.org\/)/i);
    expect(html.match(/<figure /g)).toHaveLength(6);
    expect(html.match(/<figcaption /g)).toHaveLength(6);
    expect(html.match(/<svg /g)).toHaveLength(6);
    expect(html.match(/<caption /g)).toHaveLength(7);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    // No id twice in the page, though six SVGs are inlined.
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('text alternatives are written from the data', () => {
    const html = first.get('index.html')!.toString('utf8');
    expect(html).toContain('Andelen anbefalinger om tydelig ledelse og kommunikasjon økte fra 8\u00a0% i 2016 til 19\u00a0% i 2019.');
    expect(html).toContain('Av de 47 prosjektene med kostnadsanslag er den største gruppen &lt; 26 mill., med 26\u00a0% (12 prosjekter).');
    const md = first.get('report.md')!.toString('utf8');
    expect(md).toContain(
      '![Andelen anbefalinger om tydelig ledelse og kommunikasjon økte fra 8\u00a0% i 2016 til 19\u00a0% i 2019.](highlight-tag-by-year.svg)',
    );
  });

  it('tells the three headline figures of the printed report, and money over 1 000 MNOK in billions', () => {
    const html = first.get('index.html')!.toString('utf8');
    expect(html).toContain('<div><dt>Nye prosjekter som lager løsninger for andre</dt><dd>11 av 15</dd></div>');
    expect(html).toContain('<div><dt>Erfaringssamtaler siden forrige rapport</dt><dd>14</dd></div>');
    expect(html).toContain('<div><dt>Prosjekter med råd om å lære av andre</dt><dd>14 av 55</dd></div>');
    expect(html).toContain('<div><dt>Samlet gevinstanslag</dt><dd>24,8 mrd. kroner</dd></div>');
    expect(html).toContain('<div><dt>Samlet kostnadsanslag (over 46 prosjekter)</dt><dd>6,3 mrd. kroner</dd></div>');
    expect(html).toContain('<p>11 av de 15 nye prosjektene i perioden skal lage løsninger som andre virksomheter skal bruke.</p>');
    expect(html).toContain('<p>Rådet har hatt 36 erfaringssamtaler, 14 av dem siden forrige rapport.</p>');
    expect(html).toContain('<p>I 14 av 55 prosjekter har rådet gitt lederne råd om å ta direkte kontakt med virksomheter de kan lære av.</p>');
    // Tables and data keep MNOK.
    expect(first.get('figures.csv')!.toString('utf8')).toContain('24762');
  });

  it('says how it counted, from the settings and the same figures', () => {
    const md = first.get('report.md')!.toString('utf8');
    const method = md.slice(md.indexOf('## Slik har vi talt'), md.indexOf('## Prosjektene vi har behandlet'));
    expect(method).toContain(
      '### Perioden\n\nTallene gjelder alt rådet har behandlet til og med 31.10.2019. «I perioden» og «siden forrige rapport» betyr etter 24.10.2018',
    );
    expect(method).toContain('Rådet har behandlet 55 prosjekter i 56 rådsbehandlinger (nye behandlinger: 1).');
    expect(method).toContain(
      'Akson – helhetlig samhandling og felles kommunal journal (kostnadsanslag 11,3 mrd. kroner, gevinstanslag 40,5 mrd. kroner) skiller seg ut',
    );
    expect(method).toContain('Prosjekter uten kostnadsanslag (8) er heller ikke med. De samlede anslagene gjelder dermed 46 prosjekter.');
    expect(method).toContain(
      'fordeler de 47 prosjektene med kostnadsanslag på gruppene < 26 mill., 26–50 mill., 51–100 mill., 101–200 mill. og > 200 mill. (anslag i millioner kroner).',
    );
    expect(method).toContain('Hovedtemaene er organisering og styring og behov, mål og løsning; sammen utgjør de 70\u00a0% av alle spørsmål og anbefalinger.');
    expect(method).toContain('Anbefalinger om tydelig ledelse og kommunikasjon er dem som har stikkordet «kommunikasjon».');
  });

  it('lists every treatment in the project table, with the size class of its estimate', () => {
    const csv = first.get('project-table.csv')!.toString('utf8').trim().split('\r\n');
    expect(csv[0]).toBe('id,year,meeting_date,name,agency,ministry,size,revisit_of');
    expect(csv).toHaveLength(57);
    expect(csv.filter((line) => line.startsWith('2019-'))).toHaveLength(11);
    expect(csv.find((l) => l.startsWith('2018-helsedataprogrammet'))).toMatch(/,large,2017-helsedataprogrammet$/);
    // The report: «Åtte andre prosjekter er ikke med fordi de ikke har angitt kostnadsanslag».
    expect(csv.filter((l) => l.includes(',unresolved,'))).toHaveLength(8);
    const html = first.get('index.html')!.toString('utf8');
    expect(html).toContain('<th scope="row">Helsedataprogrammet (ny behandling)</th>');
    expect(html).toContain('<td>Uavklart</td>');
  });

  it('--check: 0 when the folder is what the data gives, 1 naming what differs or is missing', async () => {
    const ok = await runCli(['report', '--check'], { cwd });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('reports/2019 er oppdatert (32 filer)');

    const folder = join(cwd, 'reports', '2019');
    const copy = tempDir();
    cpSync(folder, copy, { recursive: true });
    writeFileSync(join(folder, 'report.md'), `${readFileSync(join(folder, 'report.md'), 'utf8')}tampered\n`);
    rmSync(join(folder, 'themes.png'));
    writeFileSync(join(folder, 'notes.txt'), 'mine\n');
    const stale = await runCli(['report', '--check'], { cwd });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('ulike: report.md');
    expect(stale.stderr).toContain('mangler: themes.png');
    // notes.txt is not in the manifest: not digiraad's, so neither stale nor compared.
    expect(stale.stderr).not.toContain('notes.txt');
    // --check writes nothing.
    expect(existsSync(join(folder, 'themes.png'))).toBe(false);
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('mine\n');

    const absent = await runCli(['report', '--check', '--out', 'nowhere'], { cwd });
    expect(absent.code).toBe(1);
    expect(absent.stderr).toContain('nowhere finnes ikke: kjør digiraad report for å skrive den');
    expect(existsSync(join(cwd, 'nowhere'))).toBe(false);

    // Writing again brings the folder back, and drops the extra file.
    rmSync(folder, { recursive: true });
    cpSync(copy, folder, { recursive: true });
    expect((await runCli(['report', '--check'], { cwd })).code).toBe(0);
  });

  it('--check notices a change in the data', async () => {
    const data = tempDir('digiraad-data-');
    cpSync(join(REPO, 'data'), data, { recursive: true });
    const cwd2 = tempDir();
    expect((await runCli(['report', '--data', data], { cwd: cwd2 })).code).toBe(0);
    const projects = readFileSync(join(data, 'projects.csv'), 'utf8');
    writeFileSync(join(data, 'projects.csv'), projects.replace('E-arkiv/MAVOD', 'E-arkiv og MAVOD'));
    const stale = await runCli(['report', '--check', '--data', data], { cwd: cwd2 });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/ulike: .*index\.html.*manifest\.json.*project-table\.csv.*rapport\.docx.*report\.md/);
  });
});

describe('digiraad report, other options', () => {
  it('--lang en writes an English page with English numbers', async () => {
    const cwd = tempDir();
    expect(await runCli(['report', '--lang', 'en', '--out', 'en'], { cwd })).toEqual({
      code: 0,
      stdout: '',
      stderr: `using the example registers that come with digiraad (${SHIPPED})\n✓ wrote en (32 files): open en/index.html\n`,
    });
    const html = readFileSync(join(cwd, 'en', 'index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('The share of recommendations about clear leadership and communication rose from 8% in 2016 to 19% in 2019.');
    expect(readFileSync(join(cwd, 'en', 'cost-bands.svg'), 'utf8')).toContain('>26% (12)<');
    expect(existsSync(join(cwd, 'en', 'report.docx'))).toBe(true);
    expect(existsSync(join(cwd, 'en', 'rapport.docx'))).toBe(false);
    expect(html).toContain('<li><a href="figures.xlsx">figures.xlsx</a> (for spreadsheets)</li>');
    expect(
      readFileSync(join(cwd, 'en', 'figures.xlsx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it("names the highlighted tag by its label in tags.csv, in the report's language", async () => {
    const cwd = tempDir();
    cpSync(join(REPO, 'data'), join(cwd, 'data'), { recursive: true });
    const tags = readFileSync(join(cwd, 'data', 'tags.csv'), 'utf8').replace(
      'tydelig ledelse og kommunikasjon,tydeleg leiing og kommunikasjon',
      'klar tale,klår tale',
    );
    writeFileSync(join(cwd, 'data', 'tags.csv'), tags);
    for (const [lang, label] of [
      ['nb', 'klar tale'],
      ['nn', 'klår tale'],
    ]) {
      const run = await runCli(['report', '--data', 'data', '--out', lang!, '--lang', lang!], { cwd });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(cwd, lang!, 'highlight-tag-by-year.svg'), 'utf8')).toContain(label);
    }
  });

  it('«Slik har vi talt» follows the settings: other cost bands, other main themes', async () => {
    const cwd = tempDir();
    const run = await runCli(['report', '--out', 'r', '--cost-bands', '26,200', '--main-themes', 'usikkerhet'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(join(cwd, 'r', 'report.md'), 'utf8');
    expect(md).toContain('på gruppene < 26 mill., 26–200 mill. og > 200 mill. (anslag');
    expect(md).toContain('Hovedtemaene er usikkerhet; sammen utgjør de 12\u00a0% av alle spørsmål og anbefalinger.');
  });

  it('--report 2018 writes reports/2018 with that period', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--report', '2018'], { cwd })).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, 'reports', '2018', 'manifest.json'), 'utf8'));
    expect(manifest.period).toEqual({ since: '2017-10-25', asOf: '2018-10-24' });
  });

  it('SOURCE_DATE_EPOCH is the only time a report carries', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--out', 'a'], { cwd, env: { SOURCE_DATE_EPOCH: '1572480000' } })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'a', 'manifest.json'), 'utf8')).generated).toBe('2019-10-31T00:00:00Z');
    expect(readFileSync(join(cwd, 'a', 'index.html'), 'utf8')).toContain('Laget 2019-10-31T00:00:00Z.');
    const bad = await runCli(['report', '--out', 'b'], { cwd, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(existsSync(join(cwd, 'b'))).toBe(false);
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const cwd = tempDir();
    const tty = await runCli(['report', '--out', 'a'], { cwd, tty: true });
    expect(tty.stderr).toContain('tegner figurer 1/6: cost-bands');
    expect(tty.stderr).toContain('\r\x1b[2K');
    const pipe = await runCli(['report', '--out', 'b'], { cwd });
    expect(pipe.stderr).not.toContain('tegner figurer');
  });

  it('invalid registers: exit 1 and nothing written', async () => {
    const data = tempDir('digiraad-data-');
    cpSync(join(REPO, 'data'), data, { recursive: true });
    const questions = readFileSync(join(data, 'questions.csv'), 'utf8');
    writeFileSync(join(data, 'questions.csv'), questions.replace('Organisering og styring', 'Organisasjon og styring'));
    const cwd = tempDir();
    const run = await runCli(['report', '--data', data], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('questions.csv:2: feil[unknown-theme]: theme "Organisasjon og styring" er ikke ett av de seks temaene');
    expect(run.stderr).toContain('registrene har feil');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('never replaces a folder that is not a report', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'keep.txt'), 'keep\n');
    const here = await runCli(['report', '--out', '.'], { cwd });
    expect(here.code).toBe(3);
    expect(readdirSync(cwd)).toEqual(['keep.txt']);
    const notOurs = await runCli(['report', '--out', cwd], { cwd: tempDir() });
    expect(notOurs.code).toBe(3);
    expect(notOurs.stderr).toContain('er ikke en rapportmappe digiraad har skrevet');
    expect(readdirSync(cwd)).toEqual(['keep.txt']);
  });

  it('escapes register text in HTML and Markdown, and neutralises formulas in CSV', async () => {
    const data = tempDir('digiraad-data-');
    cpSync(join(REPO, 'data'), data, { recursive: true });
    const projects = readFileSync(join(data, 'projects.csv'), 'utf8');
    writeFileSync(
      join(data, 'projects.csv'),
      projects.replace('E-arkiv/MAVOD,Arkivverket', '"<script>alert(1)</script> *x* | [y](z)","=HYPERLINK(""http://evil"")"'),
    );
    const cwd = tempDir();
    const run = await runCli(['report', '--data', data, '--out', 'r'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(cwd, 'r', 'index.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; *x* | [y](z)');
    const md = readFileSync(join(cwd, 'r', 'report.md'), 'utf8');
    expect(md).toContain('| &lt;script>alert(1)&lt;/script> \\*x\\* \\| \\[y\\](z) | =HYPERLINK("http://evil") |');
    const csv = readFileSync(join(cwd, 'r', 'project-table.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});
