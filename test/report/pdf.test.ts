import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigiraadError } from '../../src/errors.js';
import { CATALOGUES, reportWords } from '../../src/i18n/index.js';
import { findBrowser, fixPdfDates, usualBrowserPaths } from '../../src/report/pdf.js';
import { runCli, tempDir } from '../support/cli.js';

const m = reportWords('nb');
const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('finding the browser for --pdf', () => {
  it('takes --browser, then DIGIRAAD_BROWSER, then the first usual install path', () => {
    const all = only('/opt/chrome', '/env/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome');
    expect(findBrowser('/opt/chrome', { DIGIRAAD_BROWSER: '/env/chromium' }, 'linux', all)).toBe('/opt/chrome');
    expect(findBrowser(undefined, { DIGIRAAD_BROWSER: '/env/chromium' }, 'linux', all)).toBe('/env/chromium');
    expect(findBrowser(undefined, {}, 'linux', all)).toBe('/usr/bin/chromium-browser');
    expect(findBrowser(undefined, {}, 'darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(usualBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      join('C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    );
  });

  it('without a browser: exit 3 and a hint that names the setting', () => {
    const none = () => false;
    const error = (() => {
      try {
        findBrowser(undefined, {}, 'linux', none);
      } catch (e) {
        return e as DigiraadError;
      }
    })();
    expect(error).toBeInstanceOf(DigiraadError);
    expect(error!.exitCode).toBe(3);
    expect(error!.text(CATALOGUES.nb)).toBe(m.noBrowser);
    expect(error!.text(CATALOGUES.nb)).toContain('--browser');
    expect(error!.text(CATALOGUES.nb)).toContain('DIGIRAAD_BROWSER');
    expect(() => findBrowser(undefined, { DIGIRAAD_BROWSER: '/no/such/browser' }, 'linux', none)).toThrow('the browser /no/such/browser does not exist');
  });

  it('report --pdf with a browser that is not there: exit 3, in the chosen language, and nothing written', async () => {
    const cwd = tempDir();
    const run = await runCli(['report', '--pdf', '--browser', join(cwd, 'no-browser'), '--out', 'r', '--lang', 'en'], { cwd });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      `the browser ${join(cwd, 'no-browser')} does not exist: give a Chromium, Chrome or Edge with --browser PATH or DIGIRAAD_BROWSER`,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'r'))).toBe(false);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('report --pdf with a program that is no browser: exit 3, the reason in one line, and nothing written', async () => {
    const cwd = tempDir();
    const run = await runCli(['report', '--pdf', '--browser', '/bin/false', '--out', 'r'], { cwd });
    expect(run.code).toBe(3);
    // After the one line that names the shipped registers.
    expect(run.stderr).toMatch(/^bruker eksempelregistrene [^\n]+\ndigiraad: kunne ikke lage PDF i nettleseren: [^\n]+\n$/);
    expect(readdirSync(cwd)).toEqual([]);
  }, 60_000);
});

describe('PDF dates', () => {
  it('become the given date, at the same length, so the offsets stay right', () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <</CreationDate (D:20261128185440+00'00')\n/ModDate (D:20261128185441+00'00')>> endobj\n", 'latin1');
    const fixed = Buffer.from(fixPdfDates(pdf, new Date('2019-10-31T00:00:00Z')));
    expect(fixed.toString('latin1')).toBe("%PDF-1.4\n1 0 obj <</CreationDate (D:20191031000000+00'00')\n/ModDate (D:20191031000000+00'00')>> endobj\n");
    expect(fixed.length).toBe(pdf.length);
  });
});
