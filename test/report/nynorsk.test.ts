import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { expectOutput } from '../support/expected.js';
import { REPO } from '../support/report.js';

const EXPECTED = new URL('expected/', import.meta.url);

describe('digiraad report --lang nn', () => {
  let dir: string;
  let stderr: string;

  beforeAll(async () => {
    const cwd = tempDir();
    const run = await runCli(['report', '--lang', 'nn', '--out', 'nn'], { cwd, env: { SOURCE_DATE_EPOCH: '1572480000' } });
    expect(run.code, run.stderr).toBe(0);
    stderr = run.stderr;
    dir = join(cwd, 'nn');
  });

  it('says what it wrote in nynorsk', () => {
    // Run from a folder without registers: the shipped ones, named first.
    expect(stderr).toBe(`brukar eksempelregistera som følgjer med digiraad (${join(REPO, 'data')})\n✓ skreiv nn (32 filer): opne nn/index.html\n`);
  });

  it('writes a nynorsk page, marked lang="nn", with its charts marked too', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nn">/);
    expect(html).toContain('Delen av tilrådingane om tydeleg leiing og kommunikasjon auka frå 8\u00a0% i 2016 til 19\u00a0% i 2019.');
    expect(readFileSync(join(dir, 'themes.svg'), 'utf8')).toContain('xml:lang="nn"');
    expectOutput(html, 'index.nn.html', EXPECTED);
  });

  it('writes rapport.docx in nynorsk, its language nn-NO, from the catalogue alone', () => {
    const docx = unzipSync(readFileSync(join(dir, 'rapport.docx')));
    expect(new TextDecoder().decode(docx['word/styles.xml'])).toContain('<w:lang w:val="nn-NO"/>');
    expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('<w:t xml:space="preserve">Slik har vi talt</w:t>');
  });

  it('writes report.md in nynorsk', () => {
    expectOutput(readFileSync(join(dir, 'report.md'), 'utf8'), 'report.nn.md', EXPECTED);
  });

  it('words the charts in nynorsk, with Norwegian numbers', () => {
    const spec = JSON.parse(readFileSync(join(dir, 'themes.vl.json'), 'utf8'));
    expect(spec.title).toEqual({ text: 'Spørsmål og tilrådingar per tema', subtitle: 'Del av 165 spørsmål og 431 tilrådingar' });
    expect(spec.config.locale.number).toMatchObject({ decimal: ',', thousands: '\u00a0', percent: '\u00a0%' });
    expect(readFileSync(join(dir, 'cost-bands.svg'), 'utf8')).toContain('>26\u00a0% (12)<');
  });

  it('keeps the data files language-neutral: figures.json is the same as in bokmål', async () => {
    const cwd = tempDir();
    expect((await runCli(['report', '--out', 'nb'], { cwd, env: { SOURCE_DATE_EPOCH: '1572480000' } })).code).toBe(0);
    expect(readFileSync(join(dir, 'figures.json'), 'utf8')).toBe(readFileSync(join(cwd, 'nb', 'figures.json'), 'utf8'));
  });
});
