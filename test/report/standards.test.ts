import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/model/lang.js';
import { schemaUrl } from '../../src/model/schemas.js';
import { runCli, tempDir } from '../support/cli.js';
import { DIALECTS, readSheet, writeSheet } from '../support/dialects.js';
import { expectMatchesSchema, vegaLiteErrors } from '../support/schemas.js';

// Every file of the report passes its own standard's validator: the W3C Nu HTML Checker for
// index.html, an XML parser for the SVGs, Vega-Lite's JSON Schema for the specs and ours for the
// JSON. On the shipped data in every language, and on registers whose text needs escaping.

/** Register text that breaks HTML, XML and JSON written carelessly, and a non-BMP character. */
const AWKWARD = {
  name: `Skjema & <svar> "raskt" 'nå' 🚀`,
  agency: `Etat & Co <A> "B" 'C' 🧾/Tolletaten`,
  ministry: `Dep. & <Test> "Ø" 'x' 😀`,
};

function awkwardRegisters(dir: string): void {
  const base = new URL('../fixtures/base/', import.meta.url);
  for (const file of readdirSync(base)) copyFileSync(new URL(file, base), join(dir, file));
  const projects = readSheet(readFileSync(new URL('projects.csv', base), 'utf8'));
  const column = (name: string) => projects.header.indexOf(name);
  for (const row of projects.rows) {
    row[column('name')] = `${AWKWARD.name} ${row[column('id')]}`;
    row[column('agency')] = AWKWARD.agency;
    row[column('ministry')] = AWKWARD.ministry;
  }
  writeFileSync(join(dir, 'projects.csv'), writeSheet(projects, DIALECTS[0]!));
}

// The last also with SOURCE_DATE_EPOCH: then the manifest holds a time, which its schema describes too.
const REPORTS = [
  ...LANGS.map((lang) => ({ name: `shipped data, ${lang}`, args: ['--lang', lang], awkward: false, env: {} })),
  { name: 'awkward register text', args: [], awkward: true, env: { SOURCE_DATE_EPOCH: '1572480000' } },
];
const folders = new Map<string, string>();

beforeAll(async () => {
  const cwd = tempDir();
  for (const [i, report] of REPORTS.entries()) {
    const out = join(cwd, `report-${i}`);
    const args = ['report', '--out', out, ...report.args];
    if (report.awkward) {
      const data = join(cwd, 'awkward');
      mkdirSync(data);
      awkwardRegisters(data);
      args.push('--data', data);
    }
    const run = await runCli(args, { cwd, env: report.env });
    expect(run.code, run.stderr).toBe(0);
    folders.set(report.name, out);
  }
}, 120_000);

const files = (report: string, suffix: string) =>
  readdirSync(folders.get(report)!)
    .filter((name) => name.endsWith(suffix))
    .map((name) => ({ name, path: join(folders.get(report)!, name), text: readFileSync(join(folders.get(report)!, name), 'utf8') }));

/** Well-formedness errors by a conforming XML parser (namespaces included): none for well-formed XML. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** The text of every element, as an XML reader sees it (entities decoded). */
function xmlText(xml: string): string {
  let text = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('text', (t) => (text += t));
  parser.write(xml).close();
  return text;
}

describe.each(REPORTS)('the report folder ($name)', ({ name: report, env }) => {
  it('every SVG file is well-formed XML', () => {
    const svgs = files(report, '.svg');
    expect(svgs.length).toBe(6);
    for (const svg of svgs) expect(xmlErrors(svg.text), svg.name).toEqual([]);
  });

  it('every chart inlined in index.html is well-formed XML too', () => {
    const [html] = files(report, 'index.html');
    const inline = html!.text.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
    expect(inline.length).toBe(6);
    // In HTML the SVG namespace is implied; as a document of its own it is declared.
    for (const svg of inline) expect(xmlErrors(svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'))).toEqual([]);
  });

  it('every Vega-Lite spec is valid by the schema the installed vega-lite ships', () => {
    const specs = files(report, '.vl.json');
    expect(specs.length).toBe(6);
    for (const spec of specs) expect(vegaLiteErrors(JSON.parse(spec.text)), spec.name).toEqual([]);
  }, 120_000); // the first call compiles Vega-Lite's large schema

  it('figures.json and manifest.json match their schemas; figures.json names its schema', async () => {
    const [figures] = files(report, 'figures.json');
    const [manifest] = files(report, 'manifest.json');
    const json = JSON.parse(figures!.text);
    expectMatchesSchema('figures', json, `${report}: figures.json`);
    expectMatchesSchema('manifest', JSON.parse(manifest!.text), `${report}: manifest.json`);
    expect(JSON.parse(manifest!.text).generated).toBe('SOURCE_DATE_EPOCH' in env ? '2019-10-31T00:00:00Z' : undefined);
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.$schema).toBe(schemaUrl('figures'));
  });
});

it('the awkward register text reaches the charts, decoded back to what the register holds', () => {
  const text = files('awkward register text', '.svg')
    .map((svg) => xmlText(svg.text))
    .join('\n');
  expect(text).toContain(AWKWARD.ministry);
});

// The Nu HTML Checker is a Java program (vnu-jar on npm ships the jar). Without Java it is skipped
// with a message, except in CI, where it fails: .ci/run installs a JRE.
const hasJava = spawnSync('java', ['-version']).error === undefined;
const inCi = Boolean(process.env.CI);
if (!hasJava) console.warn('test/report/standards: the Nu HTML Checker is skipped, there is no java (apt-get install default-jre-headless); in CI this fails');

describe.runIf(!hasJava && inCi)('the Nu HTML Checker in CI', () => {
  it('needs java', () => {
    throw new Error(
      'CI is set but there is no java: install a JRE (apt-get install default-jre-headless) so that index.html is checked by the Nu HTML Checker',
    );
  });
});

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
}

it.skipIf(!hasJava)(
  'index.html has no errors by the W3C Nu HTML Checker, in every language and with awkward register text',
  async () => {
    const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
    const pages = REPORTS.map((r) => join(folders.get(r.name)!, 'index.html'));
    // One run for every page: the JVM takes seconds to start. Language detection only ever warns,
    // and halves the run time.
    const { stdout } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', '--no-langdetect', ...pages], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const messages = (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
    // Errors in a page, and non-document errors (a page that could not be read); not warnings.
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${m.url}:${m.lastLine}:${m.lastColumn}: ${m.message}`);
    expect(errors).toEqual([]);
  },
  120_000,
);
